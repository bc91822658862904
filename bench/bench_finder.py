"""Finder facet requests beside the same counts by SPARQL on the store: p50/p95 over ~50 requests.

    .venv/bin/python bench/bench_finder.py STORE [REQUESTS [BASELINE_REQUESTS]]

STORE: a built store with recommendations ingested (e.g. the real UPR Info data).  The index is built first if
missing (its build time is printed).  Each request is a search with facet counts (10 facets, disjunctive); the
baseline counts the same facets' values under the same filters with one SPARQL GROUP BY per facet.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

from rightsgraph import finder
from rightsgraph.finder import FACETS
from rightsgraph.namespaces import PREFIXES
from rightsgraph.store import GraphStore

_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def sparql_facets(store, f, filters: dict[str, list[str]], text_ids: set | None = None) -> None:
    """The facet counts under ``filters`` by SPARQL: one GROUP BY per facet, the others' filters as VALUES."""
    for facet, (_, path) in FACETS.items():
        where = ["?r a rg:Recommendation ."]
        for i, (name, keys) in enumerate(filters.items()):
            if name != facet:
                iris = " ".join(f"<{f.values[f.by_key[name][k]]['iri']}>" for k in keys)
                where.append(f"VALUES ?v{i} {{ {iris} }} ?r {FACETS[name][1]} ?v{i} .")
        list(store.select(_PREFIXES + f"SELECT ?v (COUNT(DISTINCT ?r) AS ?n) {{ {' '.join(where)} ?r {path} ?v }} "
                                      "GROUP BY ?v"))


def percentiles(times: list[float]) -> str:
    times = sorted(times)
    return (f"p50 {statistics.median(times) * 1000:.1f} ms, p95 {times[int(0.95 * (len(times) - 1))] * 1000:.1f} ms,"
            f" max {times[-1] * 1000:.1f} ms")


def main() -> None:
    store = GraphStore.open(Path(sys.argv[1]))
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    baseline_n = int(sys.argv[3]) if len(sys.argv) > 3 else 10  # SPARQL is slow: fewer requests keep the run short
    file = finder.index_path(store.path)
    file.unlink(missing_ok=True)
    start = time.perf_counter()
    count = finder.build_index(store, file)
    print(f"index: {count} recommendations built in {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    f = finder.open_index(store)
    print(f"index opened in {time.perf_counter() - start:.2f} s")
    rng = random.Random(15)
    top = {name: [v["key"] for v in facet["values"][:8]] for name, facet in
           ((x["name"], x) for x in f.search().facets)}
    requests = []
    for _ in range(n):
        filters = {name: [rng.choice(top[name])] for name in rng.sample(["state", "recommender", "group", "cycle",
                                                                          "response", "action"], rng.randint(0, 3))}
        requests.append((filters, rng.choice([None, None, "freedom of expression", "torture", "women"])))
    ours, baseline = [], []
    for filters, text in requests:
        start = time.perf_counter()
        f.search(filters, text, 1, 20)
        ours.append(time.perf_counter() - start)
    for filters, _ in requests[:baseline_n]:  # SPARQL cannot fold words: the baseline counts the facets only
        start = time.perf_counter()
        sparql_facets(store, f, filters)
        baseline.append(time.perf_counter() - start)
    print(f"finder facet requests ({n}): {percentiles(ours)}")
    print(f"SPARQL facet counts   ({baseline_n}): {percentiles(baseline)}")


if __name__ == "__main__":
    main()
