"""One recommendation is counted once, and every recommending state is credited.

UPR Info's per-state rows are matched to the UN document's (joint, clustered) paragraphs of the same
review.  The expected figures are computed from the source files here, with csv, zipfile and regular
expressions, not with the importers.
"""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

from conftest import ID, REAL, run_query, upr_info_file, write_china_cycle_2
from rightsgraph.cli import main
from rightsgraph.curation.states import default_index
from rightsgraph.errors import UnknownNameError
from rightsgraph.store import GraphStore
from rightsgraph.upr.importers.ohchr_list import split_states
from rightsgraph.upr.ingest import ingest
from rightsgraph.upr.reconcile import report
from rightsgraph.upr.sources import remove

MATRIX = REAL / "china-upr-matrix" / "Matrix_recommendations_2013.docx"
UPR_14_17 = REAL / "uprinfo-terman" / "uprinfo-v2" / "14-17.csv"
SLOVENIA_2 = REAL / "slovenia-upr" / "cycle2_Thematic_List_of_Recommendations.md"
real = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realdata is not beside the repository")
CREDIT = re.compile(r"\(((?:[^()]|\([^()]*\))+)\)\s*(?=;|$)")  # a bracket closing a piece, one nesting level


def _matrix_paragraphs(matrix: Path = MATRIX) -> dict[str, str]:
    """Paragraph number -> recommendation text (up to its 'Source of position'), from the .docx."""
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ElementTree.fromstring(zipfile.ZipFile(matrix).read("word/document.xml"))
    out = {}
    for row in root.find(f".//{w}tbl").findall(w + "tr"):
        cells = row.findall(w + "tc")
        if len(cells) < 3:
            continue
        text = " ".join("".join(t.text or "" for t in p.iter(w + "t")) for p in cells[0].iter(w + "p")).strip()
        if m := re.match(r"(\d+\.\d+)\.?\s+(.*?)\s*(Source of position|$)", text, re.S):
            out[m[1]] = m[2]
    return out


def _credited(text: str) -> list[str]:
    """The state names a paragraph's brackets credit, once per piece (a state may speak twice in a cluster)."""
    return [n.strip() for group in CREDIT.findall(text.rstrip(" ;.")) for n in re.split(r",\s*(?![^()]*\))", group)
            if n.strip()]


def _upr_info(to: str, path: Path = UPR_14_17) -> list[dict]:
    with open(path, encoding="mac_roman", newline="") as handle:
        return [r for r in csv.DictReader(handle) if r["To"] == to]


def _china(new_store, name: str, matrix: Path, upr_info: Path) -> Path:
    """A store with UPR Info's rows and pledges of China's cycle II, then the UN document they are matched to."""
    path = new_store(name)
    ingest("upr-info", [upr_info, upr_info.with_name("voluntary.csv")], path)  # pledges are no rows
    ingest("ohchr-matrix", [matrix], path)
    return path


@pytest.fixture(scope="module")
def china(new_store) -> Path:
    if not REAL.is_dir():
        pytest.skip("../shared/realdata is not beside the repository")
    return _china(new_store, "china", MATRIX, UPR_14_17)


@pytest.fixture(scope="module")
def mini_china(tmp_path_factory, new_store) -> tuple[Path, Path, Path]:
    """The same with China's cycle II in miniature (conftest.CHINA_2_ENTRIES): the store, the matrix, the rows."""
    matrix, upr_info, _ = write_china_cycle_2(tmp_path_factory.mktemp("mini-china-files"))
    return _china(new_store, "mini-china", matrix, upr_info), matrix, upr_info


@real
def test_china_2013_counts_the_un_paragraphs(china):
    assert len(_upr_info("China")) > len(_matrix_paragraphs()) > 240  # per-state rows outnumber the paragraphs
    _check_counts(china, MATRIX, UPR_14_17)


def test_china_cycle_2_in_miniature_counts_the_un_paragraphs(mini_china):
    store, matrix, upr_info = mini_china
    assert len(_upr_info("China", upr_info)) > len(_matrix_paragraphs(matrix))
    _check_counts(store, matrix, upr_info)


