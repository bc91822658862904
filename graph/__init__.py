"""rightsgraph: a linked-data knowledge graph of the UN human-rights system.

>>> from rightsgraph import build
>>> graph = build.memory()                                   # doctest: +SKIP
>>> graph.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # doctest: +SKIP
"""

__version__ = "0.1.0"
