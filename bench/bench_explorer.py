"""Explorer benchmark: time to an interactive page in headless Chromium, rightsgraph beside pyvis's defaults.

    .venv/bin/python bench/bench_explorer.py [--sizes 500 2000 10000] [--cap 120]

For each size, a synthetic scale-free graph (Barabási-Albert, 2 links per new node) of resources with
labels, classes, facts and sources is drawn two ways, in the same run:
- rightsgraph: `viz.write_explorer` (igraph layout in Python, physics off); "Python" is the time to lay
  out and write the page, "browser" the time from navigation to the page's ready flag;
- baseline: pyvis's defaults (`Network.add_node`/`add_edge`, `write_html`, physics on), "browser" until its
  loading bar goes (stabilisation done), capped at --cap seconds. External requests (pyvis's template
  links Bootstrap on a CDN) are refused at once, as they would be offline.
Both pages open from file:// in Debian's Chromium (`/usr/bin/chromium`), driven by Playwright.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from rightsgraph.namespaces import RG
from rightsgraph.viz import write_explorer
from rightsgraph.viz.select import Edge, Literal, Node, Selection

CLASSES = [str(RG.Person), str(RG.State), str(RG.UNBody), str(RG.Event), str(RG.Session), str(RG.Post)]


class Vocabulary:
    """Labels and classes for the synthetic graph (the real one reads the ontology from a store)."""

    def label(self, iri: str, lang: str = "en") -> str:
        return iri.rsplit("#", 1)[-1]

    def main_class(self, node: Node) -> str:
        return "rg:" + next(iter(node.types)).rsplit("#", 1)[-1]


def synthetic(n: int, seed: int = 1) -> Selection:
    rng = random.Random(seed)
    graph = nx.barabasi_albert_graph(n, 2, seed=seed)
    sources = {f"urn:source:{i}": {"title": f"Source {i}", "date": f"20{10 + i % 15}-01-01", "url": "",
                                   "kind": "NewsArticle"} for i in range(20)}
    nodes = {}
    for i in graph.nodes:
        iri = f"urn:node:{i}"
        src = {f"urn:source:{rng.randrange(20)}"}
        nodes[iri] = Node(iri, {rng.choice(CLASSES)}, {"en": f"Resource {i}", "vi": f"Tài nguyên {i}"}, sources=src,
                          literals={(str(RG.quote), "q", ""): Literal(str(RG.quote), f"Quote {i}", "", "", src)})
    edges = [Edge(f"urn:node:{a}", str(RG.relatedTo), f"urn:node:{b}", {f"urn:source:{rng.randrange(20)}"})
             for a, b in graph.edges]
    return Selection(nodes, edges, sources)


def pyvis_default(selection: Selection, path: Path) -> float:
    from pyvis.network import Network

    start = time.perf_counter()
    net = Network(directed=True, cdn_resources="in_line")
    for iri, node in selection.nodes.items():
        net.add_node(iri, label=node.label(), title=node.label())
    for edge in selection.edges:
        net.add_edge(edge.source, edge.target, title="relatedTo")
    net.write_html(str(path))
    return time.perf_counter() - start


def open_page(browser, path: Path, ready: str, cap: float) -> float | None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
               else route.abort())
    start = time.perf_counter()
    try:
        page.goto(path.as_uri(), wait_until="commit", timeout=cap * 1000)
        page.wait_for_function(ready, timeout=cap * 1000, polling=50)
        return time.perf_counter() - start
    except PlaywrightTimeout:  # the measurement "over the cap"
        return None
    finally:
        page.close()


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10000])
    parser.add_argument("--cap", type=float, default=120, help="seconds to wait for pyvis's default page")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rightsgraph-explorer-"))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, CPython {platform.python_version()}; "
          f"Chromium {args.chromium}")
    header = f"{'nodes':>7}{'edges':>8}{'python s':>10}{'browser s':>11}{'total s':>9}   |{'pyvis py s':>11}" \
             f"{'pyvis browser s':>17}"
    print(header)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
        for n in args.sizes:
            selection = synthetic(n)
            ours = work / f"ours-{n}.html"
            start = time.perf_counter()
            write_explorer(selection, Vocabulary(), ours, f"{n} nodes")
            python = time.perf_counter() - start
            browser_s = open_page(browser, ours, "document.body && document.body.dataset.ready === 'true'", 60)
            theirs = work / f"pyvis-{n}.html"
            their_python = pyvis_default(selection, theirs)
            their_browser = open_page(browser, theirs, "document.getElementById('loadingBar') && "
                                      "document.getElementById('loadingBar').style.opacity === '0'", args.cap)

            def fmt(value: float | None, cap: float) -> str:
                return f"{value:.2f}" if value is not None else f">{cap:.0f}"
            total = python + browser_s if browser_s is not None else None
            print(f"{n:>7}{len(selection.edges):>8}{python:>10.2f}{fmt(browser_s, 60):>11}{fmt(total, 60):>9}   |"
                  f"{their_python:>11.2f}{fmt(their_browser, args.cap):>17}", flush=True)
        browser.close()
    print(f"pages in {work}")


if __name__ == "__main__":
    sys.exit(main())
