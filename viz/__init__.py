"""Views of the graph: NetworkX graphs, GraphML/GEXF/JSON files and the interactive HTML explorer.

    >>> from rightsgraph.store import GraphStore
    >>> from rightsgraph import viz
    >>> store = GraphStore.open()
    >>> selection = viz.select_view(store, focus="Hà Kim Ngọc", depth=2)
    >>> graph = viz.to_networkx(selection, viz.Vocabulary(store), lang="vi")   # a MultiDiGraph
    >>> viz.write_explorer(selection, viz.Vocabulary(store), "explorer.html", "Hà Kim Ngọc")
"""

from __future__ import annotations

from rightsgraph.namespaces import curie
from rightsgraph.viz.explorer import render, write_explorer
from rightsgraph.viz.files import FORMATS, serialise, write_bytes
from rightsgraph.viz.layout import GROUPINGS, aggregate, layout, truncate
from rightsgraph.viz.network import Vocabulary, to_networkx
from rightsgraph.viz.select import (
    Selection,
    construct_view,
    ego_view,
    keep_types,
    recommendation_values,
    resolve,
    seed_view,
    voting_view,
)

__all__ = ["FORMATS", "GROUPINGS", "Selection", "Vocabulary", "aggregate", "construct_view", "curie", "ego_view",
           "keep_types", "layout", "recommendation_values", "render", "resolve", "seed_view", "select_view",
           "serialise", "to_networkx", "truncate", "voting_view", "write_bytes", "write_explorer"]

#: Above this many resources, recommendations are drawn as groups (per recommending state and theme).
AGGREGATE_ABOVE = 2000


def select_view(store, focus: str | None = None, depth: int = 1, query_text: str | None = None,
                bindings: dict | None = None, types: list[str] | None = None, limit: int = 10000,
                aggregate_above: int = AGGREGATE_ABOVE, voting: str | None = None,
                group_by: tuple[str, ...] = ("recommender", "theme")) -> Selection:
    """The resources a view shows: a CONSTRUCT query's result, the ego network of ``focus``, the recorded vote
    on the text ``voting`` names, or the seed graph.

    Then only ``types`` (when given); recommendations grouped above ``aggregate_above`` resources by ``group_by``
    (see :data:`rightsgraph.viz.layout.GROUPINGS`), their values read from the store; at most ``limit``
    resources, the best connected (the page says so when anything was grouped or left out).
    """
    from rightsgraph.errors import QueryError

    if query_text is not None:
        result = store.query(query_text, bindings)
        if getattr(result, "type", None) != "CONSTRUCT" and result.graph is None:
            raise QueryError("a view needs a CONSTRUCT (or DESCRIBE) query: it draws the statements it returns")
        selection = construct_view(store, result.graph)
    elif voting is not None:
        selection = voting_view(store, resolve(store, voting, store.meta.base))
    elif focus is not None:
        selection = ego_view(store, resolve(store, focus, store.meta.base), depth, limit)
    else:
        selection = seed_view(store)
    if types:
        selection = keep_types(selection, types)
    if len(selection.nodes) > aggregate_above:
        values, labels = recommendation_values(store, selection, group_by)
        selection = aggregate(selection, aggregate_above, labels, values, group_by)
    return truncate(selection, limit)
