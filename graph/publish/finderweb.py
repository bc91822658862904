"""The finder in ``rightsgraph serve``: ``/api/finder`` (JSON), ``/api/finder.csv``, ``/api/finder.ttl`` and the
``/finder`` page (a static HTML template and its script; every string from the data is put on screen as text).

Parameters: one per facet (repeated for several values: OR within a facet, AND between facets), ``q`` (words the
text must hold), ``page`` and ``size``.  An unknown facet or value, or a malformed number, is a 400 with a message.
"""

from __future__ import annotations

import json
import urllib.parse

from rightsgraph.errors import RightsgraphError
from rightsgraph.finder import Finder, open_index, to_csv, to_turtle
from rightsgraph.publish import templates

#: Paths this module answers.
PATHS = ("/finder", "/api/finder", "/api/finder.csv", "/api/finder.ttl")
#: the page; its script and style are served with the other assets at /assets/finder.js and /assets/finder.css
_STATIC = {"/finder": ("finder.html", "text/html; charset=utf-8")}
_RESERVED = ("q", "page", "size")


class BadRequest(RightsgraphError, ValueError):
    """A finder request that cannot be answered as asked."""


def parse(query: str) -> tuple[dict[str, list[str]], str | None, int, int]:
    """Filters, text, page and size from a query string."""
    try:
        params = urllib.parse.parse_qs(query, keep_blank_values=False, strict_parsing=False, errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise BadRequest("the query string has malformed percent-encoding") from None
    numbers = {}
    for name, default in (("page", 1), ("size", 20)):
        raw = params.get(name, [str(default)])
        if len(raw) != 1 or not raw[0].strip().isdigit() or len(raw[0]) > 9:
            raise BadRequest(f"{name} must be one whole number, not {', '.join(raw)!r}")
        numbers[name] = int(raw[0])
    text = " ".join(params.get("q", [])) or None
    filters = {k: v for k, v in params.items() if k not in _RESERVED}
    return filters, text, numbers["page"], numbers["size"]


def answer(server, path: str, query: str) -> tuple[int, bytes, str, dict]:
    """Status, body, media type and headers for a finder request to ``server`` (a ``rightsgraph serve``)."""
    if path in _STATIC:
        name, media = _STATIC[path]
        return 200, templates.render(name).encode("utf-8"), media, {}
    json_errors = path == "/api/finder"
    try:
        filters, text, page, size = parse(query)
        finder: Finder = open_index(server.store)
        if path == "/api/finder":
            result = finder.search(filters, text, page, size)
            return 200, json.dumps(result.to_json(), ensure_ascii=False).encode("utf-8"), \
                "application/json; charset=utf-8", {}
        disposition = {"Content-Disposition": f'attachment; filename="recommendations.{path.rsplit(".", 1)[1]}"'}
        if path == "/api/finder.csv":
            return 200, to_csv(finder, filters, text).encode("utf-8"), "text/csv; charset=utf-8", disposition
        return 200, to_turtle(server.store, finder, filters, text).encode("utf-8"), "text/turtle; charset=utf-8", \
            disposition
    except (RightsgraphError, LookupError, ValueError) as exc:
        message = str(exc).strip("'\"") if isinstance(exc, KeyError) else str(exc)
        if json_errors:
            return 400, json.dumps({"error": message}, ensure_ascii=False).encode("utf-8"), \
                "application/json; charset=utf-8", {}
        return 400, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8", {}
