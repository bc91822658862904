"""SHACL validation with pySHACL, and a readable report.

By default the curated sources and the ontology are validated; the graphs of ingested datasets (which
the importers write to a fixed pattern, and which can hold millions of statements) only when asked.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
import pyshacl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from rightsgraph.library.results import shorten
from rightsgraph.namespaces import prefixes
from rightsgraph.resources import shapes_file
from rightsgraph.store import GraphStore


@dataclass(frozen=True)
class Finding:
    severity: str  # Violation, Warning or Info
    focus: str
    path: str
    value: str
    message: str


def union_graph(store: GraphStore, ingested: bool = False, candidates: bool = False) -> Graph:
    """The set merge of the store's graphs as an in-memory rdflib graph (ingested datasets if asked; the review
    workspace's candidate graphs and candidate sources if asked)."""
    curated = {f"{store.meta.base}source/{sid}" for sid in store.meta.sources}  # an article reviewed is curated
    skip = set() if ingested else {e["graph"] for e in store.meta.ingested + store.meta.derived} - curated
    graph = Graph()
    for name in store.graphs():
        if name in skip:
            continue
        for quad in store.quads(graph=name):
            graph.add((_from_ox(quad.subject), _from_ox(quad.predicate), _from_ox(quad.object)))
    if candidates:
        for name in store.candidates.graphs():
            for quad in store.candidates.quads(graph=name):
                graph.add((_from_ox(quad.subject), _from_ox(quad.predicate), _from_ox(quad.object)))
    return graph


def _from_ox(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def validate(store: GraphStore, ingested: bool = False, candidates: bool = False) -> list[Finding]:
    """Every SHACL result; ``Violation`` findings mean the graph does not conform."""
    shapes = Graph().parse(shapes_file(), format="turtle")
    _, report, _ = pyshacl.validate(union_graph(store, ingested, candidates), shacl_graph=shapes, allow_warnings=True,
                                    inference="none", advanced=False)
    ns = prefixes(store.meta.base)
    findings = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        def get(pred, r=result):
            value = report.value(r, pred)
            return "" if value is None else shorten(value, ns)
        findings.append(Finding(get(SH.resultSeverity).removeprefix("sh:"), get(SH.focusNode),
                                get(SH.resultPath), get(SH.value), get(SH.resultMessage)))
    return sorted(findings, key=lambda f: (f.severity != "Violation", f.focus, f.path, f.value))


def report_text(findings: list[Finding]) -> str:
    violations = sum(f.severity == "Violation" for f in findings)
    lines = [f"{f.severity}: {f.focus} {f.path}" + (f" = {f.value}" if f.value else "") + f"\n    {f.message}"
             for f in findings]
    lines.append(f"{violations} violation(s), {len(findings) - violations} warning(s): "
                 + ("the graph does not conform to the shapes" if violations else "the graph conforms"))
    return "\n".join(lines) + "\n"
