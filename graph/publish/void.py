"""The dataset descriptions partners receive: VoID and DCAT, in deterministic Turtle.

:func:`describe` is the store as served (``rightsgraph void``, ``/.well-known/void``): the figures of its
merged default graph and one subset per named graph.  :func:`describe_dump` is one dump file, computed
from the very statements written to it: its statement count, classes, properties and subjects, class
partitions, one subset per named graph in TriG and N-Quads (they add up to the file's statements; a
merged file has none), its format as ``void:feature``, its URL and media type.  Both carry the title,
version, licence, publisher, example resources and the SPARQL endpoint when one is given.
"""

from __future__ import annotations

import urllib.parse
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import DCAT, DCTERMS, OWL, RDF, VOID, XSD, Graph, Literal, URIRef

from rightsgraph import __version__, formats
from rightsgraph.namespaces import ONTOLOGY_IRI, bind_prefixes, curie, dataset_iri, prefixes, subset_iri

LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")
EXAMPLES = ("person/ha-kim-ngoc", "state/vnm", "org/unhrc", "review/vnm-cycle-4")
_RDF_FORMATS = formats.of_kind(formats.GRAPH, formats.DATASET)
MEDIA_TYPES = {f.name: f.media_type for f in _RDF_FORMATS}
#: The W3C's IRIs of the formats (https://www.w3.org/ns/formats/), for ``void:feature``.
FORMAT_IRIS = {f.name: URIRef(f.iri) for f in _RDF_FORMATS}
_TYPE = f"<{RDF.type}>"


@dataclass
class Figures:
    """What a description counts: statements, distinct classes, properties and subjects, instances per
    class, statements per named graph (the subsets) and the example resources present."""

    triples: int
    classes: int
    properties: int
    subjects: int
    entities: dict[str, int]
    graphs: dict[str, int]
    examples: list[str]


def _rows(store, text: str) -> list:
    return [tuple(row) for row in store.select(text)]


