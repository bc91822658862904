"""Ingest UPR data files into a built store: each file becomes one named graph.

A file is read completely into N-Quads on disk (bounded memory) before the store is touched. By
default one bad row refuses the whole file, naming the file and line of each bad row; with
``skip_bad`` the good rows load and the bad ones are written to a rejects file.  The store is
changed through :func:`rightsgraph.store.updating`, so a failure (or a kill) leaves it as it was.
Re-ingesting an unchanged file does nothing; a changed file replaces its graph.
"""

from __future__ import annotations

import csv
import hashlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DataError
from .importers import BadRow, Membership, importer
from .namespaces import base_iri
from .nquads import XSD, integer, iri, literal, quad
from .recommendations import RDF_TYPE, RG, Item, Writer
from .states import default_index
from .store import read_meta, updating
from .text import slugify
from .textio import TextInfo, detect

DCTERMS = "http://purl.org/dc/terms/"


@dataclass
class Report:
    path: Path
    format: str
    graph: str
    encoding: str = ""
    rows: int = 0
    recommendations: int = 0
    pledges: int = 0
    statements: int = 0
    bad: list[BadRow] = field(default_factory=list)
    unchanged: bool = False


def source_id(fmt: str, path: Path) -> str:
    return f"{fmt}-{slugify(path.stem)}"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _convert(fmt: str, path: Path, graph: str, base: str, out, encoding: str | None,
             progress: Callable[[int], None] | None) -> Report:
    info = detect(path, encoding) if fmt != "ohchr-matrix" else TextInfo("docx (zip)", "none")
    report = Report(path, fmt, graph, info.encoding)
    writer = Writer(base, graph)
    states = default_index()
    for thing in importer(fmt)(path, info, states):
        if isinstance(thing, BadRow):
            report.bad.append(thing)
            continue
        lines = writer.membership(thing.org_id, thing.state) if isinstance(thing, Membership) else writer.lines(thing)
        if isinstance(thing, Item):
            report.rows += 1
            report.pledges += thing.pledge
            report.recommendations += not thing.pledge
            if progress and report.rows % 1000 == 0:
                progress(1000)
        report.statements += len(lines)
        out.writelines(lines)
    g = iri(graph)
    described = [quad(g, p, o, None) for p, o in [
        (RDF_TYPE, iri(RG + "SourceDataset")),
        (iri(DCTERMS + "title"), literal(f"{path.name} ({fmt})", "en")),
        (iri(DCTERMS + "identifier"), literal(source_id(fmt, path))),
        (iri(RG + "importFormat"), literal(fmt)),
        (iri(RG + "localCopy"), literal(path.name)),
        (iri(RG + "encoding"), literal(info.encoding)),
        (iri(RG + "sha256"), literal(sha256(path))),
        (iri(RG + "rows"), integer(report.rows)),
        (iri(DCTERMS + "language"), literal("en")),
        (iri(DCTERMS + "date"), literal(_date(path), datatype=XSD + "date")),
    ]]
    out.writelines(described)
    report.statements += len(described)
    return report


def _date(path: Path) -> str:
    import datetime as dt

    return dt.date.fromtimestamp(path.stat().st_mtime).isoformat()


def write_rejects(path: Path, reports: list[Report]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "line", "problem", "row"])
        for report in reports:
            for bad in report.bad:
                writer.writerow([str(report.path), bad.line, bad.message, bad.raw])


def ingest(fmt: str, paths: list[Path], store: Path | None = None, skip_bad: bool = False,
           rejects: Path | None = None, encoding: str | None = None,
           progress: Callable[[int], None] | None = None) -> list[Report]:
    """Ingest ``paths`` (all in the format ``fmt``) into the store; return one report per file."""
    try:
        importer(fmt)
    except KeyError:
        raise DataError(f"unknown format {fmt!r}") from None
    meta = read_meta(store)
    base = meta.get("base") or base_iri()
    known = {entry["graph"]: entry for entry in meta.get("ingested", [])}
    reports: list[Report] = []
    with tempfile.TemporaryDirectory(prefix="rightsgraph-ingest-") as tmp:
        pending: list[tuple[Report, Path, str]] = []
        for path in paths:
            path = Path(path)
            graph = f"{base}source/{source_id(fmt, path)}"
            digest = sha256(path)
            if known.get(graph, {}).get("sha256") == digest:
                reports.append(Report(path, fmt, graph, unchanged=True))
                continue
            nq = Path(tmp) / f"{len(pending)}.nt"
            with open(nq, "w", encoding="utf-8") as out:
                report = _convert(fmt, path, graph, base, out, encoding, progress)
            reports.append(report)
            pending.append((report, nq, digest))
        bad = [(r, b) for r in reports for b in r.bad]
        if bad and rejects:
            write_rejects(rejects, reports)
        if bad and not skip_bad:
            report, first = bad[0]
            raise DataError(f"{first.message}; {len(bad)} bad row(s) in all, nothing was loaded "
                            f"(--skip-bad loads the rest{', rejects written to ' + str(rejects) if rejects else ''})",
                            report.path, first.line)
        if not pending:
            return reports
        with updating(store) as graph_store:
            for report, nq, digest in pending:
                graph_store.replace_graph(report.graph, nq)
                known[report.graph] = {"graph": report.graph, "format": fmt, "file": str(report.path.resolve()),
                                       "sha256": digest, "rows": report.rows}
            graph_store.meta["ingested"] = sorted(known.values(), key=lambda e: e["graph"])
    return reports
