"""UHRI CSV exports, on a fixture in the export's layout (tests/fixtures/uhri-viet-nam.csv)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from rightsgraph.errors import DataError
from rightsgraph.store import GraphStore, read_meta
from rightsgraph.upr.ingest import ingest

FIXTURE = Path(__file__).parent / "fixtures" / "uhri-viet-nam.csv"


def expected() -> Counter:
    with open(FIXTURE, encoding="utf-8-sig", newline="") as handle:
        return Counter(r["UPR Position"] for r in csv.DictReader(handle) if r["Reccomending Body"] == "UPR")


@pytest.fixture
def store(built) -> Path:
    """A store of the bundled data of this test's own (conftest's copy of a store built once)."""
    return built


def test_upr_rows_become_recommendations_of_the_right_review(store):
    ingest("uhri", [FIXTURE], store)
    graph = GraphStore.open(store)
    got = Counter({str(r[0]).rsplit("/", 1)[1].capitalize(): int(r[1]) for r in graph.query(
        "SELECT ?c (COUNT(?r) AS ?n) WHERE { GRAPH id:source\\/uhri-uhri-viet-nam { ?r rg:response ?c } } "
        "GROUP BY ?c")})
    assert got == expected()
    reviews = {str(r[0]) for r in graph.query("SELECT DISTINCT ?v WHERE { ?r a rg:Recommendation ; rg:review ?v }")}
    # session 32 is in cycle III: the recommendations join the seed's review of Viet Nam
    assert reviews == {"https://w3id.org/rightsgraph/id/review/vnm-cycle-3"}
    sdgs = {int(str(r[0])) for r in graph.query("SELECT ?n WHERE { ?r rg:paragraph '38.3' ; rg:sdg/skos:notation ?n }")}
    assert sdgs == {4, 10}
    themes = {str(r[0]) for r in graph.query("SELECT ?l WHERE { ?r rg:paragraph '38.2' ; rg:theme/skos:prefLabel ?l }")}
    assert themes == {"Women's rights", "Equality & non-discrimination"}


def test_truncated_export_is_refused(store, tmp_path):
    data = FIXTURE.read_bytes()
    cut = tmp_path / "cut.csv"
    cut.write_bytes(data[: data.index(b"38.4") + 10])
    before = read_meta(store)
    with pytest.raises(DataError) as err:
        ingest("uhri", [cut], store)
    assert err.value.path == cut and err.value.line >= 5
    assert read_meta(store) == before


def test_unknown_state_is_refused_with_its_row(store, tmp_path):
    broken = tmp_path / "broken.csv"
    broken.write_text(FIXTURE.read_text(encoding="utf-8-sig").replace("Denmark", "Danemark"), encoding="utf-8")
    with pytest.raises(DataError, match="Danemark") as err:
        ingest("uhri", [broken], store)
    assert err.value.line == 2 and "Denmark" in str(err.value)
