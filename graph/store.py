"""The persistent graph store: an rdflib Dataset on Oxigraph, built atomically.

Layout of a store directory (``./.rightsgraph`` by default)::

    CURRENT          name of the live database directory (replaced atomically)
    db-<stamp>/      Oxigraph (RocksDB) databases; the live one and at most one predecessor
      build.json     the build's metadata
      candidates/    the review workspace: a separate Oxigraph database of unreviewed article candidates
    build.lock       held while a build runs

A build writes a brand-new database next to the live one and only then points ``CURRENT`` at it
(``os.replace``), so a failed or killed build leaves the previous store exactly as it was.  Opening
a store reads the database as it is; it never re-parses the sources.

**Unreviewed material never shares a database with reviewed facts.**  Candidates extracted from articles
(and the descriptions of articles no editor has reviewed yet) live in the review workspace, a second
Oxigraph database reached only through :attr:`GraphStore.candidates`.  Every analyst surface (the
default graph, ``GRAPH ?g``, the query library, exports, VoID, ``serve``, ``push``, ``viz``) reads
the analyst database, which therefore cannot show a candidate, whatever a query asks.

**This module is the only way into Oxigraph.**  :class:`GraphStore` reads (rdflib queries, pyoxigraph
queries and quad patterns, dumps) and writes (bulk loads, graph replacement, resource moves) the analyst
database, and keeps its merged default graph right; :class:`Workspace` does the same for the review
workspace.  No other module holds a ``pyoxigraph.Store``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import gc
import json
import os
import secrets
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset
from rdflib.query import Result

from rightsgraph.errors import QueryError, StoreError
from rightsgraph.library.binding import bind
from rightsgraph.namespaces import PREFIXES, base_iri, bind_prefixes, dataset_iri, statistics_graph, subset_iri
from rightsgraph.rdfwriter import to_ox

DEFAULT_PATH = Path(".rightsgraph")
CURRENT = "CURRENT"
META = "build.json"
CANDIDATES = "candidates"
#: Held (shared) by every process that reads a database: a writer never deletes a database still being read.
PIN = "reading.lock"
#: The metadata formats of what ``ingest article`` records (candidates, and unreviewed articles'
#: descriptions): both live in the review workspace, not in the analyst store.
ARTICLE_FORMATS = ("article", "article-source")
_RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
_SOURCE = ox.NamedNode(PREFIXES["dcterms"] + "source")
_TRIPLES = ox.NamedNode(PREFIXES["void"] + "triples")
_SUBSET = ox.NamedNode(PREFIXES["void"] + "subset")
_DERIVED_DATASET = ox.NamedNode(PREFIXES["rg"] + "DerivedDataset")
_TITLE = ox.NamedNode(PREFIXES["dcterms"] + "title")
_DESCRIPTION = ox.NamedNode(PREFIXES["dcterms"] + "description")
_LANGUAGE = ox.NamedNode(PREFIXES["dcterms"] + "language")
_DATE = ox.NamedNode(PREFIXES["dcterms"] + "date")
_XSD_DATE = ox.NamedNode(PREFIXES["xsd"] + "date")
_INTEGER = ox.NamedNode(PREFIXES["xsd"] + "integer")


BLOCK = 32 << 20
"""Bytes of N-Triples per bulk load: Oxigraph's loader holds a whole batch in memory, so blocks bound it."""


def blocks(stream: BinaryIO, size: int = BLOCK) -> Iterator[bytes]:
    """Whole lines of a binary ``stream`` in blocks of about ``size`` bytes."""
    rest = b""
    while block := stream.read(size):
        cut = block.rfind(b"\n") + 1
        if cut:
            yield rest + block[:cut]
            rest = block[cut:]
        else:
            rest += block
    if rest:
        yield rest


def default_path() -> Path:
    return Path(os.environ.get("RIGHTSGRAPH_STORE") or DEFAULT_PATH)


