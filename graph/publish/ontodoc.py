"""HTML documentation of the ontology (in the manner of pyLODE).

Written by ``python -m rightsgraph.publish.ontodoc > docs/ontology.html``.

One self-contained page, generated from ``ontology/rightsgraph.ttl`` and ``ontology/concepts.ttl``: the
ontology's metadata, then every class and property with its English and Vietnamese labels and
definitions, superclasses, domains and ranges, and the concept schemes with their concepts and the
concepts' SKOS matches (to the UN SDG system, between UPR Info's issues and UHRI's themes). The output
is deterministic, and a test fails when docs/ontology.html is stale.
"""

from __future__ import annotations

import html
import sys

from rdflib import DCTERMS, OWL, RDF, RDFS, SKOS, Graph, URIRef

from rightsgraph.namespaces import ONTOLOGY_IRI, RG, curie
from rightsgraph.resources import ontology_dir

e = html.escape


def _texts(g: Graph, s, p) -> dict[str, str]:
    return {(o.language or ""): str(o) for o in g.objects(s, p)}


def _anchor(iri) -> str:
    return curie(str(iri)).replace(":", "-")


def _ref(g: Graph, iri) -> str:
    name = curie(str(iri))
    if str(iri).startswith(str(RG)) or (iri, RDF.type, SKOS.ConceptScheme) in g:
        return f'<a href="#{e(_anchor(iri))}"><code>{e(name)}</code></a>'
    return f'<a href="{e(str(iri))}"><code>{e(name)}</code></a>'


def _entry(g: Graph, iri, kind: str) -> str:
    labels, definitions = _texts(g, iri, RDFS.label), _texts(g, iri, SKOS.definition)
    rows = [f"<tr><th>IRI</th><td><code>{e(str(iri))}</code></td></tr>"]
    for lang, name in (("en", "English"), ("vi", "Tiếng Việt")):
        if lang in labels or lang in definitions:
            rows.append(f'<tr><th>{name}</th><td lang="{lang}"><strong>{e(labels.get(lang, ""))}</strong>'
                        f"<br>{e(definitions.get(lang, ''))}</td></tr>")
    for title, p in (("subclass of", RDFS.subClassOf), ("subproperty of", RDFS.subPropertyOf),
                     ("domain", RDFS.domain), ("range", RDFS.range)):
        values = sorted(g.objects(iri, p), key=str)
        if values:
            rows.append(f"<tr><th>{title}</th><td>{', '.join(_ref(g, v) for v in values)}</td></tr>")
    for example in sorted(g.objects(iri, SKOS.example), key=str):
        rows.append(f"<tr><th>example</th><td><pre>{e(str(example))}</pre></td></tr>")
    if kind == "Class":
        used = sorted(set(g.subjects(RDFS.domain, iri)), key=str)
        if used:
            rows.append(f"<tr><th>properties</th><td>{', '.join(_ref(g, v) for v in used)}</td></tr>")
    return (f'<section id="{e(_anchor(iri))}"><h3>{e(labels.get("en", curie(str(iri))))} '
            f"<small>{e(kind)}</small></h3><table>{''.join(rows)}</table></section>\n")


def _matches(g: Graph, concept) -> str:
    """The concept's SKOS matches, either way round: a concept of a scheme here by label, else its IRI."""
    out = []
    for name, p in (("exact match", SKOS.exactMatch), ("close match", SKOS.closeMatch)):
        targets = sorted(set(g.objects(concept, p)) | set(g.subjects(p, concept)), key=str)
        refs = []
        for t in targets:
            scheme = g.value(t, SKOS.inScheme)
            if scheme is None:
                refs.append(_ref(g, t))
                continue
            notation = g.value(t, SKOS.notation)
            refs.append(f'<a href="#{e(_anchor(scheme))}">{e(_texts(g, scheme, SKOS.prefLabel).get("en", ""))}</a>: '
                        + (f"<code>{e(str(notation))}</code> " if notation else "")
                        + e(_texts(g, t, SKOS.prefLabel).get("en", str(t))))
        if refs:
            out.append(f" · {name}: {'; '.join(refs)}")
    return "".join(out)


def document() -> str:
    g = Graph()
    for name in ("rightsgraph.ttl", "concepts.ttl"):
        g.parse(ontology_dir() / name, format="turtle")
    onto = URIRef(ONTOLOGY_IRI)
    title = next(iter(_texts(g, onto, DCTERMS.title).values()), "rightsgraph ontology")
    sections = []
    kinds = (("Classes", OWL.Class, "Class"), ("Object properties", OWL.ObjectProperty, "Object property"),
             ("Datatype properties", OWL.DatatypeProperty, "Datatype property"))
    toc = []
    for heading, cls, kind in kinds:
        members = sorted((s for s in g.subjects(RDF.type, cls) if str(s).startswith(str(RG))), key=str)
        toc.append(f"<li><a href=\"#{e(heading.lower().replace(' ', '-'))}\">{e(heading)}</a> ({len(members)})</li>")
        sections.append(f'<h2 id="{e(heading.lower().replace(" ", "-"))}">{e(heading)}</h2>\n'
                        + "".join(_entry(g, s, kind) for s in members))
    schemes = sorted(g.subjects(RDF.type, SKOS.ConceptScheme), key=str)
    toc.append(f'<li><a href="#concept-schemes">Concept schemes</a> ({len(schemes)})</li>')
    blocks = []
    for scheme in schemes:
        concepts = sorted(g.subjects(SKOS.inScheme, scheme), key=lambda c: (str(g.value(c, SKOS.notation) or ""),
                                                                            str(c)))
        items = "".join(f"<li><code>{e(str(g.value(c, SKOS.notation) or ''))}</code> "
                        f"{e(_texts(g, c, SKOS.prefLabel).get('en', str(c)))}"
                        f" · <span lang=\"vi\">{e(_texts(g, c, SKOS.prefLabel).get('vi', ''))}</span>"
                        f"{_matches(g, c)}</li>"
                        for c in concepts)
        name = _texts(g, scheme, SKOS.prefLabel).get("en") or _texts(g, scheme, RDFS.label).get("en") or curie(
            str(scheme))
        blocks.append(f'<section id="{e(_anchor(scheme))}"><h3>{e(name)} <small>{len(concepts)} concepts</small>'
                      f"</h3><p><code>{e(str(scheme))}</code></p><ul>{items}</ul></section>\n")
    sections.append('<h2 id="concept-schemes">Concept schemes</h2>\n' + "".join(blocks))
    meta = "".join(f"<tr><th>{e(name)}</th><td>{value}</td></tr>" for name, value in (
        ("IRI", f"<code>{e(ONTOLOGY_IRI)}</code>"),
        ("version", e(str(g.value(onto, OWL.versionInfo) or ""))),
        ("licence", _ref(g, g.value(onto, DCTERMS.license)) if g.value(onto, DCTERMS.license) else ""),
        ("description", e(next(iter(_texts(g, onto, DCTERMS.description).values()), ""))),
    ))
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{e(title)}</title>\n<style>'
            "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;color:#1d2733}"
            "table{border-collapse:collapse;width:100%}th{text-align:left;width:9rem;vertical-align:top;color:#556}"
            "td,th{border-top:1px solid #e3e7eb;padding:.3rem}section{margin:1.5rem 0}h3 small{color:#778}"
            f"</style></head><body>\n<h1>{e(title)}</h1><table>{meta}</table>\n<ul>{''.join(toc)}</ul>\n"
            + "".join(sections) + "</body></html>\n")


if __name__ == "__main__":
    sys.stdout.write(document())
