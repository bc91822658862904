"""Build the graph: ontology + concept schemes + curated data → a store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rightsgraph import __version__
from rightsgraph.curation.curated import Compiler, compile_curated
from rightsgraph.errors import DataError, StoreError
from rightsgraph.finder import refresh as refresh_finder
from rightsgraph.namespaces import ONTOLOGY_GRAPH, base_iri
from rightsgraph.resources import curated_files, ontology_files
from rightsgraph.store import (
    ARTICLE_FORMATS,
    CANDIDATES,
    GraphStore,
    Meta,
    building,
    default_path,
    live_name,
    read_meta,
)


def populate(store: GraphStore, files: list[Path], base: str | None = None,
             texts: Path | None = None) -> Compiler:
    """Load the ontology and the curated files into ``store``."""
    compiler = compile_curated(files, base, texts)
    _load(store, compiler)
    store.merge_sources()
    return compiler


def _load(store: GraphStore, compiler: Compiler) -> None:
    for path in ontology_files():
        store.load_file(path, ONTOLOGY_GRAPH)
    store.add_quads(compiler.compile())


def build(path: Path | None = None, data: Path | None = None, base: str | None = None,
          texts: Path | None = None, reviews: Path | None = None) -> Meta:
    """Build the store at ``path`` from the curated data under ``data`` (default: bundled data) and the
    editors' review files in ``reviews`` (default: :func:`rightsgraph.extract.reviews.reviews_dir`).

    ``texts``: the folder of the sources' local copies, to check quotes and give their offsets.

    Returns the build's metadata.  On any error the previous store is left untouched.
    """
    from rightsgraph.extract import reviews as decisions

    if not curated_files(data):
        raise DataError("no curated .yaml files found", data)
    reviews = decisions.reviews_dir(reviews)
    files = decisions.build_files(data, reviews)
    compiler = compile_curated(files, base, texts)  # fail before touching the store
    meta = Meta(version=__version__, base=base_iri(base),
                built=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                sources=[s.id for s in compiler.sources()],
                data=str(Path(data).resolve()) if data else None,
                texts=str(Path(texts).resolve()) if texts else None,
                reviews=decisions.digest(data, reviews), reviews_dir=str(reviews.resolve()))
    previous = _previous_ingested(path)
    old_db, meta.ingested, meta.derived = previous
    curated = {str(compiler.source_iri(s.id)) for s in compiler.sources()}
    # an ingested article's description gives way to the curated one once its review file has it
    keep = [e for e in meta.ingested + meta.derived if e["graph"] not in curated]
    with building(path, meta) as store:
        _load(store, compiler)
        if old_db is not None:
            store.copy_graphs(old_db, [e["graph"] for e in keep if e.get("format") not in ARTICLE_FORMATS])
            store.copy_graphs(old_db / CANDIDATES, [e["graph"] for e in keep if e.get("format") in ARTICLE_FORMATS],
                              workspace=True)
        if any(e.get("format") == "article" for e in meta.ingested):
            decisions.apply(store, data, reviews)
    refresh_finder(path)
    return read_meta(path)


def _previous_ingested(path: Path | None) -> tuple[Path | None, list[dict], list[dict]]:
    """The live database, the datasets ingested into it and those derived from them: a rebuild keeps them."""
    try:
        meta = read_meta(path)
    except StoreError:
        return None, [], []
    return (path or default_path()) / live_name(path), meta.ingested, meta.derived


def memory(data: Path | None = None, base: str | None = None, texts: Path | None = None) -> GraphStore:
    """Build the graph in memory (for notebooks and tests)."""
    store = GraphStore.memory(base)
    populate(store, curated_files(data), base, texts)
    return store
