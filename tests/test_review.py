"""Ingesting articles without surprises and reviewing their candidates (issue 16, parts 3 and 4).

Every article here is made up by the test; the review files go to a folder of the test's own."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import run_query
from rightsgraph.build import build
from rightsgraph.cli import main
from rightsgraph.extract.ingest import candidate_rows
from rightsgraph.extract.reviews import reviews_dir
from rightsgraph.namespaces import base_iri
from rightsgraph.store import GraphStore, read_meta

BASE = base_iri()
PACKAGE = Path(__import__("rightsgraph").__file__).resolve().parent  # graph/: the installed package's folder

ARTICLE = """URL: https://example.org/news/upr-review
TITLE: Viet Nam accepts {accepted} of 320 recommendations
DATE: 2024-07-05
PUBLISHER: Example Daily Chronicle
LANGUAGE: en
---
On July 3, Viet Nam accepted {accepted} out of 320 recommendations it received in the fourth cycle of the Universal \
Periodic Review, Deputy Foreign Minister Nguyen Minh Hang told the 56th session of the Human Rights Council in Geneva.
{extra}The UN Development Programme (UNDP) welcomed the decision at a ceremony on July 4.
"""
EXTRA = "The International Labour Organization (ILO) took note.\n"


def _article(folder: Path, name: str = "upr.txt", accepted: int = 271, extra: str = EXTRA, **header) -> Path:
    text = ARTICLE.format(accepted=accepted, extra=extra)
    for key, value in header.items():
        text = re.sub(rf"^{key.upper()}: .*$", f"{key.upper()}: {value}", text, count=1, flags=re.M)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def _built_once(tmp_path_factory) -> Path:
    """A store of the bundled data, built once with an empty reviews folder of its own, kept as built."""
    pristine = tmp_path_factory.mktemp("review-pristine")
    build(pristine / "store", reviews=pristine / "reviews")
    return pristine


@pytest.fixture
def work(_built_once, tmp_path, monkeypatch) -> Path:
    """A copy of that store in the test's folder; $RIGHTSGRAPH_REVIEWS is the test's ``reviews`` folder."""
    shutil.copytree(_built_once / "store", tmp_path / "store")
    monkeypatch.setenv("RIGHTSGRAPH_REVIEWS", str(tmp_path / "reviews"))
    monkeypatch.setenv("RIGHTSGRAPH_STORE", str(tmp_path / "store"))
    return tmp_path


def _rg(*args: str, ok: bool = True):
    result = CliRunner().invoke(main, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    return result


def _rows(work: Path, sid: str) -> dict[str, dict]:
    store = GraphStore.open(work / "store")
    try:
        return {r["id"]: r for r in candidate_rows(store, BASE, sid)}
    finally:
        store.close()


def _ingest(work: Path, path: Path, *args: str):
    result = _rg("ingest-articles", str(path), *args)
    sid = re.search(r"rightsgraph review (\S+)", result.stderr)[1]
    return sid, result


def _figure(rows: dict, measure: str) -> dict:
    return next(r for r in rows.values() if r["type"] == "figure" and r["record"]["record"]["measure"] == measure)


# ---- ingest --------------------------------------------------------------------------------------------------


def test_an_unknown_publisher_is_a_candidate_organisation_that_becomes_the_publisher(work):
    sid, result = _ingest(work, _article(work))
    assert "Example Daily Chronicle" in result.stderr and "proposed as a new organisation" in result.stderr
    rows = _rows(work, sid)
    publisher = rows["org/example-daily-chronicle"]
    assert publisher["record"]["record"] == {"type": "Organisation", "id": "org/example-daily-chronicle",
                                             "name": {"en": "Example Daily Chronicle"}}
    assert publisher["quote"] == "Example Daily Chronicle" and publisher["start"] == -1  # from the header
    _rg("review", sid, "--accept", "org/example-daily-chronicle")
    store = GraphStore.open(work / "store")
    assert store.query(f"ASK {{ <{BASE}source/{sid}> dcterms:publisher id:org\\/example-daily-chronicle . "
                       "id:org\\/example-daily-chronicle rdfs:label 'Example Daily Chronicle'@en }").askAnswer


def test_a_known_publisher_is_found_by_its_name_or_acronym(work):
    sid, result = _ingest(work, _article(work, publisher="Voice of Vietnam (VOV)"))
    assert "proposed as a new organisation" not in result.stderr
    assert not any(r["rule"] == "article.publisher" for r in _rows(work, sid).values())
    header = next(e["header"] for e in read_meta(work / "store").ingested if e.get("format") == "article-source")
    assert header["publisher"] == "org/vov"


def test_dates_without_a_year_take_the_article_s_and_are_named_when_it_has_none(work):
    dated = _article(work)
    sid, result = _ingest(work, dated)
    assert {"date/2024-07-03", "date/2024-07-04"} <= set(_rows(work, sid))
    assert "no year" not in result.stderr
    undated = work / "undated.txt"
    undated.write_text("\n".join(line for line in dated.read_text().splitlines()
                                 if not line.startswith(("DATE:", "URL:"))), encoding="utf-8")
    result = _rg("ingest-articles", str(undated))
    warnings = [line for line in result.stderr.splitlines() if "has no year" in line]
    assert len(warnings) == 2 and "'July 3'" in warnings[0] and "'July 4'" in warnings[1], result.stderr
    assert "figure" in result.stderr and "as of a date" in result.stderr  # a figure needs its date too
    other = re.search(r"rightsgraph review (\S+)", result.stderr)[1]
    assert other != sid
    rows = _rows(work, other)
    assert rows and not [i for i in rows if i.startswith(("date/", "figure/"))]


def test_many_articles_with_a_manifest(work):
    one = _article(work, "one.txt")
    two = _article(work, "two.txt", url="https://example.org/news/other", title="Viet Nam and the UPR again")
    manifest = work / "articles.csv"
    manifest.write_text("path,url,title,date,publisher,language\n"
                        f"{one.name},,A title from the manifest,2023-02-01,org/vna,\n"
                        f"{two.name},https://example.org/news/second,,,,en\n", encoding="utf-8")
    result = _rg("ingest-articles", "--manifest", str(manifest))
    assert result.stderr.count("review with") == 2
    headers = {e["header"]["local_copy"]: e["header"] for e in read_meta(work / "store").ingested
               if e.get("format") == "article-source"}
    assert headers["one.txt"]["title"] == {"en": "A title from the manifest"}
    assert headers["one.txt"]["date"] == "2023-02-01" and headers["one.txt"]["publisher"] == "org/vna"
    assert headers["one.txt"]["url"] == "https://example.org/news/upr-review"  # the header's, the cell being empty
    assert headers["two.txt"]["url"] == "https://example.org/news/second"
    assert headers["two.txt"]["title"] == {"en": "Viet Nam and the UPR again"}
    bad = work / "bad.csv"
    bad.write_text("path,colour\none.txt,red\n", encoding="utf-8")
    result = _rg("ingest-articles", "--manifest", str(bad), ok=False)
    assert result.exit_code == 1 and "unknown manifest column 'colour'" in result.output
    missing = work / "missing.csv"
    missing.write_text("path\nnowhere.txt\n", encoding="utf-8")
    result = _rg("ingest-articles", "--manifest", str(missing), ok=False)
    assert result.exit_code == 1 and "missing.csv:2: no such file: nowhere.txt" in result.output
    assert _rg("ingest-articles", ok=False).exit_code == 2


def test_ingest_article_help_shows_the_article_options_only():
    article = _rg("ingest", "article", "--help").output
    assert article.split("\n")[0].endswith(" ingest article [OPTIONS] [FILES]...")  # not the FORMAT of data files
    for option in ("--manifest", "--publisher", "--date", "--lang", "--reviews"):
        assert option in article
    for option in ("--skip-bad", "--rejects", "--replace"):
        assert option not in article
    assert _rg("ingest-articles", "--help").output.split("\n", 1)[1] == article.split("\n", 1)[1]
    data = _rg("ingest", "--help").output
    assert "--skip-bad" in data and "--publisher" not in data and "ingest article --help" in data


def test_ingest_article_ingests(work):
    result = _rg("ingest", "article", str(_article(work)), "--date", "2024-07-06")
    assert "review with: rightsgraph review" in result.stderr
    assert [e["header"]["date"] for e in read_meta(work / "store").ingested if e.get("format") == "article-source"] \
        == ["2024-07-06"]


# ---- re-ingest ----------------------------------------------------------------------------------------------


def test_a_changed_article_is_the_same_source_keeps_its_decisions_and_drops_what_is_gone(work):
    path = _article(work)
    sid, _ = _ingest(work, path)
    _rg("review", sid, "--accept", "org/undp", "--reject", "org/ilo")
    # the article changes: a new title and date, the ILO sentence gone, another figure
    path = _article(work, accepted=280, extra="", title="Viet Nam accepts most recommendations", date="2024-07-06")
    again, result = _ingest(work, path)
    assert again == sid  # the same URL: the same source, whatever the title says
    assert "replacing its earlier candidates; 1 accepted before still proposed" in result.stderr
    assert "no longer proposed" in result.stderr and "org/ilo" in result.stderr
    rows = _rows(work, sid)
    assert rows["org/undp"]["status"] == "accepted"
    assert "org/ilo" not in rows
    assert _figure(rows, "recommendations-accepted")["record"]["record"]["value"] == "280"
    assert not [i for i in rows if i.endswith("--271")]
    articles = [e for e in read_meta(work / "store").ingested if e.get("format") == "article"]
    assert [e["source"] for e in articles] == [sid]
    # no URL: the file name is the article
    plain = work / "plain.txt"
    plain.write_text("Viet Nam briefs partners\nThe UN Development Programme (UNDP) attended.\n", encoding="utf-8")
    first, _ = _ingest(work, plain, "--date", "2024-05-05")
    plain.write_text("Viet Nam briefs its partners again\nThe UNDP attended.\n", encoding="utf-8")
    assert _ingest(work, plain, "--date", "2024-05-05")[0] == first


# ---- review ---------------------------------------------------------------------------------------------------


def test_the_reviews_directory_is_honoured_and_the_package_is_not_written(work, tmp_path):
    def snapshot() -> dict[str, tuple[float, str]]:
        return {str(p): (p.stat().st_mtime, hashlib.sha256(p.read_bytes()).hexdigest())
                for p in sorted(PACKAGE.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}

    before = snapshot()
    sid, _ = _ingest(work, _article(work))
    _rg("review", sid, "--accept", "org/undp")
    assert (work / "reviews" / f"{sid}.yaml").is_file()
    elsewhere = tmp_path / "elsewhere"
    _rg("review", sid, "--reject", "org/ilo", "--reviews", str(elsewhere))
    assert (elsewhere / f"{sid}.yaml").is_file()
    assert "org/ilo" not in (work / "reviews" / f"{sid}.yaml").read_text(encoding="utf-8")
    assert snapshot() == before
    assert not list(PACKAGE.rglob("reviews/*.yaml"))


def test_the_default_is_the_user_data_directory(monkeypatch, tmp_path):
    monkeypatch.delenv("RIGHTSGRAPH_REVIEWS")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert reviews_dir() == tmp_path / "xdg" / "rightsgraph" / "reviews"
    monkeypatch.setenv("RIGHTSGRAPH_REVIEWS", str(tmp_path / "mine"))
    assert reviews_dir() == tmp_path / "mine" and reviews_dir(tmp_path / "given") == tmp_path / "given"


def test_a_plain_build_applies_the_decisions(work):
    sid, _ = _ingest(work, _article(work))
    _rg("review", sid, "--accept", "holding/nguyen-minh-hang--deputy-minister-foreign-affairs-vnm")
    _rg("build")  # no option: $RIGHTSGRAPH_REVIEWS
    store = GraphStore.open(work / "store")
    posts = run_query(store, "person-posts", person="id:person/nguyen-minh-hang")
    assert {r["post"] for r in posts} == {f"{BASE}post/deputy-minister-foreign-affairs-vnm"}


def test_an_editor_s_comments_survive_the_next_decision(work):
    sid, _ = _ingest(work, _article(work))
    _rg("review", sid, "--accept", "org/undp", "--reject", "org/ilo")
    path = work / "reviews" / f"{sid}.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("records:"))
    lines.insert(at, "# Checked against the ministry's statement, 5 July.")
    lines.insert(at + 2, "  # UNDP: named twice in the article")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _rg("review", sid, "--accept", "place/geneva")
    text = path.read_text(encoding="utf-8")
    assert "# Checked against the ministry's statement, 5 July.\nrecords:" in text
    assert "  # UNDP: named twice in the article" in text
    doc = yaml.safe_load(text)
    assert {c for r in doc["records"] for c in r["from_candidates"]} == {"org/undp", "place/geneva"}
    assert [r["candidate"] for r in doc["rejected"]] == ["org/ilo"]


def test_a_correction_survives_re_ingest_and_rebuild_and_is_shown(work):
    path = _article(work)
    sid, _ = _ingest(work, path)
    holding = "holding/nguyen-minh-hang--deputy-minister-foreign-affairs-vnm"
    result = _rg("review", sid, "--accept", holding, "--set", "post=post/minister-foreign-affairs-vnm")
    assert "1 corrected" in result.stderr

    def check() -> None:
        store = GraphStore.open(work / "store")
        posts = run_query(store, "person-posts", person="id:person/nguyen-minh-hang")
        holdings = {str(h[0]) for h in store.query(
            f"SELECT ?h {{ ?h rg:holder <{BASE}person/nguyen-minh-hang> }}")}
        store.close()
        assert {r["post"] for r in posts} == {f"{BASE}post/minister-foreign-affairs-vnm"}
        # named after the corrected post, so a later holding of the proposed post cannot merge with it
        assert holdings == {f"{BASE}holding/nguyen-minh-hang--minister-foreign-affairs-vnm"}
        shown = _rg("review", sid).output
        assert "[accepted, corrected] holding" in shown
        assert ("corrected: post = post/minister-foreign-affairs-vnm "
                "(proposed: post/deputy-minister-foreign-affairs-vnm)") in shown

    check()
    _ingest(work, path)
    check()
    _rg("build")
    check()
    _rg("review", sid, "--reject", "org/ilo")  # another decision keeps the correction
    check()


def test_a_wrong_figure_and_a_wrong_date_are_corrected(work):
    sid, _ = _ingest(work, _article(work))
    rows = _rows(work, sid)
    figure = _figure(rows, "recommendations-accepted")
    _rg("review", sid, "--accept", figure["id"], "--set", "value=270")
    event = next(r for r in rows.values() if r["type"] == "event")
    _rg("review", sid, "--accept", event["id"], "--set", "date=2024-07-05")
    store = GraphStore.open(work / "store")
    assert store.query(f"ASK {{ <{BASE}{figure['id']}> rg:value ?v FILTER(?v = 270) }}").askAnswer
    assert store.query(f"ASK {{ <{BASE}{event['id']}> schema:startDate ?d FILTER(STR(?d) = '2024-07-05') }}").askAnswer


def test_a_date_is_accepted_as_the_date_of_an_event(work):
    sid, _ = _ingest(work, _article(work))
    rows = _rows(work, sid)
    event = next(r for r in rows.values() if r["type"] == "event")
    assert event["record"]["record"]["date"] == "2024-07-04"
    result = _rg("review", sid, "--accept", "date/2024-07-03", ok=False)
    assert result.exit_code == 2 and "--set event=" in result.output
    _rg("review", sid, "--accept", "date/2024-07-03", "--set", f"event={event['id']}")
    rows = _rows(work, sid)
    assert rows["date/2024-07-03"]["status"] == "accepted" and rows[event["id"]]["status"] == "accepted"
    store = GraphStore.open(work / "store")
    assert store.query(f"ASK {{ <{BASE}{event['id']}> schema:startDate ?d FILTER(STR(?d) = '2024-07-03') }}").askAnswer


def test_bad_corrections_are_refused_and_the_review_file_is_untouched(work):
    sid, _ = _ingest(work, _article(work))
    _rg("review", sid, "--accept", "org/undp")
    path = work / "reviews" / f"{sid}.yaml"
    before = path.read_bytes()
    holding = "holding/nguyen-minh-hang--deputy-minister-foreign-affairs-vnm"
    for args, status, words in [
        (["--accept", holding, "--set", "colour=red"], 2, "not a field a PostHolding can be corrected in"),
        (["--accept", holding, "--set", "post"], 2, "FIELD=VALUE"),
        (["--accept", "all", "--set", "post=post/x"], 2, "one candidate"),
        (["--accept", "date/2024-07-03", "--set", "event=org/undp"], 2, "not an event candidate"),
        (["--accept", holding, "--set", "post=post/no-such-post"], 1, "post/no-such-post"),
    ]:
        result = _rg("review", sid, *args, ok=False)
        assert result.exit_code == status and words in result.output, (args, result.output)
    assert path.read_bytes() == before


def test_an_accepted_figure_is_a_reported_figure_of_the_cycle_s_review(work):
    path = _article(work)
    sid, _ = _ingest(work, path)
    figure = _figure(_rows(work, sid), "recommendations-accepted")
    assert figure["record"]["record"]["about"] == "review/vnm-cycle-4"
    expected = re.search(r"accepted (\d+) out of", path.read_text(encoding="utf-8"))[1]
    store = GraphStore.open(work / "store")
    assert not [r for r in run_query(store, "upr-reported-figures", state="id:state/vnm")
                if r["source"] == f"{BASE}source/{sid}"]
    store.close()
    _rg("review", sid, "--accept", figure["id"])
    store = GraphStore.open(work / "store")
    mine = [r for r in run_query(store, "upr-reported-figures", state="id:state/vnm")
            if r["source"] == f"{BASE}source/{sid}"]
    assert [(r["cycle"], r["measure"], r["value"]) for r in mine] == [("4", "recommendations-accepted", expected)]


def test_a_figure_of_a_review_the_graph_lacks_proposes_the_review(work):
    path = work / "phl.txt"
    path.write_text("The Philippines accepts 200 of 297 recommendations\nIn its fourth cycle of the Universal "
                    "Periodic Review, the Philippines accepted 200 of the 297 recommendations it received.\n",
                    encoding="utf-8")
    sid, _ = _ingest(work, path, "--date", "2022-11-18")
    figure = _figure(_rows(work, sid), "recommendations-received")
    assert figure["record"]["record"]["about"] == "review/phl-cycle-4"
    assert [n["id"] for n in figure["record"]["needs"]] == ["review/phl-cycle-4"]
    _rg("review", sid, "--accept", figure["id"])
    store = GraphStore.open(work / "store")
    rows = [r for r in run_query(store, "upr-reported-figures", state="id:state/phl")]
    assert [(r["cycle"], r["measure"], r["value"]) for r in rows] == [("4", "recommendations-received", "297")]


def test_candidate_graphs_conform_to_the_shapes(work):
    sid, _ = _ingest(work, _article(work, extra="It was the 63rd regular session of the Human Rights Council.\n"))
    vi = work / "vi.txt"
    vi.write_text("TITLE: Việt Nam công bố báo cáo giữa kỳ\nDATE: 2024-07-05\nLANGUAGE: vi\n---\n"
                  "Việt Nam công bố báo cáo giữa kỳ\nNgày 3/7, tại Hà Nội, Bộ Ngoại giao tổ chức lễ công bố "
                  "báo cáo giữa kỳ tự nguyện UPR chu kỳ IV.\n", encoding="utf-8")
    vsid, _ = _ingest(work, vi)
    store = GraphStore.open(work / "store")
    label = store.candidates.select(f"""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?l WHERE {{ GRAPH ?g {{ <{BASE}session/hrc-63> rdfs:label ?l }} }}""")
    assert [str(row[0].value) for row in label] == ["Human Rights Council, session 63"]
    title = store.candidates.select(f"""PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?t WHERE {{ GRAPH ?g {{ <{BASE}source/{vsid}> dcterms:title ?t }} }}""")
    assert [(row[0].value, row[0].language) for row in title] == [("Việt Nam công bố báo cáo giữa kỳ", "vi")]
    store.close()
    result = _rg("validate", "--candidates", "--no-warnings")
    assert "0 violation(s)" in result.output
    # accepted, corrected: the reviewed graph and what is still proposed conform together
    _rg("review", sid, "--accept", "all", "--reject", "place/geneva")
    _rg("review", sid, "--accept", "holding/nguyen-minh-hang--deputy-minister-foreign-affairs-vnm",
        "--set", "post=post/minister-foreign-affairs-vnm")
    result = _rg("validate", "--candidates", "--no-warnings")
    assert "0 violation(s)" in result.output


def test_a_rejection_survives_re_ingest_and_rebuild_and_is_shown(work):
    path = _article(work)
    sid, _ = _ingest(work, path)
    quote = _rows(work, sid)["org/ilo"]["quote"]
    _rg("review", sid, "--reject", "org/ilo", "--note", "not a party to this")

    def check() -> None:
        shown = _rg("review", sid, "--status", "rejected").output
        assert re.search(r"\[rejected\] .*org/ilo", shown) and "not a party to this" in shown and quote in shown
        listed = {r["id"]: r for r in json.loads(_rg("review", sid, "--format", "json").output)}
        assert listed["org/ilo"]["status"] == "rejected"
        assert f"{sid}: " in (summary := _rg("review").output) and " 1 rejected" in summary

    check()
    _, result = _ingest(work, path)
    assert "1 rejected before and not proposed again" in result.stderr
    assert "org/ilo" not in _rows(work, sid)
    check()
    _rg("build")
    check()
