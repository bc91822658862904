"""Build and query timings of the seed graph, beside rdflib's default in-memory store in the same run.

    .venv/bin/python bench/bench_build.py [--repeat 5]

Prints, each the median of the repeats:
- compile: curated YAML + ontology checked and turned into quads (no store);
- build: a full `rightsgraph build` into a fresh on-disk Oxigraph store (atomic swap included);
- baseline parse: rdflib's default in-memory Dataset parsing the same statements as N-Quads;
- query: the analyst questions in queries/ on the built store, and on the rdflib baseline
  (same query text, same bindings; the rdflib baseline uses its default union graph).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import tempfile
import time
from pathlib import Path

from rdflib import Dataset

from rightsgraph import build as builder
from rightsgraph.library.queryfile import load_query_file
from rightsgraph.namespaces import prefixes
from rightsgraph.resources import curated_files, queries_dir
from rightsgraph.store import GraphStore

NS = prefixes()


def timed(func, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
          f"median of {repeat}")

    t_compile, _ = timed(lambda: builder.compile_curated(curated_files()), repeat)
    with tempfile.TemporaryDirectory() as tmp:
        counter = iter(range(10**6))
        t_build, meta = timed(lambda: builder.build(Path(tmp) / f"s{next(counter)}"), repeat)
        store = GraphStore.open(Path(tmp) / f"s{repeat - 1}")
        nquads = "".join(f"{q} .\n" for q in store.quads() if q.graph_name.__class__.__name__ == "NamedNode")

        def baseline():
            ds = Dataset(default_union=True)
            ds.parse(data=nquads, format="nquads")
            return ds

        t_base, ds = timed(baseline, repeat)
        print(f"statements: {meta.statements}")
        print(f"{'step':<34}{'rightsgraph':>14}{'rdflib memory':>16}")
        print(f"{'compile curated YAML':<34}{t_compile * 1000:>12.1f}ms{'':>16}")
        print(f"{'build store (vs parse N-Quads)':<34}{t_build * 1000:>12.1f}ms{t_base * 1000:>14.1f}ms")
        for path in sorted(queries_dir().glob("*.rq")):
            query = load_query_file(path)
            bindings = query.bindings({})
            t_ox, _ = timed(lambda q=query, b=bindings: list(store.query(q.text, b)), repeat)
            try:
                t_rd, _ = timed(lambda q=query, b=bindings: list(ds.query(q.text, initNs=NS, initBindings=b)), repeat)
                baseline_cell = f"{t_rd * 1000:>14.1f}ms"
            except Exception as exc:  # rdflib's engine fails on some valid SPARQL: report it, do not hide it
                baseline_cell = f"  fails: {type(exc).__name__}"
            print(f"{'query ' + path.stem:<34}{t_ox * 1000:>12.1f}ms{baseline_cell}")
        store.close()


if __name__ == "__main__":
    main()
