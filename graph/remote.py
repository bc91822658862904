"""Run a query on a remote SPARQL 1.1 endpoint through SPARQLWrapper.

The endpoint does not know rightsgraph's prefixes or Oxigraph's substitutions, so the query is sent
with PREFIX declarations for the prefixes it does not declare, and parameter values travel as a
``VALUES`` block at the start of the outermost ``WHERE``: each value is serialised as an RDF term
(``Literal.n3()`` escapes quotes, backslashes and newlines; IRIs were checked when they were parsed),
so a value is only ever data.  Results come back as rdflib results, rendered like local ones.
"""

from __future__ import annotations

import io
import re
import urllib.error
from collections.abc import Mapping

from rdflib import Graph
from rdflib.query import Result

from .errors import QueryError
from .namespaces import prefixes

_WHERE = re.compile(r"\bWHERE\s*\{", re.I)
_FORM = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", re.I)
_DECLARED = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?:", re.I | re.M)


def _code(text: str) -> str:
    """The query with comments blanked (same length), so that searching it ignores them."""
    out, in_iri, quote = [], False, ""
    i = 0
    while i < len(text):
        ch = text[i]
        if quote:
            out.append(ch)
            if ch == "\\" and i + 1 < len(text):
                out.append(text[i + 1])
                i += 1
            elif ch == quote:
                quote = ""
        elif in_iri:
            out.append(ch)
            in_iri = ch != ">"
        elif ch in "\"'":
            quote = ch
            out.append(ch)
        elif ch == "<" and re.match(r"<[^\s<>\"{}|^`\\]*>", text[i:]):
            in_iri = True
            out.append(ch)
        elif ch == "#":
            end = text.find("\n", i)
            end = len(text) if end < 0 else end
            out.append(" " * (end - i))
            i = end
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def prepare(text: str, bindings: Mapping[str, object] | None = None, base: str | None = None) -> str:
    """The query as sent to an endpoint: missing PREFIX declarations added, parameters in a VALUES block."""
    code = _code(text)
    if bindings:
        where = _WHERE.search(code)
        if where is None:  # SELECT * { ... } and ASK { ... }: the first brace after the query form
            form = _FORM.search(code)
            if form is None or form[1].upper() == "CONSTRUCT" or (brace := code.find("{", form.end())) < 0:
                raise QueryError("cannot bind parameters: the query has no WHERE clause")
            at = brace + 1
        else:
            at = where.end()
        names = list(bindings)
        values = " ".join(term.n3() for term in bindings.values())
        block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({values}) }} "
        text, code = text[:at] + block + text[at:], code[:at] + block + code[at:]
    declared = set(_DECLARED.findall(code))
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefixes(base).items() if p not in declared)
    return head + text


def run(endpoint: str, text: str, bindings: Mapping[str, object] | None = None, base: str | None = None,
        user: str | None = None, password: str | None = None, timeout: float = 60,
        default_graphs: list[str] = (), named_graphs: list[str] = ()) -> Result:
    """Run ``text`` on ``endpoint``; SELECT/ASK as a result set, CONSTRUCT/DESCRIBE as a graph.

    ``default_graphs`` and ``named_graphs`` set the query's dataset through the protocol's
    ``default-graph-uri`` and ``named-graph-uri`` (by default the endpoint's own dataset).
    """
    from SPARQLWrapper import JSON, N3, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    query = prepare(text, bindings, base)
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setMethod("POST")
    client.setTimeout(int(max(1, timeout)))
    if user:
        client.setCredentials(user, password or "")
    for graph in default_graphs:
        client.addDefaultGraph(graph)
    for graph in named_graphs:
        client.addNamedGraph(graph)
    form = client.queryType
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

