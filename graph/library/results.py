"""Query results: a table for the terminal, the SPARQL results formats (JSON, XML, CSV, TSV) written by
pyoxigraph, and graphs (CONSTRUCT, DESCRIBE) in the RDF formats of the exports."""

from __future__ import annotations

import itertools

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.query import Result

from rightsgraph import formats
from rightsgraph.namespaces import readable

#: The CLI's result formats: a table for people, then the SPARQL results formats.
FORMATS = ("table", *formats.names(formats.RESULTS))
GRAPH_RESULTS = ("CONSTRUCT", "DESCRIBE")
_MAX_CELL = 72


def shorten(term: object, namespaces: dict[str, str]) -> str:
    """A compact, readable rendering of a term: ``id:person/do-hung-viet``, ``Hà Kim Ngọc @vi``."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return readable(str(term), namespaces)
    if isinstance(term, BNode):
        return f"_:{term}"
    text = str(term)
    if isinstance(term, Literal) and term.language:
        text += f" @{term.language}"
    return text


def _cell(text: str) -> str:
    text = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def table(result: Result, namespaces: dict[str, str] | None = None) -> str:
    """Aligned columns for a terminal; long values are cut, newlines shown as \\n."""
    if result.type == "ASK":
        return "true\n" if result.askAnswer else "false\n"
    ns = {prefix: str(iri) for prefix, iri in (namespaces or {}).items()}
    names = [str(v) for v in result.vars]
    rows = [[_cell(shorten(row[i], ns)) for i in range(len(names))] for row in result]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def _native(result, max_rows: int | None) -> tuple[ox.QuerySolutions | ox.QueryBoolean, bool]:
    """``result`` as pyoxigraph results, and whether it was cut at ``max_rows``.

    pyoxigraph makes results only by evaluating a query or by parsing them, so rows held in Python (cut at
    the row limit, or an rdflib result) reach it as SPARQL TSV, whose cells are the terms' N-Triples text
    as pyoxigraph writes it: nothing is escaped here."""
    if isinstance(result, ox.QueryBoolean):
        return result, False
    if isinstance(result, Result) and result.type == "ASK":
        return ox.parse_query_results(b'{"head":{},"boolean":%s}' % (b"true" if result.askAnswer else b"false"),
                                      ox.QueryResultsFormat.JSON), False
    if isinstance(result, ox.QuerySolutions):
        if max_rows is None:
            return result, False
        names = [v.value for v in result.variables]
        rows = [[None if row[i] is None else str(row[i]) for i in range(len(names))]
                for row in itertools.islice(result, max_rows + 1)]
    else:
        from rightsgraph.rdfwriter import to_ox

        names = [str(v) for v in result.vars]
        limit = None if max_rows is None else max_rows + 1
        rows = [[None if t is None else str(to_ox(t)) for t in row] for row in itertools.islice(result, limit)]
    cut = max_rows is not None and len(rows) > max_rows
    lines = ["\t".join(f"?{n}" for n in names)] + ["\t".join(c or "" for c in row) for row in rows[:max_rows]]
    return ox.parse_query_results(("\n".join(lines) + "\n").encode("utf-8"), ox.QueryResultsFormat.TSV), cut


def serialise(result, fmt: str, max_rows: int | None = None, base: str | None = None) -> tuple[bytes, bool]:
    """A query's result in ``fmt``, and whether its rows were cut at ``max_rows``: the one writer of query
    results, for the CLI and the server.

    ``result`` is pyoxigraph's (``QuerySolutions``, ``QueryBoolean``, ``QueryTriples``) or rdflib's
    ``Result`` (the store's, a remote endpoint's). SELECT and ASK go in a SPARQL results format, written by
    pyoxigraph; CONSTRUCT and DESCRIBE in an RDF format, sorted and written as exports are (prefixes of
    ``base``)."""
    from rightsgraph.rdfwriter import graph_rows
    from rightsgraph.rdfwriter import serialise as write_rdf

    if isinstance(result, ox.QueryTriples) or (isinstance(result, Result) and result.type in GRAPH_RESULTS):
        rows = (sorted({(str(t.subject), str(t.predicate), str(t.object), "") for t in result})
                if isinstance(result, ox.QueryTriples) else graph_rows(result.graph))
        return "".join(write_rdf(rows, formats.get(fmt, formats.GRAPH).name, base)).encode("utf-8"), False
    native, cut = _native(result, max_rows)
    return native.serialize(format=formats.get(fmt, formats.RESULTS).syntax), cut


def render(result: Result, fmt: str = "table", namespaces: dict[str, str] | None = None) -> str:
    """Any query result for the terminal: SELECT and ASK as a table or in ``fmt`` (see FORMATS), CONSTRUCT
    and DESCRIBE always as Turtle."""
    graph = result.type in GRAPH_RESULTS
    if fmt == "table" and not graph:
        return table(result, namespaces)
    base = str((namespaces or {}).get("id") or "") or None
    text = serialise(result, "turtle" if graph else fmt, base=base)[0].decode("utf-8")
    return text if text.endswith("\n") else text + "\n"
