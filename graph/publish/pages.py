"""Readable resource pages for ``rightsgraph serve``: a resource's facts, grouped by meaning, each with the
sources that state it and their quotes, and what links to it, counted and paged.

- the title is the resource's label in the chosen language (``?lang=vi``), else a label made from what it
  links to (a state's vote: "HRC resolution 52/30 · No · Viet Nam"), never a raw IRI when a label can be had;
- facts are grouped (what it is, names, dates, figures, links, other facts); dates are shown as dates;
- every fact names the sources that state it, with the words they state it in where an rg:Evidence holds them;
- back-links are grouped by property, counted ("1,070 link here as recommending state, 1–50 shown") and paged
  (``?rel=<property IRI>&page=N``);
- IRIs of the dataset (``/id/``), of the concepts (``/concept/``) and of the ontology (``/ontology#…``) link to
  this server's own pages, so nothing points at a w3id.org address that answers nothing locally.

The page is rendered from a jinja2 template with autoescaping: no string from the data is ever markup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

import pyoxigraph as ox

from rightsgraph.labels import made_label
from rightsgraph.namespaces import ONTOLOGY_IRI, PREFIXES, RDF, RDFS, RG, RGC, SKOS, curie, prefixes, readable

PAGE_SIZE = 50
LABELS = (str(RDFS.label), str(SKOS.prefLabel), PREFIXES["dcterms"] + "title")
NAMES = (*LABELS, str(SKOS.altLabel), PREFIXES["dcterms"] + "description")
TYPE = str(RDF.type)
_DERIVED, _TEXT = PREFIXES["prov"] + "wasDerivedFrom", str(RG.text)
#: names of the properties of other vocabularies the pages show most
NAMED_PROPERTIES = {
    "en": {TYPE: "type", str(RDFS.label): "name", str(SKOS.prefLabel): "name", str(SKOS.altLabel): "other name",
           PREFIXES["dcterms"] + "title": "title", PREFIXES["dcterms"] + "description": "description",
           PREFIXES["owl"] + "sameAs": "the same as", _DERIVED: "from the source",
           PREFIXES["dcterms"] + "date": "date", PREFIXES["schema"] + "url": "web address"},
    "vi": {TYPE: "loại", str(RDFS.label): "tên", str(SKOS.prefLabel): "tên", str(SKOS.altLabel): "tên khác",
           PREFIXES["dcterms"] + "title": "tiêu đề", PREFIXES["dcterms"] + "description": "mô tả",
           PREFIXES["owl"] + "sameAs": "cũng là", _DERIVED: "từ nguồn", PREFIXES["dcterms"] + "date": "ngày",
           PREFIXES["schema"] + "url": "địa chỉ web"},
}
_XSD = PREFIXES["xsd"]
DATES = {_XSD + "date", _XSD + "gYear", _XSD + "gYearMonth", _XSD + "dateTime"}
NUMBERS = {_XSD + t for t in ("integer", "decimal", "double", "float", "nonNegativeInteger", "positiveInteger")}
#: statements about statements (evidence, attestations) are shown as the quotes of facts, not as back-links
ANNOTATIONS = {str(RDF.subject), str(RDF.object), str(RG.attestation)}
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
SECTIONS = {"en": {"type": "What it is", "names": "Names", "dates": "Dates", "figures": "Figures",
                   "links": "Links", "other": "Other facts"},
            "vi": {"type": "Loại", "names": "Tên", "dates": "Ngày tháng", "figures": "Số liệu",
                   "links": "Liên kết", "other": "Dữ kiện khác"}}


@dataclass
class Site:
    """Where this server answers the IRIs it can: the dataset's, the concepts' and the ontology's."""

    base: str
    local_prefix: str = "/id/"

    def href(self, iri: str, lang: str = "en") -> str:
        suffix = "?lang=vi" if lang == "vi" else ""
        if iri.startswith(self.base):
            return self.local_prefix + quote(iri[len(self.base):], safe="/:@!$&'()*+,;=-._~") + suffix
        if iri.startswith(str(RGC)):
            return "/concept/" + quote(iri[len(str(RGC)):], safe="/:@!$&'()*+,;=-._~") + suffix
        if iri.startswith(ONTOLOGY_IRI):
            return "/ontology#" + curie(iri).replace(":", "-")
        return iri

    def iri(self, path: str) -> str | None:
        """The IRI a local path stands for (``/id/x`` or ``/concept/x``), or None."""
        if path.startswith(self.local_prefix):
            return self.base + path[len(self.local_prefix):]
        if path.startswith("/concept/"):
            return str(RGC) + path[len("/concept/"):]
        return None


