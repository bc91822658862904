"""Full-scale build benchmark: ~100,000 synthetic UPR recommendations, three ways, in one run.

    .venv/bin/python bench/bench_scale.py [--per-review 130] [--workdir DIR] [--skip-rdflib]

Prints wall time and peak RSS (each step is a separate process) for
- rightsgraph: `rightsgraph build` + `rightsgraph ingest upr-info` of the generated CSV (similarity
  links included; their share is timed on its own afterwards);
- floor: pyoxigraph's raw `bulk_load` of the same statements as N-Triples (dumped from our store);
- same layout: that bulk_load into a named graph plus the default graph, as rightsgraph stores them;
- baseline: rdflib's default in-memory store parsing the same N-Triples;
then the wall time of a cold `rightsgraph sparql` and the time of each query in queries/ on the full graph.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024  # ru_maxrss is the largest child so far, in KiB


def child_rss(cmd: list[str]) -> tuple[float, float]:
    """Like run(), but the peak RSS of this command alone, measured by GNU time when present."""
    if Path("/usr/bin/time").exists():
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True, check=False)
        wall = time.perf_counter() - start
        if proc.returncode:
            raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr}")
        return wall, int(proc.stderr.strip().splitlines()[-1]) / 1024
    return run(cmd)


FLOOR = """
import sys, pyoxigraph as ox
store = ox.Store(sys.argv[2])
store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_TRIPLES)
store.flush()
print(len(store))
"""
# The same statements in rightsgraph's layout: the source's named graph plus the merged default graph.
LAYOUT = """
import sys, pyoxigraph as ox
store = ox.Store(sys.argv[2])
store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode("urn:x-source"))
store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
store.flush()
print(len(store))
"""
SIMILARITY = """
import sys, time
from rightsgraph.upr.similarity import graph_name, store_links
from rightsgraph.store import GraphStore
store = GraphStore.open(sys.argv[1])
start = time.perf_counter()
links, _ = store_links(store, skip={graph_name(store.meta.base)})
print(time.perf_counter() - start, len(links))
"""
RDFLIB = """
import sys, rdflib
g = rdflib.Graph()
g.parse(sys.argv[1], format="nt")
print(len(g))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-review", type=int, default=130)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--skip-rdflib", action="store_true")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="rightsgraph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    csv_path, store, nt = work / "synthetic-upr.csv", work / "store", work / "synthetic.nt"
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, CPython {platform.python_version()}; work: {work}")
    subprocess.run([sys.executable, str(HERE / "generate_upr.py"), str(csv_path), "--per-review",
                    str(args.per_review)], check=True)
    rg = str(BIN / "rightsgraph")
    b_wall, b_rss = child_rss([rg, "build", "--store", str(store)])
    i_wall, i_rss = child_rss([rg, "ingest", "upr-info", str(csv_path), "--store", str(store)])
    # the same statements, as N-Triples, for the floor and the baseline
    subprocess.run([sys.executable, "-c",
                    "import sys, pyoxigraph as ox; from rightsgraph.store import GraphStore;"
                    "s = GraphStore.open(sys.argv[1]);"
                    "out = open(sys.argv[2], 'wb');"
                    "s.dump(out, ox.RdfFormat.N_TRIPLES, s.base + 'source/upr-info-synthetic-upr')",
                    str(store), str(nt)], check=True)
    with open(nt, "rb") as handle:
        statements = sum(1 for _ in handle)
    f_wall, f_rss = child_rss([sys.executable, "-c", FLOOR, str(nt), str(work / "floor")])
    l_wall, l_rss = child_rss([sys.executable, "-c", LAYOUT, str(nt), str(work / "layout")])
    print(f"\nstatements from the synthetic file: {statements:,}")
    print(f"{'step':<46}{'wall s':>9}{'peak MiB':>10}")
    print(f"{'rightsgraph build (seed graph)':<46}{b_wall:>9.1f}{b_rss:>10.0f}")
    print(f"{'rightsgraph ingest upr-info (full scale)':<46}{i_wall:>9.1f}{i_rss:>10.0f}")
    print(f"{'floor: pyoxigraph bulk_load of the N-Triples':<46}{f_wall:>9.1f}{f_rss:>10.0f}")
    print(f"{'same layout: bulk_load into graph + default':<46}{l_wall:>9.1f}{l_rss:>10.0f}")
    if not args.skip_rdflib:
        r_wall, r_rss = child_rss([sys.executable, "-c", RDFLIB, str(nt)])
        print(f"{'baseline: rdflib in-memory parse':<46}{r_wall:>9.1f}{r_rss:>10.0f}")
    else:
        r_wall = float("nan")
    print(f"ingest vs floor: {i_wall / f_wall:.2f}x   ingest vs same layout: {i_wall / l_wall:.2f}x   "
          f"rdflib vs ingest: {r_wall / i_wall:.1f}x")
    sim = subprocess.run([sys.executable, "-c", SIMILARITY, str(store)], capture_output=True, text=True, check=True)
    print(f"{'similarity links recomputed from the store':<46}{float(sim.stdout.split()[0]):>9.1f}"
          f"   {int(sim.stdout.split()[1]):,} links")
    cold, _ = child_rss([rg, "sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?r a rg:Recommendation }", "--store",
                         str(store)])
    print(f"{'cold rightsgraph sparql (count recommendations)':<46}{cold:>9.2f}")
    from rightsgraph.library.queryfile import load_query_file
    from rightsgraph.resources import queries_dir
    from rightsgraph.store import GraphStore

    graph = GraphStore.open(store)
    for path in sorted(queries_dir().glob("*.rq")):
        query = load_query_file(path)
        start = time.perf_counter()
        rows = len(list(graph.query(query.text, query.bindings({}))))
        print(f"{'query ' + path.stem:<46}{time.perf_counter() - start:>9.3f}   {rows} rows")


if __name__ == "__main__":
    main()
