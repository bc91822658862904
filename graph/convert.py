"""Convert one data file to N-Triples on standard output, in a process of its own.

``rightsgraph ingest`` runs this beside Oxigraph's loader, which reads the pipe: conversion (Python)
and loading (Rust) then use both cores.  At the end a JSON report (counts and bad rows, or the error)
is written to REPORT, and the recommendations (IRI, state under review, recommending states, session,
text) to REPORT.recommendations.json for the similarity links.  Usage::

    python -m rightsgraph.convert FORMAT FILE GRAPH BASE REPORT ENCODING|"" [PROGRESS_FD]

Progress goes to PROGRESS_FD as lines "bytes-read file-size".
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import sys
from pathlib import Path

from .errors import DataError


def main(argv: list[str]) -> int:
    from .ingest import _convert

    fmt, path, graph, base, report_path = argv[:5]
    encoding = argv[5] if len(argv) > 5 and argv[5] else None
    reports = open(int(argv[6]), "w", encoding="ascii", buffering=1) if len(argv) > 6 else None  # noqa: SIM115
    size = os.path.getsize(path)

    def progress(done: int) -> None:
        if reports:
            reports.write(f"{done} {size}\n")

    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", write_through=False)
    recommendations: list = []
    try:
        report = _convert(fmt, Path(path), graph, base, out, encoding, progress, recommendations)
        out.flush()
        with open(report_path + ".recommendations.json", "w", encoding="utf-8") as handle:
            json.dump(recommendations, handle, ensure_ascii=False)
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
