"""Positions computed in Python (igraph), and aggregation of what is too large to draw.

Browsers settle a force simulation of a few hundred nodes in tens of seconds; igraph lays out 10,000
nodes in about a second, so the explorer gets fixed positions and its physics stays off.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import replace

from rightsgraph.namespaces import RG, local_name
from rightsgraph.viz.select import Edge, Node, Selection

RECOMMENDATION, RECOMMENDER, THEME = str(RG.Recommendation), str(RG.recommendingState), str(RG.theme)
RESPONSE, CYCLE = str(RG.response), str(RG.inCycle)


def layout(nodes: list[str], edges: list[tuple[str, str]], seed: int = 7) -> dict[str, tuple[float, float]]:
    """x, y for each node: Fruchterman-Reingold up to 500 nodes, its grid variant above; spaced for labels.

    Deterministic for a given graph and ``seed``.
    """
    import random

    import igraph

    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), edges=sorted({(index[a], index[b]) for a, b in edges if a != b}), directed=False)
    random.seed(seed)  # igraph draws its start positions from Python's random: the same graph, the same layout
    if len(nodes) <= 500:
        coords = g.layout_fruchterman_reingold(niter=500)
    else:
        coords = g.layout_fruchterman_reingold(niter=300, grid=True)
    # scale so that a typical link is about 220 px long, within 100-300 px per node along the square's side
    lengths = sorted(math.dist(coords[a], coords[b]) for a, b in g.get_edgelist()) or [1.0]
    scale = 220 / (lengths[len(lengths) // 2] or 1.0)
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    root = math.sqrt(len(nodes))
    scale = min(max(scale, 100 * root / span), 300 * root / span)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: ((x - cx) * scale, (y - cy) * scale) for n, x, y in zip(nodes, xs, ys, strict=True)}


#: what recommendations can be grouped by: a name -> (the property, the group label's word for none)
GROUPINGS = {"recommender": (RECOMMENDER, "unknown state"), "theme": (THEME, "no theme"),
             "response": (RESPONSE, "no response"), "cycle": (CYCLE, "no cycle")}


def aggregate(selection: Selection, above: int, labels: dict[str, str],
              values: dict[str, dict[str, set[str]]] | None = None,
              by: tuple[str, ...] = ("recommender", "theme")) -> Selection:
    """Above ``above`` resources, recommendations become one node per combination of their values of ``by``
    (recommending state and theme by default; names of :data:`GROUPINGS`); each recommendation is in exactly one
    group (one with two themes is in the group of both, "Torture + Women"), so the groups' counts add up.

    ``values`` gives each recommendation's values (recommendation -> property -> IRIs), read from the store by
    :func:`rightsgraph.viz.select_view` so that a group is right even when the states or themes are not drawn;
    without it they are read from the selection's links. ``labels`` names them (IRI -> label).
    """
    recs = {i for i, n in selection.nodes.items() if RECOMMENDATION in n.types}
    if len(selection.nodes) <= above or not recs:
        return selection
    unknown = [name for name in by if name not in GROUPINGS]
    if unknown:
        raise ValueError(f"recommendations cannot be grouped by {', '.join(unknown)}: use {', '.join(GROUPINGS)}")
    if values is None:
        values = defaultdict(lambda: defaultdict(set))
        for e in selection.edges:
            if e.source in recs:
                values[e.source][e.predicate].add(e.target)
    group_of, members = {}, defaultdict(list)
    for r in recs:
        key = tuple(tuple(sorted(values.get(r, {}).get(GROUPINGS[name][0], ()))) for name in by)
        group_of[r] = key
        members[key].append(r)
    nodes: dict[str, Node] = {i: n for i, n in selection.nodes.items() if i not in recs}
    iri_of = {}
    for key, rs in members.items():
        iri = "urn:x-rightsgraph:group:" + hashlib.sha1(repr(key).encode()).hexdigest()[:16]
        iri_of[key] = iri
        parts = [" + ".join(labels.get(v, local_name(v)) for v in part) or GROUPINGS[name][1]
                 for name, part in zip(by, key, strict=True)]
        node = Node(iri, types={RECOMMENDATION}, labels={"en": f"{len(rs)} recommendations: {' · '.join(parts)}"})
        for r in rs:
            node.sources |= selection.nodes[r].sources
        nodes[iri] = node
    edges: dict[tuple, Edge] = {}
    for e in selection.edges:
        s = iri_of[group_of[e.source]] if e.source in recs else e.source
        o = iri_of[group_of[e.target]] if e.target in recs else e.target
        if s == o:
            continue
        edge = edges.setdefault((s, e.predicate, o), Edge(s, e.predicate, o))
        edge.sources |= e.sources
    words = {"recommender": "recommending state", "theme": "theme", "response": "response", "cycle": "cycle"}
    note = (f"{len(selection.nodes):,} resources are more than {above:,}: the {len(recs):,} recommendations are "
            f"drawn as {len(members):,} groups, one per {' and '.join(words[n] for n in by)}.")
    return replace(selection, nodes=nodes, edges=list(edges.values()), notes=[*selection.notes, note])


def truncate(selection: Selection, limit: int) -> Selection:
    """At most ``limit`` resources: the best connected ones."""
    if len(selection.nodes) <= limit:
        return selection
    degree = defaultdict(int)
    for e in selection.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    keep = set(sorted(selection.nodes, key=lambda i: (-degree[i], i))[:limit])
    nodes = {i: n for i, n in selection.nodes.items() if i in keep}
    edges = [e for e in selection.edges if e.source in keep and e.target in keep]
    note = f"{len(selection.nodes):,} resources: only the {limit:,} best connected are drawn (raise --limit)."
    return replace(selection, nodes=nodes, edges=edges, notes=[*selection.notes, note])
