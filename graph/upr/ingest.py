"""Ingest UPR data files into a built store: each file becomes one named graph.

A file is converted to N-Triples in a child process (:mod:`rightsgraph.upr.convert`) and streamed into
Oxigraph's bulk loader as it is read, so memory stays bounded and both cores work.  By default one
bad row refuses the whole file, naming the file and line of each bad row; with ``skip_bad`` the good
rows load and the bad ones are written to a rejects file.  The store is changed through
:func:`rightsgraph.store.updating`, on a copy, so a failure (or a kill) leaves it as it was.
Re-ingesting an unchanged file does nothing; a changed file replaces its graph.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import queue
import re
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rightsgraph.errors import DataError, StoreError
from rightsgraph.finder import refresh as refresh_finder
from rightsgraph.namespaces import source_id_of_graph, source_iri
from rightsgraph.store import BLOCK, GraphStore, Meta, blocks, read_meta, updating
from rightsgraph.text import slugify
from rightsgraph.upr.convert import Report, sha256
from rightsgraph.upr.importers import BadRow, importer
from rightsgraph.upr.reconcile import dependents, reconcile
from rightsgraph.upr.similarity import graph_name as similarity_graph
from rightsgraph.upr.similarity import update_links


def source_id_of(fmt: str, path: Path) -> str:
    """The default id of a file's source: the format and the file's name (``upr-info-14-17``)."""
    return f"{fmt}-{slugify(path.stem)}"


def write_rejects(path: Path, reports: list[Report]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "line", "problem", "row"])
        for report in reports:
            for bad in report.bad:
                writer.writerow([str(report.path), bad.line, bad.message, bad.raw])


FileProgress = Callable[[Path, int, int], None]
"""Called with a file, the bytes of it read so far and its size."""


def _watch(fd: int, path: Path, progress: FileProgress | None) -> threading.Thread:
    """Read the converter's progress reports ("done total" lines) from ``fd`` in a thread."""
    def run() -> None:
        with open(fd, encoding="ascii") as reports:
            for line in reports:
                if progress:
                    done, total = map(int, line.split())
                    progress(path, done, total)

    thread = threading.Thread(target=run, daemon=True, name="ingest-progress")
    thread.start()
    return thread


def _chunks(stream, size: int = BLOCK) -> Iterator[bytes]:
    """Whole lines of ``stream`` in blocks of about ``size`` bytes, read ahead by a thread.

    The thread keeps the pipe drained (so the converter keeps working) while Oxigraph loads a block.
    """
    ready: queue.Queue = queue.Queue(maxsize=2)
    stop = threading.Event()

    def put(item) -> None:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def read() -> None:
        try:
            for block in blocks(stream, size):
                if stop.is_set():
                    break
                put(block)
            put(None)
        except BaseException as exc:  # handed to the consumer
            put(exc)

    reader = threading.Thread(target=read, daemon=True, name="ingest-reader")
    reader.start()
    try:
        while (block := ready.get()) is not None:
            if isinstance(block, BaseException):
                raise block
            yield block
    finally:
        stop.set()  # the consumer stopped early (an error): let the reader finish


