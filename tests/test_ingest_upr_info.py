"""UPR Info importer on the real exports in ../shared/realdata, counts computed independently with csv."""

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

from conftest import ID
from rightsgraph.build import build
from rightsgraph.cli import main
from rightsgraph.errors import DataError, UnknownNameError
from rightsgraph.store import GraphStore, read_meta
from rightsgraph.upr.ingest import ingest

REAL = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "uprinfo-terman" / "uprinfo-v2"
FILES = ["1-5.csv", "6-9.csv", "10-13.csv", "14-17.csv"]
pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realdata is not beside the repository")


def expected(name: str) -> dict:
    """What a file holds, read with nothing but the csv module and the documented encoding."""
    with open(REAL / name, encoding="mac_roman", newline="") as handle:
        rows = list(csv.DictReader(handle))
    froms = {r["From"] for r in rows} - {"&#40;Unknown&#41;"}
    return {"rows": len(rows), "to": {r["To"] for r in rows}, "from": froms,
            "responses": Counter(r["Response"] for r in rows)}


@pytest.fixture(scope="module")
def upr_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("upr") / "rg"
    build(path)
    ingest("upr-info", [REAL / f for f in [*FILES, "voluntary.csv"]], path)
    return path


def count(store: GraphStore, query: str, **bindings) -> int:
    return int(next(iter(store.query(query, bindings)))[0])


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


def test_viet_nam_at_session_5(upr_store):
    store = GraphStore.open(upr_store)
    rows = {str(r[0]).rsplit("/", 1)[1]: int(r[1]) for r in store.query(
        "SELECT ?c (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a rg:Recommendation ; rg:stateUnderReview id:state\\/vnm ; "
        "rg:atSession/rg:sessionNumber 5 ; rg:response ?c } GROUP BY ?c")}
    assert rows == {"supported": 119, "noted": 53}


def test_cycle_session_and_review_links(upr_store):
    store = GraphStore.open(upr_store)
    # sessions 1-12 are cycle I and 13-17 cycle II
    bad = count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?r a rg:Recommendation ; rg:atSession/rg:sessionNumber ?s ; "
                       "rg:inCycle/rg:cycleNumber ?c FILTER(?c != IF(?s <= 12, 1, 2)) }")
    assert bad == 0
    # the seed's review of Viet Nam's cycle III and the imported reviews share one IRI scheme
    q = "SELECT (COUNT(*) AS ?n) WHERE { id:review\\/vnm-cycle-1 rg:stateUnderReview id:state\\/vnm }"
    assert count(store, q) == 1


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


def test_reingest_changes_nothing_and_rebuild_keeps_the_data(upr_store, tmp_path):
    before = read_meta(upr_store)
    reports = ingest("upr-info", [REAL / "1-5.csv"], upr_store)
    assert reports[0].unchanged
    assert read_meta(upr_store).statements == before.statements
    build(upr_store)  # rebuilding the curated data keeps the ingested datasets
    after = read_meta(upr_store)
    assert after.statements == before.statements and after.ingested == before.ingested


def test_reingesting_a_changed_copy_gives_identical_statements(tmp_path):
    """Same rows → same IRIs and statements, even when the file is re-encoded (UTF-8, LF)."""
    path = tmp_path / "rg"
    build(path)
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
    store = GraphStore.open(path)
    rows = {(str(r[0]), str(r[1]), str(r[2])) for r in store.query(
        "SELECT ?s ?p ?o WHERE { GRAPH id:source\\/upr-info-1-5 { ?s ?p ?o } }")}
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


def test_unknown_state_name_names_the_row_and_loads_nothing(tmp_path):
    path = tmp_path / "rg"
    build(path)
    before = read_meta(path)
    broken = _copy_with(tmp_path, "\rAfghanistan,Asia,", "\rAfghanistam,Asia,")
    with pytest.raises(DataError) as err:
        ingest("upr-info", [broken], path)
    assert err.value.path == broken and err.value.line == _line_of(broken, "Afghanistam")
    assert "Afghanistan" in str(err.value) and "nothing was loaded" in str(err.value)
    assert read_meta(path) == before


