"""Load benchmark for `rightsgraph serve` (loopback only, bounded in clients and time).

    .venv/bin/python bench/bench_serve.py [--store DIR] [--clients 8] [--seconds 10]

Starts `rightsgraph serve` on 127.0.0.1, then N client threads (persistent HTTP/1.1 connections) request
for M seconds, in turn: resource pages (every resource of the store, HTML) and the library queries (with
their default parameters, SPARQL JSON). Prints requests/s, p50/p99 latency and errors for each, beside the
baseline measured in the same run: Python's own http.server sending the same resource pages as static
files (the HTTP stack alone). Target: no errors and p99 under 200 ms for resource pages on the seed graph.
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
            except (OSError, http.client.HTTPException):
                bad += 1
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
    return {"requests": len(latencies), "rps": len(latencies) / seconds, "errors": errors[0],
            "p50": statistics.median(latencies) * 1000 if latencies else float("nan"),
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
    pages = ["/id/" + urllib.parse.quote(r[len(base):]) for r in resources]
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
            ("library queries (rightsgraph serve)", load(port, queries, args.clients, args.seconds,
                                                         "application/sparql-results+json, text/turtle;q=0.9")),
            ("baseline: static copies (http.server)", load(baseline.server_address[1],
                                                           [f"/{i}.html" for i in range(len(pages))],
                                                           args.clients, args.seconds, "text/html")),
        ]
        baseline.shutdown()
        print(f"{'':<40}{'requests':>9}{'req/s':>8}{'p50 ms':>8}{'p99 ms':>8}{'errors':>8}")
        for name, r in rows:
            print(f"{name:<40}{r['requests']:>9}{r['rps']:>8.0f}{r['p50']:>8.1f}{r['p99']:>8.1f}{r['errors']:>8}")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
