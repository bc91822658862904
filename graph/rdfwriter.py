"""Writing sorted statements in each RDF format: the one RDF writer, for dumps and for query results.

Statements are rows of N-Triples terms, sorted; pyoxigraph's serialisers write them with the project's
prefixes, except JSON-LD (see :func:`jsonld`): its nodes are compacted with the term context published in
``ontology/context.jsonld``, generated from the ontology (:func:`context_document`; regenerate it with
``python -m rightsgraph.rdfwriter > ontology/context.jsonld``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from rightsgraph import formats
from rightsgraph.namespaces import PREFIXES, RG, prefixes

Quad = tuple[str, str, str, str]  # subject, predicate, object in N-Triples syntax; graph IRI ("" = none)

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_OWL = "http://www.w3.org/2002/07/owl#"
_RDF_TYPE = f"<{_RDF}type>"
_BATCH = 100_000  # statements handed to pyoxigraph's parser at a time


def to_ox(term: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def triples(rows: Iterable[Quad]) -> list[Quad]:
    """The merged graph: each statement once, without its graph."""
    return sorted({(s, p, o, "") for s, p, o, _ in rows})


def graph_rows(graph) -> list[Quad]:
    """An rdflib graph's statements as sorted rows (terms written by pyoxigraph), for :func:`serialise`."""
    return sorted({(str(to_ox(s)), str(to_ox(p)), str(to_ox(o)), "") for s, p, o in graph})


def _parsed(rows: list[Quad], dataset: bool) -> Iterator[ox.Quad]:
    """The rows as pyoxigraph quads, parsed in batches by its N-Quads parser."""
    for start in range(0, len(rows), _BATCH):
        text = "".join([f"{s} {p} {o} <{g}> .\n" if g and dataset else f"{s} {p} {o} .\n"
                        for s, p, o, g in rows[start:start + _BATCH]])
        yield from ox.parse(text.encode("utf-8"), ox.RdfFormat.N_QUADS)


def serialise(rows: list[Quad], fmt: str, base: str | None = None) -> Iterator[str]:
    """The sorted statements in ``fmt`` (see FORMATS), as chunks of text.

    Dataset formats write the rows' graphs (TriG graph by graph); the others merge them. pyoxigraph writes
    Turtle, TriG and RDF/XML in the order it is given the statements, so the same rows give the same bytes.
    N-Triples and N-Quads are the rows' terms, which pyoxigraph wrote (``Store.dump``), a statement a line:
    parsing them to serialise them again gives the same bytes (tested) and took 3.4-5.2 s instead of
    1.0-1.6 s for the 796,963 quads of the real UPR data. JSON-LD: see :func:`jsonld`."""
    target = formats.get(fmt, formats.GRAPH, formats.DATASET)
    dataset = target.kind == formats.DATASET
    if not dataset and any(g for *_, g in rows):
        rows = triples(rows)
    if target.name in ("nt", "nquads"):  # one string: a caller joining the chunks need not copy it
        yield "".join([f"{s} {p} {o} <{g}> .\n" if g else f"{s} {p} {o} .\n" for s, p, o, g in rows])
    elif target.name == "jsonld":
        yield from jsonld(rows, base)
    else:
        if target.name == "trig":
            rows = sorted(rows, key=lambda row: row[3])  # graph by graph (a stable sort keeps each one sorted)
        yield ox.serialize(_parsed(rows, dataset), format=target.syntax,
                           prefixes=dict(sorted(prefixes(base).items()))).decode("utf-8")


# -- JSON-LD

def context_terms(ontology: Path | None = None) -> dict[str, dict[str, str]]:
    """JSON-LD terms for the ontology's object and datatype properties, by local name: ``holder`` is
    ``{"@id": "rg:holder", "@type": "@id"}``, ``earliest`` ``{"@id": "rg:earliest", "@type": "xsd:date"}``
    (an XSD range other than xsd:string gives the values' type), ``text`` ``{"@id": "rg:text"}``. A property
    named like a prefix (``rg:sdg``) gets no term: it keeps its compact IRI."""
    from rightsgraph.resources import ontology_dir

    path = ontology or ontology_dir() / "rightsgraph.ttl"
    kinds: dict[str, set[str]] = {_OWL + "ObjectProperty": set(), _OWL + "DatatypeProperty": set()}
    ranges: dict[str, set[str]] = {}
    for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
        s, p, o = t.subject.value, t.predicate.value, t.object
        if not s.startswith(str(RG)) or not isinstance(o, ox.NamedNode):
            continue
        if p == _RDF + "type" and o.value in kinds:
            kinds[o.value].add(s)
        elif p == "http://www.w3.org/2000/01/rdf-schema#range":
            ranges.setdefault(s, set()).add(o.value)
    objects = kinds[_OWL + "ObjectProperty"]
    terms = {}
    for iri in sorted(objects | kinds[_OWL + "DatatypeProperty"]):
        name = iri[len(str(RG)):]
        term = {"@id": "rg:" + name}
        (range_,) = ranges.get(iri) if len(ranges.get(iri, ())) == 1 else (None,)
        if iri in objects:
            term["@type"] = "@id"
        elif range_ and range_.startswith(_XSD) and range_ != _XSD + "string":
            term["@type"] = "xsd:" + range_[len(_XSD):]
        if name not in PREFIXES and name != "id":  # rg:sdg stays rg:sdg: the prefix sdg: is needed too
            terms[name] = term
    return terms


