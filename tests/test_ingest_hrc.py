"""HRC recorded votes (SQLite) and resolutions with the action taken (ODS): small files the tests write, then the
real ones in ../shared (expected values counted from the files themselves, with sqlite3 and calamine)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
import zipfile
from collections import Counter

import pytest
from click.testing import CliRunner
from hrc_fixtures import HOSTILE, fixture_ods, fixture_votes, ods, votes_db

from conftest import REAL, needs_realdata, run_query
from rightsgraph.cli import main
from rightsgraph.errors import DataError
from rightsgraph.store import GraphStore, read_meta
from rightsgraph.upr.importers.council_texts import symbol_of_resolution, symbol_of_vote
from rightsgraph.upr.importers.hrc_resolutions import Action, action
from rightsgraph.upr.ingest import ingest

VOTES = REAL / "hrc-recorded-votes" / "votes.sqlite3"
ODS = REAL / "hrc-resolutions-dw" / "unhrc_resolutions.ods"
ID = "https://w3id.org/rightsgraph/id/"
@pytest.fixture
def loaded(built, tmp_path):
    ingest("hrc-votes", [fixture_votes(tmp_path)], built)
    ingest("hrc-resolutions", [fixture_ods(tmp_path)], built)
    return GraphStore.open(built)


# ---- symbols: one IRI per text from either file ---------------------------------------------------------------

@pytest.mark.parametrize(("recorded", "sheet", "special", "path"), [
    ("A/HRC/RES/51/3", "51/3", False, "resolution/hrc-51-3"),
    ("A/HRC/RES/51/3", "A/HRC/RES/51/3", False, "resolution/hrc-51-3"),
    ("A/HRC/RES/24/4", "24/4\xa0", False, "resolution/hrc-24-4"),
    ("A/HRC/RES/6/1", "6/1. ", False, "resolution/hrc-6-1"),
    ("A/HRC/RES/S-29/1", "S-29/1.", True, "resolution/hrc-s-29-1"),
    ("A/HRC/RES/S-10/1", "S-10/1", False, "resolution/hrc-s-10-1"),  # filed as regular: the symbol wins
    ("A/HRC/RES/S-21/1", "21/1", True, "resolution/hrc-s-21-1"),  # the sheet dropped the S-
    ("A/HRC/RES/27/21", "27/2127/21/Corr.1", False, "resolution/hrc-27-21"),
])
def test_both_files_give_a_resolution_the_same_iri(recorded, sheet, special, path):
    assert symbol_of_vote(recorded)[0].path == symbol_of_resolution(sheet, special).path == path


def test_symbols_of_decisions_and_amendments():
    assert symbol_of_vote("A/HRC/DEC22/117") == symbol_of_vote("A/HRC/DEC/22/117")
    assert symbol_of_vote("A/HRC/DEC/22/117")[0].path == "decision/hrc-22-117"
    amendment, revised = symbol_of_vote("A/HRC/50/L.37 as orally revised")
    assert (amendment.path, amendment.document, revised) == ("amendment/hrc-50-l-37", "A/HRC/50/L.37", True)
    assert symbol_of_vote("A/HRC/RES/56/L.31")[0].kind == "amendment"  # an L. document, whatever it is filed under
    for bad in ("E/CN.4/RES/2005/1", "A/HRC/RES/52/19; DROP", ""):
        with pytest.raises(ValueError):
            symbol_of_vote(bad)
    for bad in ("ight", "N/A", "", "52/19/7"):
        with pytest.raises(ValueError):
            symbol_of_resolution(bad)


# ---- "Action taken" ------------------------------------------------------------------------------------------

D = dt.date


@pytest.mark.parametrize(("text", "expected"), [
    ("Adopted by a recorded vote | 29 to 13, with 5 abstentions, 40th meeting, 6 October 2022",
     Action("adopted", "recorded-vote", meeting=40, date=D(2022, 10, 6), tally=(29, 13, 5, None))),
    ("\xa0Adopted without a vote | 41st meeting, 6 October 2022",
     Action("adopted", "without-vote", meeting=41, date=D(2022, 10, 6))),
    ("Adopted as orally revised by a recorded vote (31 to 14, with 2 abstentions),\n40th meeting, 26 September 2014",
     Action("adopted", "recorded-vote", True, meeting=40, date=D(2014, 9, 26), tally=(31, 14, 2, None))),
    ("Adopted by a recorded vote (23 to 19, with no abstentions), 28th meeting, 24 March 2017)",
     Action("adopted", "recorded-vote", meeting=28, date=D(2017, 3, 24), tally=(23, 19, 0, None))),
    ("Adopted by a recorded vote (30 to 15, with 2), 40th meeting, 1 July 2016",
     Action("adopted", "recorded-vote", meeting=40, date=D(2016, 7, 1), tally=(30, 15, 2, None))),
    ("Adopted by a vote on 26.9.13\n[46 in favour, 1 against, 0 abstentions]",
     Action("adopted", "recorded-vote", date=D(2013, 9, 26), tally=(46, 1, 0, None))),
    ("Adopted on\xa0 28 March 2008\n[31\xa0 in\xa0 favour, 7 against, no abstentions]",
     Action("adopted", "recorded-vote", date=D(2008, 3, 28), tally=(31, 7, 0, None))),
    ("Adopted on\n18 June 2010\n[31 in favour,\xa09\xa0against]",
     Action("adopted", "recorded-vote", date=D(2010, 6, 18), tally=(31, 9, None, None))),
    ("Adopted on\n28 March 2008\n[without a vote]", Action("adopted", "without-vote", date=D(2008, 3, 28))),
    ("Adopted by a vote (33 in favour, 1 against, 13 abstentions) as orally revised,\n49th meeting on 28/3/2014",
     Action("adopted", "recorded-vote", True, meeting=49, date=D(2014, 3, 28), tally=(33, 1, 13, None))),
    ("Adopted as orally revised without a vote\n27.09.12 -\xa0 34th meeting",
     Action("adopted", "without-vote", True, meeting=34, date=D(2012, 9, 27))),
    ("Adopted as orally revises by vote on 06.07.12\n[41 in favour, 3 against, 3 abstentions]\nAmendment proposed by "
     "Russia rejected by vote [8 in favour, 33 against, 6 abstentions]",
     Action("adopted", "recorded-vote", True, date=D(2012, 7, 6), tally=(41, 3, 3, None))),
    ("Adopted as orally revised and amended without a vote, 36th meeting, 26 September 2014",
     Action("adopted", "without-vote", True, True, 36, D(2014, 9, 26))),
    ("Adopted without d vote, 33rd meeting, 27 September 2019",
     Action("adopted", "without-vote", meeting=33, date=D(2019, 9, 27))),
    ("Adopted without a vote\n(confidential procedure)", Action("adopted", "without-vote")),
    ("Adopted without a vote on", Action("adopted", "without-vote")),
    ("Rejected by a recorded vote (18 to 21, with 7 abstentions), 41st meeting, 7 October 2021",
     Action("rejected", "recorded-vote", meeting=41, date=D(2021, 10, 7), tally=(18, 21, 7, None))),
    ("Withdrawn by the sponsor on 5 July 2018", Action("withdrawn", date=D(2018, 7, 5))),
    ("Withdrawn by sponsors", Action("withdrawn")),
    ("Voting Record", Action(mode="recorded-vote")),
    ("", Action()),
])
def test_action_taken_in_its_shapes(text, expected):
    assert action(text) == expected


@pytest.mark.parametrize("text", ["Deferred to the next session", "Adopted on 31 February 2022",
                                  "Adopted without a vote by a recorded vote (3 to 1, with 0 abstentions)"])
def test_action_taken_that_cannot_be_read(text):
    with pytest.raises(ValueError):
        action(text)


# ---- the two importers on small files ---------------------------------------------------------------------------

def test_votes_tallies_and_positions(loaded):
    rows = run_query(loaded, "state-votes", start="2015-01-01", end="2024-12-31")
    got = {(r["symbol"], r["kind"], r["outcome"], r["position"], r["agendaItem"]) for r in rows}
    assert got == {("52/30", "Resolution", "adopted", "no", "4"), ("28/23", "Resolution", "adopted", "abstain", "4"),
                   ("A/HRC/52/L.64", "Amendment", "rejected", "yes", "4")}
    tally = {tuple(str(v) for v in row) for row in loaded.query(
        "SELECT ?y ?n ?a ?x WHERE { GRAPH id:source\\/hrc-votes-votes { id:resolution\\/hrc-52-30 rg:votesFor ?y ; "
        "rg:votesAgainst ?n ; rg:abstentions ?a ; rg:nonVoting ?x } }")}
    assert tally == {("2", "2", "1", "0")}
    amends = [str(r[0]) for r in loaded.query("SELECT ?r WHERE { id:amendment\\/hrc-52-l-64 rg:amends ?r }")]
    assert amends == [ID + "resolution/hrc-52-30"]


def test_the_same_resolution_from_both_files_is_one_resource(loaded):
    rows = loaded.query("SELECT ?text (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?text a rg:Resolution } "
                        "FILTER(STRSTARTS(STR(?g), STR(id:source\\/hrc-))) } "
                        "GROUP BY ?text HAVING (COUNT(DISTINCT ?g) > 1)")
    assert {str(r[0]) for r in rows} == {ID + "resolution/hrc-52-30", ID + "resolution/hrc-28-23"}


def test_a_tally_the_two_files_disagree_on_is_kept_and_listed(loaded):
    rows = run_query(loaded, "disagreements")
    got = {(r["subject"].rsplit("/", 1)[1], r["property"].rsplit("#", 1)[1], r["value"], r["source"].rsplit("/", 1)[1])
           for r in rows if "resolution" in r["subject"]}
    assert got == {("hrc-28-23", "votesFor", "2", "hrc-votes-votes"),
                   ("hrc-28-23", "votesFor", "3", "hrc-resolutions-resolutions"),
                   ("hrc-28-23", "votesAgainst", "2", "hrc-votes-votes"),
                   ("hrc-28-23", "votesAgainst", "1", "hrc-resolutions-resolutions")}
    by_source = {r["source"].rsplit("/", 1)[1]: r["yes"] for r in run_query(loaded, "country-resolutions")}
    assert by_source == {"hrc-votes-votes": "2", "hrc-resolutions-resolutions": "3"}


def test_voting_agreement_by_year(loaded):
    rows = run_query(loaded, "voting-agreement")
    assert [(r["year"], r["votes"], r["same"], float(r["agreementPercent"])) for r in rows] == [
        ("2015", "1", "0", 0.0), ("2023", "2", "2", 100.0)]  # CUB's NO_VOTE on L.64 is not a vote cast


def test_country_texts_and_drafts(loaded):
    syria = run_query(loaded, "country-resolutions", state="id:state/syr")
    assert {(r["symbol"], r["kind"], r["outcome"], r["mode"]) for r in syria} == {
        ("52/30", "Resolution", "adopted", "recorded-vote"),
        ("A/HRC/52/L.64", "Amendment", "rejected", "recorded-vote")}
    yemen = run_query(loaded, "country-resolutions", state="id:state/yem")
    assert [(r["kind"], r["outcome"], r["date"], r["title"]) for r in yemen] == [
        ("DraftResolution", "withdrawn", "2021-10-08", "Situation of human rights in Yemen")]
    revised = loaded.query("ASK { id:resolution\\/hrc-51-3 rg:orallyRevised true ; rg:meetingNumber 40 ; "
                           "rg:adoptionMode rgc:adoption-mode\\/without-vote ; rg:atSession id:session\\/hrc-51 }")
    assert revised.askAnswer


def test_membership_terms_mark_the_votes_cast_as_a_member(loaded):
    rows = run_query(loaded, "state-votes", start="2015-01-01", end="2024-12-31")
    terms = {r["symbol"]: r["councilTerm"] for r in rows}
    assert terms == {"52/30": ID + "membership/vnm-hrc-2023-2025", "A/HRC/52/L.64": ID + "membership/vnm-hrc-2023-2025",
                     "28/23": ID + "membership/vnm-hrc-2014-2016"}
    cuba = run_query(loaded, "state-vote-summary", state="id:state/cub", start="2015-01-01", end="2024-12-31")
    # Cuba's terms come from the curated membership (data/sources/ohchr-hrc-membership.yaml)
    assert {r["councilTerm"] for r in cuba} == {ID + f"membership/cub-hrc-{t}" for t in ("2014-2016", "2021-2023")}


def test_hostile_strings_stay_data(loaded):
    titles = [str(r[0]) for r in loaded.query("SELECT ?t WHERE { id:decision\\/hrc-22-117 dcterms:title ?t ; "
                                              "a rg:Decision , rg:Resolution }")]
    assert titles == [" ".join(HOSTILE.split())]


# ---- the voting view: each state by its vote on a text ----------------------------------------------------------

def _recorded(path, symbol: str) -> dict[str, str]:
    """Each state's position on a text, read from the SQLite file with sqlite3: {iso3: position}."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return {country.lower(): POSITIONS[vote] for country, vote in db.execute(
            "SELECT country_short, vote FROM votes WHERE resolution_name = ?", (symbol,))}


