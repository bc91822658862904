"""Dumps: every format parses back isomorphic, byte-identical across runs and rebuilds, and Raptor accepts them."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from rightsgraph import formats
from rightsgraph.build import build
from rightsgraph.cli import main
from rightsgraph.namespaces import RG
from rightsgraph.publish.export import FORMATS
from rightsgraph.resources import ontology_dir

RDFLIB_FORMAT = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "rdfxml": "xml", "trig": "trig",
                 "nquads": "nquads"}


def export(store_path, *args: str) -> bytes:
    result = CliRunner().invoke(main, ["export", "--store", str(store_path), *args])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def _rdflib(term):
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    return Literal(term.value, lang=term.language,
                   datatype=None if term.language or term.datatype.value.endswith("#string") else term.datatype.value)


@pytest.fixture(scope="module")
def expected(seed):
    """The store's named graphs, read quad by quad with pyoxigraph (not through the exporter)."""
    graphs: dict[str, Graph] = {}
    for q in seed.quads():
        if q.graph_name.__class__.__name__ == "NamedNode":
            graphs.setdefault(q.graph_name.value, Graph()).add(
                (_rdflib(q.subject), _rdflib(q.predicate), _rdflib(q.object)))
    merged = Graph()
    for g in graphs.values():
        for t in g:
            merged.add(t)
    return graphs, merged


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "rdfxml"])
def test_triple_formats_parse_back_to_the_merged_graph(store_path, expected, fmt):
    data = export(store_path, "--format", fmt)
    back = Graph().parse(data=data, format=RDFLIB_FORMAT[fmt])
    assert len(back) == len(expected[1]) > 4000
    assert isomorphic(back, expected[1])


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_quad_formats_keep_every_source_graph(store_path, expected, fmt):
    data = export(store_path, "--format", fmt)
    back = Dataset()
    back.parse(data=data, format=RDFLIB_FORMAT[fmt])
    graphs = {str(g.identifier): g for g in back.graphs() if len(g)}
    assert set(graphs) == set(expected[0])
    for name, graph in expected[0].items():
        assert isomorphic(graphs[name], graph), name


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    """A separate build of the same data (read only: the formats share it)."""
    path = tmp_path_factory.mktemp("rebuilt") / "rg"
    build(path)
    return path


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_same_graph_gives_byte_identical_files(store_path, rebuilt, fmt):
    first = export(store_path, "--format", fmt)
    assert export(rebuilt, "--format", fmt) == first == export(store_path, "--format", fmt)