def _check_counts(path: Path, matrix: Path, upr_info: Path) -> None:
    """China's cycle II counts the matrix's paragraphs, credits each state as often as UPR Info has its rows, and
    reports the credits no row gives."""
    paragraphs = _matrix_paragraphs(matrix)
    rows = _upr_info("China", upr_info)
    store = GraphStore.open(path)
    [got] = [r for r in run_query(store, "recommendations-per-cycle", state="id:state/chn") if r["cycle"] == "2"]
    assert int(got["recommendations"]) == len(paragraphs)
    french = sum(1 for r in rows if r["From"] == "France")
    count = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r rg:recommendingState id:state\\/fra ; " \
            "rg:stateUnderReview id:state\\/chn }"
    assert int(next(iter(store.query(count)))[0]) == french
    done = report(store, ID + "review/chn-cycle-2")
    assert done["recommendations"] == len(paragraphs)
    # every row finds its paragraph; the matrix credits a few states UPR Info has no row for (186.131 is
    # Finland's and Canada's, UPR Info has Finland's row): exactly the credits beyond the rows are listed
    credits = sum(len(_credited(text)) for text in paragraphs.values())
    assert done["rows_unmatched"] == []
    assert len(done["credits_unmatched"]) == credits - len(rows) > 0
    by_format = {s["format"]: s for s in done["sources"]}
    assert by_format["upr-info"]["rows"] == len(rows) and by_format["ohchr-matrix"]["rows"] == len(paragraphs)
    sources = run_query(store, "recommendation-sources", state="id:state/chn")
    assert {r["reconciled"] for r in sources} == {str(len(paragraphs))}
    assert {r["format"]: r["records"] for r in sources} == {"upr-info": str(len(rows)),
                                                             "ohchr-matrix": str(len(paragraphs))}
    store.close()


@real
def test_every_state_of_a_joint_or_clustered_paragraph_is_credited(china):
    """Each paragraph carries every state its brackets name, read from the .docx with a regular expression."""
    assert _check_credits(china, MATRIX) >= 10


def test_every_state_of_a_joint_or_clustered_paragraph_in_miniature_is_credited(mini_china):
    store, matrix, _ = mini_china
    assert _check_credits(store, matrix) >= 3


def _check_credits(path: Path, matrix: Path) -> int:
    """Every paragraph of ``matrix`` credits the states its brackets name; the number crediting several."""
    from rightsgraph.curation.states import default_index

    index = default_index()
    store = GraphStore.open(path)
    got: dict[str, set[str]] = {}
    for para, state in store.query("SELECT ?p ?s WHERE { GRAPH ?g { ?r rg:paragraph ?p ; rg:recommendingState ?s } }"):
        got.setdefault(str(para), set()).add(str(state).rsplit("/", 1)[-1].upper())
    store.close()
    clustered = 0
    for number, text in _matrix_paragraphs(matrix).items():
        names = [n.strip() for group in CREDIT.findall(text.rstrip(" ;."))
                 for n in re.split(r",\s*(?![^()]*\))", group)]
        want = {index.resolve(n).iso3 for n in names if n}
        clustered += len(want) > 1
        assert got[number] == want, number
    return clustered


@real
def test_the_order_of_ingest_does_not_matter_and_remove_undoes_the_match(china, built):
    _check_order_and_remove(china, built, MATRIX, UPR_14_17)


def test_in_miniature_the_order_of_ingest_does_not_matter_and_remove_undoes_the_match(mini_china, built):
    store, matrix, upr_info = mini_china
    _check_order_and_remove(store, built, matrix, upr_info)


def _check_order_and_remove(china: Path, other: Path, matrix: Path, upr_info: Path) -> None:
    """``other``: a store of the bundled data, into which the files go in the other order."""
    ingest("ohchr-matrix", [matrix], other)
    ingest("upr-info", [upr_info], other)

    def recommendations(path: Path) -> set[str]:
        store = GraphStore.open(path)
        try:
            return {str(r[0]) for r in store.query(
                    "SELECT ?r WHERE { ?r a rg:Recommendation ; rg:stateUnderReview id:state\\/chn }")}
        finally:
            store.close()

    assert recommendations(other) == recommendations(china)
    remove("ohchr-matrix-matrix-recommendations-2013", other)
    assert len(recommendations(other)) == len(_upr_info("China", upr_info))  # the rows are read again as they are


@real
def test_clustered_paragraphs_of_a_thematic_list_credit_every_state(built, tmp_path):
    from rightsgraph.curation.states import default_index

    index = default_index()
    path = built
    ingest("ohchr-list", [SLOVENIA_2], path)
    want = {}
    for line in SLOVENIA_2.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"^(\d{1,3}\.\d{1,3})\.?\s+(.+?)\s*$", line):
            names = [n.strip() for g in CREDIT.findall(m[2].rstrip(" ;."))
                     for n in re.split(r",\s*(?![^()]*\))", g)]
            want[m[1]] = {index.resolve(n).iso3 for n in names if n}
    store = GraphStore.open(path)
    got: dict[str, set[str]] = {}
    for para, state in store.query("SELECT ?p ?s WHERE { ?r rg:paragraph ?p ; rg:recommendingState ?s }"):
        got.setdefault(str(para), set()).add(str(state).rsplit("/", 1)[-1].upper())
    store.close()
    assert got == want
    assert sum(len(v) > 1 for v in want.values()) >= 5


# ---- without ../shared: files the test writes -----------------------------------------------------------