RGC = "https://w3id.org/rightsgraph/concept/vote-position/"
POSITIONS = {"YES": "yes", "NO": "no", "ABSTAIN": "abstain", "NO_VOTE": "non-voting"}


def test_the_voting_view_groups_each_state_by_its_vote(built, tmp_path):
    from rightsgraph import viz

    path = fixture_votes(tmp_path)
    ingest("hrc-votes", [path], built)
    ingest("hrc-resolutions", [fixture_ods(tmp_path)], built)
    store = GraphStore.open(built)
    text = ID + "resolution/hrc-52-30"
    selection = viz.select_view(store, voting="HRC resolution 52/30")  # a label names it as well as its IRI
    voters = {iri.rsplit("/", 1)[1]: n.group.rsplit("/", 1)[1] for iri, n in selection.nodes.items() if n.group}
    assert voters == _recorded(path, "A/HRC/RES/52/30")
    assert set(selection.nodes) == {text, ID + "state/syr", *(ID + f"state/{c}" for c in voters)}
    links = {(e.source.rsplit("/", 1)[1], e.predicate.rsplit("/", 1)[1], e.target, e.via) for e in selection.edges}
    assert links == {(c, p, text, ID + f"vote/hrc-52-30-{c}") for c, p in voters.items()} | {
        ("hrc-52-30", "ontology#concernsState", ID + "state/syr", None)}
    assert all(e.sources == {ID + "source/hrc-votes-votes"} for e in selection.edges if e.via)
    assert selection.notes == [] and selection.grouping == "Votes"  # both files' tallies agree with the votes


