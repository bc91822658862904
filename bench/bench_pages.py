"""How soon each page of `rightsgraph serve` is usable in Debian's Chromium (Playwright), on a store.

    .venv/bin/python bench/bench_pages.py [--store DIR] [--runs 5]

For each page (the workbench with its query catalogue, the finder with its first results and facets, a state's
resource page, the explorer of a state and of a recorded vote) the time from navigation to the page being
usable: the element its script fills, or the explorer's ``data-ready``; median and worst of ``--runs`` loads.
The baseline, measured in the same run: the same HTML saved and loaded from a file:// URL (the browser's own
parse and paint of the page, nothing asked of the server). Target: every page usable within 1 s.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BIN = Path(sys.executable).parent
PAGES = [  # name, path, selector that says the page is usable
    ("workbench", "/", "#catalogue .query"),
    ("finder", "/finder", "#results li"),
    ("resource page (France)", "/id/state/fra", "#backlinks"),
    ("explorer: Viet Nam", "/explore?focus=id:state/vnm&depth=1", "body[data-ready=true]"),
    ("explorer: a vote", "/explore?voting=id:resolution/hrc-52-30", "body[data-ready=true]"),
]


def timed(page, url: str, selector: str) -> float:
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.wait_for_selector(selector, state="attached", timeout=60000)
    return time.perf_counter() - start


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default=None)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    command = [str(BIN / "rightsgraph"), "serve", "--port", "0"] + (["--store", args.store] if args.store else [])
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, CPython {platform.python_version()}; "
          f"{args.runs} loads of each page")
    try:
        port = int(re.search(r":(\d+)/", server.stderr.readline())[1])
        base = f"http://127.0.0.1:{port}"
        work = Path(tempfile.mkdtemp(prefix="rightsgraph-pages-"))
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            print(f"{'page':<28}{'served: median':>16}{'worst':>8}{'file:// copy: median':>22}")
            for name, path, selector in PAGES:
                try:
                    urllib.request.urlopen(base + path, timeout=120).read()  # the first request warms the server
                except OSError as exc:
                    print(f"{name:<28} not measured: {exc}")
                    continue
                served = [timed(page, base + path, selector) for _ in range(args.runs)]
                copy = None
                if "explore" in path:  # the explorer page is self-contained: its copy draws the same graph
                    html = work / f"{len(list(work.iterdir()))}.html"
                    html.write_bytes(urllib.request.urlopen(base + path, timeout=120).read())
                    copy = statistics.median(timed(page, html.as_uri(), selector) for _ in range(args.runs))
                print(f"{name:<28}{statistics.median(served):>14.2f} s{max(served):>6.2f} s"
                      + (f"{copy:>20.2f} s" if copy is not None else f"{'(asks the server)':>22}"))
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
