"""Convert one data file to N-Triples on standard output, in a process of its own.

``rightsgraph ingest`` runs this beside Oxigraph's loader, which reads the pipe: conversion (Python)
and loading (Rust) then use both cores.  At the end a JSON report (counts and bad rows, or the error)
is written to REPORT, and the recommendations (IRI, state under review, recommending states, session,
text) to the folder REPORT.rows (:class:`rightsgraph.upr.recommendations.Rows`) for the similarity links.  Usage::

    python -m rightsgraph.upr.convert FORMAT FILE GRAPH BASE REPORT ENCODING|"" [PROGRESS_FD]

Progress goes to PROGRESS_FD as lines "bytes-read file-size".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rightsgraph.curation.states import default_index
from rightsgraph.errors import DataError
from rightsgraph.namespaces import PREFIXES, source_id_of_graph
from rightsgraph.textio import TextInfo, detect
from rightsgraph.upr.importers import BINARY, BadRow, Membership, Progress, importer
from rightsgraph.upr.nquads import XSD, integer, iri, literal, quad
from rightsgraph.upr.recommendations import RDF_TYPE, RG, Item, Rows, Writer

DCTERMS = PREFIXES["dcterms"]


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
    replaced: dict | None = None  # the metadata of the source this file replaced


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def convert(fmt: str, path: Path, graph: str, base: str, out, encoding: str | None,
             progress: Progress | None = None, recommendations: Rows | None = None) -> Report:
    """Write the N-Triples of ``path`` to ``out``; collect its recommendations in ``recommendations``."""
    info = TextInfo(BINARY[fmt], "none") if fmt in BINARY else detect(path, encoding)
    report = Report(path, fmt, graph, info.encoding)
    writer = Writer(base, graph, recommendations=recommendations)
    states = default_index()
    for thing in importer(fmt)(path, info, states, progress):
        if isinstance(thing, BadRow):
            report.bad.append(thing)
            continue
        if isinstance(thing, Item):
            lines = writer.lines(thing)
            report.rows += 1
            report.pledges += thing.pledge
            report.recommendations += not thing.pledge
        elif isinstance(thing, Membership):
            lines = writer.membership(thing.org_id, thing.state)
        else:  # a Record of another kind: a row of its own
            lines = thing.statements(writer)
            report.rows += 1
        report.statements += len(lines)
        out.writelines(lines)
    g = iri(graph)
    described = [quad(g, p, o, None) for p, o in [
        (RDF_TYPE, iri(RG + "SourceDataset")),
        (iri(DCTERMS + "title"), literal(f"{path.name} ({fmt})", "en")),
        (iri(DCTERMS + "identifier"), literal(source_id_of_graph(base, graph))),
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
    return dt.date.fromtimestamp(path.stat().st_mtime).isoformat()





def main(argv: list[str]) -> int:
    fmt, path, graph, base, report_path = argv[:5]
    encoding = argv[5] if len(argv) > 5 and argv[5] else None
    reports = open(int(argv[6]), "w", encoding="ascii", buffering=1) if len(argv) > 6 else None  # noqa: SIM115
    size = os.path.getsize(path)

    def progress(done: int) -> None:
        if reports:
            reports.write(f"{done} {size}\n")

    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", write_through=False)
    recommendations = Rows(Path(report_path + ".rows"))
    try:
        report = convert(fmt, Path(path), graph, base, out, encoding, progress, recommendations)
        out.flush()
        recommendations.close()
        progress(size)
        result = dataclasses.asdict(report)
        result["path"] = str(report.path)
    except DataError as exc:
        result = {"error": exc.message, "path": str(exc.path or path), "line": exc.line, "value": exc.value}
    with open(report_path, "w", encoding="utf-8") as handle:
        json.dump(result, handle, default=str)
    if reports:
        reports.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