def test_the_voting_view_says_when_the_tally_disagrees_and_refuses_a_text_never_voted_on(loaded):
    from rightsgraph import viz
    from rightsgraph.errors import UnknownNameError

    selection = viz.select_view(loaded, voting="id:resolution/hrc-28-23")
    # the sheet states 3 to 1 with 1 abstention; the recorded votes are 2 yes, 2 no, 1 abstention
    assert len(selection.notes) == 1 and "yes: 3 stated by" in selection.notes[0] \
        and "no: 1 stated by" in selection.notes[0] and "2 recorded" in selection.notes[0]
    with pytest.raises(UnknownNameError, match="has no recorded vote"):
        viz.select_view(loaded, voting="id:resolution/hrc-51-3")  # adopted without a vote


def test_the_voting_view_in_graphml_and_the_explorer_from_the_command_line(loaded, built, tmp_path):
    import networkx as nx

    out = tmp_path / "vote.graphml"
    args = ["--voting", "id:resolution/hrc-52-30", "--store", str(built)]
    result = CliRunner().invoke(main, ["graph-export", "--format", "graphml", "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(out)
    assert {n.rsplit("/", 1)[1]: (d["group"], d["group_label"]) for n, d in graph.nodes(data=True) if "group" in d} \
        == {"vnm": (RGC + "no", "No"), "chn": (RGC + "no", "No"), "fra": (RGC + "yes", "Yes"),
            "deu": (RGC + "yes", "Yes"), "cub": (RGC + "abstain", "Abstain")}
    page = tmp_path / "vote.html"
    result = CliRunner().invoke(main, ["viz", "-o", str(page), *args])
    assert result.exit_code == 0 and "7 resources, 6 links" in result.output, result.output
    result = CliRunner().invoke(main, ["viz", "--voting", "x", "--focus", "y", "--store", str(built)])
    assert result.exit_code != 0 and "give one of --focus, --query and --voting" in result.output


# ---- bad input: a clear error naming the file, nothing loaded ---------------------------------------------------

def _refused(built, fmt, path, *words):
    before = read_meta(built)
    result = CliRunner().invoke(main, ["ingest", fmt, str(path), "--store", str(built)])
    assert result.exit_code != 0 and str(path) in result.output, result.output
    assert all(w in result.output for w in words), result.output
    assert read_meta(built) == before


def test_wrong_files_are_refused(built, tmp_path):
    csv = tmp_path / "votes.csv"
    csv.write_text("name,vote_date\nA/HRC/RES/52/1,2023/04/03\n", encoding="utf-8")
    _refused(built, "hrc-votes", csv, "not a database of HRC recorded votes")
    _refused(built, "hrc-votes", fixture_ods(tmp_path), "not a database of HRC recorded votes")
    _refused(built, "hrc-resolutions", fixture_votes(tmp_path), "not a readable spreadsheet")
    _refused(built, "hrc-resolutions", csv, "not a readable spreadsheet")
    other = ods(tmp_path / "other.ods", [["x"]], sheet="Sheet1")
    _refused(built, "hrc-resolutions", other, "no sheet 'data'")
    headless = ods(tmp_path / "headless.ods", [], header=["Title", "status"])
    _refused(built, "hrc-resolutions", headless, "missing column(s) Session typ")
    bomb = tmp_path / "bomb.ods"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("content.xml", b" " * (4 << 20))
    _refused(built, "hrc-resolutions", bomb, "decompression bomb")
    empty = votes_db(tmp_path / "empty.sqlite3", [], [])
    with sqlite3.connect(empty) as db:
        db.execute("DROP TABLE votes")
    db.close()
    _refused(built, "hrc-votes", empty, "table votes lacks")


def test_an_unknown_state_code_names_the_file_and_row(built, tmp_path):
    path = fixture_votes(tmp_path, [("A/HRC/RES/28/23", "XYZ", "YES")])
    with pytest.raises(DataError) as err:
        ingest("hrc-votes", [path], built)
    assert err.value.path == path and err.value.line == 3  # the resolutions row of the text voted on
    assert "votes row 16: unknown ISO3 state code (got 'XYZ')" in err.value.message
    _refused(built, "hrc-votes", path, "XYZ")


def test_an_unreadable_row_of_the_sheet_is_a_bad_row_with_its_line(built, tmp_path):
    path = fixture_ods(tmp_path, [["regular", "50/1", "A text", "Deferred to the fifty-first session", 2022,
                                   "Adopted"]])
    with pytest.raises(DataError) as err:
        ingest("hrc-resolutions", [path], built)
    assert (err.value.path, err.value.line) == (path, 6) and "Deferred" in err.value.message
    reports = ingest("hrc-resolutions", [path], built, skip_bad=True)
    assert reports[0].rows == 4 and [b.line for b in reports[0].bad] == [6]


# ---- the real files --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def real(tmp_path_factory):
    from conftest import real_store

    path = real_store(tmp_path_factory, "hrc", ("hrc-votes", [VOTES]), ("hrc-resolutions", [ODS], {"skip_bad": True}))
    return GraphStore.open(path)


def _sqlite(sql: str, *args) -> list[tuple]:
    with sqlite3.connect(f"file:{VOTES}?mode=ro", uri=True) as db:
        return db.execute(sql, args).fetchall()


@needs_realdata
def test_real_votes_are_all_loaded(real):
    (texts, votes), = _sqlite("SELECT (SELECT COUNT(*) FROM resolutions), (SELECT COUNT(*) FROM votes)")
    graph = "id:source\\/hrc-votes-votes"
    (got_texts, got_votes), = [tuple(int(str(v)) for v in r) for r in real.query(
        f"SELECT (COUNT(DISTINCT ?t) AS ?n) (COUNT(DISTINCT ?v) AS ?m) WHERE {{ GRAPH {graph} {{ "
        "{ ?t rg:documentSymbol [] } UNION { ?v a rg:Vote } } }")]
    assert (got_texts, got_votes) == (texts, votes) == (974, 45387)


@needs_realdata
def test_real_viet_nam_votes_2023_2024(real):
    expected = Counter(v for (v,) in _sqlite(
        "SELECT v.vote FROM votes v JOIN resolutions r ON r.name = v.resolution_name WHERE v.country_short = 'VNM' "
        "AND r.vote_date BETWEEN '2023/01/01' AND '2024/12/31'"))
    rows = run_query(real, "state-votes", start="2023-01-01", end="2024-12-31")
    names = {"yes": "YES", "no": "NO", "abstain": "ABSTAIN", "non-voting": "NO_VOTE"}
    assert Counter(names[r["position"]] for r in rows) == expected
    assert sum(expected.values()) == 119
    assert {r["councilTerm"] for r in rows} == {ID + "membership/vnm-hrc-2023-2025"}


@needs_realdata
def test_real_agreement_of_viet_nam_and_china_2014_2016(real):
    expected = {}
    for year, votes, same in _sqlite(
            "SELECT substr(r.vote_date, 1, 4), COUNT(*), SUM(a.vote = b.vote) FROM votes a "
            "JOIN votes b ON a.resolution_name = b.resolution_name JOIN resolutions r ON r.name = a.resolution_name "
            "WHERE a.country_short = 'VNM' AND b.country_short = 'CHN' AND a.vote != 'NO_VOTE' AND b.vote != 'NO_VOTE' "
            "AND r.vote_date BETWEEN '2014/01/01' AND '2016/12/31' GROUP BY 1"):
        expected[year] = (str(votes), str(same))
    rows = run_query(real, "voting-agreement", start="2014-01-01", end="2016-12-31")
    assert {r["year"]: (r["votes"], r["same"]) for r in rows} == expected == {
        "2014": ("49", "36"), "2015": ("50", "34"), "2016": ("111", "87")}


@needs_realdata
def test_real_voting_view_of_a_resolution(real):
    from rightsgraph import viz

    symbol = "A/HRC/RES/52/30"  # Syria, 4 April 2023
    selection = viz.select_view(real, voting="id:resolution/hrc-52-30")
    voters = {iri.rsplit("/", 1)[1]: n.group.rsplit("/", 1)[1] for iri, n in selection.nodes.items() if n.group}
    assert voters == _recorded(VOTES, symbol) and len(voters) == 47


def test_real_resolutions_of_both_files_meet(real):
    """Resolutions in both files, counted here from the files' own symbols (prefix, spaces, dots and the S- of a
    special session's texts, a corrigendum glued on)."""
    from python_calamine import CalamineWorkbook

    sheet = CalamineWorkbook.from_path(str(ODS)).get_sheet_by_name("data").to_python()
    symbols = set()
    for row in sheet[1:]:
        symbol = str(row[1]).replace("\xa0", " ").strip().removeprefix("A/HRC/RES/").rstrip(".").split("/Corr.")[0]
        half = len(symbol) // 2
        symbol = symbol[:half] if symbol[:half] == symbol[half:] else symbol  # 27/2127/21/Corr.1
        symbols.add(f"S-{symbol}" if row[0] == "special" and symbol[:1].isdigit() else symbol)
    recorded = {name.removeprefix("A/HRC/RES/") for (name,) in _sqlite(
        "SELECT name FROM resolutions WHERE type = 'resolution' AND name LIKE 'A/HRC/RES/%' AND name NOT LIKE '%L.%'")}
    (both,), = [tuple(int(str(v)) for v in r) for r in real.query(
        "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { GRAPH id:source\\/hrc-votes-votes { ?t a rg:Resolution } "
        "GRAPH id:source\\/hrc-resolutions-unhrc-resolutions { ?t a rg:Resolution } }")]
    assert both == len(recorded & symbols) == 440


@needs_realdata
def test_real_sheet_rows_that_cannot_be_read(real):
    """The 30 rows refused are those without a symbol (cut or empty); every "Action taken" in the sheet reads."""
    from python_calamine import CalamineWorkbook

    sheet = CalamineWorkbook.from_path(str(ODS)).get_sheet_by_name("data").to_python()
    for text in {str(row[3]) for row in sheet[1:]}:
        action(text)
    meta = next(e for e in read_meta(real.path.parent).ingested if e["format"] == "hrc-resolutions")
    assert meta["rows"] == len(sheet) - 1 - 30 == 1407


@needs_realdata
@pytest.mark.parametrize(("name", "params"), [
    ("state-votes", {}), ("state-vote-summary", {"start": "2014-01-01", "end": "2016-12-31"}),
    ("voting-agreement", {}), ("country-resolutions", {"state": "id:state/syr"}), ("disagreements", {})])
def test_real_queries_answer_within_a_second(real, name, params):
    best = min(_timed(real, name, params) for _ in range(3))
    assert best < 1.0, f"{name}: {best:.2f} s"


def _timed(store, name, params) -> float:
    start = time.perf_counter()
    assert run_query(store, name, **params)
    return time.perf_counter() - start


def test_a_resolutions_voting_is_in_the_graph_exports(built, tmp_path):
    """GraphML around a resolution: a vote node per state, linked to the state and to its position, each as
    the SQLite file records it (read back here with sqlite3)."""
    import networkx as nx

    path = fixture_votes(tmp_path)
    ingest("hrc-votes", [path], built)
    positions = {"YES": "yes", "NO": "no", "ABSTAIN": "abstain", "NO_VOTE": "non-voting"}
    with sqlite3.connect(path) as db:
        recorded = {(country.lower(), positions[vote]) for country, vote in db.execute(
            "SELECT country_short, vote FROM votes WHERE resolution_name = 'A/HRC/RES/52/30'")}
    out = tmp_path / "votes.graphml"
    result = CliRunner().invoke(main, ["graph-export", "--format", "graphml", "--focus", "id:resolution/hrc-52-30",
                                       "--depth", "2", "--store", str(built), "-o", str(out)])
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(out)
    votes = [n for n, data in graph.nodes(data=True) if data.get("class") == "rg:Vote"]
    drawn = set()
    for vote in votes:  # at depth 2 the votes on the amendment to it are drawn too
        targets = {data["id"]: b for _, b, data in graph.out_edges(vote, data=True)}
        if targets["rg:onText"] == ID + "resolution/hrc-52-30":
            drawn.add((targets["rg:voter"].rsplit("/", 1)[-1], targets["rg:votePosition"].rsplit("/", 1)[-1]))
    assert drawn == recorded and len(drawn) == 5
