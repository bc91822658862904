"""The interactive explorer: one self-contained HTML page (pyvis / vis-network, no CDN, works from file://).

pyvis builds the network (its ``Network``, ``Node`` and ``Edge`` give vis-network's options); the page
is rendered from rightsgraph's own template, which inlines vis-network's standalone script and style, from npm
(pinned in ``web/package-lock.json``; ``make setup`` copies them into the package's ``static/vendor`` with their
licences), so nothing is fetched. Positions come from :mod:`.layout` and physics is off. Every string from
the data reaches the page as JSON in a ``<script type="application/json">`` block (``<``, ``>`` and ``&``
escaped) and is put on screen with ``textContent``: a label is never markup.
"""

from __future__ import annotations

import hashlib
import json
import math
from importlib import resources
from pathlib import Path

from rightsgraph.errors import RightsgraphError
from rightsgraph.library.queryfile import expand_iri
from rightsgraph.namespaces import curie
from rightsgraph.viz.layout import layout
from rightsgraph.viz.network import Vocabulary
from rightsgraph.viz.select import VOTE_POSITIONS, Selection

PALETTE = ["#1f77b4", "#c49c94", "#dbdb8d", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
           "#7f7f7f", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354",
           "#756bb1", "#636363"]
SHAPES = {
    "rg:Person": "dot", "rg:State": "square", "rg:Recommendation": "dot", "rg:Session": "triangle",
    "rg:Event": "triangle", "rg:Review": "triangle", "rg:ReviewCycle": "triangleDown", "rg:Post": "hexagon",
    "rg:PostHolding": "hexagon", "rg:Resolution": "star", "rg:LegalAct": "star", "rg:Instrument": "star",
    "rg:Treaty": "star", "rg:NationalReport": "square", "rg:MidTermReport": "square", "rg:Pledge": "triangleDown",
    "rg:Commitment": "triangleDown", "rg:ReportedFigure": "diamond",
}
#: One colour per class, the same on every page and in every legend (none of them a vote position's colour).
CLASS_COLOURS = {
    "rg:Person": "#1f77b4", "rg:State": "#8c564b", "rg:Recommendation": "#9467bd", "rg:PostHolding": "#17becf",
    "rg:Post": "#0f6f7a", "rg:Session": "#bcbd22", "rg:Review": "#7b4173", "rg:ReviewCycle": "#393b79",
    "rg:Resolution": "#e377c2", "rg:Amendment": "#c25a9d", "rg:Decision": "#e7a0cf", "rg:Event": "#637939",
    "rg:UNBody": "#3182bd", "rg:Ministry": "#6b6ecf", "rg:GovernmentBody": "#5254a3", "rg:Organisation": "#9c9ede",
    "rg:RegionalOrganisation": "#756bb1", "rg:Treaty": "#843c39", "rg:Ratification": "#ad494a",
    "rg:MembershipTerm": "#8c6d31", "rg:Candidacy": "#bd9e39", "rg:Pledge": "#e6550d", "rg:Commitment": "#fd8d3c",
    "rg:ReportedFigure": "#636363", "rg:NationalReport": "#31a354", "rg:MidTermReport": "#74c476",
    "rg:LegalAct": "#843c39", "rg:Place": "#969696", "rg:Participation": "#6baed6",
}
ORGANISATIONS = {"rg:UNBody", "rg:Ministry", "rg:GovernmentBody", "rg:RegionalOrganisation", "rg:Organisation",
                 "rg:PoliticalParty", "rg:Mechanism"}
#: vis-network options: fixed positions, no physics, straight edges, cheap redraws while moving.
OPTIONS = {
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
              "color": {"color": "#9aa5b1", "highlight": "#333333", "hover": "#333333"}, "width": 1,
              "font": {"size": 0}},
    "nodes": {"size": 14, "font": {"size": 14, "face": "system-ui, sans-serif"}, "borderWidth": 1},
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True, "multiselect": False},
}
LARGE = 3000  # above this, edges are hidden while zooming and labels drawn only when big enough


def _short(label: str, limit: int = 40) -> str:
    """A label short enough to draw; the whole one is in the tooltip, the panel and the search."""
    return label if len(label) <= limit else label[:limit - 1].rstrip() + "…"


def _size(degree: int) -> int:
    """A node's size by its number of links: 8 alone, 20 with 7, 36 at most."""
    return min(36, round(8 + 4 * math.log2(1 + degree)))


def class_colour(cls: str) -> str:
    """A class's colour: its own in :data:`CLASS_COLOURS`, else one of the palette chosen by its name (stable)."""
    if cls in CLASS_COLOURS:
        return CLASS_COLOURS[cls]
    return PALETTE[int(hashlib.sha256(cls.encode()).hexdigest(), 16) % len(PALETTE)]


def shape_of(cls: str) -> str:
    return SHAPES.get(cls, "diamond" if cls in ORGANISATIONS else "dot")


def _asset(package: str, name: str) -> str:
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


