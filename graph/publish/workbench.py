"""What ``rightsgraph serve`` shows people and SPARQL clients besides query answers: the workbench page at ``/``
(YASGUI, the query library as a catalogue), its static files at ``/assets/``, the query library as JSON at
``/api/queries`` and the SPARQL 1.1 Service Description of ``/sparql``.

The web libraries (YASGUI) come from npm: ``make setup`` copies them into ``static/vendor`` (see the Makefile);
the page loads nothing from anywhere but this server.
"""

from __future__ import annotations

import json
import urllib.parse
from functools import cache
from importlib import resources

from rdflib import RDF, RDFS, VOID, Graph, URIRef

from rightsgraph import formats
from rightsgraph.errors import QueryError
from rightsgraph.library import GROUPS, find, library
from rightsgraph.library.binding import bind, first_keyword
from rightsgraph.namespaces import SD, dataset_iri, prefixes

#: Media types of the files under ``/assets/``, by extension; other files are not served.
CONTENT_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".woff2": "font/woff2",
}
#: Assets change only when the package does: a day in caches.
CACHE_CONTROL = "public, max-age=86400"


class Refused(ValueError):
    """A path that tries to leave the assets folder."""


def _static():
    return resources.files("rightsgraph.publish") / "static"


def asset(path: str) -> tuple[bytes, str] | None:
    """The file at ``path`` (the URL path after ``/assets/``, still percent-encoded) and its media type; None
    when there is no such file; :class:`Refused` for a path with ``..``, ``.``, empty or hidden segments,
    backslashes or control characters, encoded or not."""
    try:
        decoded = urllib.parse.unquote(path, errors="strict")
    except UnicodeDecodeError:
        raise Refused("malformed percent-encoding") from None
    for text in (path, decoded):
        if "\\" in text or any(ord(ch) < 0x20 for ch in text):
            raise Refused("backslashes and control characters are refused")
        if any(part in ("", ".", "..") or part.startswith(".") for part in text.split("/")):
            raise Refused("'..', '.', empty and hidden path segments are refused")
    content_type = CONTENT_TYPES.get("." + decoded.rsplit(".", 1)[-1].lower() if "." in decoded else "")
    node = _static()
    for part in decoded.split("/"):
        node = node / part
    if content_type is None or not node.is_file():
        return None
    return node.read_bytes(), content_type


def catalogue() -> list[dict]:
    """Every library query, in the library's order: name, title, description, group, form (SELECT, CONSTRUCT...),
    parameters, text."""
    return [{"name": q.name, "title": q.title, "description": q.description, "group": q.group,
             "form": first_keyword(q.text),
             "parameters": [{"name": p.name, "type": p.type, "default": p.default, "help": p.description}
                            for p in q.params.values()],
             "text": q.text, "examples": q.examples} for q in library()]


@cache
def catalogue_json() -> bytes:
    return json.dumps({"groups": list(GROUPS), "queries": catalogue()}, ensure_ascii=False).encode("utf-8")


class NotFound(LookupError):
    """No library query of that name."""


def bound_query(name: str, query_string: str, base: str) -> dict:
    """The library query ``name`` with the parameters of ``query_string`` bound by the library, as
    ``rightsgraph query NAME --param ...`` binds them (a VALUES block of RDF terms, the prefixes declared).
    :class:`NotFound` for an unknown query, :class:`QueryError` for a bad, repeated or unknown parameter."""
    try:
        query = find(name)
    except QueryError as exc:
        raise NotFound(str(exc)) from None
    values: dict[str, str] = {}
    for key, value in urllib.parse.parse_qsl(query_string, keep_blank_values=True, errors="strict"):
        if key in values:
            raise QueryError(f"parameter {key} is given twice")
        values[key] = value
    return {"name": query.name, "parameters": values,
            "query": bind(query.text, query.bindings(values, base), base)}


@cache
def page(base: str) -> str:
    """The workbench page: YASGUI on this server's ``/sparql``, the project's prefixes, the query catalogue."""
    from rightsgraph.publish import templates

    config = {"endpoint": "/sparql", "catalogue": "/api/queries", "prefixes": prefixes(base)}
    return templates.render("workbench.html", base=base, config=config)


def service_description(public: str, store, features: tuple[str, ...]) -> Graph:
    """The SPARQL 1.1 Service Description of ``<public>/sparql``: its endpoint, language, the result formats
    it answers in (the results formats and the served graph ``features``, see rightsgraph.formats), the union
    default graph, and its default dataset, described by VoID at ``/.well-known/void``."""
    endpoint = URIRef(f"{public}/sparql")
    service = URIRef(f"{public}/sparql#service")
    dataset = URIRef(dataset_iri(store.meta.base))
    graph = Graph()
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, endpoint))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    for fmt in (*formats.of_kind(formats.RESULTS), *(formats.get(name) for name in features)):
        graph.add((service, SD.resultFormat, URIRef(fmt.iri)))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))  # the default graph is the merge of every source
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, RDF.type, VOID.Dataset))
    graph.add((dataset, RDFS.seeAlso, URIRef(f"{public}/.well-known/void")))
    return graph
