"""The explorer in ``rightsgraph serve``: ``/explore?focus=IRI&depth=N``, ``/explore?voting=IRI`` and
``/explore?query=NAME&param=value...`` render :mod:`rightsgraph.viz`'s explorer page for a view of the served
store, as `rightsgraph viz` writes it to a file (the same page, made by the same code).

Only library queries can be drawn (``query`` names one; its parameters are bound by the library): a text typed
by a visitor would run in the server's own process, outside the worker processes' time and memory bounds.
"""

from __future__ import annotations

import urllib.parse

from rightsgraph.errors import QueryError, RightsgraphError
from rightsgraph.viz import GROUPINGS

#: The parameters of /explore besides a query's own.
OPTIONS = ("focus", "depth", "voting", "query", "lang", "limit", "group-by", "types")


class BadView(RightsgraphError, ValueError):
    """An /explore request that cannot be drawn as asked."""


def page(store, query_string: str) -> str:
    """The explorer page for the view the query string asks for; :class:`BadView` (or the library's errors,
    with their messages) when it cannot be drawn."""
    from rightsgraph.viz import Vocabulary, render, select_view

    try:
        params = urllib.parse.parse_qs(query_string, errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise BadView("the query string has malformed percent-encoding") from None
    one = {k: v[0] for k, v in params.items() if k in OPTIONS}
    if any(len(params[k]) > 1 for k in one):
        raise BadView("give each of " + ", ".join(OPTIONS) + " once")
    chosen = [k for k in ("focus", "voting", "query") if k in one]
    if len(chosen) != 1:
        raise BadView("draw one of: focus=<IRI or label>, voting=<a text voted on>, query=<a library CONSTRUCT query>")
    lang = one.get("lang", "en")
    depth, limit = one.get("depth", "1"), one.get("limit", "3000")
    if lang not in ("en", "vi") or not depth.isdigit() or not 0 <= int(depth) <= 3 or not limit.isdigit() \
            or not 1 <= int(limit) <= 10000:
        raise BadView("lang is en or vi, depth 0-3, limit 1-10000")
    by = tuple(g for g in one.get("group-by", "recommender,theme").split(",") if g)
    if not by or any(g not in GROUPINGS for g in by):
        raise BadView(f"group-by takes one or more of {', '.join(GROUPINGS)}")
    types = [t for t in one.get("types", "").split(",") if t]
    text = bindings = None
    if "query" in one:
        from rightsgraph.library import find

        query = find(one["query"])
        extra = {k: v[0] for k, v in params.items() if k not in OPTIONS}
        text, bindings = query.text, query.bindings(extra, store.meta.base)
    selection = select_view(store, one.get("focus"), int(depth), text, bindings, types, int(limit),
                            voting=one.get("voting"), group_by=by)
    if not selection.nodes:
        raise QueryError("nothing to show: the view selects no resources")
    title = "rightsgraph: " + (one.get("focus") or (one.get("voting") and f"the vote on {one['voting']}")
                               or one["query"])
    return render(selection, Vocabulary(store), title, lang)
