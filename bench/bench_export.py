"""`rightsgraph export` on the real UPR data, beside the same command of an earlier commit, in one run.

    .venv/bin/python bench/bench_export.py [--store DIR] [--baseline REF] [--formats jsonld,turtle] [--repeat 1]

Without --store, a store is built as `make demo` builds it: the bundled data, then the UPR Info, OHCHR list,
OHCHR matrix and OHCHR reports files of ../shared/realdata. Each format is exported to a file by this
checkout's `rightsgraph export` and by the baseline's (default: 404a455, the last commit whose JSON-LD went
through rdflib, whose Turtle was a hand-written writer), each in its own process, alternately; wall time and
peak RSS of each process are printed (the median of the repeats). The baseline is the REF's own code
(`git archive`), run on the same store with the same libraries. Its files and ours are checked to hold the
same statements (parsed with pyoxigraph).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib

from rightsgraph import formats
from rightsgraph.store import read_meta

ROOT = Path(__file__).resolve().parents[1]
REALDATA = ROOT.parent / "shared" / "realdata"
PACKAGES = ("graph", "ontology", "viz", "queries", "data")
LOADS = (("upr-info", "uprinfo-terman/uprinfo-v2/*.csv", {}),
         ("ohchr-list", "slovenia-upr/*Thematic_List*.md", {}),
         ("ohchr-matrix", "china-upr-matrix/*.docx", {}),
         ("ohchr-reports", "uprinfo-terman/ohchr-reports-v1/*.csv", {"skip_bad": True}))


def build_store(path: Path, realdata: Path) -> None:
    from rightsgraph.build import build
    from rightsgraph.upr.ingest import ingest

    build(path)
    for fmt, pattern, options in LOADS:
        ingest(fmt, sorted(realdata.glob(pattern)), path, **options)


def checkout(ref: str, where: Path) -> Path:
    """The REF's package as an importable ``rightsgraph`` under ``where`` (its sub-packages linked in)."""
    where.mkdir(parents=True)
    archive = where / "src.tar"
    with open(archive, "wb") as out:
        subprocess.run(["git", "-C", str(ROOT), "archive", ref, *PACKAGES], stdout=out, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(where / "src", filter="data")
    for sub in PACKAGES[1:]:
        (where / "src" / "graph" / sub).symlink_to(where / "src" / sub)
    (where / "site").mkdir()
    (where / "site" / "rightsgraph").symlink_to(where / "src" / "graph")
    return where / "site"


def run_export(site: Path | None, store: Path, fmt: str, output: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MiB) of one `rightsgraph export` process (``site``: the baseline's package).

    The peak is the process's own (``VmHWM``, written at exit): ``ru_maxrss`` of a child counts the memory
    of the parent it was forked from."""
    with tempfile.TemporaryDirectory() as tmp:
        peak, errors = Path(tmp) / "peak", Path(tmp) / "stderr"
        code = (f"import atexit, sys; atexit.register(lambda: open({str(peak)!r}, 'w').write(open("
                f"'/proc/self/status').read())); import rightsgraph; ")
        env = dict(os.environ)
        if site is not None:
            env["PYTHONPATH"] = str(site)
            code += f"assert rightsgraph.__file__.startswith({str(site.parent)!r}), rightsgraph.__file__; "
        code += "from rightsgraph.cli import main; main()"
        start = time.perf_counter()
        with open(errors, "wb") as err:
            done = subprocess.run([sys.executable, "-c", code, "export", "--store", str(store), "--format", fmt,
                                   "-o", str(output)], env=env, stdout=subprocess.DEVNULL, stderr=err)
        seconds = time.perf_counter() - start
        if done.returncode:
            raise RuntimeError(f"export {fmt} failed: {errors.read_text()[-2000:]}")
        status = dict(line.split(":", 1) for line in peak.read_text().splitlines())
    return seconds, int(status["VmHWM"].split()[0]) / 1024


def statements(path: Path, fmt: str) -> set:
    return set(ox.parse(path=str(path), format=formats.get(fmt).syntax))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="an existing store (default: build one from --realdata)")
    parser.add_argument("--realdata", type=Path, default=REALDATA)
    parser.add_argument("--baseline", default="404a455", help="the git commit to compare with")
    parser.add_argument("--formats", default="jsonld", help="comma-separated, or 'all'")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--no-check", action="store_true", help="do not compare the files' statements")
    args = parser.parse_args()
    chosen = formats.names(formats.GRAPH, formats.DATASET) if args.formats == "all" else args.formats.split(",")
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        tmp = Path(tmp)
        store = args.store
        if store is None:
            store = tmp / "store"
            start = time.perf_counter()
            build_store(store, args.realdata)
            print(f"built the store in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        site = checkout(args.baseline, tmp / "baseline")
        meta = read_meta(store)
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} at start, "
              f"{platform.python_implementation()} {platform.python_version()}, pyoxigraph {ox.__version__}, "
              f"rdflib {rdflib.__version__}")
        print(f"store: {meta.statements} statements in named graphs; median of {args.repeat}")
        print(f"{'format':<8}{'rightsgraph':>22}{'baseline ' + args.baseline:>24}{'speed-up':>10}  same statements")
        for fmt in chosen:
            ours, theirs = [], []
            for _ in range(args.repeat):
                ours.append(run_export(None, store, fmt, tmp / f"ours.{fmt}"))
                theirs.append(run_export(site, store, fmt, tmp / f"theirs.{fmt}"))
            t_ours, m_ours = (statistics.median(x) for x in zip(*ours, strict=True))
            t_base, m_base = (statistics.median(x) for x in zip(*theirs, strict=True))
            same = "-" if args.no_check else (
                "yes" if statements(tmp / f"ours.{fmt}", fmt) == statements(tmp / f"theirs.{fmt}", fmt) else "NO")
            print(f"{fmt:<8}{t_ours:>9.1f} s {m_ours:>7.0f} MiB{t_base:>11.1f} s {m_base:>7.0f} MiB"
                  f"{t_base / t_ours:>9.1f}x  {same}")
        print(f"load {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
