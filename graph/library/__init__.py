"""The query library: the ``.rq`` files shipped in ``rightsgraph.queries``, by name and group."""

from __future__ import annotations

import difflib
from functools import cache

from rightsgraph.errors import QueryError
from rightsgraph.library.queryfile import QueryFile, load_query_file
from rightsgraph.resources import queries_dir

GROUPS = ("actors and posts", "bodies and sessions", "UPR cycles and recommendations",
          "commitments and implementation", "resolutions and Council membership", "treaties and ratifications",
          "provenance and quality")


@cache
def library() -> tuple[QueryFile, ...]:
    """Every library query, by group (in the order of GROUPS) and name."""
    queries = [load_query_file(path) for path in queries_dir().glob("*.rq")]
    order = {group: i for i, group in enumerate(GROUPS)}
    return tuple(sorted(queries, key=lambda q: (order.get(q.group, len(order)), q.name)))


def find(name: str) -> QueryFile:
    """The library query called ``name`` (with or without ``.rq``); an unknown name lists the closest."""
    name = name.removesuffix(".rq")
    for query in library():
        if query.name == name:
            return query
    names = [q.name for q in library()]
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.4)
    raise QueryError(f"no query called {name!r}" + (f"; did you mean {', '.join(close)}?" if close else "")
                           + " (`rightsgraph queries` lists them)")
