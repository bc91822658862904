"""SHACL validation of the whole graph with pySHACL, and a readable report."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
import pyshacl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from .namespaces import prefixes
from .resources import shapes_file
from .results import shorten
from .store import GraphStore


@dataclass(frozen=True)
class Finding:
    severity: str  # Violation, Warning or Info
    focus: str
    path: str
    value: str
    message: str


def union_graph(store: GraphStore) -> Graph:
    """The merge of all sources (the store's default graph) as an in-memory rdflib graph."""
    graph = Graph()
    for quad in store.ox.quads_for_pattern(None, None, None, ox.DefaultGraph()):
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


def validate(store: GraphStore) -> list[Finding]:
    """Every SHACL result for the whole graph; ``Violation`` findings mean the graph does not conform."""
    shapes = Graph().parse(shapes_file(), format="turtle")
    _, report, _ = pyshacl.validate(union_graph(store), shacl_graph=shapes, allow_warnings=True,
                                    inference="none", advanced=False)
    ns = prefixes(store.meta.get("base"))
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
