"""Query files: headers, typed parameters bound as RDF terms (never pasted), hostile values stay data."""

from __future__ import annotations

import re

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from rightsgraph.errors import QueryError
from rightsgraph.library.queryfile import parse_query_file, to_term
from rightsgraph.resources import queries_dir

BY_LABEL = "# param: n (string) -- a label\nSELECT ?n ?s WHERE { ?s rdfs:label ?l FILTER(STR(?l) = ?n) }"
HOSTILE = ['"} ; DROP ALL ; #', "> } UNION { ?s ?p ?o", '""" \n newline > < \\ ', "Bùi Thanh Sơn 🇻🇳 <img src=x>"]


def test_every_library_query_has_a_header_and_runs(seed):
    for path in sorted(queries_dir().glob("*.rq")):
        query = parse_query_file(path.read_text(encoding="utf-8"), path.stem, path)
        assert query.title and query.description and query.group and query.examples, path.name
        rows = [tuple(row) for row in seed.query(query.text, query.bindings({}))]
        # the seed graph has no recommendation-level data, votes nor ratifications: those queries are tested in
        # test_library, test_ingest_hrc and test_treaties
        if path.stem != "unsourced-resources" and not re.search(
                r"a rg:(Recommendation|SimilarityLink)|rg:(voter|concernsState) |rg:ofTreaty|rg:concernsInstrument",
                query.text):
            assert rows, path.name
        assert len(rows) == len(set(rows)), f"{path.name} repeats rows"


@pytest.mark.parametrize("value", HOSTILE)
def test_string_parameter_is_bound_as_a_literal(seed, value):
    before = len(seed)
    query = parse_query_file(BY_LABEL)
    rows = list(seed.query(query.text, query.bindings({"n": value})))
    assert [(str(r[0]), r[1]) for r in rows] == []  # no label equals the hostile text: it was matched as data
    assert len(seed) == before  # and nothing was dropped or added


def test_string_parameter_matches_exact_text(seed):
    query = parse_query_file(BY_LABEL)
    rows = list(seed.query(query.text, query.bindings({"n": "Hà Kim Ngọc"})))
    assert [str(r[1]) for r in rows] == ["https://w3id.org/rightsgraph/id/person/ha-kim-ngoc"]


@pytest.mark.parametrize("value", HOSTILE[:2])
def test_hostile_iri_is_refused(value):
    with pytest.raises(QueryError, match="must be a iri"):
        to_term(value, "iri", "x")


def test_types():
    assert to_term("id:person/x", "iri") == URIRef("https://w3id.org/rightsgraph/id/person/x")
    assert to_term("<http://example.org/a>", "iri") == URIRef("http://example.org/a")
    assert to_term("42", "integer") == Literal(42, datatype=XSD.integer)
    assert to_term("2024-05", "date") == Literal("2024-05", datatype=XSD.gYearMonth)
    assert to_term("Việt Nam@vi", "text") == Literal("Việt Nam", lang="vi")
    for bad, kind in [("4x", "integer"), ("2024-02-30", "date"), ("maybe", "boolean")]:
        with pytest.raises(QueryError):
            to_term(bad, kind, "p")


def test_bad_header_is_reported():
    with pytest.raises(QueryError, match="bad param header"):
        parse_query_file("# param: x (colour) = red\nSELECT * {}")


def test_hostile_text_survives_build_and_query_exactly(tmp_path, data_copy):
    """Quotes, triple quotes, angle brackets, newlines, diacritics and emoji round-trip unchanged."""
    from rightsgraph.build import build
    from rightsgraph.store import GraphStore

    name = 'Nguyễn "Văn" \'A\' """ triple """ <b>x</b> > } UNION { ?s ?p ?o }\nline two\ttab 🇻🇳 😀 \\ end'
    path = data_copy / "sources" / "vietnamnet-2024-upr-dialogue.yaml"
    import json

    record = "  - {type: Person, id: person/hostile, name: {vi: " + json.dumps(name, ensure_ascii=False) + "}}\n"
    path.write_text(path.read_text(encoding="utf-8") + record, encoding="utf-8")
    build(tmp_path / "rg", data_copy)
    store = GraphStore.open(tmp_path / "rg")
    query = parse_query_file(BY_LABEL)
    rows = list(store.query(query.text, query.bindings({"n": name})))
    assert [str(r[1]) for r in rows] == ["https://w3id.org/rightsgraph/id/person/hostile"]
    hostile = "<https://w3id.org/rightsgraph/id/person/hostile>"
    label = next(iter(store.query(f"SELECT ?l WHERE {{ {hostile} rdfs:label ?l }}")))
    assert str(label[0]) == name and label[0].language == "vi"