@dataclass
class Meta:
    """What a database's ``build.json`` records: the build, the sources in it and their statement counts."""

    base: str = field(default_factory=base_iri)
    version: str = ""
    built: str = ""
    #: ids of the curated sources
    sources: list[str] = field(default_factory=list)
    #: the curated data folder (``None``: the bundled data), the articles' folder, the review files' digest
    data: str | None = None
    texts: str | None = None
    reviews: str | None = None
    #: the directory of the editors' review files the store was built with
    reviews_dir: str | None = None
    #: one entry per ingested file or article: graph, id, format, file, sha256, ingested (time) ...
    ingested: list[dict] = field(default_factory=list)
    #: graphs computed from the others (the similarity links): graph, links
    derived: list[dict] = field(default_factory=list)
    #: statements per named graph, kept as graphs are written
    graph_statements: dict[str, int] | None = None
    statements: int = 0

    @classmethod
    def from_json(cls, data: dict) -> Meta:
        known = {f.name for f in fields(cls)}
        meta = cls(**{k: v for k, v in data.items() if k in known})
        meta.base = base_iri(meta.base)
        return meta

    def to_json(self) -> dict:
        return asdict(self)


def _node(graph: str | None) -> ox.NamedNode | ox.DefaultGraph | None:
    return None if graph is None else ox.NamedNode(graph)


class Workspace:
    """One Oxigraph database read and written in pyoxigraph terms, one named graph at a time."""

    def __init__(self, db: ox.Store) -> None:
        self._ox = db

    def quads(self, subject=None, predicate=None, object=None, graph: str | None = None,
              merged: bool = False) -> Iterator[ox.Quad]:
        """The quads matching a pattern of pyoxigraph terms: in the named graph ``graph``, in the merged
        default graph (``merged``), else in every graph."""
        return self._ox.quads_for_pattern(subject, predicate, object, ox.DefaultGraph() if merged else _node(graph))

    def select(self, sparql: str, graph: str | None = None, substitutions: dict | None = None):
        """Run SPARQL on Oxigraph directly (pyoxigraph results, fast); ``graph`` is then the default graph,
        ``substitutions`` bind variables to pyoxigraph terms."""
        options = {"substitutions": substitutions} if substitutions else {}
        if graph:
            options["default_graph"] = ox.NamedNode(graph)
        return self._ox.query(sparql, **options)

    def has_graph(self, graph: str) -> bool:
        return self._ox.contains_named_graph(ox.NamedNode(graph))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._ox.named_graphs())

    def put_graph(self, graph: str, quads: Iterable[tuple]) -> None:
        """Replace a named graph's statements by rdflib quads ``(s, p, o, _)``."""
        name = ox.NamedNode(graph)
        if self._ox.contains_named_graph(name):
            self._ox.remove_graph(name)
        self._ox.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o, _ in quads)

    def remove_graph(self, graph: str) -> bool:
        """Drop a named graph; whether it was there."""
        name = ox.NamedNode(graph)
        if not self._ox.contains_named_graph(name):
            return False
        self._ox.remove_graph(name)
        return True

    def set_object(self, subject: ox.NamedNode, predicate: ox.NamedNode, value, graph: str) -> None:
        """Make ``value`` the one object of ``subject predicate`` in ``graph``."""
        g = ox.NamedNode(graph)
        for old in list(self._ox.quads_for_pattern(subject, predicate, None, g)):
            self._ox.remove(old)
        self._ox.add(ox.Quad(subject, predicate, value, g))

    def dump(self, output, fmt: ox.RdfFormat, graph: str | None = None, merged: bool = False) -> None:
        """Write statements to a binary file: one named graph's, the merged default graph's, or every quad."""
        if merged:
            self._ox.dump(output, fmt, from_graph=ox.DefaultGraph())
        elif graph is None:
            self._ox.dump(output, fmt)
        else:
            self._ox.dump(output, fmt, from_graph=ox.NamedNode(graph))

    def load(self, data, fmt: ox.RdfFormat, graph: str) -> None:
        """Bulk-load RDF (a binary file or bytes) into a named graph."""
        self._ox.bulk_load(data, fmt, to_graph=ox.NamedNode(graph))

    def flush(self) -> None:
        self._ox.flush()


