"""Counts that describe a built graph: triples, instances per class, triples per source."""

from __future__ import annotations

from rightsgraph.store import GraphStore

CLASS_COUNTS = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?instances) WHERE {
  GRAPH ?g { ?s a ?class } FILTER(?g != <https://w3id.org/rightsgraph/ontology>)
} GROUP BY ?class ORDER BY DESC(?instances) ?class
"""
GRAPH_COUNTS = """
SELECT ?graph (COUNT(*) AS ?triples) WHERE { GRAPH ?graph { ?s ?p ?o } }
GROUP BY ?graph ORDER BY DESC(?triples) ?graph
"""


def stats(store: GraphStore) -> dict:
    return {
        "statements": store.statements(),
        "triples": int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0]),
        "classes": {str(r[0]): int(r[1]) for r in store.query(CLASS_COUNTS)},
        "graphs": {str(r[0]): int(r[1]) for r in store.query(GRAPH_COUNTS)},
    }
