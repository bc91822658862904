"""Query-library benchmark: every library query on a store, rightsgraph's binding beside Oxigraph's substitutions.

    .venv/bin/python bench/bench_library.py --store DIR [--runs 3]
    .venv/bin/python bench/bench_library.py --workdir DIR   # generates and ingests the full-scale file first

rightsgraph binds parameters as a VALUES block copied into the subqueries that project them
(rightsgraph.library.binding); the baseline, measured in the same run on the same store, is the same query with
the same values given to Oxigraph as substitutions (rdflib's ``initBindings``). Both give the same rows,
which the script checks. Prints the median of --runs runs (one run when a run takes over 2 s).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent


def timed(func, runs: int) -> tuple[float, list]:
    """Median seconds of ``runs`` calls (one when the first is slow) and the rows of the last."""
    times, rows = [], []
    for _ in range(runs):
        start = time.perf_counter()
        rows = sorted(tuple(str(v) for v in row) for row in func())
        times.append(time.perf_counter() - start)
        if times[0] > 2:
            break
    return statistics.median(times), rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="an existing rightsgraph store")
    parser.add_argument("--workdir", type=Path, help="generate the full-scale file and build a store here")
    parser.add_argument("--per-review", type=int, default=130)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.store and not args.workdir:
        parser.error("give --store or --workdir")
    store_path = args.store
    if store_path is None:
        args.workdir.mkdir(parents=True, exist_ok=True)
        csv_path, store_path = args.workdir / "synthetic-upr.csv", args.workdir / "store"
        subprocess.run([sys.executable, str(HERE / "generate_upr.py"), str(csv_path), "--per-review",
                        str(args.per_review)], check=True)
        subprocess.run([str(BIN / "rightsgraph"), "build", "--store", str(store_path)], check=True)
        subprocess.run([str(BIN / "rightsgraph"), "ingest", "upr-info", str(csv_path), "--store", str(store_path)],
                       check=True)

    from rightsgraph.library import library
    from rightsgraph.store import GraphStore

    store = GraphStore.open(store_path)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, CPython {platform.python_version()}; "
          f"store: {store_path} ({store.statements():,} statements)")
    print(f"{'query':<36}{'rows':>7}{'rightsgraph ms':>16}{'substitutions ms':>18}{'ratio':>8}")
    ours_total = theirs_total = 0.0
    for query in library():
        bindings = query.bindings({}, store.meta.base)
        ours, rows = timed(lambda q=query, b=bindings: store.query(q.text, b), args.runs)
        if bindings:
            theirs, their_rows = timed(lambda q=query, b=bindings: store.dataset.query(q.text, initBindings=b),
                                       args.runs)
            if their_rows != rows:
                raise SystemExit(f"{query.name}: the two bindings give different rows")
        else:
            theirs = ours
        ours_total, theirs_total = ours_total + ours, theirs_total + theirs
        print(f"{query.name:<36}{len(rows):>7}{ours * 1000:>16.1f}{theirs * 1000:>18.1f}{theirs / ours:>7.1f}x")
    print(f"{'all queries':<36}{'':>7}{ours_total * 1000:>16.1f}{theirs_total * 1000:>18.1f}"
          f"{theirs_total / ours_total:>7.1f}x")


if __name__ == "__main__":
    main()