def _stream(store: GraphStore, fmt: str, path: Path, graph: str, base: str, encoding: str | None,
            tmp: Path, progress: FileProgress | None = None) -> tuple[Report, Path]:
    """Convert ``path`` in a child process while Oxigraph loads its output into ``graph``.

    Returns the report and the folder of the file's recommendations (:class:`rightsgraph.upr.recommendations.Rows`,
    for :func:`rightsgraph.upr.similarity.update_links`).

    The store keeps the merged default graph right (:meth:`GraphStore.replace_graph`).  Oxigraph releases
    the GIL while it loads, so threads can read the pipe and relay the child's progress reports.
    """
    report_file, errors = tmp / f"{slugify(graph)}.json", tmp / "stderr"
    with open(errors, "w+b") as stderr:
        read_end, write_end = os.pipe()
        try:
            proc = subprocess.Popen([sys.executable, "-m", "rightsgraph.upr.convert", fmt, str(path), graph, base,
                                     str(report_file), encoding or "", str(write_end)],
                                    stdout=subprocess.PIPE, stderr=stderr, pass_fds=(write_end,))
        finally:
            os.close(write_end)
        watcher = _watch(read_end, path, progress)
        try:
            store.replace_graph(graph, _chunks(proc.stdout))
        except SyntaxError as exc:  # pragma: no cover - the writer escapes every term
            raise StoreError(f"internal error: converted statements do not parse: {exc}") from None
        finally:
            if proc.poll() is None and sys.exc_info()[0] is not None:  # loading failed: stop the converter
                proc.kill()
            code = proc.wait()
            proc.stdout.close()
            watcher.join()
        if code:
            stderr.seek(0)
            raise StoreError(f"converting {path} failed: {stderr.read().decode(errors='replace')[-2000:]}")
    result = json.loads(report_file.read_text(encoding="utf-8"))
    if "error" in result:
        raise DataError(result["error"], result["path"], result["line"], result["value"])
    result["bad"] = [BadRow(**bad) for bad in result["bad"]]
    result["path"] = path
    return Report(**result), Path(f"{report_file}.rows")


@dataclass(frozen=True)
class _Job:
    path: Path
    graph: str
    digest: str
    replaces: dict | None  # the entry of the source it replaces


def _plan(fmt: str, paths: list[Path], meta: Meta, source_id: str | None, replace: bool) -> list[_Job | Report]:
    """Settle each file's source before anything is written; refuse what would replace a source by accident.

    A source is identified by its id (``--id``, by default the format and the file's name) and held to its
    content: the same content again is nothing to do; other content under a loaded id is refused unless
    ``replace``; content already loaded under another id is refused (it would be counted twice).
    """
    if source_id is not None and len(paths) != 1:
        raise DataError("--id names one file's source; give one file with it")
    base = meta.base
    known = {entry["graph"]: entry for entry in meta.ingested}
    curated = {source_iri(base, sid) for sid in meta.sources}
    by_digest = {entry.get("sha256"): entry for entry in known.values() if entry.get("sha256")}
    planned: list[_Job | Report] = []
    seen: dict[str, Path] = {}
    for path in paths:
        sid = source_id or source_id_of(fmt, path)
        if not _SOURCE_ID.fullmatch(sid):
            raise DataError("a source id is lower-case letters, digits and hyphens", path, value=sid)
        graph = source_iri(base, sid)
        digest = sha256(path)
        if graph in seen:
            raise DataError(f"two of the files would be the same source {sid!r}: {seen[graph]} and {path} "
                            "(give one of them its own --id)", path)
        seen[graph] = path
        if graph in curated:
            raise DataError(f"{sid!r} is a curated source (data/): give the file another --id", path)
        old = known.get(graph)
        if old is not None and old.get("format") != fmt:
            raise DataError(f"source {sid!r} is loaded from {old.get('file')} as {old.get('format')}; "
                            f"give this file another --id", path)
        if old is not None and old.get("sha256") == digest:
            planned.append(Report(path, fmt, graph, unchanged=True))
            continue
        twin = by_digest.get(digest)
        if twin is not None and twin["graph"] != graph:
            loaded = source_id_of_graph(base, twin["graph"])
            raise DataError(f"the same content is already loaded as source {loaded!r} from {twin.get('file')}: "
                            "loading it again would count it twice", path)
        if old is not None and not replace:
            raise DataError(f"source {sid!r} is already loaded from {old.get('file')} (sha256 "
                            f"{str(old.get('sha256'))[:12]}), and this file's content differs: give --replace to "
                            f"replace that source with this file, or --id to load it as another source", path)
        planned.append(_Job(path, graph, digest, old))
    return planned


_SOURCE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,120}")


