"""The dataset description partners receive with every dump: VoID and DCAT, in deterministic Turtle.

Title, version, licence, publisher, statement counts, classes and properties (with class partitions),
one subset per source (its own statement count and title), example resources, the SPARQL endpoint and
the dump files when they are known.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import DCAT, DCTERMS, OWL, RDF, VOID, XSD, Graph, Literal, URIRef

from . import __version__
from .namespaces import ONTOLOGY_GRAPH, ONTOLOGY_IRI, bind_prefixes, curie, prefixes

LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")
EXAMPLES = ("person/ha-kim-ngoc", "state/vnm", "org/unhrc", "review/vnm-cycle-4")
MEDIA_TYPES = {"turtle": "text/turtle", "trig": "application/trig", "nt": "application/n-triples",
               "nquads": "application/n-quads", "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml"}


def _count(store, text: str) -> list:
    return [tuple(row) for row in store.ox.query(text)]


def describe(store, dumps: dict[str, str] | None = None, endpoint: str | None = None) -> Graph:
    """The VoID/DCAT description of the store. ``dumps`` maps format names to the URLs of the files."""
    base = prefixes(store.meta.get("base"))["id"]
    dataset = URIRef(base + "dataset")
    g = bind_prefixes(Graph(), store.meta.get("base"))
    g.add((dataset, RDF.type, VOID.Dataset))
    g.add((dataset, RDF.type, DCAT.Dataset))
    g.add((dataset, DCTERMS.title, Literal("rightsgraph: actors, bodies and commitments in the UN human-rights "
                                            "system", lang="en")))
    g.add((dataset, DCTERMS.description, Literal(
        "A knowledge graph of Viet Nam's engagement with the Universal Periodic Review and the Human Rights "
        "Council: officials and their posts, UN bodies, sessions, reviews, recommendations, pledges and "
        "resolutions, every fact with the source that states it.", lang="en")))
    g.add((dataset, URIRef(str(DCAT) + "version"), Literal(__version__)))  # DCAT 3
    g.add((dataset, OWL.versionInfo, Literal(__version__)))
    g.add((dataset, DCTERMS.license, LICENSE))
    g.add((dataset, DCTERMS.publisher, URIRef(base + "org/rightsgraph-editors")))
    built = str(store.meta.get("built", ""))[:10]
    if built:
        g.add((dataset, DCTERMS.modified, Literal(built, datatype=XSD.date)))
    g.add((dataset, VOID.vocabulary, URIRef(ONTOLOGY_IRI + "#")))
    g.add((dataset, VOID.uriSpace, Literal(base)))
    g.add((dataset, VOID.feature, URIRef("http://www.w3.org/ns/formats/N-Quads")))
    (triples,), = _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    (classes, properties, subjects), = _count(store, """SELECT (COUNT(DISTINCT ?c) AS ?k) (COUNT(DISTINCT ?p) AS ?q)
        (COUNT(DISTINCT ?s) AS ?t) WHERE { ?s ?p ?o OPTIONAL { ?s a ?c } }""")
    for prop, value in ((VOID.triples, triples), (VOID.classes, classes), (VOID.properties, properties),
                        (VOID.distinctSubjects, subjects)):
        g.add((dataset, prop, Literal(int(value.value))))
    for cls, n in _count(store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c"):
        part = URIRef(f"{dataset}/class/{curie(cls.value).replace(':', '-').rsplit('/', 1)[-1]}")
        g.add((dataset, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls.value)))
        g.add((part, VOID.entities, Literal(int(n.value))))
    titles = {gr.value: t.value for gr, t in _count(store, """SELECT ?g (SAMPLE(?t) AS ?title) WHERE {
        GRAPH ?g { ?g <http://purl.org/dc/terms/title> ?t FILTER(LANG(?t) = "en" || LANG(?t) = "") } } GROUP BY ?g""")}
    for graph, n in _count(store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"):
        name = "ontology" if graph.value == ONTOLOGY_GRAPH else graph.value.rsplit("/", 1)[-1]
        subset = URIRef(f"{dataset}/{name}")
        g.add((dataset, VOID.subset, subset))
        g.add((subset, RDF.type, VOID.Dataset))
        g.add((subset, DCTERMS.source, URIRef(graph.value)))
        g.add((subset, VOID.triples, Literal(int(n.value))))
        if graph.value in titles:
            g.add((subset, DCTERMS.title, Literal(titles[graph.value], lang="en")))
    for local in EXAMPLES:
        if any(True for _ in store.ox.quads_for_pattern(ox.NamedNode(base + local), None, None, None)):
            g.add((dataset, VOID.exampleResource, URIRef(base + local)))
    if endpoint:
        g.add((dataset, VOID.sparqlEndpoint, URIRef(endpoint)))
    for fmt, url in sorted((dumps or {}).items()):
        g.add((dataset, VOID.dataDump, URIRef(url)))
        dist = URIRef(f"{dataset}/dump/{fmt}")
        g.add((dataset, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.downloadURL, URIRef(url)))
        g.add((dist, DCAT.mediaType, URIRef("https://www.iana.org/assignments/media-types/" + MEDIA_TYPES[fmt])))
    return g


def to_turtle(graph: Graph, base: str | None = None) -> str:
    """The description as deterministic Turtle (the exporter's own writer)."""
    from .export import serialise

    rows = sorted((s.n3(), p.n3(), o.n3(), "") for s, p, o in graph)
    return "".join(serialise(rows, "turtle", base))
