"""Load benchmark for `rightsgraph serve` (loopback only, bounded in clients and time).

    .venv/bin/python bench/bench_serve.py [--store DIR] [--clients 8] [--seconds 10]
    .venv/bin/python bench/bench_serve.py --store DIR --clients 50 --seconds 30     # the load test of issue #15

Starts `rightsgraph serve` on 127.0.0.1, then N client threads (persistent HTTP/1.1 connections) request
for M seconds, in turn: resource pages (at most 5,000 resources of the store, HTML), the workbench and finder
pages, finder requests with their facet counts (filters drawn from the index's most frequent values, some
with words), and the library queries (with their default parameters, SPARQL JSON). Prints requests/s,
p50/p95/p99 latency and errors for each, beside two baselines measured in the same run: Python's own
http.server sending the same resource pages as static files (the HTTP stack alone), and the finder's facet
counts asked of `/sparql` as an analyst would without the finder (one GROUP BY per facet request).
Targets: no errors; resource pages p99 under 200 ms on the seed graph; finder requests p95 under 300 ms.
"""

from __future__ import annotations

import argparse
import http.client
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

BIN = Path(sys.executable).parent


def load(port: int, paths: list[str], clients: int, seconds: float, accept: str) -> dict:
    latencies: list[float] = []
    errors = [0]
    statuses: dict[str, int] = {}  # what the errors were: HTTP statuses, or the exception's name
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(offset: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        i, mine, bad = offset, [], 0
        while time.monotonic() < deadline:
            path = paths[i % len(paths)]
            i += clients
            start = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Accept": accept})
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    bad += 1
                    with lock:
                        statuses[str(response.status)] = statuses.get(str(response.status), 0) + 1
            except (OSError, http.client.HTTPException) as exc:
                bad += 1
                with lock:
                    statuses[type(exc).__name__] = statuses.get(type(exc).__name__, 0) + 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            mine.append(time.perf_counter() - start)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    latencies.sort()
    return {"requests": len(latencies), "rps": len(latencies) / seconds, "errors": errors[0], "statuses": statuses,
            "p50": statistics.median(latencies) * 1000 if latencies else float("nan"),
            "p95": latencies[int(len(latencies) * 0.95) - 1] * 1000 if latencies else float("nan"),
            "p99": latencies[int(len(latencies) * 0.99) - 1] * 1000 if latencies else float("nan")}


class _Static(SimpleHTTPRequestHandler):
    """http.server as the baseline, on the same terms as rightsgraph's handler (HTTP/1.1, no Nagle delay)."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format, *args):
        pass


def main() -> None:
    from rightsgraph.library import library
    from rightsgraph.library.binding import bind
    from rightsgraph.store import GraphStore

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default=None)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10)
    args = parser.parse_args()
    store = GraphStore.open(args.store)
    base = store.meta.base
    resources = sorted({q.subject.value for q in store.quads()
                        if q.subject.value.startswith(base) and "/source/" not in q.subject.value})
    resources = resources[::max(1, len(resources) // 5000)]
    pages = ["/id/" + urllib.parse.quote(r[len(base):]) for r in resources]
    finder_requests, sparql_counts = _finder_requests(store)
    queries = ["/sparql?" + urllib.parse.urlencode({"query": bind(q.text, q.bindings({}, store.meta.base),
                                                                  store.meta.base)})
               for q in library() if "recommendation" not in q.description.lower()]
    store.close()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, CPython {platform.python_version()}; "
          f"{len(pages)} resources, {len(queries)} queries, {args.clients} clients, {args.seconds:g} s each")
    command = [str(BIN / "rightsgraph"), "serve", "--port", "0"] + (["--store", args.store] if args.store else [])
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        port = int(re.search(r":(\d+)/", server.stderr.readline())[1])
        # the baseline: the same pages as static files behind Python's http.server
        static = Path(tempfile.mkdtemp(prefix="rightsgraph-static-"))
        conn = http.client.HTTPConnection("127.0.0.1", port)
        for i, path in enumerate(pages):
            conn.request("GET", path, headers={"Accept": "text/html"})
            (static / f"{i}.html").write_bytes(conn.getresponse().read())
        conn.close()
        baseline = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Static, directory=str(static)))
        threading.Thread(target=baseline.serve_forever, daemon=True).start()
        rows = [
            ("resource pages (rightsgraph serve)", load(port, pages, args.clients, args.seconds, "text/html")),
            ("workbench and finder pages", load(port, ["/", "/finder", "/assets/workbench.js"], args.clients,
                                                args.seconds, "text/html")),
        ]
        if finder_requests:
            rows += [("finder requests with facet counts", load(port, finder_requests, args.clients, args.seconds,
                                                                "application/json")),
                     ("baseline: facet counts by /sparql", load(port, sparql_counts, args.clients, args.seconds,
                                                                "application/sparql-results+json"))]
        rows += [
            ("library queries (rightsgraph serve)", load(port, queries, args.clients, args.seconds,
                                                         "application/sparql-results+json, text/turtle;q=0.9")),
            ("baseline: static copies (http.server)", load(baseline.server_address[1],
                                                           [f"/{i}.html" for i in range(len(pages))],
                                                           args.clients, args.seconds, "text/html")),
        ]
        baseline.shutdown()
        print(f"{'':<40}{'requests':>9}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'errors':>8}")
        for name, r in rows:
            print(f"{name:<40}{r['requests']:>9}{r['rps']:>8.0f}{r['p50']:>8.1f}{r['p95']:>8.1f}{r['p99']:>8.1f}"
                  f"{r['errors']:>8}" + (f"  {r['statuses']}" if r["statuses"] else ""))
    finally:
        server.terminate()
        server.wait(timeout=30)


def _finder_requests(store) -> tuple[list[str], list[str]]:
    """Finder request paths (filters of the most frequent values, some with words) and, for each, the SPARQL
    request counting the recommendations per value of one facet under the same filters."""
    import random

    from rightsgraph import finder
    from rightsgraph.finder import FACETS
    from rightsgraph.namespaces import PREFIXES

    try:
        index = finder.open_index(store)
    except Exception as exc:  # a store without recommendations: no finder rows in the table
        print(f"no finder requests: {exc}")
        return [], []
    top = {x["name"]: [v["key"] for v in x["values"][:8]] for x in index.search().facets}
    rng = random.Random(15)
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    paths, sparql = [], []
    for _ in range(60):
        names = rng.sample([n for n in ("state", "recommender", "group", "cycle", "response", "action") if top.get(n)],
                           rng.randint(1, 3))
        filters = {name: rng.choice(top[name]) for name in names}
        words = rng.choice([None, None, "freedom of expression", "torture", "women"])
        paths.append("/api/finder?" + urllib.parse.urlencode({**filters, **({"q": words} if words else {})}))
        facet = rng.choice(list(FACETS))
        where = ["?r a rg:Recommendation ."]
        for name, key in filters.items():
            if name != facet:
                where.append(f"?r {FACETS[name][1]} <{index.values[index.by_key[name][key]]['iri']}> .")
        text = prefixes + (f"SELECT ?v (COUNT(DISTINCT ?r) AS ?n) {{ {' '.join(where)} ?r {FACETS[facet][1]} ?v }} "
                           "GROUP BY ?v")
        sparql.append("/sparql?" + urllib.parse.urlencode({"query": text}))
    return paths, sparql


if __name__ == "__main__":
    main()
