"""Dumps: every format parses back isomorphic, byte-identical across runs and rebuilds, and Raptor accepts them."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from rightsgraph.build import build
from rightsgraph.cli import main
from rightsgraph.export import FORMATS
from rightsgraph.namespaces import RG
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
    for q in seed.ox.quads_for_pattern(None, None, None, None):
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


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_same_graph_gives_byte_identical_files(store_path, tmp_path, fmt):
    first = export(store_path, "--format", fmt)
    other = tmp_path / "rebuilt"
    build(other)  # a separate build of the same data
    assert export(other, "--format", fmt) == first == export(store_path, "--format", fmt)


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
    assert sorted(p.name for p in target.parent.iterdir()) == ["dump.trig", "dump.void.ttl"]


def test_every_dump_comes_with_its_void_and_dcat_description(store_path, expected, tmp_path):
    from rdflib import DCAT, DCTERMS, VOID

    target = tmp_path / "release.nq"
    args = ["export", "--store", str(store_path), "--format", "nquads", "-o", str(target),
            "--dump-url", "https://example.org/rightsgraph/release.nq", "--endpoint", "https://example.org/sparql"]
    assert CliRunner().invoke(main, args).exit_code == 0
    description = Graph().parse(tmp_path / "release.void.ttl", format="turtle")
    dataset = next(s for s in description.subjects(VOID.subset, None))
    assert int(description.value(dataset, VOID.triples)) == len(expected[1])
    assert description.value(dataset, DCTERMS.license) is not None
    assert description.value(dataset, VOID.dataDump) == URIRef("https://example.org/rightsgraph/release.nq")
    assert description.value(dataset, VOID.sparqlEndpoint) == URIRef("https://example.org/sparql")
    assert (dataset, VOID.exampleResource, URIRef("https://w3id.org/rightsgraph/id/person/ha-kim-ngoc")) in description
    dist = description.value(dataset, DCAT.distribution)
    assert str(description.value(dist, DCAT.mediaType)).endswith("application/n-quads")
    subsets = {str(description.value(s, DCTERMS.source)): int(description.value(s, VOID.triples))
               for s in description.objects(dataset, VOID.subset)}
    assert subsets == {name: len(graph) for name, graph in expected[0].items()}
    persons = next(p for p in description.objects(dataset, VOID.classPartition)
                   if description.value(p, VOID["class"]) == RG.Person)
    assert int(description.value(persons, VOID.entities)) == len(set(expected[1].subjects(
        URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), RG.Person)))
