"""A :class:`~rightsgraph.viz.select.Selection` as a NetworkX MultiDiGraph.

Nodes are resources, keyed by IRI, with ``iri``, ``label`` (in the chosen language), ``label_en``,
``label_vi``, ``class`` (the most specific rightsgraph class, as ``rg:Person``), ``sources`` (space-separated
source IRIs), ``start``/``end`` (ISO dates, when the resource has dates), ``group``/``group_label`` (in a view
that groups its nodes: a state's vote position, as the concept's IRI, in a voting view) and one attribute per literal
property, named by its prefixed name (several values joined by `` | ``). Edges are keyed by the predicate's
prefixed name, with ``predicate`` (the IRI), ``label``, ``sources`` and, for a link drawn in place of a
resource (a state's vote), ``via`` (that resource's IRI). Every attribute is a string, so the
graph writes to GraphML and GEXF unchanged. With ``literals_as_nodes`` literals become nodes of their own.
"""

from __future__ import annotations

import re

import networkx as nx
import pyoxigraph as ox

from rightsgraph.namespaces import ONTOLOGY_GRAPH, RDFS, RG, SKOS, curie
from rightsgraph.viz.select import Node, Selection

_RG = str(RG)
_LABELS = (str(RDFS.label), str(SKOS.prefLabel))


def _superclasses(pairs: list[tuple[str, str]]) -> dict[str, set[str]]:
    """Each class's superclasses, transitively."""
    up: dict[str, set[str]] = {}
    for sub, sup in pairs:
        up.setdefault(sub, set()).add(sup)
    closed: dict[str, set[str]] = {}

    def walk(c: str) -> set[str]:
        if c not in closed:
            closed[c] = set()
            for s in up.get(c, ()):
                closed[c] |= {s} | walk(s)
        return closed[c]
    for c in list(up):
        walk(c)
    return closed


class Vocabulary:
    """The ontology's labels (its classes' and properties' rdfs:label, its concepts' skos:prefLabel) and class
    hierarchy, read once from the store."""

    def __init__(self, store) -> None:
        self.labels: dict[tuple[str, str], str] = {}
        pairs = []
        for q in store.quads(graph=ONTOLOGY_GRAPH):
            if q.predicate.value in _LABELS and isinstance(q.object, ox.Literal):
                key = (q.subject.value, q.object.language or "")
                if q.predicate.value == _LABELS[0] or key not in self.labels:  # rdfs:label first
                    self.labels[key] = q.object.value
            elif q.predicate.value == str(RDFS.subClassOf) and isinstance(q.object, ox.NamedNode):
                pairs.append((q.subject.value, q.object.value))
        self.supers = _superclasses(pairs)

    def label(self, iri: str, lang: str = "en") -> str:
        """The ontology's label; else the prefixed name; else, for an IRI no prefix shortens (a concept
        ``rgc:vote-position/yes``), its last segment."""
        found = self.labels.get((iri, lang)) or self.labels.get((iri, "en"))
        if found:
            return found
        short = curie(iri)
        return short if short != iri else re.split(r"[/#]", iri.rstrip("/#"))[-1]

    def main_class(self, node: Node) -> str:
        """The most specific rightsgraph class of a node; else its first other class; else ``rdfs:Resource``."""
        own = sorted(t for t in node.types if t.startswith(_RG))
        specific = [t for t in own if not any(t in self.supers.get(o, ()) for o in own if o != t)]
        if specific:
            return curie(specific[0])
        return curie(sorted(node.types)[0]) if node.types else "rdfs:Resource"


def to_networkx(selection: Selection, vocabulary: Vocabulary, lang: str = "en",
                literals_as_nodes: bool = False) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(lang=lang)
    for iri, node in selection.nodes.items():
        attrs = {"iri": iri, "label": node.label(lang), "label_en": node.label("en"), "label_vi": node.label("vi"),
                 "class": vocabulary.main_class(node), "sources": " ".join(sorted(node.sources))}
        start, end = node.dates()
        if start:
            attrs["start"], attrs["end"] = start, end
        if node.group:
            attrs["group"], attrs["group_label"] = curie(node.group), vocabulary.label(node.group, lang)
        if not literals_as_nodes:
            values: dict[str, list[str]] = {}
            for lit in node.literals.values():
                if not lit.lang or lit.lang == lang:
                    values.setdefault(curie(lit.predicate), []).append(lit.value)
            for name, vals in values.items():
                attrs.setdefault(name, " | ".join(sorted(set(vals))))
        graph.add_node(iri, **attrs)
        if literals_as_nodes:
            for (p, value, lit_lang), lit in node.literals.items():
                key = f'"{value}"@{lit_lang}' if lit_lang else f'"{value}"^^{lit.datatype}'
                graph.add_node(key, iri="", label=value, label_en=value, label_vi=value, **{"class": "rdfs:Literal"},
                               sources=" ".join(sorted(lit.sources)))
                graph.add_edge(iri, key, key=curie(p), predicate=p, label=vocabulary.label(p, lang),
                               sources=" ".join(sorted(lit.sources)))
    for edge in selection.edges:
        via = {"via": edge.via} if edge.via else {}
        graph.add_edge(edge.source, edge.target, key=curie(edge.predicate), predicate=edge.predicate,
                       label=vocabulary.label(edge.predicate, lang), sources=" ".join(sorted(edge.sources)), **via)
    return graph