class Labels:
    """Labels of resources by language, read from the merged graph and remembered (the served store never
    changes); a resource with none is named by what it links to."""

    def __init__(self, store, limit: int = 200_000) -> None:
        self.store, self.limit = store, limit
        self.known: dict[tuple[str, str], str | None] = {}

    def own(self, iri: str, lang: str = "en") -> str | None:
        named = NAMED_PROPERTIES[lang if lang in NAMED_PROPERTIES else "en"].get(iri)
        if named:
            return named
        key = (iri, lang)
        if key not in self.known:
            found: dict[str, str] = {}
            for p in LABELS:
                for q in self.store.quads(ox.NamedNode(iri), ox.NamedNode(p), merged=True):
                    if isinstance(q.object, ox.Literal):
                        found.setdefault(q.object.language or "", q.object.value)
                if found:
                    break
            label = found.get(lang) or found.get("en") or found.get("") or next(iter(found.values()), None)
            if len(self.known) < self.limit:
                self.known[key] = label
            return label
        return self.known[key]

    def __call__(self, iri: str, lang: str = "en") -> str:
        label = self.own(iri, lang)
        if label:
            return label
        links, text = [], None
        for q in self.store.quads(ox.NamedNode(iri), merged=True):
            if isinstance(q.object, ox.NamedNode):
                links.append((q.predicate.value, q.object.value))
            elif q.predicate.value == _TEXT and isinstance(q.object, ox.Literal) \
                    and (text is None or q.object.language == lang):
                text = q.object.value
        return made_label(links, text, lambda target: self.own(target, lang)) or curie(iri)


def show_date(value: str, lang: str) -> str:
    """An ISO date, year-month or year as people write it: 12 December 2022, ngày 12 tháng 12 năm 2022."""
    try:
        if len(value) >= 10:
            d = dt.date.fromisoformat(value[:10])
            return f"ngày {d.day} tháng {d.month} năm {d.year}" if lang == "vi" else \
                f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            return f"tháng {month} năm {year}" if lang == "vi" else f"{MONTHS_EN[month - 1]} {year}"
    except (ValueError, IndexError):
        pass
    return value


@dataclass
class Value:
    text: str
    href: str | None = None
    lang: str = ""
    sources: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (title, href, quotes)


@dataclass
class Fact:
    property: str
    property_href: str
    values: list[Value]


def _evidence(store, iri: str) -> dict[tuple[str, str], dict[str, list[str]]]:
    """Quotes of the statements about ``iri``: (predicate, object) -> graph -> quotes."""
    out: dict[tuple[str, str], dict[str, list[str]]] = {}
    for q in store.quads(None, ox.NamedNode(str(RDF.subject)), ox.NamedNode(iri)):
        if not isinstance(q.graph_name, ox.NamedNode):
            continue
        facts = {}
        for f in store.quads(q.subject, None, None, graph=q.graph_name.value):
            facts.setdefault(f.predicate.value, f.object)
        p, o, quote_ = facts.get(str(RDF.predicate)), facts.get(str(RDF.object)), facts.get(str(RG.quote))
        if p is not None and o is not None and quote_ is not None:
            out.setdefault((p.value, str(o)), {}).setdefault(q.graph_name.value, []).append(quote_.value)
    return out


def _section(q) -> str:
    p, o = q.predicate.value, q.object
    if p == TYPE:
        return "type"
    if p in NAMES:
        return "names"
    if isinstance(o, ox.Literal):
        kind = o.datatype.value
        return "dates" if kind in DATES else "figures" if kind in NUMBERS else "other"
    return "links"


