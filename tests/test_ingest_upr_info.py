"""UPR Info importer: on the real exports in ../shared/realdata when they are there, and on a miniature export
in their layout that the tests write (Mac Roman, CR line ends); counts computed independently with csv."""

from __future__ import annotations

import csv
import difflib
import html
import os
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal

from conftest import ID, needs_realdata, upr_info_file, upr_info_rows
from rightsgraph.build import build
from rightsgraph.cli import main
from rightsgraph.errors import DataError, UnknownNameError
from rightsgraph.store import GraphStore, read_meta
from rightsgraph.upr.ingest import ingest

REAL = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "uprinfo-terman" / "uprinfo-v2"
FILES = ["1-5.csv", "6-9.csv", "10-13.csv", "14-17.csv"]


def expected(name: str) -> dict:
    """What a file holds, read with nothing but the csv module and the documented encoding."""
    with open(REAL / name, encoding="mac_roman", newline="") as handle:
        rows = list(csv.DictReader(handle))
    froms = {r["From"] for r in rows} - {"&#40;Unknown&#41;"}
    return {"rows": len(rows), "to": {r["To"] for r in rows}, "from": froms,
            "responses": Counter(r["Response"] for r in rows)}


@pytest.fixture(scope="module")
def upr_store(new_store):
    path = new_store("upr")
    ingest("upr-info", [REAL / f for f in [*FILES, "voluntary.csv"]], path)
    return path


def count(store: GraphStore, query: str, **bindings) -> int:
    """The count a query answers; 0 when a grouped query has no group."""
    return int(next(iter(store.query(query, bindings)), [0])[0])


@needs_realdata
@pytest.mark.parametrize("name", FILES)
def test_counts_per_file_match_the_csv(upr_store, name):
    want = expected(name)
    store = GraphStore.open(upr_store)
    from rdflib import URIRef

    g = URIRef(ID + "source/upr-info-" + name.removesuffix(".csv"))
    q = "SELECT (COUNT(DISTINCT ?r) AS ?n) ?g WHERE { GRAPH ?g { ?r a rg:Recommendation } } GROUP BY ?g"
    assert count(store, q, g=g) == want["rows"]
    q = "SELECT (COUNT(DISTINCT ?s) AS ?n) ?g WHERE { GRAPH ?g { ?r rg:stateUnderReview ?s } } GROUP BY ?g"
    assert count(store, q, g=g) == len(want["to"])
    q = "SELECT (COUNT(DISTINCT ?s) AS ?n) ?g WHERE { GRAPH ?g { ?r rg:recommendingState ?s } } GROUP BY ?g"
    assert count(store, q, g=g) == len(want["from"])
    for response, concept in (("Accepted", "supported"), ("Noted", "noted")):
        q = "SELECT (COUNT(DISTINCT ?r) AS ?n) ?g ?c WHERE { GRAPH ?g { ?r rg:response ?c } } GROUP BY ?g ?c"
        assert count(store, q, g=g, c=URIRef(f"https://w3id.org/rightsgraph/concept/response/{concept}")) == \
            want["responses"][response]


@needs_realdata
def test_viet_nam_at_session_5(upr_store):
    store = GraphStore.open(upr_store)
    rows = {str(r[0]).rsplit("/", 1)[1]: int(r[1]) for r in store.query(
        "SELECT ?c (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a rg:Recommendation ; rg:stateUnderReview id:state\\/vnm ; "
        "rg:atSession/rg:sessionNumber 5 ; rg:response ?c } GROUP BY ?c")}
    assert rows == {"supported": 119, "noted": 53}


@needs_realdata
def test_cycle_session_and_review_links(upr_store):
    store = GraphStore.open(upr_store)
    # sessions 1-12 are cycle I and 13-17 cycle II
    bad = count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?r a rg:Recommendation ; rg:atSession/rg:sessionNumber ?s ; "
                       "rg:inCycle/rg:cycleNumber ?c FILTER(?c != IF(?s <= 12, 1, 2)) }")
    assert bad == 0
    # the seed's review of Viet Nam's cycle III and the imported reviews share one IRI scheme
    q = "SELECT (COUNT(*) AS ?n) WHERE { id:review\\/vnm-cycle-1 rg:stateUnderReview id:state\\/vnm }"
    assert count(store, q) == 1