def _vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet, as npm installed them (``make setup``)."""
    try:
        return (_asset("rightsgraph.publish", "static/vendor/vis-network.min.js"),
                _asset("rightsgraph.publish", "static/vendor/vis-network.min.css"))
    except FileNotFoundError as e:
        raise RightsgraphError(f"vis-network is not installed ({e.filename} is missing): run `make setup`, "
                               "which installs the web libraries from npm") from None


def _json_for_script(data) -> str:
    """JSON that cannot end its <script> element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def build_network(selection: Selection, vocabulary: Vocabulary, lang: str = "en"):
    """A pyvis ``Network`` of the selection, positioned, with the facts the page needs on each node; and the
    legend (key, label, colour, count, shape): vote positions in their order, then classes, most frequent first."""
    from pyvis.edge import Edge as VisEdge
    from pyvis.network import Network
    from pyvis.node import Node as VisNode

    net = Network(directed=True, height="100%", width="100%", cdn_resources="in_line")
    options = json.loads(json.dumps(OPTIONS))
    if len(selection.nodes) > LARGE:
        options["interaction"]["hideEdgesOnZoom"] = True
        options["nodes"]["scaling"] = {"label": {"enabled": True, "drawThreshold": 9}}
    net.set_options(json.dumps(options))
    main = {iri: vocabulary.main_class(node) for iri, node in selection.nodes.items()}
    # a node is coloured, counted in the legend and filtered by its group (a vote position) or else its class
    keys = {iri: (curie(node.group) if node.group else main[iri]) for iri, node in selection.nodes.items()}
    counts: dict[str, int] = {}
    for k in keys.values():
        counts[k] = counts.get(k, 0) + 1
    fixed = {curie(g): colour for g, colour in VOTE_POSITIONS.items()}
    order = sorted(counts, key=lambda k: (k not in fixed, list(fixed).index(k) if k in fixed else -counts[k], k))
    colours = {k: fixed.get(k) or class_colour(k) for k in order}
    positions = layout(list(selection.nodes), [(e.source, e.target) for e in selection.edges])
    degree: dict[str, int] = {}
    for e in selection.edges:
        degree[e.source] = degree.get(e.source, 0) + 1
        degree[e.target] = degree.get(e.target, 0) + 1
    # pyvis's add_node/add_edge search lists of ids (quadratic at 10,000 nodes): the ends are known to exist,
    # so its Node and Edge option objects are appended directly.
    for iri, node in selection.nodes.items():
        cls, key = main[iri], keys[iri]
        x, y = positions[iri]
        start, end = node.dates()
        facts = [{"p": vocabulary.label(lit.predicate, lang), "v": lit.value, "l": lit.lang,
                  "s": sorted(lit.sources)} for lit in sorted(node.literals.values(),
                                                              key=lambda f: (f.predicate, f.lang, f.value))]
        labels = {"en": node.label("en"), "vi": node.label("vi")}
        short = {k: _short(v) for k, v in labels.items()}
        group = {"grp": key, "grpLabel": vocabulary.label(node.group, lang)} if node.group else {"grp": key}
        # no vis-network `group`: vis would paint a group's own colours over the node's on every update
        vis = VisNode(iri, shape_of(cls), short.get(lang, short["en"]), title=labels.get(lang, labels["en"]),
                      color=colours[key], x=round(x, 1), y=round(y, 1), cls=cls, **group,
                      labels=labels, short=short, own=bool(node.labels),
                      sources=sorted(node.sources), start=start, end=end, facts=facts,
                      size=_size(degree.get(iri, 0)))
        net.nodes.append(vis.options)
        net.node_ids.append(iri)
        net.node_map[iri] = vis.options
    for i, edge in enumerate(selection.edges):
        label = vocabulary.label(edge.predicate, lang)
        titles = "; ".join(selection.sources.get(s, {}).get("title", s) for s in sorted(edge.sources))
        via = f"\n{curie(edge.via)}" if edge.via else ""
        vis = VisEdge(edge.source, edge.target, True, id=f"e{i}", title=f"{label} ({curie(edge.predicate)}){via}\n"
                      f"stated by: {titles}", p=label, sources=sorted(edge.sources))
        net.edges.append(vis.options)
    shapes = {k: shape_of(main[iri]) for iri, k in keys.items()}
    legend = [{"key": k, "label": vocabulary.label(str(expand_iri(k)), lang), "colour": colours[k],
               "count": counts[k], "shape": shapes[k]} for k in order]
    return net, legend


def render(selection: Selection, vocabulary: Vocabulary, title: str, lang: str = "en") -> str:
    """The explorer page for a selection, as one HTML string."""
    from jinja2 import Environment

    net, legend = build_network(selection, vocabulary, lang)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    data = {"nodes": nodes, "edges": edges, "options": json.loads(options), "sources": selection.sources,
            "legend": legend, "legendTitle": selection.grouping or "Classes", "notes": selection.notes, "lang": lang,
            "title": title}
    vis_js, vis_css = _vis_assets()
    env = Environment(autoescape=True)
    template = env.from_string(_asset("rightsgraph.viz", "explorer.html"))
    return template.render(title=title, lang=lang, data=_json_for_script(data), vis_js=vis_js, vis_css=vis_css,
                           app_js=_asset("rightsgraph.viz", "explorer.js"),
                           app_css=_asset("rightsgraph.viz", "explorer.css"))


def write_explorer(selection: Selection, vocabulary: Vocabulary, target: str | Path, title: str,
                   lang: str = "en") -> Path:
    from rightsgraph.textio import write_output

    write_output(render(selection, vocabulary, title, lang).encode("utf-8"), target)
    return Path(target)
