"""Graph files for Gephi, igraph and JavaScript: GraphML, GEXF (with time intervals) and node-link JSON."""

from __future__ import annotations

import io
import json

import networkx as nx

from rightsgraph.textio import write_output

FORMATS = ("graphml", "gexf", "json")


def serialise(graph: nx.MultiDiGraph, fmt: str) -> bytes:
    """The graph in ``fmt``. GEXF carries each dated node's ``start``/``end`` so that Gephi's timeline works."""
    if fmt == "json":
        data = nx.node_link_data(graph, edges="edges")
        return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(graph, buffer, encoding="utf-8", version="1.2draft")
    else:
        raise ValueError(f"unknown graph format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return buffer.getvalue()


write_bytes = write_output  # the library's atomic writer, under the name viz has always used
