"""rightsgraph: a linked-data knowledge graph of the UN human-rights system.

The repository's ``graph/`` folder is this package; ``viz/``, ``ontology/``, ``queries/`` and ``data/`` are its
sub-packages ``rightsgraph.viz``, ``.ontology``, ``.queries`` and ``.data`` (see pyproject.toml).  Its areas,
lowest first (a module imports only from its own area or lower ones, which tests/test_architecture.py checks):

- base: :mod:`.errors`, :mod:`.namespaces` (prefixes and IRIs), :mod:`.kinds` (kinds of value), :mod:`.text`,
  :mod:`.textio`, :mod:`.yamlfile`, :mod:`.resources` (the files shipped in the package), :mod:`.formats` (every
  output format once) and :mod:`.rdfwriter` (the one RDF writer);
- :mod:`.library`: query files, parameters bound as data, results, remote endpoints;
- :mod:`.store`: the one way into Oxigraph;
- :mod:`.curation`: the curation model, the YAML compiler, the states table, SHACL shapes and validation;
- :mod:`.upr` (recommendation data in) and :mod:`.extract` (article candidates in);
- :mod:`.build`: the store built from the curated data;
- :mod:`.publish`: dumps, VoID, the endpoint, push, statistics, the ontology's documentation;
- :mod:`.cli`: the ``rightsgraph`` command.

>>> from rightsgraph import build
>>> graph = build.memory()                                   # doctest: +SKIP
>>> graph.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # doctest: +SKIP
"""

__version__ = "0.1.0"
