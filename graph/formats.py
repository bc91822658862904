"""The output formats, each described once: RDF graphs, RDF datasets and SPARQL results.

Export, VoID, the server's content negotiation and the CLI's ``--format`` choices are all derived from
:data:`FORMATS` (like pyoxigraph's ``RdfFormat``, which each entry names). Input formats of the importers
(UPR Info tables, OHCHR lists...) are another thing: see ``rightsgraph.upr.importers.FORMATS``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from rightsgraph.errors import UnknownNameError

#: RDF triples: the merged graph, each statement once.
GRAPH = "graph"
#: RDF quads: every source's named graph kept.
DATASET = "dataset"
#: SPARQL SELECT and ASK results.
RESULTS = "results"

_W3C = "http://www.w3.org/ns/formats/"


@dataclass(frozen=True)
class Format:
    """One format: its name in the CLI and the export API, other names accepted for it, media types (the
    first is the one sent), file extension, kind, W3C format IRI (``void:feature``), pyoxigraph's format."""

    name: str
    kind: str
    media_types: tuple[str, ...]
    extension: str
    iri: str
    syntax: ox.RdfFormat | ox.QueryResultsFormat
    aliases: tuple[str, ...] = ()

    @property
    def media_type(self) -> str:
        return self.media_types[0]

    @property
    def keys(self) -> tuple[str, ...]:
        """Every name this format is known by: name, aliases, extension."""
        return tuple(dict.fromkeys((self.name, *self.aliases, self.extension)))


FORMATS: tuple[Format, ...] = (
    Format("turtle", GRAPH, ("text/turtle",), "ttl", _W3C + "Turtle", ox.RdfFormat.TURTLE),
    Format("trig", DATASET, ("application/trig",), "trig", _W3C + "TriG", ox.RdfFormat.TRIG),
    Format("nt", GRAPH, ("application/n-triples",), "nt", _W3C + "N-Triples", ox.RdfFormat.N_TRIPLES,
           ("ntriples", "n-triples")),
    Format("nquads", DATASET, ("application/n-quads",), "nq", _W3C + "N-Quads", ox.RdfFormat.N_QUADS, ("n-quads",)),
    Format("jsonld", GRAPH, ("application/ld+json", "application/json"), "jsonld", _W3C + "JSON-LD",
           ox.RdfFormat.JSON_LD, ("json-ld",)),
    Format("rdfxml", GRAPH, ("application/rdf+xml",), "rdf", _W3C + "RDF_XML", ox.RdfFormat.RDF_XML, ("rdf-xml",)),
    Format("json", RESULTS, ("application/sparql-results+json", "application/json"), "srj",
           _W3C + "SPARQL_Results_JSON", ox.QueryResultsFormat.JSON),
    Format("xml", RESULTS, ("application/sparql-results+xml", "application/xml"), "srx",
           _W3C + "SPARQL_Results_XML", ox.QueryResultsFormat.XML),
    Format("csv", RESULTS, ("text/csv",), "csv", _W3C + "SPARQL_Results_CSV", ox.QueryResultsFormat.CSV),
    Format("tsv", RESULTS, ("text/tab-separated-values",), "tsv", _W3C + "SPARQL_Results_TSV",
           ox.QueryResultsFormat.TSV),
)

_BY_KEY: dict[str, Format] = {}
for _format in FORMATS:
    for _key in _format.keys:
        if _BY_KEY.setdefault(_key, _format) is not _format:
            raise AssertionError(f"format key {_key!r} is given twice")


def of_kind(*kinds: str) -> tuple[Format, ...]:
    """The formats of these kinds, in registry order."""
    return tuple(f for f in FORMATS if f.kind in kinds)


def names(*kinds: str) -> tuple[str, ...]:
    """The names of the formats of these kinds (the CLI's choices)."""
    return tuple(f.name for f in of_kind(*kinds))


def get(key: str, *kinds: str) -> Format:
    """The format known as ``key`` (name, alias or extension), of one of ``kinds`` if any are given."""
    found = _BY_KEY.get(key)
    if found is None or (kinds and found.kind not in kinds):
        offered = names(*kinds) if kinds else tuple(f.name for f in FORMATS)
        raise UnknownNameError(f"unknown format {key!r}; choose one of {', '.join(offered)}")
    return found


def by_media_type(selected: tuple[Format, ...]) -> dict[str, str]:
    """Media type to format name, for content negotiation (a format's media types in its order)."""
    return {media: f.name for f in selected for media in f.media_types}
