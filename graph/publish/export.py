"""Deterministic dumps of the graph: the same store gives byte-identical files, so releases can be diffed.

TriG and N-Quads keep each source's named graph; Turtle, N-Triples, JSON-LD and RDF/XML carry the merged
graph (each statement once). Statements are read sorted here and written by :mod:`rightsgraph.rdfwriter`.
``--no-provenance`` leaves out the descriptions of the sources and the evidence (quotes, source rows):
the facts alone.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pyoxigraph as ox

from rightsgraph import formats
from rightsgraph.errors import UnknownNameError
from rightsgraph.namespaces import ONTOLOGY_GRAPH, RG, local_name, prefixes
from rightsgraph.rdfwriter import Quad, graph_rows, serialise, triples  # noqa: F401 - the dump's writer

#: The export formats and their file extensions (see :mod:`rightsgraph.formats`).
FORMATS = {f.name: f.extension for f in formats.of_kind(formats.GRAPH, formats.DATASET)}
#: The formats that keep each source's named graph.
QUAD_FORMATS = formats.names(formats.DATASET)
#: Evidence that says where a fact comes from rather than what it is.
EVIDENCE = frozenset({str(RG.quote), str(RG.sourceRow)})



def source_graph(store, name: str) -> str:
    """The named graph of a source given by IRI, prefixed name or identifier (``vna-2022-midterm-report-launch``)."""
    graphs = store.graphs()
    base = store.meta.base
    candidates = [name, prefixes(base)["id"] + "source/" + name]
    if ":" in name and not name.startswith("http"):
        prefix, _, local = name.partition(":")
        if prefix in prefixes(base):
            candidates.append(prefixes(base)[prefix] + local)
    for candidate in candidates:
        if candidate in graphs:
            return candidate
    known = ", ".join(local_name(g) for g in graphs if g != ONTOLOGY_GRAPH)
    raise UnknownNameError(f"no source graph {name!r}; sources: {known}")


def _lines(store, graph: str | None, suffix: str = "") -> list[str]:
    """One graph as Oxigraph writes it in N-Triples, a line a statement without its `` .`` and with
    ``suffix`` (the graph's name) instead; ``graph`` ``None`` is the merged default graph.  A dump is twice
    as fast as decoding quads one by one in Python."""
    with tempfile.TemporaryDirectory(prefix="rightsgraph-export-") as tmp:
        path = Path(tmp) / "graph.nt"
        with open(path, "wb") as output:
            store.dump(output, ox.RdfFormat.N_TRIPLES, graph, merged=graph is None)
        with open(path, encoding="utf-8") as lines:
            return [line[:-3] + suffix for line in lines]  # each ends with " .\n"


def _rows(lines: list[str], quads: bool, provenance: bool, store) -> list[Quad]:
    """Lines (``s p o`` or ``s p o <g>``), sorted, as rows; without provenance, less the sources and the
    evidence. Sorting whole lines orders the rows as sorting the tuples would (a term never ends where
    another goes on with a character below the space), several times faster."""
    lines.sort()
    if quads:
        rows: list = lines  # each line replaced by its row in place: the two are never all held at once
        names: dict[str, str] = {}  # one string per graph name, not one per row
        for i, line in enumerate(lines):
            s, p, rest = line.split(" ", 2)
            o, _, g = rest.rpartition(" ")
            rows[i] = (s, p, o, names.get(g) or names.setdefault(g, g[1:-1]))
    else:
        rows = [(*line.split(" ", 2), "") for line in lines]  # a merged graph is smaller: speed first
    if provenance:
        return rows
    sources = {f"<{g}>" for g in store.graphs()}
    evidence = {f"<{p}>" for p in EVIDENCE}
    return [row for row in rows if not (row[0] in sources or row[1] in evidence)]


def quads(store, graph: str | None = None, provenance: bool = True) -> list[Quad]:
    """The statements to export, sorted: one source's graph, or every named graph."""
    wanted = [graph] if graph else store.graphs()
    return _rows([line for g in wanted for line in _lines(store, g, f" <{g}>")], True, provenance, store)


def merged(store, graph: str | None = None, provenance: bool = True) -> list[Quad]:
    """The merged graph, sorted, each statement once: the store's default graph (which :class:`GraphStore`
    keeps as the union of the named graphs), or one source's graph."""
    return _rows(_lines(store, graph), False, provenance, store)


def statements(store, fmt: str, graph: str | None = None, provenance: bool = True) -> list[Quad]:
    """What a dump in ``fmt`` holds, one row per statement: the quads in TriG and N-Quads, their merge in
    the other formats."""
    if formats.get(fmt).kind == formats.DATASET:
        return quads(store, graph, provenance)
    return merged(store, graph, provenance)