def context_document(ontology: Path | None = None) -> str:
    """The text of ``ontology/context.jsonld``: the prefixes, then a term per property of the ontology.

    Regenerate it after changing the ontology: ``python -m rightsgraph.rdfwriter > ontology/context.jsonld``."""
    context = {**dict(sorted(prefixes().items())), **context_terms(ontology)}
    return '{\n  "@context": ' + _context_text(context, "  ") + "\n}\n"


def _context_text(context: dict, indent: str = "") -> str:
    """A context as JSON, one prefix or term a line."""
    lines = ",\n".join(f"{indent}  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in context.items())
    return "{\n" + lines + "\n" + indent + "}"


def jsonld_context(base: str | None = None) -> dict:
    """The published JSON-LD context (``ontology/context.jsonld``), with ``id`` bound to the resource base."""
    from rightsgraph.resources import ontology_dir

    context = json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    context["id"] = prefixes(base)["id"]
    return context


_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(text: str) -> str:
    """An N-Triples string's escapes decoded."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m[1] or m[2], 16)) if m[3] is None else _ECHARS[m[3]], text)


class _Compactor:
    """IRIs as compact IRIs (``id:person/ha-kim-ngoc``, ``rg:Person``) through the context's prefixes."""

    def __init__(self, context: dict) -> None:
        self.prefixes = {ns: name for name, ns in context.items() if isinstance(ns, str)}
        self.names = set(context)
        self.pattern = re.compile("|".join(re.escape(ns) for ns in sorted(self.prefixes, key=len, reverse=True)))
        #: Compacted IRIs by their N-Triples text (``<...>``): a writer looks there first.
        self.terms: dict[str, str] = {}

    def __call__(self, iri: str) -> str:
        short = self.terms.get(f"<{iri}>")
        if short is None:
            short = self.term(f"<{iri}>")
        return short

    def term(self, term: str) -> str:
        """An IRI in N-Triples (``<...>``) compacted, and remembered."""
        iri = term[1:-1]
        short = iri
        match = self.pattern.match(iri)
        if match and len(iri) > match.end() and not iri.startswith("//", match.end()):
            short = f"{self.prefixes[match.group()]}:{iri[match.end():]}"
        elif iri.partition(":")[0] in self.names:
            raise ValueError(f"{term} would be read as a compact IRI in JSON-LD with this context")
        if len(self.terms) < 200_000:
            self.terms[term] = short
        return short


def _value(term: str, coerced: str | None, compact: _Compactor):
    """An N-Triples term as a JSON-LD value: a plain string where the key's term definition gives its type
    (``"@id"`` or a datatype IRI in ``coerced``), else a node or value object."""
    if term[0] == "<":
        ref = compact.terms.get(term) or compact.term(term)
        return ref if coerced == "@id" else {"@id": ref}
    if term[0] == "_":
        return term if coerced == "@id" else {"@id": term}
    end = term.rindex('"')
    text, suffix = _unescape(term[1:end]), term[end + 1:]
    if not suffix:
        return text if coerced is None else {"@value": text}
    if suffix[0] == "@":
        return {"@language": suffix[1:], "@value": text}
    datatype = suffix[3:-1]
    return text if datatype == coerced else {"@type": compact(datatype), "@value": text}


def jsonld(rows: list[Quad], base: str | None = None) -> Iterator[str]:
    """Sorted triples as JSON-LD compacted with the published context, one node per line, nodes in subject
    order, keys sorted, a key's values in object order (a single value not in a list).

    Written here, streaming: pyoxigraph 0.5's JSON-LD writer takes no context (it writes expanded JSON-LD,
    full IRIs as keys), and rdflib's compaction took 43-60 s and 1.8 GB for the 590,103 merged triples of
    the real UPR data, where the whole export now takes about 4.5 s and 550 MiB (bench/bench_export.py)."""
    context = jsonld_context(base)
    compact = _Compactor(context)
    keys: dict[str, tuple[str, str | None]] = {}
    for name, term in context.items():
        if isinstance(term, dict):
            iri = term["@id"]
            prefix, _, local = iri.partition(":")
            coerced = term.get("@type")
            if coerced and coerced != "@id":
                coerced = context[coerced.partition(":")[0]] + coerced.partition(":")[2]
            keys[f"<{context[prefix]}{local}>"] = (name, coerced)
    keys[_RDF_TYPE] = ("@type", "@id")
    dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, check_circular=False).encode
    yield '{\n"@context": ' + _context_text(context) + ',\n"@graph": [\n'
    node: dict[str, list] = {}
    subject = predicate = None
    values: list = []
    separator = ""
    for s, p, o, _ in rows:
        if s != subject:
            if node:
                yield separator + dumps({k: v[0] if len(v) == 1 else v for k, v in node.items()})
                separator = ",\n"
            subject, predicate = s, None
            node = {"@id": [s if s[0] == "_" else compact.terms.get(s) or compact.term(s)]}
        if p != predicate:
            predicate = p
            key, coerced = keys.get(p) or keys.setdefault(p, (compact.term(p), None))
            values = node.setdefault(key, [])
        if o[0] == "<" and coerced == "@id":  # the commonest case first: an IRI where one is expected
            values.append(compact.terms.get(o) or compact.term(o))
        elif coerced == "@id" and key == "@type" and o[0] == '"':  # a literal as a class: a statement like others
            node.setdefault("rdf:type", []).append(_value(o, None, compact))
        else:
            values.append(_value(o, coerced, compact))
    if node:
        yield separator + dumps({k: v[0] if len(v) == 1 else v for k, v in node.items()})
    yield "\n]\n}\n"


if __name__ == "__main__":
    print(context_document(), end="")
