"""What the browser and HTTP tests share: `rightsgraph serve` started on 127.0.0.1 in a thread, and pages of
Debian's Chromium (driven by Playwright through ``executable_path``: no browser is downloaded) that record
console errors, dialogs and every request. The ``browser`` fixture is in conftest."""

from __future__ import annotations

import shutil
import threading
from contextlib import contextmanager

from rightsgraph.publish.server import Limits, serve

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HOSTILE = "<img src=x onerror=alert(1)>"


def start_server(store, limits: Limits | None = None, workers: int = 2):
    """A server on a free port of 127.0.0.1, serving in a daemon thread: (server, its URL)."""
    server = serve(store, "127.0.0.1", 0, limits, workers)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def stop_server(server) -> None:
    server.shutdown()
    server.server_close()


@contextmanager
def served(store, limits: Limits | None = None, workers: int = 2):
    """The URL of a server of ``store`` on 127.0.0.1, stopped on leaving the block (for module fixtures)."""
    server, url = start_server(store, limits, workers)
    try:
        yield url
    finally:
        stop_server(server)


class RecordedPage:
    """A new page of ``browser`` recording console errors, uncaught exceptions, dialogs (dismissed) and the URL of
    every request; opened at ``url`` when one is given."""

    def __init__(self, browser, url: str | None = None, width: int = 1400, height: int = 900, **options):
        self.page = browser.new_page(viewport={"width": width, "height": height}, **options)
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))
        if url is not None:
            self.page.goto(url)

    def close(self) -> None:
        self.page.close()
