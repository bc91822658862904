"""Screenshots of the chart pages of `rightsgraph serve`, for the README: `.venv/bin/python docs/chart_screenshots.py
[--store DIR]`.

Starts `rightsgraph serve` on a free port of 127.0.0.1, opens each page in Debian's Chromium (Playwright), waits until
its charts are drawn and saves docs/charts-*.png. Run after `make demo` (the state charts need the real data).
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

DOCS = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
PAGES = [  # name, path
    ("state-svn", "/charts/state/svn"),
    ("council", "/charts/council?from=2020-01-01&until=2022-12-31"),
    ("person", "/charts/person/do-hung-viet?lang=vi"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default=None)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    store = ["--store", args.store] if args.store else []
    server = subprocess.Popen([str(BIN / "rightsgraph"), "serve", "--port", str(port), *store])
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(url + "/charts", timeout=2).close()
                break
            except OSError:
                time.sleep(0.5)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
            for name, path in PAGES:
                page = browser.new_page(viewport={"width": 1100, "height": 820})
                page.goto(url + path)
                page.wait_for_selector("body[data-ready=true]", timeout=60000)
                page.screenshot(path=str(DOCS / f"charts-{name}.png"))
                page.close()
                print(f"docs/charts-{name}.png")
            browser.close()
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