def test_skip_bad_loads_the_rest_and_writes_rejects(tmp_path):
    path = tmp_path / "rg"
    build(path)
    broken = _copy_with(tmp_path, "\rAfghanistan,Asia,", "\rAfghanistam,Asia,")
    rejects = tmp_path / "rejects.csv"
    report = ingest("upr-info", [broken], path, skip_bad=True, rejects=rejects)[0]
    assert report.recommendations == expected("1-5.csv")["rows"] - 1 and len(report.bad) == 1
    with open(rejects, encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["line"] == str(_line_of(broken, "Afghanistam")) and "Afghanistam" in row["problem"] + row["row"]


def test_truncated_file_is_refused(tmp_path):
    path = tmp_path / "rg"
    build(path)
    data = (REAL / "1-5.csv").read_bytes()
    cut = tmp_path / "truncated.csv"
    cut.write_bytes(data[: len(data) // 2])  # ends inside a row, possibly inside a quoted field
    with pytest.raises(DataError, match=r"truncated|malformed CSV") as err:
        ingest("upr-info", [cut], path)
    assert err.value.path == cut and err.value.line > 1000


def test_wrong_encoding_is_refused_not_mangled(tmp_path):
    path = tmp_path / "rg"
    build(path)
    with pytest.raises(DataError, match="cannot be read as utf-8") as err:
        ingest("upr-info", [REAL / "1-5.csv"], path, encoding="utf-8")
    assert err.value.line > 1


def test_not_an_upr_info_file(tmp_path):
    path = tmp_path / "rg"
    build(path)
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


def test_cli_ingest(tmp_path):
    path = tmp_path / "rg"
    build(path)
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", "upr-info", str(REAL / "1-5.csv"), "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert "6094 recommendations" in result.output and "mac_roman" in result.output
    assert "0 links to similar recommendations" in result.output  # one cycle: nothing earlier to follow
    broken = _copy_with(tmp_path, "\rAfghanistan,Asia,", "\rAfghanistam,Asia,")
    result = runner.invoke(main, ["ingest", "upr-info", str(broken), "--store", str(path)])
    assert result.exit_code == 1 and "broken.csv:" in result.output and "Afghanistam" in result.output


def test_unknown_issue_is_an_error(tmp_path):
    path = tmp_path / "rg"
    build(path)
    broken = _copy_with(tmp_path, "Rights of the Child,Women's rights", "Rights of the Kid,Women's rights")
    with pytest.raises(DataError, match="unknown UPR Info issue"):
        ingest("upr-info", [broken], path)
    assert UnknownNameError


def test_progress_reports_bytes_read_up_to_the_file_size(tmp_path):
    path = tmp_path / "rg"
    build(path)
    calls: list[tuple[Path, int, int]] = []
    ingest("upr-info", [REAL / "1-5.csv"], path, progress=lambda *call: calls.append(call))
    size = (REAL / "1-5.csv").stat().st_size
    assert len(calls) > 2 and {c[0] for c in calls} == {REAL / "1-5.csv"} and {c[2] for c in calls} == {size}
    done = [c[1] for c in calls]
    assert done == sorted(done) and done[0] < size and done[-1] == size


def test_killed_ingest_leaves_the_store_as_it_was(tmp_path):
    path = tmp_path / "rg"
    build(path)
    before = read_meta(path)
    script = textwrap.dedent(f"""
        import sys, time
        from rightsgraph.upr.ingest import ingest

        def progress(path, done, total):
            print("loading", flush=True)
            time.sleep(60)

        ingest("upr-info", [{str(REAL / "1-5.csv")!r}], {str(path)!r}, progress=progress)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                            start_new_session=True)
    assert proc.stdout.readline().strip() == "loading"
    os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its converter, mid-load
    proc.wait()
    assert read_meta(path) == before
    store = GraphStore.open(path)
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?r a rg:Recommendation }") == 0
    store.close()
    assert ingest("upr-info", [REAL / "1-5.csv"], path)[0].recommendations == expected("1-5.csv")["rows"]


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