def store_figures(store) -> Figures:
    """The store as served: its merged default graph, and each named graph."""
    base = store.meta.base
    (triples,), = _rows(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    (classes, properties, subjects), = _rows(store, """SELECT (COUNT(DISTINCT ?c) AS ?k)
        (COUNT(DISTINCT ?p) AS ?q) (COUNT(DISTINCT ?s) AS ?t) WHERE { ?s ?p ?o OPTIONAL { ?s a ?c } }""")
    entities = _rows(store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c")
    graphs = store.meta.graph_statements  # counted as each graph was written, the statistics graph too
    if graphs is None:
        graphs = {g.value: int(n.value) for g, n in _rows(
            store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}
    examples = [base + local for local in EXAMPLES
                if any(True for _ in store.quads(ox.NamedNode(base + local)))]
    return Figures(int(triples.value), int(classes.value), int(properties.value), int(subjects.value),
                   {c.value: int(n.value) for c, n in entities}, dict(graphs), examples)


def dump_figures(rows, base: str | None = None) -> Figures:
    """The statements of a dump, as :func:`rightsgraph.publish.export.statements` gives them (N-Triples terms,
    graph IRI or "" for none): each row is one statement of the file."""
    base = prefixes(base)["id"]
    subjects = {row[0] for row in rows}
    properties = {row[1] for row in rows}
    typed: dict[str, set[str]] = {}
    for s, _, o, _ in (row for row in rows if row[1] == _TYPE):
        typed.setdefault(o, set()).add(s)
    graphs = Counter(row[3] for row in rows)
    graphs.pop("", None)
    entities = {o[1:-1]: len(members) for o, members in typed.items() if o.startswith("<")}
    examples = [base + local for local in EXAMPLES if f"<{base}{local}>" in subjects]
    return Figures(len(rows), len(typed), len(properties), len(subjects), entities, dict(graphs), examples)


def _class_segment(iri: str) -> str:
    """A class partition's name: the prefixed name (``rg-Person``), else the whole IRI percent-encoded."""
    short = curie(iri)
    return short.replace(":", "-") if short != iri else urllib.parse.quote(iri, safe="")


def _description(store, dataset: URIRef, figures: Figures, features, dumps: dict[str, str],
                 endpoint: str | None) -> Graph:
    base = store.meta.base
    g = bind_prefixes(Graph(), store.meta.base)
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
    built = str(store.meta.built)[:10]
    if built:
        g.add((dataset, DCTERMS.modified, Literal(built, datatype=XSD.date)))
    g.add((dataset, VOID.vocabulary, URIRef(ONTOLOGY_IRI + "#")))
    g.add((dataset, VOID.uriSpace, Literal(base)))
    for fmt in sorted(set(features) | set(dumps)):
        g.add((dataset, VOID.feature, FORMAT_IRIS[fmt]))
    for prop, value in ((VOID.triples, figures.triples), (VOID.classes, figures.classes),
                        (VOID.properties, figures.properties), (VOID.distinctSubjects, figures.subjects)):
        g.add((dataset, prop, Literal(value)))
    for cls, n in figures.entities.items():
        part = URIRef(f"{dataset}/class/{_class_segment(cls)}")
        g.add((dataset, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, Literal(n)))
    titles = {gr.value: t.value for gr, t in _rows(store, """SELECT ?g (SAMPLE(?t) AS ?title) WHERE {
        GRAPH ?g { ?g <http://purl.org/dc/terms/title> ?t FILTER(LANG(?t) = "en" || LANG(?t) = "") } } GROUP BY ?g""")
              } if figures.graphs else {}
    for graph, n in figures.graphs.items():
        subset = URIRef(subset_iri(base, graph, str(dataset)))
        g.add((dataset, VOID.subset, subset))
        g.add((subset, RDF.type, VOID.Dataset))
        g.add((subset, DCTERMS.source, URIRef(graph)))
        g.add((subset, VOID.triples, Literal(n)))
        if graph in titles:
            g.add((subset, DCTERMS.title, Literal(titles[graph], lang="en")))
    for example in figures.examples:
        g.add((dataset, VOID.exampleResource, URIRef(example)))
    if endpoint:
        g.add((dataset, VOID.sparqlEndpoint, URIRef(endpoint)))
    for fmt, url in sorted(dumps.items()):
        g.add((dataset, VOID.dataDump, URIRef(url)))
        dist = URIRef(f"{dataset}/dump/{fmt}")
        g.add((dataset, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.downloadURL, URIRef(url)))
        g.add((dist, DCAT.mediaType, URIRef("https://www.iana.org/assignments/media-types/" + MEDIA_TYPES[fmt])))
    return g


def describe(store, dumps: dict[str, str] | None = None, endpoint: str | None = None,
             features: tuple[str, ...] = ()) -> Graph:
    """The VoID/DCAT description of the store as served. ``dumps`` maps format names to the URLs of dumps
    of the whole store; ``features`` names the formats it is served in (see FORMAT_IRIS)."""
    dataset = URIRef(dataset_iri(store.meta.base))
    return _description(store, dataset, store_figures(store), features, dumps or {}, endpoint)


def describe_dump(store, rows, fmt: str, url: str, name: str, endpoint: str | None = None,
                  source: str | None = None) -> Graph:
    """The description of one dump file: ``rows`` are the statements written to it, in ``fmt``, published at
    ``url``. The file is the dataset ``id:dataset/file/NAME``, part of the store's ``id:dataset``; ``source``
    is the one source graph it was taken from, if any."""
    whole = URIRef(dataset_iri(store.meta.base))
    dataset = URIRef(f"{whole}/file/{urllib.parse.quote(name, safe='')}")
    g = _description(store, dataset, dump_figures(rows, store.meta.base), (), {fmt: url}, endpoint)
    g.add((dataset, DCTERMS.isPartOf, whole))
    if source:
        g.add((dataset, DCTERMS.source, URIRef(source)))
    return g


def description_path(dump: Path) -> Path:
    """Where a dump's description goes: beside it, named after the whole file name (``x.trig.void.ttl``)."""
    return dump.with_name(dump.name + ".void.ttl")


def serialise(graph: Graph, fmt: str = "turtle", base: str | None = None) -> str:
    """The description in an RDF format of the registry, deterministic (written as exports are)."""
    from rightsgraph.rdfwriter import graph_rows
    from rightsgraph.rdfwriter import serialise as write

    return "".join(write(graph_rows(graph), fmt, base))


def to_turtle(graph: Graph, base: str | None = None) -> str:
    """The description as deterministic Turtle."""
    return serialise(graph, "turtle", base)
