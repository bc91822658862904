"""Convert one data file to N-Triples on standard output, in a process of its own.

``rightsgraph ingest`` runs this beside Oxigraph's loader, which reads the pipe: conversion (Python)
and loading (Rust) then use both cores.  The statements also go to a copy file (for the merged default
graph) and a JSON report (counts and bad rows) is written at the end.  Usage::

    python -m rightsgraph.convert FORMAT FILE GRAPH BASE COPY REPORT ENCODING|"" [PROGRESS_FD]

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


class _Tee(io.TextIOBase):
    def __init__(self, *streams) -> None:
        self.streams = streams

    def writelines(self, lines) -> None:
        lines = list(lines)
        for stream in self.streams:
            stream.writelines(lines)


def main(argv: list[str]) -> int:
    from .ingest import _convert

    fmt, path, graph, base, copy, report_path = argv[:6]
    encoding = argv[6] if len(argv) > 6 and argv[6] else None
    reports = open(int(argv[7]), "w", encoding="ascii", buffering=1) if len(argv) > 7 else None  # noqa: SIM115
    size = os.path.getsize(path)

    def progress(done: int) -> None:
        if reports:
            reports.write(f"{done} {size}\n")

    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", write_through=False)
    try:
        with open(copy, "w", encoding="utf-8") as copy_file:
            report = _convert(fmt, Path(path), graph, base, _Tee(out, copy_file), encoding, progress)
        out.flush()
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
