"""OHCHR thematic lists: Slovenia's (cycles II and IV) in ../shared when they are there, and miniature lists in
both layouts that the tests write from their entries; expected values from the text or the entries, never from
the importer."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from conftest import ID, SLOVENIA_2_ENTRIES, SLOVENIA_4_ENTRIES, Entry, needs_realdata, write_thematic_list
from rightsgraph.curation.states import default_index
from rightsgraph.errors import DataError
from rightsgraph.store import GraphStore, read_meta
from rightsgraph.upr.ingest import ingest

REAL = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "slovenia-upr"
LISTS = {"cycle2_Thematic_List_of_Recommendations.md": 20, "cycle4_Thematic_List_of_Recommendations.md": 48}


def expected(name: str) -> dict:
    lines = (REAL / name).read_text(encoding="utf-8").splitlines()
    paras = [i for i, line in enumerate(lines) if re.match(r"^\d+\.\d+ ", line)]
    positions = [lines[i + 2].strip() for i in paras]  # the line after "Source of position"
    return {"paragraphs": len(paras), "supported": positions.count("Supported"), "noted": positions.count("Noted")}


@needs_realdata
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


@needs_realdata
def test_joint_recommendation_keeps_every_state_and_its_paragraph(slovenia_store):
    store = GraphStore.open(slovenia_store)
    rows = list(store.query(
        "SELECT ?r ?doc (GROUP_CONCAT(?code; separator=',') AS ?codes) WHERE { ?r rg:paragraph '115.4' ; "
        "rg:documentSymbol ?doc ; rg:recommendingState/rg:iso3 ?code } GROUP BY ?r ?doc"))
    assert len(rows) == 1
    assert sorted(str(rows[0][2]).split(",")) == ["ESP", "PRT", "TUN"] and str(rows[0][1]) == "A/HRC/28/15/Add.1"


@needs_realdata
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


@needs_realdata
def test_unknown_recommending_state_names_the_paragraph(built, tmp_path):
    path = built
    before = read_meta(path)
    text = (REAL / "cycle2_Thematic_List_of_Recommendations.md").read_text(encoding="utf-8")
    broken = tmp_path / "list.md"
    broken.write_text(text.replace("(Portugal, Slovakia);", "(Portugal, Slovakland);"), encoding="utf-8")
    with pytest.raises(DataError, match="Slovakland") as err:
        ingest("ohchr-list", [broken], path)
    assert err.value.line == text[: text.index("115.3 Ratify")].count("\n") + 1
    assert read_meta(path) == before


@needs_realdata
def test_not_a_thematic_list(built, tmp_path):
    path = built
    with pytest.raises(DataError, match="not an OHCHR thematic list"):
        ingest("ohchr-list", [REAL / "cycle4_recommendations_by_category.md"], path)


# ---- without ../shared: miniature lists in both layouts, written by the tests --------------------------------

MINI = {"cycle2-list.md": (20, "A/HRC/28/15/Add.1", SLOVENIA_2_ENTRIES, False),
        "cycle4-list.md": (48, "A/HRC/59/15/Add.1", SLOVENIA_4_ENTRIES, True)}


def _write(folder: Path, name: str, entries: list | None = None) -> Path:
    session, symbol, default, new = MINI[name]
    return write_thematic_list(folder / name, session, "Slovenia", symbol, default if entries is None else entries,
                               new=new)


def _entries(name: str) -> list[Entry]:
    return [e for e in MINI[name][2] if isinstance(e, Entry)]


@pytest.fixture(scope="module")
def mini_store(new_store) -> GraphStore:
    path = new_store("lists")
    folder = path.parent
    ingest("ohchr-list", [_write(folder, name) for name in MINI], path)
    store = GraphStore.open(path)
    yield store
    store.close()


def _graph(name: str) -> URIRef:
    return URIRef(ID + "source/ohchr-list-" + re.sub(r"[^a-z0-9]+", "-", name.removesuffix(".md").lower()))


@pytest.mark.parametrize("name", list(MINI))
def test_mini_paragraphs_positions_session_and_document(mini_store, name):
    session, symbol, _, _ = MINI[name]
    want = Counter(e.position.lower() for e in _entries(name))
    rows = {str(r[0]).rsplit("/", 1)[1]: int(r[1]) for r in mini_store.query(
        "SELECT ?c (COUNT(DISTINCT ?r) AS ?n) ?g WHERE { GRAPH ?g { ?r a rg:Recommendation ; rg:response ?c } } "
        "GROUP BY ?c ?g", {"g": _graph(name)})}
    assert rows == dict(want)
    found = {(str(s).rsplit("/", 1)[1], int(n), str(doc)) for s, n, doc, _ in mini_store.query(
        "SELECT DISTINCT ?s ?n ?doc ?g WHERE { GRAPH ?g { ?r rg:stateUnderReview ?s ; "
        "rg:atSession/rg:sessionNumber ?n ; rg:documentSymbol ?doc } }", {"g": _graph(name)})}
    assert found == {("svn", session, symbol)}


@pytest.mark.parametrize("name", list(MINI))
def test_mini_one_recommendation_per_paragraph_crediting_every_state(mini_store, name):
    """A joint paragraph credits its states, a cluster every state of its pieces and keeps its words as printed;
    a bracket that names no state (``(2009–2014)``) stays in the words."""
    index = default_index()
    got: dict[str, dict] = defaultdict(lambda: {"states": set(), "texts": set(), "resources": set()})
    for r, para, text, by, _ in mini_store.query(
            "SELECT ?r ?p ?t ?by ?g WHERE { GRAPH ?g { ?r rg:paragraph ?p ; rg:text ?t ; rg:recommendingState ?by } }",
            {"g": _graph(name)}):
        got[str(para)]["states"].add(str(by).removeprefix(ID))
        got[str(para)]["texts"].add(str(text))
        got[str(para)]["resources"].add(str(r))
    want = {e.paragraph: {"states": {index.resolve(n).id for n in e.states()}, "texts": {e.text()},
                          "resources": 1} for e in _entries(name)}
    assert {p: {**g, "resources": len(g["resources"])} for p, g in got.items()} == want
    assert any(len(e.pieces) > 1 for e in _entries(name))  # the fixture has a cluster


@pytest.mark.parametrize("name", list(MINI))
def test_mini_themes_groups_and_sdgs(mini_store, name):
    for entry in _entries(name):
        values = {"p": Literal(entry.paragraph)}
        sdgs = {int(str(r[0])) for r in mini_store.query(
            "SELECT ?n WHERE { ?r rg:paragraph ?p ; rg:sdg/skos:notation ?n }", values)}
        assert sdgs == {int(s.split(" - ")[0]) for s in entry.sdgs}, entry.paragraph
        themes = {(str(r[0]), str(r[1] or "")) for r in mini_store.query(
            "SELECT ?l ?code WHERE { ?r rg:paragraph ?p ; rg:theme ?t . ?t skos:prefLabel ?l "
            "OPTIONAL { ?t skos:notation ?code } }", values)}
        coded = [re.match(r"([A-Z]\d{1,2}) (.+)", t) for t in entry.themes]
        assert themes == ({(m[2], m[1]) for m in coded} if all(coded) else {(t, "") for t in entry.themes})
        groups = {str(r[0]) for r in mini_store.query("SELECT ?g WHERE { ?r rg:paragraph ?p ; rg:affectedGroup ?g }",
                                                       values)}
        assert groups == set(entry.groups), entry.paragraph


def test_mini_unknown_recommending_state_names_the_paragraph(built, tmp_path):
    before = read_meta(built)
    good = _write(tmp_path, "cycle2-list.md")
    broken = tmp_path / "broken.md"
    broken.write_text(good.read_text(encoding="utf-8").replace("(Portugal, Slovakia)", "(Portugal, Slovakland)"),
                      encoding="utf-8")
    with pytest.raises(DataError, match="Slovakland") as err:
        ingest("ohchr-list", [broken], built)
    lines = broken.read_text(encoding="utf-8").splitlines()
    assert err.value.path == broken and err.value.line == 1 + next(i for i, line in enumerate(lines)
                                                                   if line.startswith("115.3 "))
    assert read_meta(built) == before


@pytest.mark.parametrize(("change", "message"), [
    (lambda e: Entry(e.paragraph, e.pieces, position="Considered", themes=e.themes), "no position"),
    (lambda e: Entry(e.paragraph, ((e.pieces[0][0], ()),), themes=e.themes), "no recommending state"),
    (lambda e: Entry(e.paragraph, e.pieces, sdgs=("18 - MORE GOALS",)), "no SDG 18"),
])
def test_mini_a_bad_entry_names_its_line_and_skip_bad_loads_the_rest(built, tmp_path, change, message):
    entries = list(SLOVENIA_4_ENTRIES)
    entries[2] = change(entries[2])
    path = write_thematic_list(tmp_path / "list.md", 48, "Slovenia", "A/HRC/59/15/Add.1", entries, new=True)
    with pytest.raises(DataError, match=message) as err:
        ingest("ohchr-list", [path], built)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert err.value.line == 1 + next(i for i, line in enumerate(lines) if line.startswith(entries[2].paragraph + " "))
    report = ingest("ohchr-list", [path], built, skip_bad=True)[0]
    assert report.recommendations == len(_entries("cycle4-list.md")) - 1 and len(report.bad) == 1


def test_mini_not_a_thematic_list(built, tmp_path):
    other = tmp_path / "by-category.md"  # a tracker's regrouping of the recommendations: no title of a list
    other.write_text("# Recommendations by category\n\n## Ratification\n\n140.7 Ratify the OP-ICESCR (Portugal)\n",
                     encoding="utf-8")
    with pytest.raises(DataError, match="not an OHCHR thematic list"):
        ingest("ohchr-list", [other], built)
    empty = write_thematic_list(tmp_path / "empty.md", 48, "Slovenia", "A/HRC/59/15/Add.1", ["Statelessness"])
    with pytest.raises(DataError, match="no recommendation paragraphs"):
        ingest("ohchr-list", [empty], built)