@pytest.mark.parametrize("fmt, syntax", [("turtle", "turtle"), ("nt", "ntriples"), ("trig", "trig")])
def test_raptor_parses_the_dumps(store_path, expected, tmp_path, fmt, syntax):
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.fail("Debian's raptor2-utils is not installed: run `make system-deps`")
    path = tmp_path / f"dump.{fmt}"
    path.write_bytes(export(store_path, "--format", fmt))
    result = subprocess.run([rapper, "-i", syntax, "-c", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    count = int(result.stderr.split("returned ")[1].split()[0])
    want = sum(len(g) for g in expected[0].values()) if fmt == "trig" else len(expected[1])
    assert count == want


def test_jsonld_is_compacted_with_the_published_context(store_path):
    document = json.loads(export(store_path, "--format", "jsonld"))
    published = json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    assert document["@context"] == published
    person = next(n for n in document["@graph"] if n["@id"] == "id:person/ha-kim-ngoc")
    assert person["@type"] == "rg:Person" and {"@language": "vi", "@value": "Hà Kim Ngọc"} in person["rdfs:label"]


def test_one_source_and_no_provenance(store_path, expected):
    source = "https://w3id.org/rightsgraph/id/source/vna-2022-midterm-report-launch"
    back = Graph().parse(data=export(store_path, "--format", "nt", "--graph", "vna-2022-midterm-report-launch"),
                         format="nt")
    assert isomorphic(back, expected[0][source])
    bare = Graph().parse(data=export(store_path, "--format", "nt", "--no-provenance"), format="nt")
    assert not list(bare.triples((None, RG.quote, None))) and not list(bare.triples((URIRef(source), None, None)))
    kept = {t for t in expected[1] if t[1] not in (RG.quote, RG.sourceRow) and str(t[0]) not in expected[0]}
    assert set(bare) == kept


def test_an_unknown_source_lists_the_sources(store_path):
    result = CliRunner().invoke(main, ["export", "--store", str(store_path), "--graph", "no-such-source"])
    assert result.exit_code == 1 and "no source graph 'no-such-source'" in result.output
    assert "vna-2022-midterm-report-launch" in result.output


def test_a_file_is_written_whole(store_path, tmp_path):
    target = tmp_path / "out" / "dump.trig"
    result = CliRunner().invoke(main, ["export", "--store", str(store_path), "--format", "trig", "-o", str(target)])
    assert result.exit_code == 0 and target.read_bytes() == export(store_path, "--format", "trig")
    # the file and its description, and no temporary file left beside them
    assert sorted(p.name for p in target.parent.iterdir()) == ["dump.trig", "dump.trig.void.ttl"]


def test_every_dump_comes_with_its_void_and_dcat_description(store_path, tmp_path):
    from rdflib import DCAT, DCTERMS, VOID

    target = tmp_path / "release.nq"
    args = ["export", "--store", str(store_path), "--format", "nquads", "-o", str(target),
            "--dump-url", "https://example.org/rightsgraph/release.nq", "--endpoint", "https://example.org/sparql"]
    assert CliRunner().invoke(main, args).exit_code == 0
    held = _held(target, "nquads")
    description = Graph().parse(tmp_path / "release.nq.void.ttl", format="turtle")
    dataset = description.value(None, VOID.dataDump, URIRef("https://example.org/rightsgraph/release.nq"))
    assert int(description.value(dataset, VOID.triples)) == held["statements"]
    assert description.value(dataset, DCTERMS.license) is not None
    assert description.value(dataset, VOID.sparqlEndpoint) == URIRef("https://example.org/sparql")
    assert (dataset, VOID.exampleResource, URIRef("https://w3id.org/rightsgraph/id/person/ha-kim-ngoc")) in description
    assert description.value(dataset, DCTERMS.isPartOf) == URIRef("https://w3id.org/rightsgraph/id/dataset")
    dist = description.value(dataset, DCAT.distribution)
    assert str(description.value(dist, DCAT.mediaType)).endswith("application/n-quads")
    persons = next(p for p in description.objects(dataset, VOID.classPartition)
                   if description.value(p, VOID["class"]) == RG.Person)
    assert int(description.value(persons, VOID.entities)) == held["entities"][str(RG.Person)]


W3C_FORMATS = {"turtle": "Turtle", "trig": "TriG", "nt": "N-Triples", "nquads": "N-Quads", "jsonld": "JSON-LD",
               "rdfxml": "RDF_XML"}  # https://www.w3.org/ns/formats/
SOURCE = "https://w3id.org/rightsgraph/id/source/vna-2022-midterm-report-launch"


def _held(path, fmt: str) -> dict:
    """What a dump file holds, read back with pyoxigraph: statements, per named graph, and the merged figures."""
    import pyoxigraph as ox

    syntax = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
              "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}[fmt]
    parsed = list(ox.parse(path=path, format=syntax))
    graphs: dict[str, int] = {}
    for q in parsed:
        if isinstance(q.graph_name, ox.NamedNode):
            graphs[q.graph_name.value] = graphs.get(q.graph_name.value, 0) + 1
    typed: dict[str, set] = {}
    for q in parsed:
        if q.predicate.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type":
            typed.setdefault(q.object.value, set()).add(q.subject)
    return {"statements": len(parsed), "graphs": graphs, "subjects": len({q.subject for q in parsed}),
            "properties": len({q.predicate for q in parsed}), "entities": {c: len(s) for c, s in typed.items()}}


def _description(path) -> tuple[Graph, URIRef]:
    """The description beside a dump, and the dataset in it that names the dump as its data dump."""
    from rdflib import VOID

    description = Graph().parse(path.with_name(path.name + ".void.ttl"), format="turtle")
    return description, description.value(None, VOID.dataDump, URIRef(path.resolve().as_uri()))


@pytest.mark.parametrize("selection", [[], ["--graph", "vna-2022-midterm-report-launch"], ["--no-provenance"]],
                         ids=["all", "graph", "no-provenance"])
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_description_beside_a_dump_counts_what_the_file_holds(store_path, seed, tmp_path, fmt, selection):
    from rdflib import DCTERMS, VOID

    target = tmp_path / f"dump.{FORMATS[fmt]}"
    result = CliRunner().invoke(main, ["export", "--store", str(store_path), "--format", fmt, "-o", str(target),
                                       *selection])
    assert result.exit_code == 0, result.output
    held = _held(target, fmt)
    assert f"wrote {target}: {held['statements']} statements" in result.stderr
    description, dataset = _description(target)
    assert dataset is not None
    figures = {VOID.triples: "statements", VOID.distinctSubjects: "subjects", VOID.properties: "properties"}
    for prop, key in figures.items():
        assert int(description.value(dataset, prop)) == held[key], prop
    assert int(description.value(dataset, VOID.classes)) == len(held["entities"])
    partitions = {str(description.value(p, VOID["class"])): int(description.value(p, VOID.entities))
                  for p in description.objects(dataset, VOID.classPartition)}
    assert partitions == held["entities"]
    assert set(description.objects(dataset, VOID.feature)) == {
        URIRef("http://www.w3.org/ns/formats/" + W3C_FORMATS[fmt])}
    subsets = list(description.objects(dataset, VOID.subset))
    counts = {str(description.value(s, DCTERMS.source)): int(description.value(s, VOID.triples)) for s in subsets}
    assert counts == held["graphs"] and len(subsets) == len(counts)  # one subset per graph; none when merged
    if fmt in ("trig", "nquads"):
        assert sum(counts.values()) == held["statements"] and counts
        import pyoxigraph as ox

        for subset in subsets:  # each with its source's own title, as the store states it
            graph = ox.NamedNode(str(description.value(subset, DCTERMS.source)))
            titles = {q.object.value for q in seed.quads(graph, ox.NamedNode(str(DCTERMS.title)), graph=graph.value)}
            assert (str(description.value(subset, DCTERMS.title)) in titles) if titles else True
    if selection and selection[0] == "--graph":
        assert set(held["graphs"]) <= {SOURCE}
        assert description.value(dataset, DCTERMS.source) == URIRef(SOURCE)


def test_dumps_side_by_side_keep_their_own_descriptions(store_path, tmp_path):
    from rdflib import VOID

    written = {}
    for fmt in ("trig", "turtle", "nt"):
        target = tmp_path / f"full.{FORMATS[fmt]}"
        assert CliRunner().invoke(main, ["export", "--store", str(store_path), "--format", fmt,
                                         "-o", str(target)]).exit_code == 0
        written[fmt] = target
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        name for t in written.values() for name in (t.name, t.name + ".void.ttl"))
    for fmt, target in written.items():
        description, dataset = _description(target)
        assert int(description.value(dataset, VOID.triples)) == _held(target, fmt)["statements"]
        assert description.value(dataset, VOID.feature) == URIRef("http://www.w3.org/ns/formats/" + W3C_FORMATS[fmt])
    assert len({_description(t)[1] for t in written.values()}) == len(written)  # three datasets, not one


def test_the_store_description_has_one_subset_per_graph(store_path, seed):
    """`rightsgraph void`: the served default graph's figures, and every named graph its own subset."""
    from rdflib import DCTERMS, VOID

    result = CliRunner().invoke(main, ["void", "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    description = Graph().parse(data=result.stdout, format="turtle")
    dataset = URIRef("https://w3id.org/rightsgraph/id/dataset")
    served = sum(1 for _ in seed.quads(None, None, None, merged=True))
    assert int(description.value(dataset, VOID.triples)) == served
    counts = {str(description.value(s, DCTERMS.source)): int(description.value(s, VOID.triples))
              for s in description.objects(dataset, VOID.subset)}
    assert counts == {g: sum(1 for _ in seed.quads(graph=g)) for g in seed.graphs()}


def test_graphs_and_classes_named_alike_get_subsets_and_partitions_of_their_own():
    """Candidate graphs all end in /candidates, and classes may share a local name: each still has its own."""
    import pyoxigraph as ox
    from rdflib import DCTERMS, RDF, VOID

    from rightsgraph.publish.export import statements
    from rightsgraph.publish.void import describe, describe_dump
    from rightsgraph.store import GraphStore

    store = GraphStore.memory()
    base = "https://w3id.org/rightsgraph/id/"
    graphs = [base + "source/a/candidates", base + "source/b/candidates", "http://example.org/b/candidates"]
    classes = ["http://example.org/a/Thing", "http://example.org/b/Thing"]
    for i, graph in enumerate(graphs):
        store.add_quads((URIRef(f"{base}thing/{j}"), RDF.type, URIRef(classes[j % 2]), URIRef(graph))
                        for j in range(i + 1))
    want = {g: sum(1 for _ in store.quads(graph=g)) for g in graphs}
    rows = statements(store, "nquads")
    for description in (describe(store), describe_dump(store, rows, "nquads", "https://example.org/x.nq", "x.nq")):
        subsets = list(description.objects(None, VOID.subset))
        assert len(subsets) == len(graphs)
        assert {str(description.value(s, DCTERMS.source)): int(description.value(s, VOID.triples))
                for s in subsets} == want
    # the dump's class partitions (the store's count its default graph, which leaves candidates out)
    parts = {str(description.value(p, VOID["class"])): int(description.value(p, VOID.entities))
             for p in description.objects(None, VOID.classPartition)}
    assert parts == {c: len({q.subject for q in store.quads(None, None, ox.NamedNode(c))})
                     for c in classes}


def test_the_format_registry_names_each_format_once():
    import pyoxigraph as ox

    keys = [key for f in formats.FORMATS for key in f.keys]
    assert len(keys) == len(set(keys))
    for f in formats.FORMATS:
        assert formats.get(f.name) is f and formats.get(f.extension) is f
        assert all(formats.get(alias) is f for alias in f.aliases)
        assert f.media_type == f.syntax.media_type.split(";")[0]
    assert formats.get("json-ld").name == "jsonld" and formats.get("ttl").name == "turtle"
    assert formats.get("nq", formats.DATASET).syntax == ox.RdfFormat.N_QUADS
    with pytest.raises(LookupError, match="choose one of json, xml, csv, tsv"):
        formats.get("turtle", formats.RESULTS)
    assert list(FORMATS) == list(formats.names(formats.GRAPH, formats.DATASET))


def test_line_formats_are_what_pyoxigraph_writes(store_path):
    """N-Triples and N-Quads are written from the terms pyoxigraph dumped: serialising them again with
    pyoxigraph gives the same bytes."""
    import pyoxigraph as ox

    for fmt, syntax in (("nt", ox.RdfFormat.N_TRIPLES), ("nquads", ox.RdfFormat.N_QUADS)):
        data = export(store_path, "--format", fmt)
        assert ox.serialize(ox.parse(data, syntax), format=syntax) == data


def test_the_jsonld_context_is_generated_from_the_ontology():
    """ontology/context.jsonld is up to date, and every property of the ontology has its term."""
    from rdflib import OWL, RDF, RDFS

    from rightsgraph.namespaces import PREFIXES
    from rightsgraph.rdfwriter import context_document

    published = ontology_dir() / "context.jsonld"
    assert published.read_text(encoding="utf-8") == context_document(), \
        "run `.venv/bin/python -m rightsgraph.rdfwriter > ontology/context.jsonld`"
    context = json.loads(published.read_text(encoding="utf-8"))["@context"]
    ontology = Graph().parse(ontology_dir() / "rightsgraph.ttl", format="turtle")
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in ontology.subjects(RDF.type, kind):
            name = str(prop).removeprefix(str(RG))
            if name in PREFIXES:
                assert name not in context or isinstance(context[name], str)  # the prefix wins: rg:sdg
                continue
            assert context[name]["@id"] == "rg:" + name
            if kind == OWL.ObjectProperty:
                assert context[name]["@type"] == "@id", name
            elif context[name].get("@type"):
                assert ontology.value(prop, RDFS.range) == URIRef(context[name]["@type"].replace(
                    "xsd:", "http://www.w3.org/2001/XMLSchema#")), name
    for name in ("holder", "post", "stateUnderReview", "recommendingState"):
        assert context[name] == {"@id": "rg:" + name, "@type": "@id"}
    assert context["earliest"] == {"@id": "rg:earliest", "@type": "xsd:date"}
    assert context["termStart"] == {"@id": "rg:termStart", "@type": "xsd:gYear"}
    assert context["text"] == {"@id": "rg:text"}  # rdf:langString: no type to give


def test_jsonld_nodes_use_the_terms(store_path):
    document = json.loads(export(store_path, "--format", "jsonld"))
    nodes = {n["@id"]: n for n in document["@graph"]}
    holding = nodes["id:holding/antonio-guterres--un-secretary-general"]
    assert holding["holder"] == "id:person/antonio-guterres" and holding["post"] == "id:post/un-secretary-general"
    terms = {name for name, term in document["@context"].items() if isinstance(term, dict)}
    assert not any(key.startswith("rg:") and key[3:] in terms for n in nodes.values() for key in n)


HOSTILE = ['"} ; DROP ALL ; #', "line\nbreak\rcr\ttab\x01\x7f", "back\\slash \\u0041 \\n", "Bùi Thanh Sơn 🇻🇳",
           "\u2028 and \u2029", "", " ", "id:person/x", "rg:Person"]


def test_jsonld_round_trips_whatever_the_values():
    """Values that do not fit their term (a literal where an IRI is expected, a year where a date is), escapes,
    blank nodes, IRIs under no prefix, a literal as a class: JSON-LD read back by rdflib (with the context)
    and by pyoxigraph is the graph that was written."""
    import pyoxigraph as ox
    from rdflib import XSD, BNode

    from rightsgraph.publish.export import serialise, statements
    from rightsgraph.store import GraphStore

    base = "https://w3id.org/rightsgraph/id/"
    g = URIRef(base + "source/test")
    s, other = URIRef(base + "thing/a"), URIRef("urn:isbn:0451450523")
    blank = BNode("b1")
    rdf_type = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    statements_in = [(s, RG.holder, URIRef(base + "person/x")), (s, RG.holder, Literal("not an IRI")),
                     (s, RG.holder, blank), (s, RG.earliest, Literal("2024-05-07", datatype=XSD.date)),
                     (s, RG.earliest, Literal("2024", datatype=XSD.gYear)), (s, RG.earliest, Literal("soon")),
                     (s, RG.rows, Literal("007", datatype=XSD.integer)), (s, rdf_type, RG.Person),
                     (s, rdf_type, Literal("a literal class")), (other, RG.text, Literal("x", lang="en-gb")),
                     (blank, URIRef("http://example.org/p#q"), other), (s, RG.sdg, URIRef("http://metadata.un.org/sdg/1")),
                     (s, URIRef(base + "odd"), Literal("x", datatype=URIRef("http://example.org/dt")))]
    statements_in += [(s, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal(text, lang="vi"))
                      for text in HOSTILE]
    statements_in += [(other, RG.text, Literal(text)) for text in HOSTILE]
    store = GraphStore.memory()
    store.add_quads((a, b, c, g) for a, b, c in statements_in)
    store.merge_sources()
    data = "".join(serialise(statements(store, "jsonld"), "jsonld"))
    written = Graph()
    for t in statements_in:
        written.add(t)
    assert isomorphic(Graph().parse(data=data, format="json-ld"), written)
    back = list(ox.parse(data.encode(), ox.RdfFormat.JSON_LD))
    assert len(back) == len(written)
    assert data == "".join(serialise(statements(store, "jsonld"), "jsonld"))


@pytest.fixture(scope="module")
def hostile_store():
    """A small store with the values results writers get wrong: escapes, languages, types, blank nodes."""
    from rdflib import BNode
    from rdflib.namespace import XSD

    from rightsgraph.store import GraphStore

    store = GraphStore.memory()
    g = URIRef("https://w3id.org/rightsgraph/id/source/test")
    for i, text in enumerate(HOSTILE):
        s = URIRef(f"https://w3id.org/rightsgraph/id/thing/{i}")
        store.add_quads([(s, RG.text, Literal(text, lang="vi"), g),
                         (s, RG.rows, Literal(str(i), datatype=XSD.integer), g)])
        if i % 2:
            store.add_quads([(s, RG.about, BNode(f"b{i}"), g)])
    store.merge_sources()
    return store


SELECT = ("SELECT ?s ?text ?n ?about WHERE { ?s <https://w3id.org/rightsgraph/ontology#text> ?text ; "
          "<https://w3id.org/rightsgraph/ontology#rows> ?n OPTIONAL { ?s <https://w3id.org/rightsgraph/ontology#about> "
          "?about } } ORDER BY ?n")


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_query_results_are_written_by_pyoxigraph_whatever_their_origin(hostile_store, fmt):
    """rdflib's result of a query (the store's, a remote endpoint's) is written exactly as pyoxigraph writes
    its own result of the same query; a row limit cuts it and says so."""
    from rightsgraph.library.results import serialise

    native = hostile_store.select(SELECT).serialize(format=formats.get(fmt).syntax)
    assert serialise(hostile_store.select(SELECT), fmt) == (native, False)
    assert serialise(hostile_store.query(SELECT), fmt) == (native, False)
    limited = hostile_store.select(SELECT + " LIMIT 3").serialize(format=formats.get(fmt).syntax)
    every = len(list(hostile_store.select(SELECT)))
    for fresh in (lambda: hostile_store.select(SELECT), lambda: hostile_store.query(SELECT)):
        assert serialise(fresh(), fmt, max_rows=3) == (limited, True)
        assert serialise(fresh(), fmt, max_rows=every) == (native, False)
    if fmt in ("json", "xml"):
        for answer in (hostile_store.select("ASK { ?s ?p ?o }"), hostile_store.query("ASK { ?s ?p ?o }")):
            assert serialise(answer, fmt)[0] == hostile_store.select("ASK { ?s ?p ?o }").serialize(
                format=formats.get(fmt).syntax)


def test_graph_results_are_written_as_exports_are(hostile_store):
    from rightsgraph.library.results import serialise

    text = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    for fmt in ("turtle", "nt", "jsonld"):
        ours = serialise(hostile_store.query(text), fmt)
        assert ours == serialise(hostile_store.select(text), fmt) and ours[1] is False
        back = Graph().parse(data=ours[0], format=RDFLIB_FORMAT[fmt])
        assert isomorphic(back, hostile_store.query(text).graph)

