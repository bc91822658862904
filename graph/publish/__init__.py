"""Giving the graph to others: deterministic RDF dumps, VoID/DCAT descriptions, the read-only SPARQL
endpoint with resource pages, pushing to a SPARQL server, statistics and the ontology's documentation."""
