"""Screenshots of the explorer and of `rightsgraph serve`'s pages, for the README:
`.venv/bin/python docs/screenshots.py [--store DIR]`.

Writes the explorer pages with `rightsgraph viz` into a temporary directory, opens each in Debian's Chromium
(Playwright) and saves docs/explorer-*.png; then starts `rightsgraph serve` on 127.0.0.1 and saves
docs/serve-*.png (the workbench, the finder with a search, a resource page, a recorded vote). Run after
`make demo` with the HRC votes ingested (the Viet Nam, finder and vote views need the real data).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
SERVED = [  # name, path, the selector that says the page is ready
    ("workbench", "/", "#catalogue .query"),
    ("finder", "/finder?state=id:state/vnm&recommender=id:state/fra&q=freedom+of+expression", "#results li"),
    ("resource", "/id/state/fra", "#backlinks"),
    ("vote", "/explore?voting=id:resolution/hrc-52-30", "body[data-ready=true]"),
]
VIEWS = [  # name, viz arguments, what to do on the page (search and select, or nothing)
    ("seed", [], "ha kim ngoc"),
    ("ego", ["--focus", "id:person/do-hung-viet", "--depth", "3"], "do hung viet"),
    ("career", ["--query", "career-graph", "--param", "person=id:person/ha-kim-ngoc", "--lang", "vi"], None),
    ("viet-nam", ["--focus", "id:state/vnm", "--depth", "1"], None),
]


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default=None)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rightsgraph-shots-"))
    store = ["--store", args.store] if args.store else []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
        for name, viz_args, search in VIEWS:
            page_path = work / f"{name}.html"
            subprocess.run([str(BIN / "rightsgraph"), "viz", "-o", str(page_path), *viz_args, *store], check=True)
            page = browser.new_page(viewport={"width": 1400, "height": 860})
            page.goto(page_path.as_uri())
            page.wait_for_selector("body[data-ready=true]")
            if search:
                page.fill("#search", search)
                page.keyboard.press("Enter")
                page.evaluate("window.rightsgraph.network.fit({animation: false})")
            page.screenshot(path=str(DOCS / f"explorer-{name}.png"))
            page.close()
            print(f"docs/explorer-{name}.png")
        server = subprocess.Popen([str(BIN / "rightsgraph"), "serve", "--port", "0", *store], stderr=subprocess.PIPE,
                                  text=True)
        try:
            port = int(re.search(r":(\d+)/", server.stderr.readline())[1])
            for name, path, ready in SERVED:
                page = browser.new_page(viewport={"width": 1400, "height": 860})
                page.goto(f"http://127.0.0.1:{port}{path}")
                page.wait_for_selector(ready, timeout=60000)
                page.screenshot(path=str(DOCS / f"serve-{name}.png"))
                page.close()
                print(f"docs/serve-{name}.png")
        finally:
            server.terminate()
            server.wait(timeout=30)
        browser.close()


if __name__ == "__main__":
    main()
