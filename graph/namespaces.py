"""Namespaces, the configurable base IRI, and the prefixes every query gets."""

from __future__ import annotations

import os
import re
import urllib.parse

from rdflib import Namespace
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, TIME, VOID, XSD

ONTOLOGY_IRI = "https://w3id.org/rightsgraph/ontology"
RG = Namespace(ONTOLOGY_IRI + "#")
RGC = Namespace("https://w3id.org/rightsgraph/concept/")
SCHEMA = Namespace("https://schema.org/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
SDG = Namespace("http://metadata.un.org/sdg/")
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
#: SPARQL 1.1 Service Description (what ``rightsgraph serve`` says of its endpoint).
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

DEFAULT_BASE = "https://w3id.org/rightsgraph/id/"
#: The named graph that holds the ontology and the concept schemes.
ONTOLOGY_GRAPH = ONTOLOGY_IRI


#: Named graphs of extracted, not yet reviewed candidates end so; they stay out of the merged default graph.
CANDIDATES_SUFFIX = "/candidates"


def is_candidate_graph(iri: str) -> bool:
    return iri.endswith(CANDIDATES_SUFFIX)


def base_iri(base: str | None = None) -> str:
    """The base for resource IRIs: the argument, else ``RIGHTSGRAPH_BASE``, else the default."""
    base = base or os.environ.get("RIGHTSGRAPH_BASE") or DEFAULT_BASE
    return base if base.endswith(("/", "#")) else base + "/"


def source_iri(base: str, source_id: str) -> str:
    """The IRI of a source (and of its named graph): ``<base>source/<id>``."""
    return f"{base}source/{source_id}"


def source_id_of_graph(base: str, graph: str) -> str:
    """A source's id from the IRI of its graph (the inverse of :func:`source_iri`)."""
    return graph.removeprefix(f"{base}source/")


def dataset_iri(base: str) -> str:
    """The IRI of the whole dataset, as its VoID description names it."""
    return f"{base}dataset"


def subset_iri(base: str, graph: str, dataset: str | None = None) -> str:
    """The VoID subset of one named graph in ``dataset`` (by default the whole dataset): the dataset's IRI and
    the graph's path under the resource base (``<base>dataset/source/x``), ``.../ontology`` for the ontology's
    graph, else the whole IRI percent-encoded."""
    if graph == ONTOLOGY_GRAPH:
        segment = "ontology"
    elif graph.startswith(base) and len(graph) > len(base):
        segment = urllib.parse.quote(graph[len(base):], safe="/-._~")
    else:
        segment = urllib.parse.quote(graph, safe="")
    return f"{dataset or dataset_iri(base)}/{segment}"


def statistics_graph(base: str) -> str:
    """The named graph in which the store states how many statements each other named graph holds."""
    return f"{dataset_iri(base)}/statistics"


PREFIXES: dict[str, str] = {
    "rg": str(RG), "rgc": str(RGC), "schema": str(SCHEMA), "eli": str(ELI), "oa": str(OA),
    "wd": str(WD), "sdg": str(SDG), "qudt": str(QUDT), "unit": str(UNIT), "org": str(ORG), "foaf": str(FOAF),
    "prov": str(PROV),
    "time": str(TIME), "skos": str(SKOS), "dcterms": str(DCTERMS), "dcat": str(DCAT),
    "void": str(VOID), "owl": str(OWL), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "sh": str(SH),
}


def prefixes(base: str | None = None) -> dict[str, str]:
    """All prefixes, with ``id:`` bound to the resource base."""
    return {**PREFIXES, "id": base_iri(base)}


def bind_prefixes(graph, base: str | None = None):
    """``graph`` (an rdflib Graph or Dataset) with every project prefix bound, replacing rdflib's defaults."""
    for prefix, namespace in prefixes(base).items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


_BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def local_name(iri: str) -> str:
    """The last segment of an IRI: ``Person`` for ``rg:Person``, ``vnm`` for ``id:state/vnm``."""
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def expand(name: str, base: str | None = None) -> str:
    """An IRI from ``<...>``, a prefixed name (``id:state/vnm``, ``rg:Person``) or an absolute IRI;
    ``ValueError`` for anything else (spaces, angle brackets, an unknown scheme-less name)."""
    raw = name.strip()
    if raw.startswith("<") and raw.endswith(">"):
        raw = raw[1:-1]
    elif ":" in raw and not re.match(r"^[a-z][a-z0-9+.-]*://", raw, re.I):
        prefix, _, local = raw.partition(":")
        known = prefixes(base)
        if prefix in known:
            raw = known[prefix] + local
    if not re.match(r"^[a-z][a-z0-9+.-]*:", raw, re.I) or re.search(r'[\s<>"{}|\\^`]', raw):
        raise ValueError(raw)
    return raw


def curie(iri: str) -> str:
    """``rg:Person`` for the ontology's IRI and so on (never with ``/`` in the local part); else the IRI itself."""
    for prefix, namespace in _BY_LENGTH:
        if iri.startswith(namespace) and "/" not in iri[len(namespace):]:
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def readable(iri: str, namespaces: dict[str, str] | None = None) -> str:
    """A readable form for people (tables, labels), not for SPARQL: the longest namespace of ``namespaces``
    (by default :data:`PREFIXES`) as a prefix, ``/`` allowed after it (``id:person/do-hung-viet``), else ``<iri>``."""
    for prefix, namespace in sorted((namespaces or PREFIXES).items(), key=lambda item: -len(item[1])):
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"
