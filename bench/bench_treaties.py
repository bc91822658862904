"""Ingesting the ratification data (the 18 ``hr_status_*.csv`` files and OHCHR's ICESCR XLS export) beside a
baseline: the same statements bulk-loaded raw by pyoxigraph, in the same run.

    .venv/bin/python bench/bench_treaties.py [--realdata ../shared/realdata] [--repeat 3]

- rightsgraph: ``rightsgraph.upr.ingest.ingest`` of the 18 CSV files (``--skip-bad``: Montserrat), then of the XLS (Cook
  Islands, Niue, the European Union), into a copy of a freshly built seed store: conversion in a child process,
  source identity, a checkpoint copy and its swap, similarity links recomputed;
- baseline: the N-Triples the converters write for the same files (made beforehand, not timed), bulk-loaded by
  ``pyoxigraph.Store.bulk_load`` into a new on-disk store, one named graph per file.
Prints the median wall time of the repeats.
"""

from __future__ import annotations

import argparse
import io
import platform
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from rightsgraph.build import build
from rightsgraph.upr.convert import convert
from rightsgraph.upr.ingest import ingest

BASE = "https://w3id.org/rightsgraph/id/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdata", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "realdata")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    csvs = sorted((args.realdata / "treaty-ratification-wpdl").glob("hr_status_*.csv"))
    xls = args.realdata / "ohchr-ratification-icescr" / "UnderlyingData_ICESCR_OHCHR_23_04_2026.xls"
    files = [("ratification-status", p) for p in csvs] + [("ohchr-ratification", xls)]
    with tempfile.TemporaryDirectory(prefix="bench-treaties-") as tmp:
        seed = Path(tmp) / "seed" / "rg"
        build(seed)
        ours, raw = [], []
        texts = []
        for fmt, path in files:
            out = io.StringIO()
            convert(fmt, path, f"{BASE}source/{fmt}-{path.stem}", BASE, out, None)
            texts.append((f"{BASE}source/{fmt}-{path.stem}", out.getvalue().encode()))
        statements = sum(t.count(b"\n") for _, t in texts)
        for n in range(args.repeat):
            target = Path(tmp) / f"run{n}"
            shutil.copytree(seed.parent, target)
            start = time.perf_counter()
            ingest("ratification-status", csvs, target / "rg", skip_bad=True)  # Montserrat in hr_status_op_crc_ic
            ingest("ohchr-ratification", [xls], target / "rg", skip_bad=True)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            store = ox.Store(str(Path(tmp) / f"raw{n}"))
            for graph, text in texts:
                store.bulk_load(text, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))
            store.flush()
            raw.append(time.perf_counter() - start)
            del store
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, "
          f"{len(files)} files, {statements:,} statements, median of {args.repeat}")
    print(f"rightsgraph ingest (18 CSV + 1 XLS, two commands): {statistics.median(ours):7.2f} s")
    print(f"baseline: pyoxigraph bulk_load of the same N-Triples:  {statistics.median(raw):7.2f} s")


if __name__ == "__main__":
    main()
