"""SPARQL results as a terminal table, W3C CSV, W3C TSV, W3C JSON, or Turtle for graphs."""

from __future__ import annotations

import csv
import io
import json

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.query import Result

FORMATS = ("table", "csv", "tsv", "json")
_MAX_CELL = 72


def shorten(term: object, namespaces: dict[str, str]) -> str:
    """A compact, readable rendering of a term: ``id:person/do-hung-viet``, ``Hà Kim Ngọc @vi``."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, ns in sorted(namespaces.items(), key=lambda item: -len(item[1])):
            if term.startswith(ns) and len(term) > len(ns):
                return f"{prefix}:{term[len(ns):]}"
        return f"<{term}>"
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


def _csv_value(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def to_csv(result: Result) -> str:
    """SPARQL 1.1 Query Results CSV: plain values, RFC 4180 quoting, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.type == "ASK":
        writer.writerow(["_askResult"])
        writer.writerow(["true" if result.askAnswer else "false"])
        return buffer.getvalue()
    writer.writerow([str(v) for v in result.vars])
    for row in result:
        writer.writerow([_csv_value(v) for v in row])
    return buffer.getvalue()


def to_tsv(result: Result) -> str:
    """SPARQL 1.1 Query Results TSV: terms in Turtle/N-Triples syntax."""
    if result.type == "ASK":
        return "?_askResult\n" + ("true" if result.askAnswer else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    lines += ["\t".join("" if v is None else v.n3() for v in row) for row in result]
    return "\n".join(lines) + "\n"


def to_json(result: Result) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.type == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) + "\n"
    variables = [str(v) for v in result.vars]
    bindings = []
    for row in result:
        binding = {}
        for name, term in zip(variables, row, strict=True):
            if term is None:
                continue
            if isinstance(term, URIRef):
                binding[name] = {"type": "uri", "value": str(term)}
            elif isinstance(term, BNode):
                binding[name] = {"type": "bnode", "value": str(term)}
            else:
                item = {"type": "literal", "value": str(term)}
                if term.language:
                    item["xml:lang"] = term.language
                elif term.datatype:
                    item["datatype"] = str(term.datatype)
                binding[name] = item
        bindings.append(binding)
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1) + "\n"


def render(result: Result, fmt: str = "table", namespaces: dict[str, str] | None = None) -> str:
    """Render any query result; CONSTRUCT and DESCRIBE results are always Turtle."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph: Graph = result.graph
        for prefix, ns in (namespaces or {}).items():
            graph.bind(prefix, ns, override=True)
        return graph.serialize(format="turtle")
    return {"table": lambda r: table(r, namespaces), "csv": to_csv, "tsv": to_tsv, "json": to_json}[fmt](result)