def resource_page(store, iri: str, site: Site, labels: Labels, lang: str = "en", rel: str | None = None,
                  page: int = 1) -> str | None:
    """The HTML page of ``iri``, or None when nothing is said about it."""
    node = ox.NamedNode(iri)
    out = [q for q in store.quads(node) if isinstance(q.graph_name, ox.NamedNode)]
    if not out and not any(True for _ in store.quads(None, None, node)):
        return None
    quotes = _evidence(store, iri)

    def source(graph: str, q=None) -> tuple[str, str, list[str]]:
        said = quotes.get((q.predicate.value, str(q.object)), {}).get(graph, []) if q is not None else []
        return labels(graph, lang), site.href(graph, lang), said

    grouped: dict[str, dict[str, dict[str, Value]]] = {}
    for q in out:
        p, o = q.predicate.value, q.object
        if isinstance(o, ox.NamedNode):
            value = Value(labels(o.value, lang), site.href(o.value, lang))
        elif isinstance(o, ox.Literal):
            if o.language and o.language != lang and p not in LABELS and any(
                    x.predicate == q.predicate and isinstance(x.object, ox.Literal) and x.object.language == lang
                    for x in out):
                continue  # a text in the other language when this one's exists (names show in both)
            shown = show_date(o.value, lang) if o.datatype.value in DATES else o.value
            value = Value(shown, None, o.language or "")
        else:
            continue
        slot = grouped.setdefault(_section(q), {}).setdefault(p, {}).setdefault(str(o), value)
        title, href, said = source(q.graph_name.value, q)
        if all(s[1] != href for s in slot.sources):
            slot.sources.append((title, href, said))
    sections = []
    for key in ("type", "names", "dates", "figures", "links", "other"):
        facts = [Fact(labels(p, lang), site.href(p, lang), sorted(values.values(), key=lambda v: v.text))
                 for p, values in sorted(grouped.get(key, {}).items(), key=lambda item: labels(item[0], lang))]
        if facts:
            sections.append((SECTIONS[lang][key], facts))
    backlinks = _backlinks(store, node, site, labels, lang, rel, page, iri)
    title = labels(iri, lang)
    from rightsgraph.publish import templates

    switch = {"en": site.href(iri, "en"), "vi": site.href(iri, "vi")}
    explore = {"focus": "/explore?" + urlencode({"focus": iri, "lang": lang})}
    if any(True for _ in store.quads(None, ox.NamedNode(str(RG.onText)), node)):  # a text the Council voted on
        explore["voting"] = "/explore?" + urlencode({"voting": iri, "lang": lang})
    return templates.render("resource.html", title=title, iri=iri, lang=lang, sections=sections,
                            backlinks=backlinks, switch=switch, short=readable(iri, prefixes(site.base)),
                            explore=explore)


@dataclass
class Backlinks:
    property: str
    property_href: str
    count: int
    first: int
    items: list[tuple[str, str]]  # (label, href)
    previous: str | None
    next: str | None


def _backlinks(store, node, site: Site, labels: Labels, lang: str, rel: str | None, page: int,
               iri: str) -> list[Backlinks]:
    """What links to the resource, by property: counted, sorted by IRI, one page of each (or of ``rel``)."""
    by_property: dict[str, set[str]] = {}
    for q in store.quads(None, None, node, merged=True):
        if isinstance(q.subject, ox.NamedNode) and q.predicate.value not in ANNOTATIONS:
            by_property.setdefault(q.predicate.value, set()).add(q.subject.value)
    out = []
    for p, subjects in sorted(by_property.items(), key=lambda item: labels(item[0], lang)):
        if rel and p != rel:
            continue
        number = page if p == rel else 1
        ordered = sorted(subjects)
        start = (number - 1) * PAGE_SIZE
        chunk = ordered[start:start + PAGE_SIZE]

        def link(n: int, prop=p) -> str:
            query = {"rel": prop, "page": n, **({"lang": "vi"} if lang == "vi" else {})}
            return site.href(iri) + "?" + urlencode(query)
        out.append(Backlinks(labels(p, lang), site.href(p, lang), len(ordered), start + 1,
                             [(labels(s, lang), site.href(s, lang)) for s in chunk],
                             link(number - 1) if number > 1 else None,
                             link(number + 1) if start + PAGE_SIZE < len(ordered) else None))
    return out