@needs_realdata
def test_pledges_and_memberships(upr_store):
    store = GraphStore.open(upr_store)
    with open(REAL / "voluntary.csv", encoding="mac_roman", newline="") as handle:
        pledges = list(csv.DictReader(handle))
    assert count(store, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH id:source\\/upr-info-voluntary "
                        "{ ?p a rg:Pledge } }") == len(pledges)
    members = {html.unescape(o.strip()) for r in expected_rows("1-5.csv") for o in r["To-Org"].split(",")
               if r["To"] == "Viet Nam" and o.strip()}
    got = {str(r[0]) for r in store.query("SELECT ?a WHERE { ?o org:hasMember id:state\\/vnm ; rg:acronym ?a }")}
    assert members <= got and "ASEAN" in got


def expected_rows(name: str) -> list[dict]:
    with open(REAL / name, encoding="mac_roman", newline="") as handle:
        return list(csv.DictReader(handle))


@needs_realdata
def test_reingest_changes_nothing_and_rebuild_keeps_the_data(upr_store, tmp_path):
    before = read_meta(upr_store)
    reports = ingest("upr-info", [REAL / "1-5.csv"], upr_store)
    assert reports[0].unchanged
    assert read_meta(upr_store).statements == before.statements
    build(upr_store)  # rebuilding the curated data keeps the ingested datasets
    after = read_meta(upr_store)
    assert after.statements == before.statements and after.ingested == before.ingested


@needs_realdata
def test_reingesting_a_changed_copy_gives_identical_statements(built, tmp_path):
    """Same rows → same IRIs and statements, even when the file is re-encoded (UTF-8, LF)."""
    path = built
    mac = tmp_path / "1-5.csv"
    mac.write_bytes((REAL / "1-5.csv").read_bytes())
    ingest("upr-info", [mac], path)
    first = _graph_statements(path)
    mac.write_bytes((REAL / "1-5.csv").read_bytes().decode("mac_roman").replace("\r", "\n").encode("utf-8"))
    report = ingest("upr-info", [mac], path, replace=True)[0]
    assert report.encoding == "utf-8" and not report.unchanged
    second = _graph_statements(path)
    ignore = ("sha256", "encoding")
    assert {q for q in first if not q[1].endswith(ignore)} == {q for q in second if not q[1].endswith(ignore)}


def _graph_statements(path: Path) -> set[tuple[str, str, str]]:
    """The statements of the file's graph: subject and predicate IRIs, the object in N-Triples (with its
    datatype or language), read from Oxigraph directly (through rdflib's results this took seconds)."""
    store = GraphStore.open(path)
    rows = {(q.subject.value, q.predicate.value, str(q.object)) for q in store.quads(graph=ID + "source/upr-info-1-5")}
    store.close()
    return rows


def _copy_with(tmp_path: Path, old: str, new: str) -> Path:
    text = (REAL / "1-5.csv").read_bytes().decode("mac_roman")  # keep the CR line ends
    assert old in text
    target = tmp_path / "broken.csv"
    target.write_bytes(text.replace(old, new, 1).encode("mac_roman"))
    return target


def _line_of(path: Path, needle: str) -> int:
    text = path.read_bytes().decode("mac_roman")
    return text[: text.index(needle)].count("\r") + 1


@needs_realdata
def test_unknown_state_name_names_the_row_and_loads_nothing(built, tmp_path):
    path = built
    before = read_meta(path)
    broken = _copy_with(tmp_path, "\rAfghanistan,Asia,", "\rAfghanistam,Asia,")
    with pytest.raises(DataError) as err:
        ingest("upr-info", [broken], path)
    assert err.value.path == broken and err.value.line == _line_of(broken, "Afghanistam")
    assert "Afghanistan" in str(err.value) and "nothing was loaded" in str(err.value)
    assert read_meta(path) == before


