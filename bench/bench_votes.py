"""The HRC importers on the real files, beside two baselines, in one run.

    .venv/bin/python bench/bench_votes.py [--realdata ../shared/realdata] [--repeat 3]

Times, on a fresh store built from the bundled data each repeat:
- `rightsgraph ingest hrc-votes votes.sqlite3` (974 recorded votes, 45,387 states' votes);
- `rightsgraph ingest --skip-bad hrc-resolutions unhrc_resolutions.ods` (1,437 rows);
- baseline 1: the same statements as the votes ingest, written to an N-Triples file beforehand, bulk-loaded raw
  by pyoxigraph into an empty store (what loading alone costs, without conversion or the ingest's bookkeeping);
- baseline 2: `rightsgraph ingest upr-info 1-5.csv` (UPR Info, sessions 1-5), an ingest of text rows.
Each ingest is the CLI command in a process of its own, as a user runs it; the library queries on votes are then
timed on the store with both files.  Prints the median of the repeats.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
RIGHTSGRAPH = [sys.executable, "-m", "rightsgraph.cli"]
QUERIES = {"state-votes": [], "state-vote-summary": ["--param", "start=2014-01-01", "--param", "end=2016-12-31"],
           "voting-agreement": ["--param", "start=2014-01-01", "--param", "end=2016-12-31"],
           "country-resolutions": ["--param", "state=id:state/syr"], "disagreements": []}


def _run(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([*RIGHTSGRAPH, *args], check=True, capture_output=True)
    return time.perf_counter() - start


def _statements(votes: Path, out: Path) -> int:
    """The votes file's statements as N-Triples (the converter's own output), for the raw-load baseline."""
    with open(out, "wb") as handle:
        subprocess.run([sys.executable, "-m", "rightsgraph.upr.convert", "hrc-votes", str(votes),
                        "https://w3id.org/rightsgraph/id/source/bench", "https://w3id.org/rightsgraph/id/",
                        str(out.with_suffix(".json")), ""], check=True, stdout=handle)
    with open(out, "rb") as handle:
        return sum(1 for _ in handle)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--realdata", type=Path, default=ROOT.parent / "shared" / "realdata")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    votes = args.realdata / "hrc-recorded-votes" / "votes.sqlite3"
    sheet = args.realdata / "hrc-resolutions-dw" / "unhrc_resolutions.ods"
    upr = args.realdata / "uprinfo-terman" / "uprinfo-v2" / "1-5.csv"
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-votes-") as tmp:
        nt = Path(tmp) / "votes.nt"
        count = _statements(votes, nt)
        for n in range(args.repeat):
            store, other = Path(tmp) / f"rg{n}", Path(tmp) / f"upr{n}"
            _run("build", "--store", str(store))
            _run("build", "--store", str(other))
            times.setdefault("ingest hrc-votes", []).append(_run("ingest", "hrc-votes", str(votes), "--store",
                                                                 str(store)))
            times.setdefault("ingest hrc-resolutions", []).append(
                _run("ingest", "--skip-bad", "hrc-resolutions", str(sheet), "--store", str(store)))
            raw = ox.Store(str(Path(tmp) / f"raw{n}"))
            start = time.perf_counter()
            raw.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
            times.setdefault(f"baseline: raw bulk load of the votes' {count:,} statements", []).append(
                time.perf_counter() - start)
            del raw
            times.setdefault("baseline: ingest upr-info 1-5.csv", []).append(
                _run("ingest", "upr-info", str(upr), "--store", str(other)))
            for name, params in QUERIES.items():  # the CLI process included: a user's wait
                times.setdefault(f"query {name} (CLI)", []).append(
                    _run("query", name, *params, "--store", str(store), "--format", "csv"))
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"median of {args.repeat}")
    for name, values in times.items():
        print(f"{name:<60} {statistics.median(values):7.2f} s")


if __name__ == "__main__":
    main()
