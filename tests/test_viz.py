"""Views of the graph as NetworkX graphs and as GraphML, GEXF and JSON files read back by networkx and igraph."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from click.testing import CliRunner

from conftest import ID, needs_realdata
from rightsgraph import viz
from rightsgraph.cli import main
from rightsgraph.errors import UnknownNameError
from rightsgraph.namespaces import RG
from rightsgraph.viz.select import Edge, Node, Selection

MENTIONED = """
SELECT DISTINCT ?x WHERE {
  GRAPH ?g { ?g a ?k . VALUES ?k { rg:NewsArticle rg:UNDocument } }
  GRAPH ?g { { ?x ?p ?o } UNION { ?s ?p ?x FILTER(isIRI(?x) && ?p != rdf:type && ?s != ?g)
                                  FILTER NOT EXISTS { ?s a rg:Evidence } } }
  FILTER(isIRI(?x) && ?x != ?g)
  FILTER NOT EXISTS { ?x a ?k2 . VALUES ?k2 { rg:NewsArticle rg:UNDocument rg:SourceDataset rg:DerivedDataset
                                             rg:Evidence rg:Attestation } }
}"""
HKN = ID + "person/ha-kim-ngoc"


@pytest.fixture(scope="module")
def seed_graph(seed):
    return viz.to_networkx(viz.select_view(seed), viz.Vocabulary(seed))


def test_the_seed_view_holds_every_resource_the_articles_mention(seed, seed_graph):
    want = {str(row[0]) for row in seed.query(MENTIONED)}
    assert set(seed_graph.nodes) == want and len(want) > 100
    person = seed_graph.nodes[HKN]
    assert person["class"] == "rg:Person" and person["label_vi"] == "Hà Kim Ngọc" and person["iri"] == HKN
    assert all(data["class"] != "rdfs:Resource" for _, data in seed_graph.nodes(data=True))  # all typed
    # literals are attributes, not nodes; edges are keyed and labelled by their predicate
    assert not any(n.startswith('"') for n in seed_graph.nodes)
    holding = ID + "holding/ha-kim-ngoc--deputy-minister-foreign-affairs-vnm"
    assert seed_graph.nodes[holding]["rg:earliest"] == "2022-12-12"  # the day the article reports her in the post
    assert seed_graph.nodes[holding]["start"] == "2022-12-12"
    assert not any(n.startswith((ID + "evidence/", ID + "attestation/")) for n in seed_graph.nodes)
    edge = seed_graph.get_edge_data(holding, HKN)["rg:holder"]
    assert edge["predicate"] == str(RG.holder) and edge["label"] and ID + "source/" in edge["sources"]


def test_every_edge_is_a_statement_of_its_sources(seed, seed_graph):
    for s, o, key, data in seed_graph.edges(keys=True, data=True):
        for source in data["sources"].split():
            ask = seed.query(f"ASK {{ GRAPH <{source}> {{ <{s}> <{data['predicate']}> <{o}> }} }}")
            assert ask.askAnswer, (s, key, o, source)


def test_labels_in_vietnamese_and_literals_as_nodes(seed):
    selection = viz.select_view(seed, focus=HKN, depth=1)
    graph = viz.to_networkx(selection, viz.Vocabulary(seed), lang="vi", literals_as_nodes=True)
    assert graph.nodes[HKN]["label"] == "Hà Kim Ngọc"
    literal_nodes = [n for n, d in graph.nodes(data=True) if d["class"] == "rdfs:Literal"]
    assert '"Hà Kim Ngọc"@vi' in literal_nodes
    assert graph.has_edge(HKN, '"Hà Kim Ngọc"@vi', key="rdfs:label")


def test_ego_view_is_the_focus_and_its_neighbours(seed):
    import pyoxigraph as ox

    neighbours = set()
    for q in seed.quads():
        if (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value != "https://w3id.org/rightsgraph/ontology"
                and q.predicate.value != viz.select.TYPE and isinstance(q.object, ox.NamedNode)):
            if q.subject.value == HKN:
                neighbours.add(q.object.value)
            elif q.object.value == HKN:
                neighbours.add(q.subject.value)
    neighbours -= set(seed.graphs())  # sources are the provenance of facts, not resources to draw
    neighbours = {n for n in neighbours if not n.startswith((ID + "evidence/", ID + "attestation/"))}
    selection = viz.select_view(seed, focus="ha kim ngoc", depth=1)  # a label, diacritics left out
    assert set(selection.nodes) == {HKN} | neighbours
    deeper = viz.select_view(seed, focus=HKN, depth=2)
    assert set(selection.nodes) < set(deeper.nodes)
    with pytest.raises(UnknownNameError, match="no resource is called"):
        viz.select_view(seed, focus="Nobody At All")


def test_types_keep_only_those_classes(seed):
    selection = viz.select_view(seed, types=["Person", "rg:State"])
    classes = {viz.Vocabulary(seed).main_class(n) for n in selection.nodes.values()}
    assert classes == {"rg:Person", "rg:State"}
    assert all(e.source in selection.nodes and e.target in selection.nodes for e in selection.edges)


def test_a_construct_query_is_a_view(seed):
    from rightsgraph.library import find

    query = find("career-graph")
    bindings = query.bindings({"person": "id:person/ha-kim-ngoc"})
    selection = viz.select_view(seed, query_text=query.text, bindings=bindings)
    assert HKN in selection.nodes and ID + "post/deputy-minister-foreign-affairs-vnm" in selection.nodes
    assert all(e.sources and not any(s.startswith("urn:x-rightsgraph") for s in e.sources) for e in selection.edges)


def _recommendations(n: int) -> Selection:
    nodes = {f"urn:s{i}": Node(f"urn:s{i}", {str(RG.State)}, {"en": f"State {i}"}) for i in range(3)}
    nodes["urn:t"] = Node("urn:t", set(), {"en": "Torture"})
    edges = []
    for i in range(n):
        r = f"urn:r{i}"
        nodes[r] = Node(r, {str(RG.Recommendation)}, sources={"urn:g"})
        edges += [Edge(r, str(RG.recommendingState), f"urn:s{i % 2}", {"urn:g"}),
                  Edge(r, str(RG.stateUnderReview), "urn:s2", {"urn:g"})]
        if i % 3 == 0:
            edges.append(Edge(r, str(RG.theme), "urn:t", {"urn:g"}))
    return Selection(nodes, edges, {})


def test_above_the_threshold_recommendations_are_grouped_by_recommender_and_theme():
    selection = _recommendations(30)
    labels = {i: n.label() for i, n in selection.nodes.items()}
    assert viz.aggregate(selection, 100, labels) is selection
    grouped = viz.aggregate(selection, 10, labels)
    groups = {n.label() for n in grouped.nodes.values() if str(RG.Recommendation) in n.types}
    # recommenders 0/1 alternate, a theme every third: (0,t) 5, (0,-) 10, (1,t) 5, (1,-) 10
    assert groups == {"5 recommendations: State 0 · Torture", "10 recommendations: State 0 · no theme",
                      "5 recommendations: State 1 · Torture", "10 recommendations: State 1 · no theme"}
    assert len(grouped.nodes) == 8 and "drawn as 4 groups" in grouped.notes[0]
    assert {(e.predicate, e.target) for e in grouped.edges} >= {(str(RG.stateUnderReview), "urn:s2")}
    cut = viz.truncate(grouped, 5)
    assert len(cut.nodes) == 5 and "only the 5 best connected" in cut.notes[-1]


def test_layout_places_every_node_apart():
    selection = _recommendations(40)
    pos = viz.layout(list(selection.nodes), [(e.source, e.target) for e in selection.edges])
    assert set(pos) == set(selection.nodes)
    assert len({(round(x), round(y)) for x, y in pos.values()}) == len(pos)


def test_graphml_reads_back_in_networkx_and_igraph(seed_graph, tmp_path):
    import igraph

    path = tmp_path / "seed.graphml"
    path.write_bytes(viz.serialise(seed_graph, "graphml"))
    back = nx.read_graphml(path, force_multigraph=True)
    assert set(back.nodes) == set(seed_graph.nodes) and back.number_of_edges() == seed_graph.number_of_edges()
    assert back.nodes[HKN]["label_vi"] == "Hà Kim Ngọc"
    g = igraph.Graph.Read_GraphML(str(path))
    assert g.vcount() == seed_graph.number_of_nodes() and g.ecount() == seed_graph.number_of_edges()
    assert "Hà Kim Ngọc" in g.vs["label_vi"]


def test_gexf_has_time_intervals_for_gephi(seed_graph, tmp_path):
    path = tmp_path / "seed.gexf"
    path.write_bytes(viz.serialise(seed_graph, "gexf"))
    root = ET.parse(path).getroot()
    ns = {"g": root.tag.split("}")[0].strip("{")}
    graph = root.find("g:graph", ns)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    dated = {n.get("id"): (n.get("start"), n.get("end")) for n in graph.iter(f"{{{ns['g']}}}node") if n.get("start")}
    want = {n: (d["start"], d["end"]) for n, d in seed_graph.nodes(data=True) if "start" in d}
    assert dated == want and len(want) >= 10
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == seed_graph.number_of_nodes()


def test_node_link_json_round_trips(seed_graph):
    data = json.loads(viz.serialise(seed_graph, "json"))
    back = nx.node_link_graph(data, edges="edges")
    assert nx.utils.graphs_equal(back, seed_graph)


def test_cli_graph_export_and_viz(store_path, tmp_path):
    runner = CliRunner()
    out = runner.invoke(main, ["graph-export", "--format", "json", "--store", str(store_path), "--focus",
                               "id:person/ha-kim-ngoc", "--lang", "vi"])
    assert out.exit_code == 0, out.output
    nodes = {n["id"]: n for n in json.loads(out.stdout)["nodes"]}
    assert nodes[HKN]["label"] == "Hà Kim Ngọc"
    target = tmp_path / "out" / "career.gexf"
    out = runner.invoke(main, ["graph-export", "--format", "gexf", "-o", str(target), "--store", str(store_path),
                               "--query", "career-graph", "--param", "person=id:person/ha-kim-ngoc"])
    assert out.exit_code == 0 and nx.read_gexf(target).number_of_nodes() >= 4
    page = tmp_path / "seed.html"
    out = runner.invoke(main, ["viz", "-o", str(page), "--store", str(store_path)])
    assert out.exit_code == 0 and page.stat().st_size > 400_000 and "https://cdn" not in page.read_text()


@pytest.mark.parametrize("args, message", [
    (["--focus", "x", "--query", "career-graph"], "give one of --focus, --query and --voting"),
    (["--voting", "x", "--query", "career-graph"], "give one of --focus, --query and --voting"),
    (["--voting", "Nobody At All"], "no resource is called"),
    (["--voting", "id:person/ha-kim-ngoc"], "has no recorded vote"),
    (["--param", "a=b"], "--param goes with --query"),
    (["--query", "person-posts"], "CONSTRUCT"),
    (["--query", "career-graph", "--param", "nobody=x"], "unknown parameter"),
    (["--focus", "Nobody At All"], "no resource is called"),
    (["--types", "NoSuchClass"], "nothing to show"),
])
def test_cli_view_errors_are_clear(store_path, tmp_path, args, message):
    out = CliRunner().invoke(main, ["viz", "-o", str(tmp_path / "x.html"), "--store", str(store_path), *args])
    assert out.exit_code != 0 and message in out.output
    assert not (tmp_path / "x.html").exists()


def test_viz_without_the_web_libraries_says_to_install_them(store_path, tmp_path, monkeypatch):
    """A package whose static/vendor folder lacks vis-network (no `make setup`): a clear error, no page written."""
    from rightsgraph.viz import explorer

    monkeypatch.setattr(explorer.resources, "files", lambda package: tmp_path / "package")
    out = CliRunner().invoke(main, ["viz", "-o", str(tmp_path / "x.html"), "--store", str(store_path)])
    assert out.exit_code != 0 and "vis-network is not installed" in out.output and "make setup" in out.output
    assert not (tmp_path / "x.html").exists()


def test_class_colours_are_the_same_on_every_page_and_never_a_votes(seed):
    from rightsgraph.viz.explorer import CLASS_COLOURS, PALETTE, build_network
    from rightsgraph.viz.select import VOTE_POSITIONS

    vocabulary = viz.Vocabulary(seed)
    pages = [viz.select_view(seed), viz.select_view(seed, focus="id:person/ha-kim-ngoc", depth=2),
             viz.select_view(seed, types=["Person", "State"])]
    colours: dict[str, set[str]] = {}
    for selection in pages:
        _net, legend = build_network(selection, vocabulary)
        for item in legend:
            colours.setdefault(item["key"], set()).add(item["colour"])
    assert len(colours) > 5 and all(len(c) == 1 for c in colours.values()), colours
    assert colours["rg:Person"] == {CLASS_COLOURS["rg:Person"]}
    assert not set(VOTE_POSITIONS.values()) & (set(CLASS_COLOURS.values()) | set(PALETTE))


def test_nodes_are_sized_by_their_links(seed):
    from rightsgraph.viz.explorer import build_network

    selection = viz.select_view(seed, focus="id:person/ha-kim-ngoc", depth=1)
    net, _ = build_network(selection, viz.Vocabulary(seed))
    size = {n["id"]: n["size"] for n in net.nodes}
    degree = {iri: sum(1 for e in selection.edges if iri in (e.source, e.target)) for iri in selection.nodes}
    most = max(degree, key=degree.get)
    assert size[most] == max(size.values()) and size[most] > min(size.values())
    assert all(size[a] >= size[b] for a in degree for b in degree if degree[a] > degree[b])


@needs_realdata
@pytest.mark.parametrize("by", [("recommender",), ("response",), ("recommender", "theme")])
def test_a_cycle_view_groups_its_recommendations_as_the_store_counts_them(upr, by):
    """The groups are read from the store, so a view that draws no state still counts each recommendation once
    under its recommenders (or response, or recommenders and themes), as SPARQL counts them."""
    from collections import Counter

    from rightsgraph.viz.layout import GROUPINGS

    selection = viz.select_view(upr, focus="id:cycle/1", depth=1, aggregate_above=100, group_by=by)
    drawn = Counter()
    for node in selection.nodes.values():
        label = node.label()
        if label[0].isdigit() and " recommendations: " in label:
            n, _, key = label.partition(" recommendations: ")
            drawn[key] += int(n)
    values: dict[str, dict[str, set[str]]] = {}
    labels: dict[str, str] = {}
    for name in by:
        prop = GROUPINGS[name][0]
        for rec, value, label in upr.select(f"""
            SELECT ?r ?v ?label WHERE {{ ?r a <{RG}Recommendation> ; <{RG}inCycle> <{ID}cycle/1> .
              OPTIONAL {{ ?r <{prop}> ?v OPTIONAL {{ ?v <http://www.w3.org/2000/01/rdf-schema#label>|
                <http://www.w3.org/2004/02/skos/core#prefLabel> ?label FILTER(LANG(?label) = "en") }} }} }}"""):
            values.setdefault(rec.value, {}).setdefault(prop, set())
            if value is not None:
                values[rec.value][prop].add(value.value)
                labels[value.value] = label.value if label is not None else value.value.rsplit("/", 1)[-1]
    expected = Counter(" · ".join(" + ".join(labels[v] for v in sorted(vals[GROUPINGS[name][0]]))
                                  or GROUPINGS[name][1] for name in by) for vals in values.values())
    assert sum(expected.values()) > 1000 and drawn == expected