@needs_realdata
def test_skip_bad_loads_the_rest_and_writes_rejects(built, tmp_path):
    path = built
    broken = _copy_with(tmp_path, "\rAfghanistan,Asia,", "\rAfghanistam,Asia,")
    rejects = tmp_path / "rejects.csv"
    report = ingest("upr-info", [broken], path, skip_bad=True, rejects=rejects)[0]
    assert report.recommendations == expected("1-5.csv")["rows"] - 1 and len(report.bad) == 1
    with open(rejects, encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["line"] == str(_line_of(broken, "Afghanistam")) and "Afghanistam" in row["problem"] + row["row"]


@needs_realdata
def test_truncated_file_is_refused(built, tmp_path):
    path = built
    data = (REAL / "1-5.csv").read_bytes()
    cut = tmp_path / "truncated.csv"
    cut.write_bytes(data[: len(data) // 2])  # ends inside a row, possibly inside a quoted field
    with pytest.raises(DataError, match=r"truncated|malformed CSV") as err:
        ingest("upr-info", [cut], path)
    assert err.value.path == cut and err.value.line > 1000


@needs_realdata
def test_wrong_encoding_is_refused_not_mangled(built, tmp_path):
    path = built
    with pytest.raises(DataError, match="cannot be read as utf-8") as err:
        ingest("upr-info", [REAL / "1-5.csv"], path, encoding="utf-8")
    assert err.value.line > 1


@needs_realdata
def test_not_an_upr_info_file(built, tmp_path):
    path = built
    with pytest.raises(DataError, match="missing column"):
        ingest("upr-info", [REAL.parent / "sessions.csv"], path)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(DataError, match="empty"):
        ingest("upr-info", [empty], path)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(DataError, match="binary"):
        ingest("upr-info", [binary], path)


@needs_realdata
def test_cli_ingest(built, tmp_path):
    path = built
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", "upr-info", str(REAL / "1-5.csv"), "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert "6094 recommendations" in result.output and "mac_roman" in result.output
    assert "0 links to similar recommendations" in result.output  # one cycle: nothing earlier to follow
    broken = _copy_with(tmp_path, "\rAfghanistan,Asia,", "\rAfghanistam,Asia,")
    result = runner.invoke(main, ["ingest", "upr-info", str(broken), "--store", str(path)])
    assert result.exit_code == 1 and "broken.csv:" in result.output and "Afghanistam" in result.output


@needs_realdata
def test_unknown_issue_is_an_error(built, tmp_path):
    path = built
    broken = _copy_with(tmp_path, "Rights of the Child,Women's rights", "Rights of the Kid,Women's rights")
    with pytest.raises(DataError, match="unknown UPR Info issue"):
        ingest("upr-info", [broken], path)
    assert UnknownNameError


@needs_realdata
def test_progress_reports_bytes_read_up_to_the_file_size(built, tmp_path):
    path = built
    calls: list[tuple[Path, int, int]] = []
    ingest("upr-info", [REAL / "1-5.csv"], path, progress=lambda *call: calls.append(call))
    size = (REAL / "1-5.csv").stat().st_size
    assert len(calls) > 2 and {c[0] for c in calls} == {REAL / "1-5.csv"} and {c[2] for c in calls} == {size}
    done = [c[1] for c in calls]
    assert done == sorted(done) and done[0] < size and done[-1] == size


def _kill_mid_load_and_reingest(store: Path, csv_file: Path) -> int:
    """Kill an ingest of ``csv_file`` (and its converter) mid-load: the store is as it was, with no
    recommendation of the file; then ingest it for real and return its recommendations."""
    before = read_meta(store)
    script = textwrap.dedent(f"""
        import sys, time
        from rightsgraph.upr.ingest import ingest

        def progress(path, done, total):
            print("loading", flush=True)
            time.sleep(60)

        ingest("upr-info", [{str(csv_file)!r}], {str(store)!r}, progress=progress)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                            start_new_session=True)
    assert proc.stdout.readline().strip() == "loading"
    os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its converter, mid-load
    proc.wait()
    assert read_meta(store) == before
    opened = GraphStore.open(store)
    assert count(opened, "SELECT (COUNT(*) AS ?n) WHERE { ?r a rg:Recommendation }") == 0
    opened.close()
    return ingest("upr-info", [csv_file], store)[0].recommendations


@needs_realdata
def test_killed_ingest_leaves_the_store_as_it_was(built, tmp_path):
    assert _kill_mid_load_and_reingest(built, REAL / "1-5.csv") == expected("1-5.csv")["rows"]


@needs_realdata
def test_repeated_recommendations_are_followed_across_cycles(upr_store):
    """Every recommendation a state repeats almost word for word to the same state in a later cycle is linked."""
    rows = []
    for name in FILES:
        with open(REAL / name, encoding="mac_roman", newline="") as handle:
            rows += [(r["From"], r["To"], int(r["Session"]), " ".join(html.unescape(r["Text"]).split()))
                     for r in csv.DictReader(handle)]
    by_pair: dict[tuple[str, str], list] = {}
    for frm, to, session, text in rows:
        by_pair.setdefault((frm, to), []).append((session, text))
    repeats = set()
    for items in by_pair.values():
        for session, text in items:
            for old_session, old_text in items:
                if old_session <= 12 < session:  # cycle I → cycle II
                    matcher = difflib.SequenceMatcher(None, text, old_text)
                    if matcher.real_quick_ratio() > 0.9 and matcher.quick_ratio() > 0.9 and matcher.ratio() > 0.9:
                        repeats.add(text)
    store = GraphStore.open(upr_store)
    linked = {str(r[0]) for r in store.query("SELECT DISTINCT ?t WHERE { ?r rg:similarToEarlier ?e ; rg:text ?t }")}
    assert len(repeats) >= 30  # a sanity check on the independent computation
    assert repeats <= linked


# ---- without ../shared: a miniature export in the real layout, written by the tests ------------------------

UNKNOWN = "&#40;Unknown&#41;"  # as the exports write "(Unknown)"
VNM = ("Viet Nam", "Asia", "ASEAN, OIF")
CHN = ("China", "Asia", "")
AUS = ("Australia", "WEOG", "PIF, Commonwealth")
CAN = ("Canada", "WEOG", "OAS, OIF, Commonwealth")
SWE = ("Sweden", "WEOG", "EU")
#: Illustrative rows, written for the tests: sessions 4 and 5 (cycle I) ...
CYCLE_I = [
    (*VNM, "Accede to CAT in a timely manner.", *AUS, "Accepted", "5",
     "International instruments,Torture and other CID treatment", "5"),
    (*VNM, "Introduce and seek prompt passage of access-to-information legislation", *CAN, "Accepted", "5",
     "Freedom of opinion and expression", "5"),
    (*VNM, "Abolish the death penalty, and as a first step publish statistics on its use", *SWE, "Noted", "4",
     "Death penalty", "5"),
    (*VNM, 'Ensure freedom of the press, including for "bloggers", online and offline', "France", "WEOG", "EU, OIF",
     "Noted", "3", "Freedom of opinion and expression,Freedom of the press", "5"),
    (*VNM, "Continue its efforts to reduce poverty in rural areas", UNKNOWN, UNKNOWN, UNKNOWN, "Accepted", "2",
     "Poverty,Development", "5"),
    (*VNM, "Strengthen the national plan of action for children", "Trinidad & Tobago", "GRULAC",
     "OAS, ACS, Commonwealth", "Accepted", "4", "Rights of the Child", "5"),
    (*VNM, "Share its experience of the Instance Équité et Réconciliation", "Morocco", "Africa", "OIC, OIF, AL",
     "Accepted", "1", "Other", "5"),
    (*CHN, "Continue its efforts to reduce poverty in rural areas", "Cuba", "GRULAC", "", "Accepted", "4", "Poverty",
     "4"),
    (*CHN, "Continue its efforts to reduce poverty in rural areas", "Cuba", "GRULAC", "", "Accepted", "4", "Poverty",
     "4"),  # the same row twice: two recommendations
    (*CHN, "Ratify the International Covenant on Civil and Political Rights", *CAN, "Noted", "5",
     "International instruments", "4"),
]
#: ... and sessions 17 and 18 (cycle II): three repeat a cycle I recommendation to the same state, two do not.
CYCLE_II = [
    (*CHN, "Ratify the International Covenant on Civil and Political Rights.", *CAN, "Noted", "5",
     "International instruments", "17"),
    (*VNM, "Accede to CAT in a timely manner", *AUS, "Accepted", "5", "International instruments", "18"),
    (*VNM, "Abolish the death penalty and, as a first step, publish statistics on its use.", *SWE, "Noted", "4",
     "Death penalty", "18"),
    (*VNM, "Adopt a law on associations", *CAN, "Accepted", "5", "Civil society", "18"),
    (*VNM, "Guarantee judicial independence", "Chile", "GRULAC", "OAS, OEI", "Accepted", "4", "Justice", "18"),
]
PLEDGES = [
    (*VNM, "Viet Nam will consider ratifying the Convention against Torture", *VNM, "Voluntary Pledge", "4",
     "International instruments", "5"),
    (*CHN, "China will submit its overdue reports to the treaty bodies", *CHN, "Voluntary Pledge", "3",
     "Treaty bodies", "4"),
]
MINI = {"1-5.csv": CYCLE_I, "14-18.csv": CYCLE_II, "voluntary.csv": PLEDGES}


def _mini(folder: Path, name: str = "1-5.csv", rows: list | None = None) -> Path:
    return upr_info_file(folder / name, MINI[name] if rows is None else rows, mac=True)


def _line(path: Path, needle: str) -> int:
    """The line (CR ends one) where ``needle`` is, read from the bytes."""
    text = path.read_bytes().decode("mac_roman")
    return text[: text.index(needle)].count("\r") + 1


@pytest.fixture(scope="module")
def mini_store(new_store) -> Path:
    path = new_store("mini")
    folder = path.parent
    ingest("upr-info", [_mini(folder, name) for name in MINI], path)
    return path


@pytest.mark.parametrize("name", ["1-5.csv", "14-18.csv"])
def test_mini_counts_per_file_match_the_csv(mini_store, tmp_path, name):
    rows = upr_info_rows(_mini(tmp_path, name))
    store = GraphStore.open(mini_store)
    from rdflib import URIRef

    g = URIRef(ID + "source/upr-info-" + name.removesuffix(".csv"))
    q = "SELECT (COUNT(DISTINCT ?r) AS ?n) ?g WHERE { GRAPH ?g { ?r a rg:Recommendation } } GROUP BY ?g"
    assert count(store, q, g=g) == len(rows)
    q = "SELECT (COUNT(DISTINCT ?s) AS ?n) ?g WHERE { GRAPH ?g { ?r rg:stateUnderReview ?s } } GROUP BY ?g"
    assert count(store, q, g=g) == len({r["To"] for r in rows})
    q = "SELECT (COUNT(DISTINCT ?s) AS ?n) ?g WHERE { GRAPH ?g { ?r rg:recommendingState ?s } } GROUP BY ?g"
    assert count(store, q, g=g) == len({r["From"] for r in rows} - {UNKNOWN})
    q = "SELECT (COUNT(DISTINCT ?r) AS ?n) ?g WHERE { GRAPH ?g { ?r a rg:Recommendation FILTER NOT EXISTS { " \
        "?r rg:recommendingState ?s } } } GROUP BY ?g"
    assert count(store, q, g=g) == sum(r["From"] == UNKNOWN for r in rows)
    for response, concept in (("Accepted", "supported"), ("Noted", "noted")):
        q = "SELECT (COUNT(DISTINCT ?r) AS ?n) ?g ?c WHERE { GRAPH ?g { ?r rg:response ?c } } GROUP BY ?g ?c"
        assert count(store, q, g=g, c=URIRef(f"https://w3id.org/rightsgraph/concept/response/{concept}")) == \
            sum(r["Response"] == response for r in rows)
    store.close()


def test_mini_sessions_cycles_reviews_and_responses(mini_store, tmp_path):
    rows = [r for name in ("1-5.csv", "14-18.csv") for r in upr_info_rows(_mini(tmp_path, name))]
    iso = {"Viet Nam": "vnm", "China": "chn"}
    want = Counter((iso[r["To"]], int(r["Session"]), 1 if int(r["Session"]) <= 12 else 2, r["Response"].lower())
                   for r in rows)
    store = GraphStore.open(mini_store)
    got = Counter()
    for review, session, cycle, response, n in store.query(
            "SELECT ?v ?s ?c ?resp (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a rg:Recommendation ; rg:review ?v ; "
            "rg:atSession/rg:sessionNumber ?s ; rg:inCycle/rg:cycleNumber ?c ; rg:response ?resp } "
            "GROUP BY ?v ?s ?c ?resp"):
        state, _, number = str(review).rsplit("/", 1)[1].partition("-cycle-")
        assert int(number) == int(cycle)
        resp = {"supported": "accepted", "noted": "noted"}[str(response).rsplit("/", 1)[1]]
        got[(state, int(session), int(cycle), resp)] = int(n)
    store.close()
    assert got == want


def test_mini_themes_actions_and_repeated_rows(mini_store, tmp_path):
    """Each row's UPR Info issues are its themes and its action its category; a row given twice is two
    recommendations (the second says it is the second occurrence)."""
    rows = upr_info_rows(_mini(tmp_path))
    store = GraphStore.open(mini_store)
    for row in rows:
        if row["To"] != "Viet Nam":
            continue
        found = {(str(r[0]), str(r[1]).casefold(), str(r[2])) for r in store.query(
            "SELECT ?r ?label ?action WHERE { GRAPH id:source\\/upr-info-1-5 { ?r rg:text ?t ; rg:theme ?c ; "
            "rg:actionCategory ?action ; rg:stateUnderReview id:state\\/vnm } ?c skos:prefLabel ?label "
            "FILTER(STR(?t) = ?text) }", {"text": Literal(" ".join(row["Text"].split()))})}
        assert {label for _, label, _ in found} == {i.strip().casefold() for i in row["Issue"].split(",")}, row
        assert {action.rsplit("/", 1)[1] for _, _, action in found} == {row["Action"]}
    texts = Counter((r["To"], r["Text"]) for r in rows)
    twice = [key for key, n in texts.items() if n == 2]
    assert twice  # the fixture has one
    got = {int(r[0]) for r in store.query(
        "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH id:source\\/upr-info-1-5 { ?r rg:text ?t ; "
        "rg:stateUnderReview id:state\\/chn } FILTER(STR(?t) = ?text) }", {"text": Literal(twice[0][1])})}
    assert got == {2}
    store.close()


def test_mini_pledges_and_memberships(mini_store, tmp_path):
    pledges = upr_info_rows(_mini(tmp_path, "voluntary.csv"))
    rows = upr_info_rows(_mini(tmp_path)) + upr_info_rows(_mini(tmp_path, "14-18.csv"))
    store = GraphStore.open(mini_store)
    assert count(store, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH id:source\\/upr-info-voluntary "
                        "{ ?p a rg:Pledge ; rg:pledgedBy ?s } }") == len(pledges)
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH id:source\\/upr-info-voluntary "
                        "{ ?p a rg:Recommendation } }") == 0
    want = {(html.unescape(o.strip()), html.unescape(r[who])) for r in rows + pledges
            for org, who in (("To-Org", "To"), ("From-Org", "From")) for o in r[org].split(",")
            if o.strip() and r[who] != UNKNOWN}
    from rightsgraph.curation.states import default_index

    index = default_index()
    got = {(str(a), str(s)) for a, s in store.query(
        "SELECT ?a ?s WHERE { GRAPH ?g { ?o org:hasMember ?s } ?o rg:acronym|skos:altLabel ?a "
        "FILTER(STRSTARTS(STR(?g), STR(id:source\\/upr-info-))) }")}
    named = {org for org, _ in want}  # the labels the export uses (a group's other names, 'Organisation of the Islamic
    # Conference' for the OIC, are no rows of it)
    assert {(a, s) for a, s in got if a in named} == {(org, ID + index.resolve(state).id) for org, state in want}
    store.close()


def test_mini_repeated_recommendations_are_followed_across_cycles(mini_store, tmp_path):
    """The repeats difflib finds (the same state to the same state, cycle I → II, ratio > 0.9) are linked, and
    nothing else (the other texts share no word with an earlier one)."""
    rows = [(r["From"], r["To"], int(r["Session"]), " ".join(html.unescape(r["Text"]).split()))
            for name in ("1-5.csv", "14-18.csv") for r in upr_info_rows(_mini(tmp_path, name))]
    repeats = {text for frm, to, session, text in rows for old_frm, old_to, old_session, old_text in rows
               if (frm, to) == (old_frm, old_to) and old_session <= 12 < session
               and difflib.SequenceMatcher(None, text, old_text).ratio() > 0.9}
    assert len(repeats) == 3
    store = GraphStore.open(mini_store)
    linked = {str(r[0]) for r in store.query("SELECT DISTINCT ?t WHERE { ?r rg:similarToEarlier ?e ; rg:text ?t }")}
    store.close()
    assert linked == repeats


def test_mini_reingest_changes_nothing_and_a_re_encoded_copy_gives_identical_statements(built, tmp_path):
    mac = _mini(tmp_path)
    ingest("upr-info", [mac], built)
    before = read_meta(built)
    assert ingest("upr-info", [mac], built)[0].unchanged and read_meta(built) == before
    build(built)  # rebuilding the curated data keeps the ingested datasets
    after = read_meta(built)
    assert after.statements == before.statements and after.ingested == before.ingested
    first = _graph_statements(built)
    mac.write_bytes(mac.read_bytes().decode("mac_roman").replace("\r", "\n").encode("utf-8"))
    report = ingest("upr-info", [mac], built, replace=True)[0]
    assert report.encoding == "utf-8" and not report.unchanged
    ignore = ("sha256", "encoding")
    assert {q for q in first if not q[1].endswith(ignore)} == \
        {q for q in _graph_statements(built) if not q[1].endswith(ignore)}


def _broken(tmp_path: Path, old: str, new: str, name: str = "broken.csv") -> Path:
    rows = [tuple(new if cell == old else cell for cell in row) for row in CYCLE_I]
    assert rows != CYCLE_I
    return upr_info_file(tmp_path / name, rows, mac=True)


def test_mini_unknown_state_names_the_row_and_loads_nothing(built, tmp_path):
    before = read_meta(built)
    broken = _broken(tmp_path, "Sweden", "Swedem")
    with pytest.raises(DataError) as err:
        ingest("upr-info", [broken], built)
    assert err.value.path == broken and err.value.line == _line(broken, "Swedem")
    assert "Sweden" in str(err.value) and "nothing was loaded" in str(err.value)
    assert read_meta(built) == before


@pytest.mark.parametrize(("column", "bad", "message"), [
    (7, "Maybe", "Response must be"), (8, "7", "Action must be 1-5"), (10, "0", "Session must be"),
    (9, "Rights of the Kid", "unknown UPR Info issue"), (6, "EU, NATO", "unknown organisation"),
    (3, " ", "empty Text"), (0, UNKNOWN, "state under review"),
])
def test_mini_bad_values_are_bad_rows_that_name_line_and_value(built, tmp_path, column, bad, message):
    """One bad cell refuses the file, naming its line (and the value); --skip-bad loads the other rows and writes
    the bad one to the rejects file."""
    rows = [list(row) for row in CYCLE_I]
    rows[2][column] = bad
    broken = upr_info_file(tmp_path / "broken.csv", [tuple(r) for r in rows], mac=True)
    with pytest.raises(DataError, match=message) as err:
        ingest("upr-info", [broken], built)
    assert err.value.path == broken and err.value.line == 4  # the header is line 1
    if bad.strip() and bad != UNKNOWN and column != 6:
        assert bad.split(", ")[-1] in str(err.value)
    rejects = tmp_path / "rejects.csv"
    report = ingest("upr-info", [broken], built, skip_bad=True, rejects=rejects)[0]
    assert report.recommendations == len(CYCLE_I) - 1 and [b.line for b in report.bad] == [4]
    with open(rejects, encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["line"] == "4" and row["file"] == str(broken)


def test_mini_truncated_file_is_refused(built, tmp_path):
    data = _mini(tmp_path).read_bytes()
    inside_quotes = tmp_path / "quoted.csv"
    inside_quotes.write_bytes(data[: data.index(b"including")])  # ends inside a quoted field
    with pytest.raises(DataError, match="malformed CSV") as err:
        ingest("upr-info", [inside_quotes], built)
    assert err.value.path == inside_quotes and err.value.line == _line(inside_quotes, "Ensure freedom")
    short = tmp_path / "short.csv"
    short.write_bytes(data[: data.index(b",Trinidad")])  # ends after the Text of a row
    with pytest.raises(DataError, match="truncated") as err:
        ingest("upr-info", [short], built)
    assert err.value.line == _line(short, "Strengthen the national plan")


def test_mini_wrong_encoding_is_refused_not_mangled(built, tmp_path):
    path = _mini(tmp_path)
    with pytest.raises(DataError, match="cannot be read as utf-8") as err:
        ingest("upr-info", [path], built, encoding="utf-8")
    first = next(i for i, line in enumerate(path.read_bytes().split(b"\r"), 1) if not line.isascii())
    assert err.value.line == first == _line(path, "Instance")


def test_mini_not_an_upr_info_file(built, tmp_path):
    sessions = tmp_path / "sessions.csv"  # the layout of the sessions table beside the exports
    sessions.write_text('"","To","To_COW","Session"\n"1","Algeria","ALG",1\n', encoding="utf-8")
    with pytest.raises(DataError, match="missing column"):
        ingest("upr-info", [sessions], built)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(DataError, match="empty"):
        ingest("upr-info", [empty], built)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(DataError, match="binary"):
        ingest("upr-info", [binary], built)


def test_mini_cli_ingest(built, tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", "upr-info", str(_mini(tmp_path)), "--store", str(built)])
    assert result.exit_code == 0, result.output
    assert f"{len(CYCLE_I)} recommendations" in result.output and "mac_roman" in result.output
    assert "0 links to similar recommendations" in result.output  # one cycle: nothing earlier to follow
    broken = _broken(tmp_path, "Sweden", "Swedem")
    result = runner.invoke(main, ["ingest", "upr-info", str(broken), "--store", str(built)])
    assert result.exit_code == 1 and "broken.csv:" in result.output and "Swedem" in result.output


def test_mini_progress_reports_bytes_read_up_to_the_file_size(built, tmp_path):
    """An export of 4,500 generated rows: progress comes every 2,000 rows, and at the end."""
    rows = [(*VNM, f"Recommendation number {i} on the rights of the child", *AUS, "Accepted", "5",
             "Rights of the Child", "5") for i in range(4500)]
    path = upr_info_file(tmp_path / "big.csv", rows, mac=True)
    calls: list[tuple[Path, int, int]] = []
    ingest("upr-info", [path], built, progress=lambda *call: calls.append(call))
    size = path.stat().st_size
    assert len(calls) > 2 and {c[0] for c in calls} == {path} and {c[2] for c in calls} == {size}
    done = [c[1] for c in calls]
    assert done == sorted(done) and done[0] < size and done[-1] == size


def test_mini_killed_ingest_leaves_the_store_as_it_was(built, tmp_path):
    path = _mini(tmp_path)
    assert _kill_mid_load_and_reingest(built, path) == len(upr_info_rows(path))
