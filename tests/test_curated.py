"""Curated data: every kind of bad input is refused with file, line and value, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from conftest import ID, SEEDS
from rightsgraph import build as builder
from rightsgraph.errors import DataError, UnknownNameError
from rightsgraph.resources import curated_files
from rightsgraph.yamlfile import load_yaml

ARTICLE = "sources/vietnamnet-2024-upr-dialogue.yaml"


def _edit(data: Path, name: str, old: str, new: str) -> Path:
    path = data / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_unknown_reference_names_file_line_value_and_suggests(data_copy):
    path = _edit(data_copy, ARTICLE, "holder: person/do-hung-viet", "holder: person/do-hung-vit")
    with pytest.raises(UnknownNameError) as err:
        builder.compile_curated(curated_files(data_copy))
    assert err.value.path == path and err.value.line == _line_of(path, "person/do-hung-vit")
    assert err.value.value == "person/do-hung-vit"
    assert "person/do-hung-viet" in str(err.value)  # the closest known id


def test_reference_of_the_wrong_type(data_copy):
    path = _edit(data_copy, ARTICLE, "holder: person/do-hung-viet", "holder: state/vnm")
    with pytest.raises(DataError, match="must refer to a Person") as err:
        builder.compile_curated(curated_files(data_copy))
    assert err.value.line == _line_of(path, "holder: state/vnm")


@pytest.mark.parametrize("bad", ["2019-02-30", "2024-13", "May 2024", "24-05-07"])
def test_bad_date(data_copy, bad):
    path = _edit(data_copy, ARTICLE, "start: 2024-04-29", f"start: {bad}")
    with pytest.raises(DataError, match="'start'") as err:
        builder.compile_curated(curated_files(data_copy))
    assert err.value.line == _line_of(path, f"start: {bad}") and err.value.value == bad


def test_malformed_yaml_says_where(data_copy):
    path = _edit(data_copy, ARTICLE, "    number: 46\n", "    number: [46\n")
    with pytest.raises(DataError, match="malformed YAML") as err:
        builder.compile_curated(curated_files(data_copy))
    assert err.value.path == path and err.value.line is not None


def test_unknown_field_and_type(data_copy):
    path = _edit(data_copy, ARTICLE, "    attested: [2024-05]", "    atested: [2024-05]")
    with pytest.raises(DataError, match="did you mean attested") as err:
        builder.compile_curated(curated_files(data_copy))
    assert err.value.line == _line_of(path, "atested")
    _edit(data_copy, ARTICLE, "    atested: [2024-05]", "    attested: [2024-05]")
    _edit(data_copy, ARTICLE, "type: PostHolding", "type: PostHoldings")
    with pytest.raises(UnknownNameError, match="did you mean PostHolding"):
        builder.compile_curated(curated_files(data_copy))


def test_unknown_concept_lists_the_scheme(data_copy):
    _edit(data_copy, ARTICLE, "measure: states-reviewed", "measure: states-reveiwed")
    with pytest.raises(UnknownNameError, match=r"measure scheme; known: .*states-reviewed"):
        builder.compile_curated(curated_files(data_copy))


def test_misprinted_term_is_kept_but_an_impossible_one_refused(data_copy):
    _edit(data_copy, "sources/vov-active-responsible-human-rights.yaml", "term: 2014-2016", "term: 2016-2014")
    with pytest.raises(DataError, match="first year not after the last"):
        builder.compile_curated(curated_files(data_copy))


def test_wrong_encoding_is_refused_with_line(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("source:\n  id: x\n  title: Bùi Thanh Sơn\n".encode("cp1258"))  # Vietnamese Windows code page
    with pytest.raises(DataError, match="not valid UTF-8") as err:
        load_yaml(path)
    assert err.value.line == 3


def test_duplicate_key_is_refused(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text("source:\n  id: a\n  id: b\n", encoding="utf-8")
    with pytest.raises(DataError, match="duplicate key 'id'") as err:
        load_yaml(path)
    assert err.value.line == 3


def test_id_prefix_must_match_the_type(data_copy):
    _edit(data_copy, ARTICLE, "  - {type: Person, id: person/do-hung-viet, name: Do Hung Viet}",
          "  - {type: Organisation, id: person/do-hung-viet, name: Do Hung Viet}")
    with pytest.raises(DataError, match="starts with 'org/'"):
        builder.compile_curated(curated_files(data_copy))


def test_same_id_with_two_types_is_refused(data_copy):
    path = data_copy / ARTICLE
    path.write_text(path.read_text(encoding="utf-8") + "  - {type: UNBody, id: org/asean}\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"org/asean is declared as RegionalOrganisation in .*reference\.yaml") as err:
        builder.compile_curated(curated_files(data_copy))
    assert err.value.path == path


def test_same_input_gives_the_same_graph():
    first, second = builder.memory(), builder.memory()

    def dataset(store):
        ds = Dataset()  # one N-Quads document: parsed quad by quad, the default graph's triples were lost
        ds.parse(data="".join(f"{quad} .\n" for quad in store.quads()), format="nquads")
        return ds

    a, b = dataset(first), dataset(second)
    names = sorted(str(g.identifier) for g in a.graphs())
    assert names == sorted(str(g.identifier) for g in b.graphs())
    for name in names:
        assert isomorphic(a.graph(name), b.graph(name)), name


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the repository")
def test_every_quote_is_in_its_article_at_its_offsets():
    """Evidence is verbatim: built with the articles at hand, every quote of an article's records is found in
    that article, and its offsets point at the same words (compared here by folding case and spacing)."""
    from rightsgraph.text import fold

    compiler = builder.compile_curated(curated_files(), texts=SEEDS)
    copies = {s.id: s.data.get("local_copy") for s in compiler.sources()}
    quotes = {}
    for s, p, o, g in compiler.compile():
        if str(p).endswith("#quote") or str(p).endswith("#quoteStart") or str(p).endswith("#quoteEnd"):
            quotes.setdefault(s, {"graph": g})[str(p).rsplit("#", 1)[1]] = o
    checked = 0
    for evidence in quotes.values():
        copy = copies[str(evidence["graph"]).rsplit("/", 1)[1]]
        if not copy:
            continue
        text = (SEEDS / copy).read_text(encoding="utf-8")
        assert "quoteStart" in evidence, evidence
        found = text[int(evidence["quoteStart"]):int(evidence["quoteEnd"])]
        assert fold(found).replace("“", '"').replace("”", '"') == \
            fold(str(evidence["quote"])).replace("“", '"').replace("”", '"')
        checked += 1
    assert checked > 100


@pytest.mark.parametrize(("text", "message"), [
    ("a: &x \"" + "y" * 100_000 + "\"\nb: [*x, *x, *x, *x]\n", "aliases"),
    ("a: " + "[" * 50_000 + "]" * 50_000 + "\n", "nested"),
])
def test_yaml_that_would_explode_is_refused_with_its_line(tmp_path, text, message):
    from rightsgraph.errors import DataError
    from rightsgraph.yamlfile import load_yaml

    path = tmp_path / "bomb.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=message) as err:
        load_yaml(path)
    assert str(path) in str(err.value)


REFERENCE_GRAPHS = {ID + "source/rightsgraph-reference", ID + "source/rightsgraph-states"}


def _vietnamese_labels(store, by_reference: bool) -> dict[str, int]:
    """Resources with an English rdfs:label that the reference data (``reference.yaml``, ``states.csv``) does,
    or does not, give: how many distinct rdfs:labels in Vietnamese each has."""
    graphs: dict[str, set[str]] = {}
    for s, g in store.query('SELECT DISTINCT ?s ?g { GRAPH ?g { ?s rdfs:label ?l FILTER(LANG(?l) = "en") } }'):
        if str(s).startswith(ID):
            graphs.setdefault(str(s)[len(ID):], set()).add(str(g))
    counts = {str(s)[len(ID):]: int(n) for s, n in store.query(
        'SELECT ?s (COUNT(DISTINCT ?l) AS ?n) { ?s rdfs:label ?l FILTER(LANG(?l) = "vi") } GROUP BY ?s')}
    return {r: counts.get(r, 0) for r, gs in graphs.items() if bool(gs & REFERENCE_GRAPHS) == by_reference}


def test_every_state_and_reference_resource_has_one_vietnamese_label(seed):
    labels = _vietnamese_labels(seed, by_reference=True)
    assert len([r for r in labels if r.startswith("state/")]) == 195
    assert {r: n for r, n in labels.items() if n != 1} == {}


def test_every_resource_the_sources_name_has_one_vietnamese_label(seed):
    labels = _vietnamese_labels(seed, by_reference=False)
    assert labels and {r: n for r, n in labels.items() if n != 1} == {}
