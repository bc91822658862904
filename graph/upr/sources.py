"""The sources a store holds: list them, and take an ingested one out.

Three kinds: **curated** sources (the YAML files under ``data/``: edit or delete the file and rebuild),
**ingested** datasets and articles (``rightsgraph ingest``: removed here), and **derived** datasets
(computed from the others, such as the similarity links: recomputed, never removed by hand).
"""

from __future__ import annotations

import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from rightsgraph.errors import DataError, UnknownNameError
from rightsgraph.finder import refresh as refresh_finder
from rightsgraph.namespaces import source_id_of_graph, source_iri
from rightsgraph.store import ARTICLE_FORMATS, GraphStore, read_meta, updating
from rightsgraph.upr.ingest import reconvert, relink
from rightsgraph.upr.reconcile import dependents


@dataclass
class SourceInfo:
    id: str
    kind: str  # curated | ingested | derived | candidates
    format: str
    graph: str
    file: str | None = None
    sha256: str | None = None
    statements: int | None = None  # in the analyst store (None: candidates, in the review workspace)
    when: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def listing(path: Path | None = None) -> list[SourceInfo]:
    """Every source of the store at ``path``, curated first, with its statement count."""
    store = GraphStore.open(path)
    try:
        return _listing(store)
    finally:
        store.close()


def _listing(store: GraphStore) -> list[SourceInfo]:
    meta = store.meta
    base = meta.base
    out = [SourceInfo(sid, "curated", "yaml", source_iri(base, sid), meta.data or "(bundled data)", None,
                      store.graph_statements(source_iri(base, sid)), meta.built)
           for sid in meta.sources]
    for entry in meta.ingested:
        graph = entry["graph"]
        article = entry.get("format") in ARTICLE_FORMATS
        kind = "candidates" if article else "ingested"
        sid = entry.get("id") or entry.get("source") or source_id_of_graph(base, graph)
        out.append(SourceInfo(sid if entry.get("format") != "article" else f"{sid} (candidates)", kind,
                              entry.get("format", ""), graph, entry.get("file"), entry.get("sha256"),
                              None if article else store.graph_statements(graph), entry.get("ingested")))
    for entry in meta.derived:
        graph = entry["graph"]
        if store.has_graph(graph):
            out.append(SourceInfo(source_id_of_graph(base, graph), "derived", "derived", graph, None, None,
                                  store.graph_statements(graph), None))
    return out


def remove(name: str, path: Path | None = None) -> list[str]:
    """Take the ingested source ``name`` (its id or graph IRI) out of the store; return the graphs removed.

    The merged default graph is rebuilt without it and the similarity links are recomputed, so nothing
    it alone stated stays visible.  Curated and derived sources are refused, with what to do instead.
    """
    meta = read_meta(path)
    base = meta.base
    graph = name if name.startswith(("http://", "https://")) else source_iri(base, name)
    if source_id_of_graph(base, graph) in meta.sources:
        raise DataError(f"{name!r} is a curated source: edit or delete its file under {meta.data or 'data/'} "
                        "and run `rightsgraph build`")
    if graph in {e["graph"] for e in meta.derived}:
        raise DataError(f"{name!r} is derived from the other sources and is recomputed with them")
    doomed = [e for e in meta.ingested if e["graph"] == graph or (
        e.get("format") in ARTICLE_FORMATS and e.get("source") == source_id_of_graph(base, graph))]
    if not doomed:
        known = sorted(e.get("id") or e.get("source") or e["graph"] for e in meta.ingested)
        raise UnknownNameError(f"no ingested source {name!r}; ingested: {', '.join(known) or 'none'}")
    activity = f"a removal of {name}"
    with tempfile.TemporaryDirectory(prefix="rightsgraph-remove-") as tmp, updating(path, activity) as store:
        gone = {e["graph"] for e in doomed}
        data = [g for g in gone if g not in {e["graph"] for e in doomed if e.get("format") in ARTICLE_FORMATS}]
        for g in sorted(gone - set(data)):
            store.candidates.remove_graph(g)
        again = sorted({d for g in data for d in dependents(store, g)} - gone)
        for g in data:
            store.remove_graph(g)
        store.meta.ingested = [e for e in store.meta.ingested if e["graph"] not in gone]
        if data:
            known = {e["graph"]: e for e in store.meta.ingested}
            reconvert(store, [known[g] for g in again if g in known], base, Path(tmp))
            relink(store, base)
    refresh_finder(path)
    return sorted(gone)
