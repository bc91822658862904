"""Run a query on a remote SPARQL 1.1 endpoint through SPARQLWrapper.

The query is sent as :func:`rightsgraph.library.binding.bind` writes it: PREFIX declarations for the prefixes
it does not declare, parameters in a VALUES block of escaped RDF terms.  Its form comes from rdflib's
SPARQL parser, not from SPARQLWrapper's guess (which searches the text for keywords, comments included:
a header saying "loaded" made a SELECT a LOAD update, sent as ``update=`` and refused), so a query always
goes as ``query=``.  Results come back as rdflib results, rendered like local ones.
"""

from __future__ import annotations

import io
import urllib.error
import warnings
from collections.abc import Mapping

from rdflib import Graph
from rdflib.query import Result

from rightsgraph.errors import QueryError
from rightsgraph.library.binding import UPDATES, bind, first_keyword

FORMS = {"SelectQuery": "SELECT", "ConstructQuery": "CONSTRUCT", "AskQuery": "ASK", "DescribeQuery": "DESCRIBE"}


def query_form(text: str) -> str:
    """SELECT, CONSTRUCT, ASK or DESCRIBE, as rdflib's SPARQL parser reads ``text``.

    A text rdflib does not parse (an endpoint's own syntax, or an error the endpoint will report) has
    the form of its first keyword after the prologue, as the server's update guard reads it; an update
    is refused: this runs queries only.
    """
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        return FORMS[parseQuery(text)[1].name]
    except ParseBaseException:
        keyword = first_keyword(text)
    if keyword in UPDATES:
        raise QueryError(f"this is a SPARQL Update ({keyword}), not a query: only queries are run on an endpoint")
    return keyword if keyword in FORMS.values() else "SELECT"


def run(endpoint: str, text: str, bindings: Mapping[str, object] | None = None, base: str | None = None,
        user: str | None = None, password: str | None = None, timeout: float = 60,
        default_graphs: list[str] = (), named_graphs: list[str] = ()) -> Result:
    """Run ``text`` on ``endpoint``; SELECT/ASK as a result set, CONSTRUCT/DESCRIBE as a graph.

    ``default_graphs`` and ``named_graphs`` set the query's dataset through the protocol's
    ``default-graph-uri`` and ``named-graph-uri`` (by default the endpoint's own dataset).
    """
    from SPARQLWrapper import JSON, N3, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    query = bind(text, bindings, base)
    form = query_form(query)
    client = SPARQLWrapper(endpoint)
    with warnings.catch_warnings():  # its own guess of the form, replaced below
        warnings.simplefilter("ignore", RuntimeWarning)
        client.setQuery(query)
    client.queryType = form  # what SPARQLWrapper reads to send query= rather than update=
    client.setMethod("POST")
    client.setTimeout(int(max(1, timeout)))
    if user:
        client.setCredentials(user, password or "")
    for graph in default_graphs:
        client.addDefaultGraph(graph)
    for graph in named_graphs:
        client.addNamedGraph(graph)
    graph_result = form in ("CONSTRUCT", "DESCRIBE")
    client.setReturnFormat(N3 if graph_result else JSON)
    try:
        response = client.query().response
        data = response.read()
        content_type = response.headers.get("Content-Type", "")
    except SPARQLWrapperException as exc:
        raise QueryError(f"{endpoint} refused the query: {exc}") from None
    except urllib.error.HTTPError as exc:
        raise QueryError(f"{endpoint} answered HTTP {exc.code}: {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
        reason = getattr(exc, "reason", exc)
        raise QueryError(f"cannot reach {endpoint}: {reason}") from None
    if graph_result:
        graph = Graph()
        fmt = "nt" if "n-triples" in content_type else "turtle"
        try:
            graph.parse(data=data.decode("utf-8"), format=fmt)
        except Exception as exc:
            raise QueryError(f"{endpoint} sent a graph that does not parse as {fmt}: {exc}") from None
        result = Result("CONSTRUCT")
        result.graph = graph
        return result
    try:
        return Result.parse(io.BytesIO(data), format="json")
    except (ValueError, KeyError) as exc:
        raise QueryError(f"{endpoint} sent results that are not SPARQL JSON: {exc}") from None