class GraphStore(Workspace):
    """A built graph: an Oxigraph store seen through an rdflib :class:`~rdflib.Dataset`.

    Each source's statements live in its own named graph.  The default graph holds their merge (each
    triple once, as the SPARQL default graph of a dataset should), written by :meth:`merge_sources`;
    Oxigraph's own "union of all graphs" mode would return a triple once per graph that states it.
    """

    def __init__(self, ox_store: ox.Store, path: Path | None = None, meta: Meta | None = None,
                 writable: bool = False) -> None:
        super().__init__(ox_store)
        self.path = path
        self.meta = meta or Meta()
        self._writable = writable
        self._candidates: Workspace | None = None
        #: Named graphs written or removed by this writer: their statement counts are taken when it finishes.
        self.touched: set[str] = set()
        self._pin: int | None = None
        #: The merged default graph must be rebuilt before this store goes live.
        self.merge_needed = False
        self.dataset = Dataset(store=OxigraphStore(store=ox_store), default_union=False)
        bind_prefixes(self.dataset, self.meta.base)

    @classmethod
    def memory(cls, base: str | None = None) -> GraphStore:
        """An empty in-memory store."""
        return cls(ox.Store(), meta=Meta(base=base_iri(base)))

    @classmethod
    def open(cls, path: Path | None = None) -> GraphStore:
        """Open the live database of a built store, read-only."""
        path = Path(path or default_path())
        current = path / CURRENT
        try:
            name = current.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            raise StoreError(f"no graph store at {path}: run `rightsgraph build` first") from None
        return cls.open_database(path / name)

    @classmethod
    def open_database(cls, db: Path) -> GraphStore:
        """Open one database of a store, read-only, and pin it: writers leave it in place until it is closed
        (a server keeps serving the snapshot it started with, whatever is rebuilt meanwhile)."""
        pin = _pin(db)
        try:
            meta = Meta.from_json(json.loads((db / META).read_text(encoding="utf-8")))
            store = cls(ox.Store.read_only(str(db)), path=db, meta=meta)
        except (OSError, ValueError) as exc:
            if pin is not None:
                os.close(pin)
            raise StoreError(f"the graph store at {db} cannot be opened: {exc}") from None
        store._pin = pin
        return store

    @property
    def base(self) -> str:
        """The base of the store's resource IRIs (``https://w3id.org/rightsgraph/id/`` by default)."""
        return self.meta.base

    @property
    def candidates(self) -> Workspace:
        """The review workspace: unreviewed candidates, one named graph per article, apart from the facts.

        Only the extraction and review code asks for it; nothing an analyst reads goes through it.
        """
        if self._candidates is None:
            where = self.path / CANDIDATES if self.path else None
            if where is None:
                db = ox.Store()
            elif self._writable:
                db = ox.Store(str(where))
            elif where.exists():
                db = ox.Store.read_only(str(where))
            else:
                db = ox.Store()  # nothing ingested yet: an empty workspace
            self._candidates = Workspace(db)
        return self._candidates

    def add_quads(self, quads: Iterable[tuple]) -> None:
        """Add rdflib quads ``(s, p, o, graph)``."""
        self._ox.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in quads)

    def load_file(self, path: Path, graph: str, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> None:
        """Bulk-load an RDF file into one named graph."""
        try:
            self._ox.bulk_load(path=str(path), format=fmt, to_graph=ox.NamedNode(graph))
        except SyntaxError as exc:
            from rightsgraph.errors import DataError

            raise DataError(f"malformed RDF: {exc}", path) from None

    # ---- writing a named graph and keeping the merged default graph right ---------------------------------

    def update(self, sparql: str) -> None:
        """Run a SPARQL update on the named graphs; the merged default graph is redone when the store goes live."""
        self._ox.update(sparql)
        self.touched |= set(self.graphs())
        self.merge_needed = True

    def remove_graph(self, graph: str) -> bool:
        """Drop a named graph; the merged default graph is then rebuilt (another source may state the same)."""
        self.touched.add(graph)
        if not super().remove_graph(graph):
            return False
        self.merge_needed = True
        return True

    def replace_graph(self, graph: str, blocks: Iterable) -> None:
        """Replace a named graph by N-Triples ``blocks`` (binary files or bytes), loaded as they come.

        A new graph's statements go into the merged default graph at once; a replaced graph makes the
        store redo the merge when it goes live instead.
        """
        self.remove_graph(graph)
        targets = [ox.NamedNode(graph)] if self.merge_needed else [ox.NamedNode(graph), ox.DefaultGraph()]
        for block in blocks:
            for target in targets:
                if hasattr(block, "seek"):
                    block.seek(0)
                self._ox.bulk_load(block, ox.RdfFormat.N_TRIPLES, to_graph=target)

    def replace_derived_graph(self, graph: str, ntriples: BinaryIO | None) -> None:
        """Replace a named graph whose statements no other graph states (derived links) by the N-Triples of the
        binary file ``ntriples`` (``None``: drop it), loaded in blocks (memory stays bounded: one bulk load of the
        900,000 statements of the links at 10x the real data peaked at 1.5 GB).  Its old statements leave the
        merged default graph with it, so the merge need not be redone."""
        name = ox.NamedNode(graph)
        self.touched.add(graph)
        if self._ox.contains_named_graph(name):
            if not self.merge_needed:
                self._ox.update(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} }}")
            self._ox.remove_graph(name)
        if ntriples is not None:
            self.replace_graph(graph, blocks(ntriples))

    def move_resource(self, old: str, new: str, graph: str | None = None) -> dict[str, int]:
        """Restate ``old``'s statements (as subject and object) about ``new``, in ``graph`` or in every named
        graph that has them; graph -> statements moved.  The merge is redone when the store goes live."""
        before, after = ox.NamedNode(old), ox.NamedNode(new)
        graphs = [graph] if graph else sorted({
            q.graph_name.value for pattern in ((before, None, None), (None, None, before))
            for q in self._ox.quads_for_pattern(*pattern, None) if isinstance(q.graph_name, ox.NamedNode)})
        moved = {}
        for name in graphs:
            g = ox.NamedNode(name)
            quads = list(self._ox.quads_for_pattern(before, None, None, g))
            quads += [q for q in self._ox.quads_for_pattern(None, None, before, g) if q.subject != before]
            for q in quads:
                self._ox.remove(q)
            self._ox.extend(ox.Quad(after if q.subject == before else q.subject, q.predicate,
                                    after if q.object == before else q.object, g) for q in quads)
            moved[name] = len(quads)
            if quads:
                self.touched.add(name)
                self.merge_needed = True
        return moved

    def copy_graphs(self, other: Path, graphs: list[str], workspace: bool = False) -> None:
        """Copy named graphs from another database of the store (a rebuild keeps what was ingested)."""
        if not graphs or not other.exists():
            return
        source = ox.Store.read_only(str(other))
        target = self.candidates if workspace else self
        for graph in graphs:
            with tempfile.TemporaryFile() as buffer:
                source.dump(buffer, ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))
                buffer.seek(0)
                target.load(buffer, ox.RdfFormat.N_TRIPLES, graph)
        del source

    def merge_sources(self) -> None:
        """(Re)write the default graph as the set union of all named graphs.

        Each graph is dumped as N-Triples and bulk-loaded into the default graph, all inside Oxigraph:
        several times faster than the equivalent SPARQL INSERT.
        """
        self._ox.clear_graph(ox.DefaultGraph())
        for graph in list(self._ox.named_graphs()):
            with tempfile.TemporaryFile() as buffer:
                self._ox.dump(buffer, ox.RdfFormat.N_TRIPLES, from_graph=graph)
                buffer.seek(0)
                self._ox.bulk_load(buffer, ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
        self.merge_needed = False

    def statements(self) -> int:
        """Statements in named graphs (a triple two sources state counts twice)."""
        counts = self.meta.graph_statements
        if counts is not None and not self.touched:
            return sum(counts.values())
        return int(next(iter(self._ox.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")))[0].value)

    def graph_statements(self, graph: str) -> int:
        """Statements in one named graph, from the metadata when the writer left them there."""
        counts = self.meta.graph_statements or {}
        if graph in counts and graph not in self.touched:
            return counts[graph]
        rows = self._ox.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", default_graph=ox.NamedNode(graph))
        return int(next(iter(rows))[0].value)

    def _count_touched(self) -> None:
        """Refresh ``graph_statements`` for the graphs this writer touched (a build touches every graph); the
        statistics graph is counted as it is written (:meth:`_state_counts`)."""
        counts = dict(self.meta.graph_statements or {})
        present = {g.value for g in self._ox.named_graphs()}
        for graph in sorted((self.touched | (set(counts) - present)) - {statistics_graph(self.meta.base)}):
            counts.pop(graph, None)
            if graph in present:
                rows = self._ox.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", default_graph=ox.NamedNode(graph))
                counts[graph] = int(next(iter(rows))[0].value)
        self.meta.graph_statements = dict(sorted(counts.items()))
        self.touched = set()

    def _state_counts(self) -> None:
        """State ``graph_statements`` in the statistics graph (and the merged default graph), as VoID subsets
        (``id:dataset/source/x dcterms:source <graph> ; void:triples n``): queries read a source's size there
        instead of counting its quads.  The statistics graph is a derived dataset like any other source, with
        its own count among them.  Only the changed statements are written."""
        base = self.meta.base
        name = statistics_graph(base)
        graph, dataset = ox.NamedNode(name), ox.NamedNode(dataset_iri(base))
        triples = {ox.Triple(graph, _RDF_TYPE, _DERIVED_DATASET),
                   ox.Triple(graph, _TITLE, ox.Literal("Statement counts of the store's graphs", language="en")),
                   ox.Triple(graph, _DESCRIPTION, ox.Literal(
                       "How many statements each named graph of the store holds, counted by the store whenever "
                       "a graph is written.", language="en")),
                   ox.Triple(graph, _LANGUAGE, ox.Literal("en")),
                   ox.Triple(graph, _DATE, ox.Literal(dt.datetime.now(dt.UTC).date().isoformat(), datatype=_XSD_DATE))}

        def subset(of: str, n: int) -> set[ox.Triple]:
            node = ox.NamedNode(subset_iri(base, of))
            return {ox.Triple(dataset, _SUBSET, node), ox.Triple(node, _SOURCE, ox.NamedNode(of)),
                    ox.Triple(node, _TRIPLES, ox.Literal(str(n), datatype=_INTEGER))}

        counts = self.meta.graph_statements or {}
        for other, n in counts.items():
            if other != name:
                triples |= subset(other, n)
        triples |= subset(name, len(triples) + 3)  # its own three statements included
        self.meta.graph_statements = dict(sorted({**counts, name: len(triples)}.items()))
        old = {q.triple for q in self._ox.quads_for_pattern(None, None, None, graph)}
        for target in (graph, ox.DefaultGraph()):  # no other graph states these: they leave the merge with it
            for t in old - triples:
                self._ox.remove(ox.Quad(t.subject, t.predicate, t.object, target))
            self._ox.extend(ox.Quad(t.subject, t.predicate, t.object, target) for t in triples - old)

    def query(self, sparql: str, bindings: Mapping[str, object] | None = None) -> Result:
        """Run SPARQL (default graph: the merge of all sources).

        ``bindings`` travel as a VALUES block of escaped RDF terms (:func:`rightsgraph.library.binding.bind`),
        exactly as they do to a remote endpoint: data, never code.
        """
        try:
            return self.dataset.query(bind(sparql, bindings, self.meta.base) if bindings else sparql)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except (ValueError, OSError, RuntimeError) as exc:
            raise QueryError(f"the query failed: {exc}") from None

    def __len__(self) -> int:
        return len(self._ox)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._ox.named_graphs())

    def close(self) -> None:
        """Release the database.  RocksDB closes only when the last reference goes, and rdflib's Dataset
        holds reference cycles, so collect them now: a writer must be closed before anyone opens its files."""
        self.dataset = None
        self._ox = None
        self._candidates = None
        gc.collect()
        if self._pin is not None:
            os.close(self._pin)
            self._pin = None


@contextlib.contextmanager
def _locked(path: Path, activity: str) -> Iterator[None]:
    """The store's write lock; the lock file says who holds it (an ``activity`` and a process id)."""
    path.mkdir(parents=True, exist_ok=True)
    with open(path / "build.lock", "a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "another writer"
            raise StoreError(f"{path} is being written ({holder}); try again when it has finished") from None
        lock.seek(0)
        lock.truncate()
        lock.write(f"{activity}, process {os.getpid()}")
        lock.flush()
        try:
            yield
        finally:
            lock.truncate(0)


def _new_db_path(path: Path) -> Path:
    """A new database's directory: the time, the process and a random token, so no two updates meet on one name (a
    full test run once failed on 'Directory exists' where two updates of one process ran in one second)."""
    return path / f"db-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{secrets.token_hex(8)}"


@contextlib.contextmanager
def _swap_in(path: Path, db: Path, store: GraphStore) -> Iterator[GraphStore]:
    """Yield ``store`` (writing database ``db``); if the block succeeds, finish it and make it live."""
    try:
        yield store
        if store.merge_needed:
            store.merge_sources()
        store._count_touched()
        store._state_counts()
        store._ox.flush()
        if store._candidates is not None:
            store._candidates.flush()
        store.meta.statements = store.statements()
        (db / META).write_text(json.dumps(store.meta.to_json(), indent=2,
                                          ensure_ascii=False), encoding="utf-8")
        store.close()
    except BaseException:
        store.close()
        shutil.rmtree(db, ignore_errors=True)
        raise
    previous = _live(path)
    tmp = path / (CURRENT + ".tmp")
    tmp.write_text(db.name + "\n", encoding="utf-8")
    with open(tmp) as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, path / CURRENT)
    _remove_stale(path, keep={db.name, previous} - {None})


@contextlib.contextmanager
def building(path: Path | None = None, meta: Meta | None = None) -> Iterator[GraphStore]:
    """Build a new database for the store at ``path``; it goes live only if the block succeeds."""
    path = Path(path or default_path())
    with _locked(path, "a build"):
        _remove_stale(path)
        db = _new_db_path(path)
        meta = meta or Meta()
        meta.graph_statements = {}
        store = GraphStore(ox.Store(str(db)), path=db, meta=meta,
                           writable=True)
        store.merge_needed = True
        with _swap_in(path, db, store):
            yield store
            store.touched |= {g.value for g in store._ox.named_graphs()}


@contextlib.contextmanager
def updating(path: Path | None = None, activity: str = "an update") -> Iterator[GraphStore]:
    """Change a built store: work on a checkpoint copy of the live database, swapped in on success."""
    path = Path(path or default_path())
    read_meta(path)  # a clear error when there is no store, before the lock file is made
    with _locked(path, activity):
        meta = read_meta(path)  # read under the lock: a writer that finished meanwhile is not undone
        _remove_stale(path)
        db = _new_db_path(path)
        live = path / _live(path)
        reader = ox.Store.read_only(str(live))
        reader.backup(str(db))  # a RocksDB checkpoint: hard links, instant
        if (live / CANDIDATES).exists():
            ox.Store.read_only(str(live / CANDIDATES)).backup(str(db / CANDIDATES))
        del reader
        gc.collect()
        with _swap_in(path, db, GraphStore(ox.Store(str(db)), path=db, meta=meta, writable=True)) as store:
            yield store


def read_meta(path: Path | None = None) -> Meta:
    """The build metadata of the live database, without opening it."""
    path = Path(path or default_path())
    live = _live(path)
    if live is None:
        raise StoreError(f"no graph store at {path}: run `rightsgraph build` first")
    return Meta.from_json(json.loads((path / live / META).read_text(encoding="utf-8")))


def live_name(path: Path | None = None) -> str | None:
    """The directory name of the live database."""
    return _live(Path(path or default_path()))


def _live(path: Path) -> str | None:
    try:
        return (path / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None


def _pin(db: Path) -> int | None:
    """A shared lock on ``db``'s pin file, held while the database is read (None where it cannot be made)."""
    try:
        fd = os.open(db / PIN, os.O_RDONLY | os.O_CREAT, 0o644)
    except OSError:
        return None
    fcntl.flock(fd, fcntl.LOCK_SH)
    return fd


def _in_use(db: Path) -> bool:
    """Whether a reader holds ``db``'s pin."""
    try:
        fd = os.open(db / PIN, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def _remove_stale(path: Path, keep: set[str] | None = None) -> None:
    """Delete databases that are neither live nor kept (left by killed builds, or superseded), unless
    a reader still has them open."""
    keep = keep if keep is not None else {_live(path)} - {None}
    live = _live(path)
    for child in path.glob("db-*"):
        if child.name not in keep and child.name != live and not _in_use(child):
            shutil.rmtree(child, ignore_errors=True)