def ingest(fmt: str, paths: list[Path], store: Path | None = None, skip_bad: bool = False,
           rejects: Path | None = None, encoding: str | None = None,
           progress: FileProgress | None = None, source_id: str | None = None,
           replace: bool = False) -> list[Report]:
    """Ingest ``paths`` (all in the format ``fmt``) into the store; return one report per file.

    Nothing is changed unless every file loads (or ``skip_bad`` lets the good rows of a file load).
    ``source_id`` names the source of a single file; ``replace`` lets a file replace the loaded source
    of the same id with other content (see :func:`_plan`).
    """
    try:
        importer(fmt)
    except KeyError:
        raise DataError(f"unknown format {fmt!r}") from None
    paths = [Path(p) for p in paths]
    planned = _plan(fmt, paths, read_meta(store), source_id, replace)  # refuse early, before any copy
    if all(isinstance(p, Report) for p in planned):
        return planned
    activity = f"an ingest of {fmt} files"
    with tempfile.TemporaryDirectory(prefix="rightsgraph-ingest-") as tmp, updating(store, activity) as graph_store:
        meta = graph_store.meta
        base = meta.base
        planned = _plan(fmt, paths, meta, source_id, replace)  # again under the lock: another writer may have won
        reports = [p for p in planned if isinstance(p, Report)]
        todo = [p for p in planned if isinstance(p, _Job)]
        known = {entry["graph"]: entry for entry in meta.ingested}
        # rows matched to the paragraphs of a source being replaced are read again from their files
        again = sorted({d for job in todo if job.replaces for d in dependents(graph_store, job.graph)}
                       - {job.graph for job in todo})
        done, fresh = [], {}
        for job in todo:
            report, fresh[job.graph] = _stream(graph_store, fmt, job.path, job.graph, base, encoding, Path(tmp),
                                               progress)
            done.append((report, job))
        reports += [report for report, _ in done]
        bad = [(r, b) for r, _ in done for b in r.bad]
        if bad and rejects:
            write_rejects(rejects, [r for r, _ in done])
        if bad and not skip_bad:  # leaving the block with an error discards the updated copy
            report, first = bad[0]
            raise DataError(f"{first.message}; {len(bad)} bad row(s) in all, nothing was loaded "
                            f"(--skip-bad loads the rest{', rejects written to ' + str(rejects) if rejects else ''})",
                            report.path, first.line)
        reconvert(graph_store, [known[g] for g in again if g in known], base, Path(tmp))  # the files are good
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        for report, job in done:
            known[report.graph] = {"graph": report.graph, "id": source_id_of_graph(base, report.graph), "format": fmt,
                                   "file": str(report.path.resolve()), "sha256": job.digest, "rows": report.rows,
                                   "ingested": now}
            report.replaced = job.replaces
        meta.ingested = sorted(known.values(), key=lambda e: e["graph"])
        relink(graph_store, base, fresh)
    refresh_finder(store)
    return sorted(reports, key=lambda r: paths.index(r.path))


def relink(store: GraphStore, base: str, fresh: dict[str, Path] | None = None) -> None:
    """After sources changed: reconcile rows with paragraphs, then recompute the similarity links."""
    moved = reconcile(store, base).moved
    fresh = {g: rows for g, rows in (fresh or {}).items() if g not in moved}  # moved graphs: read them back
    links = update_links(store, base, fresh)
    store.meta.derived = [] if links is None else [{"graph": similarity_graph(base), "links": links}]


def reconvert(store: GraphStore, entries: list[dict], base: str, tmp: Path) -> None:
    """Read ingested sources again from their files (unchanged since: checked by SHA-256) into their graphs."""
    for entry in entries:
        path = Path(entry["file"])
        if not path.is_file() or sha256(path) != entry.get("sha256"):
            raise DataError(f"source {entry.get('id') or entry['graph']} was matched to the source being changed and "
                            "must be read again, but its file is gone or changed: put it back, or remove that source "
                            "first", path)
        _stream(store, entry["format"], path, entry["graph"], base, None, tmp)
