"""OHCHR matrix (.docx, China cycle II) and matching across sources, counts computed from the XML directly."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from rightsgraph.build import build
from rightsgraph.errors import DataError
from rightsgraph.ingest import ingest
from rightsgraph.store import GraphStore

REAL = Path(__file__).resolve().parents[2] / "shared" / "realdata"
MATRIX = REAL / "china-upr-matrix" / "Matrix_recommendations_2013.docx"
G = "GRAPH id:source\\/ohchr-matrix-matrix-recommendations-2013"
pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realdata is not beside the repository")


def expected_rows() -> list[tuple[str, str]]:
    """(first-cell text, position) of every recommendation row, by regular expressions over the XML."""
    xml = zipfile.ZipFile(MATRIX).read("word/document.xml").decode("utf-8")
    rows = []
    for row in re.findall(r"<w:tr[ >].*?</w:tr>", xml, re.S):
        cells = [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<w:tc>.*?</w:tc>", row, re.S)]
        if len(cells) >= 3 and re.match(r"\s*\d+\.\d+", cells[0]):
            rows.append((cells[0], cells[1].strip()))
    return rows


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    path = tmp_path_factory.mktemp("matrix") / "rg"
    build(path)
    ingest("ohchr-matrix", [MATRIX], path)
    ingest("upr-info", [REAL / "uprinfo-terman" / "uprinfo-v2" / "14-17.csv"], path)
    return GraphStore.open(path)


def test_rows_and_positions(both):
    rows = expected_rows()
    got = {str(r[0]).rsplit("/", 1)[1]: int(r[1]) for r in both.query(
        f"SELECT ?c (COUNT(DISTINCT ?r) AS ?n) WHERE {{ {G} {{ ?r a rg:Recommendation ; rg:response ?c }} }} "
        "GROUP BY ?c")}
    assert got == {"supported": sum(p == "Supported" for _, p in rows), "noted": sum(p == "Noted" for _, p in rows)}
    assert sum(got.values()) == len(rows)


def test_state_session_and_document_from_the_document(both):
    rows = list(both.query(f"SELECT DISTINCT ?s ?n ?doc WHERE {{ {G} {{ ?r rg:stateUnderReview ?s ; "
                           "rg:atSession/rg:sessionNumber ?n ; rg:documentSymbol ?doc } }"))
    assert [(str(r[0]).rsplit("/", 1)[1], int(r[1]), str(r[2])) for r in rows] == [("chn", 17, "A/HRC/25/5/Add.1")]


def test_same_recommendation_from_two_sources_is_one_resource_with_both_provenances(both):
    rows = list(both.query(
        f"SELECT ?r ?para ?row WHERE {{ {G} {{ ?r rg:paragraph ?para }} "
        "GRAPH id:source\\/upr-info-14-17 { ?r rg:sourceRow ?row } }"))
    assert len(rows) > 200  # most single-state recommendations are matched
    para = {str(r[1]): int(r[2]) for r in rows}
    # 186.28 (Mongolia) is in the UPR Info export too, at a row of its own
    assert "186.28" in para and para["186.28"] > 1


def test_not_a_docx(tmp_path):
    path = tmp_path / "rg"
    build(path)
    fake = tmp_path / "fake.docx"
    fake.write_text("not a zip", encoding="utf-8")
    with pytest.raises(DataError, match=r"not a \.docx"):
        ingest("ohchr-matrix", [fake], path)
