"""OHCHR thematic lists (Slovenia, cycles II and IV): counts computed independently from the text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import URIRef

from conftest import ID
from rightsgraph.build import build
from rightsgraph.errors import DataError
from rightsgraph.store import GraphStore, read_meta
from rightsgraph.upr.ingest import ingest

REAL = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "slovenia-upr"
LISTS = {"cycle2_Thematic_List_of_Recommendations.md": 20, "cycle4_Thematic_List_of_Recommendations.md": 48}
pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realdata is not beside the repository")


def expected(name: str) -> dict:
    lines = (REAL / name).read_text(encoding="utf-8").splitlines()
    paras = [i for i, line in enumerate(lines) if re.match(r"^\d+\.\d+ ", line)]
    positions = [lines[i + 2].strip() for i in paras]  # the line after "Source of position"
    return {"paragraphs": len(paras), "supported": positions.count("Supported"), "noted": positions.count("Noted")}


@pytest.mark.parametrize("name", list(LISTS))
def test_paragraphs_and_positions(slovenia_store, name):
    want = expected(name)
    store = GraphStore.open(slovenia_store)
    g = URIRef(ID + "source/ohchr-list-" + re.sub(r"[^a-z0-9]+", "-", name.removesuffix(".md").lower()))
    rows = {str(r[0]).rsplit("/", 1)[1]: int(r[1]) for r in store.query(
        "SELECT ?c (COUNT(DISTINCT ?r) AS ?n) ?g WHERE { GRAPH ?g { ?r a rg:Recommendation ; rg:response ?c } } "
        "GROUP BY ?c ?g", {"g": g})}
    assert rows == {"supported": want["supported"], "noted": want["noted"]}
    assert sum(rows.values()) == want["paragraphs"]
    sessions = {int(r[0]) for r in store.query(
        "SELECT DISTINCT ?s ?g WHERE { GRAPH ?g { ?r rg:atSession/rg:sessionNumber ?s } }", {"g": g})}
    assert sessions == {LISTS[name]}


def test_joint_recommendation_keeps_every_state_and_its_paragraph(slovenia_store):
    store = GraphStore.open(slovenia_store)
    rows = list(store.query(
        "SELECT ?r ?doc (GROUP_CONCAT(?code; separator=',') AS ?codes) WHERE { ?r rg:paragraph '115.4' ; "
        "rg:documentSymbol ?doc ; rg:recommendingState/rg:iso3 ?code } GROUP BY ?r ?doc"))
    assert len(rows) == 1
    assert sorted(str(rows[0][2]).split(",")) == ["ESP", "PRT", "TUN"] and str(rows[0][1]) == "A/HRC/28/15/Add.1"


def test_themes_groups_and_sdgs(slovenia_store):
    store = GraphStore.open(slovenia_store)
    text = (REAL / "cycle4_Thematic_List_of_Recommendations.md").read_text(encoding="utf-8")
    block = text[text.index("\n140.8 "): text.index("\n140.9 ")]
    want_sdgs = {int(m) for m in re.findall(r"^- (\d+) - ", block, re.M)}
    rows = list(store.query("SELECT ?n WHERE { ?r rg:paragraph '140.8' ; rg:sdg/skos:notation ?n }"))
    assert {int(str(r[0])) for r in rows} == want_sdgs
    themes = {str(r[0]) for r in store.query(
        "SELECT ?l WHERE { ?r rg:paragraph '140.8' ; rg:theme/skos:prefLabel ?l }")}
    assert "Ratification of & accession to international instruments" in themes
    old = {(str(r[0]), str(r[1])) for r in store.query(
        "SELECT ?code ?l WHERE { ?r rg:paragraph '115.2' ; rg:theme ?t . ?t skos:notation ?code ; skos:prefLabel ?l }")}
    assert ("B32", "Racial discrimination") in old
    groups = {str(r[0]) for r in store.query("SELECT ?g WHERE { ?r rg:paragraph '115.2' ; rg:affectedGroup ?g }")}
    assert groups == {"minorities/ racial, ethnic, linguistic, religious or descent-based groups"}


def test_coded_sdg_lines_are_goals_not_themes():
    """The matrix form of an SDG line, also with a no-break space, and a code that contradicts its goal."""
    from rightsgraph.curation.states import default_index
    from rightsgraph.upr.importers import BadRow
    from rightsgraph.upr.importers.ohchr_list import entry

    china = default_index().resolve("China")
    lines = ["28.264 Ensure access to quality education for all children (Slovenia);",
             "Source of position: A/HRC/40/6/Add.1 - Para. 2", "Supported", "E51 Right to education - General",
             "S04 SDG 4 \u00a0- education", "S16 SDG 16 - peace, justice and strong institutions",
             "S Sustainable Development Goal implementation", "Affected persons:", "- children"]
    item = entry(lines, 1, 31, china, default_index(), Path("matrix.docx"))
    assert item.sdgs == (4, 16)
    assert item.issues == ("uhri-theme/e51", "uhri-theme/s")
    assert ("uhri-theme/s", "Sustainable Development Goal implementation", "S") in item.concepts
    wrong = entry([*lines[:4], "S04 SDG 5 - gender equality"], 7, 31, china, default_index(), Path("matrix.docx"))
    assert isinstance(wrong, BadRow) and "S04" in wrong.message and wrong.line == 7


def test_unknown_recommending_state_names_the_paragraph(tmp_path):
    path = tmp_path / "rg"
    build(path)
    before = read_meta(path)
    text = (REAL / "cycle2_Thematic_List_of_Recommendations.md").read_text(encoding="utf-8")
    broken = tmp_path / "list.md"
    broken.write_text(text.replace("(Portugal, Slovakia);", "(Portugal, Slovakland);"), encoding="utf-8")
    with pytest.raises(DataError, match="Slovakland") as err:
        ingest("ohchr-list", [broken], path)
    assert err.value.line == text[: text.index("115.3 Ratify")].count("\n") + 1
    assert read_meta(path) == before


def test_not_a_thematic_list(tmp_path):
    path = tmp_path / "rg"
    build(path)
    with pytest.raises(DataError, match="not an OHCHR thematic list"):
        ingest("ohchr-list", [REAL / "cycle4_recommendations_by_category.md"], path)
