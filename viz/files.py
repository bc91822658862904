"""Graph files for Gephi, igraph and JavaScript: GraphML, GEXF (with time intervals) and node-link JSON.

Files are written next to their target and renamed into place, so a failed export leaves no half file.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from pathlib import Path

import networkx as nx

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


def write_bytes(data: bytes, target: str | Path) -> None:
    """Write to ``target`` atomically, or to standard output for ``-``."""
    if str(target) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