LIST = """# UPR 18th Session - Viet Nam - Thematic List of Recommendations

143.1 Ratify the Convention against Torture (France, Germany);
Source of position: A/HRC/26/6/Add.1 - Para. 3
Supported
143.2 Ensure the independence of the judiciary (Sweden); continue efforts to reform the judiciary (Cuba);
Source of position: A/HRC/26/6/Add.1 - Para. 3
Supported
143.3 Abolish the death penalty (Italy);
Source of position: A/HRC/26/6/Add.1 - Para. 3
Noted
"""
ROWS = [("Viet Nam", "Ratify the Convention against Torture", "France", 18),
        ("Viet Nam", "Ratify the Convention against Torture", "Germany", 18),
        ("Viet Nam", "Ensure the independence of the judiciary", "Sweden", 18),
        ("Viet Nam", "Continue efforts to reform the judiciary", "Cuba", 18),
        ("Viet Nam", "Abolish capital punishment for all crimes without delay", "Italy", 18),
        ("Viet Nam", "Guarantee freedom of expression online", "Norway", 18)]


def test_rows_are_matched_to_joint_and_clustered_paragraphs_and_the_rest_is_reported(built, tmp_path):
    path = built
    listing = tmp_path / "list.md"
    listing.write_text(LIST, encoding="utf-8")
    ingest("upr-info", [upr_info_file(tmp_path / "rows.csv", ROWS)], path)
    ingest("ohchr-list", [listing], path)
    store = GraphStore.open(path)
    count = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r rg:review id:review\\/vnm-cycle-2 }"
    # 143.1 (two rows), 143.2 (two rows), 143.3 and the Italian row (other words), the Norwegian row
    assert int(next(iter(store.query(count)))[0]) == 5
    done = report(store, ID + "review/vnm-cycle-2")
    assert sorted(r["text"] for r in done["rows_unmatched"]) == sorted([ROWS[4][1], ROWS[5][1]])
    assert [(c["paragraph"], c["state"]) for c in done["credits_unmatched"]] == [("143.3", ID + "state/ita")]
    store.close()
    result = CliRunner().invoke(main, ["reconcile", "vnm-cycle-2", "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert "5 recommendations" in result.output and "unmatched row" in result.output
    assert "paragraph 143.3 (state/ita)" in result.output


def test_two_documents_numbering_one_review_give_one_recommendation_a_paragraph(built, tmp_path):
    """A second UN document of the same review (its words copied a little differently) adds no
    recommendation: a paragraph number is one recommendation; taking it out again changes no count."""
    path = built
    first, second = tmp_path / "list.md", tmp_path / "report.md"
    first.write_text(LIST, encoding="utf-8")
    second.write_text(LIST.replace("Abolish the death penalty", "Abolish death penalty").replace(
        "Convention against Torture", "Convention against Torure"), encoding="utf-8")  # as copies go
    ingest("upr-info", [upr_info_file(tmp_path / "rows.csv", ROWS)], path)
    count = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r rg:review id:review\\/vnm-cycle-2 }"

    def counted() -> int:
        store = GraphStore.open(path)
        try:
            return int(next(iter(store.query(count)))[0])
        finally:
            store.close()

    ingest("ohchr-list", [first], path)
    assert counted() == 5
    ingest("ohchr-list", [second], path)
    assert counted() == 5
    remove("ohchr-list-list", path)  # the document that kept the resources goes: the other keeps them now
    assert counted() == 5


def test_brackets_that_name_states_without_commas():
    index = default_index()

    def credited(text: str) -> list[str]:
        return [s.iso3 for s in split_states(text, index)[1]]

    assert credited("Ratify CAT (Mexico; Egypt);") == ["MEX", "EGY"]
    assert credited("Ratify CAT (Peru and Spain)") == ["PER", "ESP"]
    assert credited("Ratify CAT (Brazil/Spain)") == ["BRA", "ESP"]
    assert credited("Ratify CAT (Belarus, Cape Verde, Chile Egypt, and Guatemala);") == ["BLR", "CPV", "CHL", "EGY",
                                                                                          "GTM"]
    assert credited("Ratify CAT (Trinidad and Tobago)") == ["TTO"]
    assert credited("Implement resolution 1325 (2000) (Norway)") == ["NOR"]
    with pytest.raises(UnknownNameError, match="Azerbeijan"):
        split_states("Ratify CAT (Azerbeijan)", index)

def test_a_paragraph_whose_words_end_in_a_bracket_naming_no_state(built, tmp_path):
    """Its text (the bracket crediting France taken off) ends in "(CRPD)": one credit, the whole text (this
    stopped the ingest with "unknown state name")."""
    path = built
    listing = tmp_path / "list.md"
    words = "Ratify the Convention on the Rights of Persons with Disabilities (CRPD)"
    listing.write_text(LIST.replace("Ratify the Convention against Torture (France, Germany);", f"{words} (France);"),
                       encoding="utf-8")
    rows = [("Viet Nam", words.removesuffix(" (CRPD)"), "France", 18)]  # other words: matched, not the same IRI
    ingest("upr-info", [upr_info_file(tmp_path / "rows.csv", rows)], path)
    ingest("ohchr-list", [listing], path)
    store = GraphStore.open(path)
    done = report(store, ID + "review/vnm-cycle-2")
    store.close()
    assert done["rows_unmatched"] == [] and done["recommendations"] == 3
