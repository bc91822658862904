"""Extraction of candidate facts from news articles: rules, evidence, review, evaluation, bad input."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import yaml
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from conftest import ID, SEEDS, needs_seeds, run_query
from rightsgraph.build import build, memory
from rightsgraph.cli import main
from rightsgraph.errors import DataError
from rightsgraph.extract import candidates as cands
from rightsgraph.extract.article import read_article, strip_html
from rightsgraph.extract.evaluate import TARGETS, evaluate, read_gold
from rightsgraph.extract.gazetteer import from_store
from rightsgraph.extract.ingest import candidate_rows, ingest_articles
from rightsgraph.extract.rules import extract
from rightsgraph.namespaces import base_iri
from rightsgraph.resources import data_dir
from rightsgraph.store import GraphStore, live_name, read_meta

GOLD = sorted((Path(__file__).parent / "gold").glob("*.yaml"))
BASE = base_iri()


@pytest.fixture(scope="module")
def gazetteer():
    return from_store(memory(), BASE)


def _write(tmp_path: Path, text: str, name: str = "article.txt", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _facts(tmp_path, gazetteer, text: str, date: str | None = "2024-05-12", language: str = "auto"):
    article = read_article(_write(tmp_path, text), language, date)
    return extract(article, gazetteer, "test-article")


def _keys(found, kind: str) -> set[str]:
    return {c.key for c in found if c.kind == kind}


# ---- evaluation on the hand-labelled seed articles (in ../shared/seeds) -----------------------------------


@needs_seeds
def test_every_seed_article_has_gold():
    assert len(GOLD) == 5
    assert {read_gold(p).article.resolve() for p in GOLD} == {p.resolve() for p in SEEDS.glob("*.txt")}


@needs_seeds
@pytest.mark.parametrize("known_people", [True, False])
def test_seed_articles_meet_the_targets(gazetteer, known_people):
    """Precision and recall >= 0.9 for the targeted fact types, with and without the people the graph knows."""
    scores = evaluate([read_gold(p) for p in GOLD], gazetteer if known_people else gazetteer.without("person"))
    for kind in TARGETS:
        score = scores[kind]
        assert score.precision >= 0.9 and score.recall >= 0.9, (kind, score)
    assert sum(s.tp + s.fn for s in scores.values()) >= 100  # the gold is not trivially small


@needs_seeds
def test_seed_articles_are_read_whole(gazetteer):
    """Every gold fact of the five seed articles is found and nothing else: a rule that loses one (round 11's 'of'
    between a number and its unit lost 'nearly 90% of the recommendations') fails here, not only below 0.9."""
    scores = evaluate([read_gold(p) for p in GOLD], gazetteer)
    assert {kind: (s.fp, s.fn) for kind, s in scores.items() if s.fp or s.fn} == {}


@needs_seeds
def test_harness_counts_misses_and_inventions(gazetteer, tmp_path):
    """A gold file missing a true fact and listing a false one costs exactly one FP and one FN."""
    source = GOLD[0]
    doc = yaml.safe_load(source.read_text(encoding="utf-8"))
    doc["article"] = str(read_gold(source).article)
    dropped = doc["facts"]["session"].pop()
    doc["facts"]["session"].append("session/hrc-99")
    changed = tmp_path / "gold.yaml"
    changed.write_text(yaml.safe_dump(doc), encoding="utf-8")
    score = evaluate([read_gold(changed)], gazetteer)["session"]
    assert (score.fp, score.fn) == (1, 1)
    assert score.false_positives == [f"gold: {dropped}"] and score.false_negatives == ["gold: session/hrc-99"]


@needs_seeds
def test_eval_extract_command(store_path):
    result = CliRunner().invoke(main, ["eval-extract", *map(str, GOLD), "--store", str(store_path),
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    golds = [read_gold(p) for p in GOLD]
    for kind in ("holding", "figure", "event"):  # the gold counted by the command is the gold files' own
        assert scores[kind]["gold"] == sum(len(g.facts.get(kind, ())) for g in golds) > 0, kind
    table = CliRunner().invoke(main, ["eval-extract", *map(str, GOLD), "--store", str(store_path)])
    assert "| holding * |" in table.output and "| all |" in table.output


def test_gold_facts_are_placed_by_reach(gazetteer, store_path, tmp_path):
    """A fact naming a body the graph knows is 'known', one it does not 'new', a figure of a measure no concept
    scheme has 'outside'; the recall of each counts only what was found."""
    _write(tmp_path, "OHCHR staff met the Mekong Watchers League and the river board in Hanoi on 3 May 2024.\n")
    gold = _write(tmp_path, "article: article.txt\nlanguage: en\ndate: 2024-05-12\nfacts:\n"
                  "  organisation: [org/ohchr, org/mekong-watchers-league, org/river-board]\n"
                  "  figure: [staff-members-met=3]\n"
                  "  date: [2024-05-03]\n", "gold.yaml")
    scores = evaluate([read_gold(gold)], gazetteer)
    assert scores["organisation"].reached == {"known": [1, 1], "new": [2, 1], "outside": [0, 0]}
    assert scores["figure"].reached == {"known": [0, 0], "new": [0, 0], "outside": [1, 0]}
    assert scores["date"].reached["known"] == [1, 1]
    out = CliRunner().invoke(main, ["eval-extract", str(gold), "--store", str(store_path), "--reach"])
    assert out.exit_code == 0, out.output
    assert "| organisation * | 1 | 1.00 | 2 | 0.50 | 0 | – |" in out.output
    assert "| figure * | 0 | – | 0 | – | 1 | 0.00 |" in out.output


def test_gold_file_errors_say_where(tmp_path):
    bad = _write(tmp_path, "article: nowhere.txt\nfacts: {}\n", "gold.yaml")
    with pytest.raises(DataError, match="not found") as err:
        read_gold(bad)
    assert err.value.line == 1
    _write(tmp_path, "Viet Nam briefs partners\n")
    typo = _write(tmp_path, "article: article.txt\nfacts:\n  persons: []\n", "g2.yaml")
    with pytest.raises(DataError, match="unknown fact type 'persons'"):
        read_gold(typo)


# ---- the rules ----------------------------------------------------------------------------------------------


def test_vietnamese_without_diacritics_links_the_same_person(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Thu truong Ngoai giao Ha Kim Ngoc phat bieu tai Ha Noi.", language="vi")
    assert "person/ha-kim-ngoc post/deputy-minister-foreign-affairs-vnm" in _keys(found, "holding")
    assert _keys(found, "place") == {"place/hanoi"}


def test_a_new_person_is_proposed_with_the_post(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Deputy Foreign Minister Nguyen Minh Hang met the press in Geneva.")
    holding = next(c for c in found if c.kind == "holding")
    assert holding.key == "person/nguyen-minh-hang post/deputy-minister-foreign-affairs-vnm"
    assert holding.needs == [{"type": "Person", "id": "person/nguyen-minh-hang", "name": {"en": "Nguyen Minh Hang"}}]


def test_headline_capitals_are_not_names(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Deputy Foreign Minister Rejects Incorrect Report on Human Rights\n")
    assert not _keys(found, "holding") and not _keys(found, "person")


def test_dates_resolve_against_the_article_date(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Ngày 12/12, tại Hà Nội, Bộ Ngoại giao tổ chức Lễ kỷ niệm.", "2023-01-05",
                   "vi")
    assert _keys(found, "date") == {"2022-12-12"}  # the nearest 12 December, not 2023's
    assert _keys(found, "event") == {"ceremony 2022-12-12"}
    found = _facts(tmp_path, gazetteer, "From May 7-10 the delegation met. On February 26-29, 2024 it spoke.")
    assert _keys(found, "date") == {"2024-05-07", "2024-05-10", "2024-02-26", "2024-02-29"}


def test_vietnamese_numbers_and_figures(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Việt Nam đã nhận được 1.250 khuyến nghị từ 122 nước và đã thực hiện 82,6% "
                   "các khuyến nghị đã chấp thuận.", language="vi")
    assert _keys(found, "figure") == {"recommendations-received=1250", "recommending-states=122",
                                      "accepted-recommendations-implemented=82.6"}


def test_sessions_cycles_terms_resolutions_acts(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "At the 58th regular session of the Human Rights Council, Viet Nam, a "
                   "candidate for the 2026-2028 term, cited Resolution 53/21 and the fifth cycle. Ngày 3/4/2020, Thủ "
                   "tướng Chính phủ đã có Quyết định 468/QĐ-TTg.")
    assert _keys(found, "session") == {"session/hrc-58"}
    assert _keys(found, "term") == {"2026-2028"}
    assert _keys(found, "resolution") == {"53/21"}
    assert _keys(found, "cycle") == {"cycle/5"}
    act = next(c for c in found if c.kind == "legal_act")
    assert act.record["issued"] == "2020-04-03" and act.record["issued_by"] == "post/prime-minister-vnm"
    new_session = next(c for c in found if c.kind == "session").record
    assert new_session == {"type": "Session", "id": "session/hrc-58", "body": "org/un-human-rights-council",
                           "number": 58}


def test_html_is_stripped_and_offsets_point_into_the_text(tmp_path, gazetteer):
    page = ("<html><head><title>x</title><script>var UNDP = 1;</script></head><body><h1>News</h1>"
            "<p>The <b>United Nations Development Programme</b> &amp; OHCHR met.</p></body></html>")
    article = read_article(_write(tmp_path, page, "page.html"), "en", "2024")
    assert "var UNDP" not in article.text and "&amp;" not in article.text
    found = extract(article, gazetteer, "page")
    orgs = {c.key: article.text[c.start:c.end] for c in found if c.kind == "organisation"}
    assert orgs == {"org/undp": "United Nations Development Programme", "org/ohchr": "OHCHR"}
    assert strip_html("<p>a<br>b</p>") == "a\nb"


# ---- ingest, evidence and review --------------------------------------------------------------------------


def _candidates(store_path: Path, source_id: str) -> list[dict]:
    """An article's candidate rows, the store opened and closed around them."""
    store = GraphStore.open(store_path)
    try:
        return candidate_rows(store, BASE, source_id)
    finally:
        store.close()


@pytest.fixture(scope="module")
def _fresh_once(tmp_path_factory) -> tuple[Path, Path]:
    """A store built once from a copy of the curated data, kept as it was built; and the folder it was built in."""
    work = tmp_path_factory.mktemp("fresh")
    shutil.copytree(data_dir(), work / "data", ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    build(work / "store", work / "data", reviews=work / "reviews")
    pristine = tmp_path_factory.mktemp("fresh-pristine")
    shutil.copytree(work, pristine, dirs_exist_ok=True)
    return pristine, work


@pytest.fixture
def fresh(_fresh_once, monkeypatch) -> tuple[Path, Path]:
    """A store built from a writable copy of the curated data, and that copy: the ones built once, copied back to
    the folder they were built in (the store names its data folder by path).  A copy takes milliseconds, a build
    half a second.  The editors' review files go to the folder beside them, ``reviews`` ($RIGHTSGRAPH_REVIEWS)."""
    pristine, work = _fresh_once
    shutil.rmtree(work)
    shutil.copytree(pristine, work)
    monkeypatch.setenv("RIGHTSGRAPH_REVIEWS", str(work / "reviews"))
    return work / "store", work / "data"


NEW_ARTICLE = ("Viet Nam briefs partners\n"
               "On May 3, Deputy Foreign Minister Nguyen Minh Hang told 45 delegates in Hanoi that Viet Nam "
               "had received 320 recommendations. The UN Development Programme (UNDP) attended.\n")


def test_candidates_carry_web_annotation_evidence(fresh, tmp_path):
    store_path, data = fresh
    path = _write(tmp_path, NEW_ARTICLE)
    [report] = ingest_articles([path], store_path, data, date="2024-05-05", publisher="org/vna")
    assert report.source_id == "2024-viet-nam-briefs-partners" and not report.curated
    store = GraphStore.open(store_path)
    text = read_article(path).text
    graph = cands.graph_iri(store.meta.base, report.source_id)
    rows = store.candidates.select("""
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?exact ?start ?end ?prefix ?suffix ?src WHERE {
          ?a a oa:Annotation ; oa:hasTarget ?t . ?t oa:hasSource ?src ; oa:hasSelector ?p, ?q .
          ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
          ?q a oa:TextQuoteSelector ; oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix }""", graph)
    rows = list(rows)
    assert len(rows) >= 8
    for exact, start, end, prefix, suffix, src in rows:
        s, e = int(start.value), int(end.value)
        assert text[s:e] == exact.value
        assert text[:s].endswith(prefix.value) and text[e:].startswith(suffix.value)
        assert src.value == f"{store.meta.base}source/{report.source_id}"


def test_candidates_stay_out_of_the_default_graph_until_accepted(fresh, tmp_path):
    store_path, data = fresh
    [report] = ingest_articles([_write(tmp_path, NEW_ARTICLE)], store_path, data, date="2024-05-05")
    sid = report.source_id
    ask = ("ASK { ?h <https://w3id.org/rightsgraph/ontology#holder> "
           "<https://w3id.org/rightsgraph/id/person/nguyen-minh-hang> }")
    in_graph = ask.replace("ASK {", f"ASK {{ GRAPH <{cands.graph_iri(BASE, sid)}> {{") + " }"
    store = GraphStore.open(store_path)
    assert not store.query(ask).askAnswer
    assert not store.query(in_graph).askAnswer  # not even by naming the candidate graph
    assert not store.query(ask.replace("ASK {", "ASK { GRAPH ?g {") + " }").askAnswer
    assert bool(store.candidates.select(in_graph))  # the review workspace has it
    rows = candidate_rows(store, BASE, sid)
    store.close()
    number = 1 + next(i for i, r in enumerate(rows) if r["type"] == "holding")
    result = CliRunner().invoke(main, ["review", sid, "--store", str(store_path), "--accept", str(number)])
    assert result.exit_code == 0, result.output
    store = GraphStore.open(store_path)
    assert store.query(ask).askAnswer
    posts = run_query(store, "person-posts", person="id:person/nguyen-minh-hang")
    assert {r["post"] for r in posts} == {f"{BASE}post/deputy-minister-foreign-affairs-vnm"}
    review = yaml.safe_load((data.parent / "reviews" / f"{sid}.yaml").read_text(encoding="utf-8"))
    assert review["source"]["id"] == sid  # the new source's description moved into the curated data
    assert [r["type"] for r in review["records"]] == ["Person", "PostHolding"]
    statuses = {r["id"]: r["status"] for r in candidate_rows(store, BASE, sid)}
    assert statuses["holding/nguyen-minh-hang--deputy-minister-foreign-affairs-vnm"] == "accepted"


def test_accepted_facts_are_the_statements_the_candidate_proposed(fresh, tmp_path):
    """Isomorphism: the candidate graph's statements about the holding = the reviewed graph's."""
    store_path, data = fresh
    [report] = ingest_articles([_write(tmp_path, NEW_ARTICLE)], store_path, data, date="2024-05-05")
    hid = "holding/nguyen-minh-hang--deputy-minister-foreign-affairs-vnm"

    def about(quads, graph: str) -> Graph:
        out = Graph()
        for q in quads.quads(ox.NamedNode(BASE + hid), graph=graph):
            if not q.predicate.value.endswith(("acceptedCandidate", "editorialNote")):
                out.add((URIRef(q.subject.value), URIRef(q.predicate.value),
                         URIRef(q.object.value) if isinstance(q.object, ox.NamedNode) else Literal(q.object.value)))
        return out

    store = GraphStore.open(store_path)
    proposed = about(store.candidates, cands.graph_iri(BASE, report.source_id))
    store.close()
    CliRunner().invoke(main, ["review", report.source_id, "--store", str(store_path), "--accept", hid])
    store = GraphStore.open(store_path)
    assert len(proposed) >= 4 and proposed.isomorphic(about(store, f"{BASE}source/{report.source_id}"))
    # the accepted fact is stated once: by the article's reviewed graph, nowhere else an analyst can see
    graphs = store.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ <{BASE}{hid}> ?p ?o }} }}")
    assert [str(row[0]) for row in graphs] == [f"{BASE}source/{report.source_id}"]


@needs_seeds
def test_rejected_candidates_are_not_proposed_again_and_survive_rebuilds(fresh, tmp_path):
    store_path, data = fresh
    seed = SEEDS / "004_2008e954494fd86e.txt"
    [report] = ingest_articles([seed], store_path, data)
    assert report.curated and report.source_id == "nhandan-2022-human-rights-day-upr-cycle-iv"
    runner = CliRunner()
    result = runner.invoke(main, ["review", report.source_id, "--store", str(store_path), "--reject",
                                  "org/united-nations", "--accept", "all", "--min-confidence", "0.9"])
    assert result.exit_code == 0, result.output
    rows = _candidates(store_path, report.source_id)
    status = {r["id"]: r["status"] for r in rows}
    assert status["org/united-nations"] == "rejected"
    assert all(s == "accepted" for i, s in status.items() if i != "org/united-nations" and
               next(r for r in rows if r["id"] == i)["confidence"] >= 0.9 and not i.startswith("date/"))
    build(store_path, data)  # the decisions come back from the curated data
    assert {r["id"]: r["status"] for r in _candidates(store_path, report.source_id)} == status
    [again] = ingest_articles([seed], store_path, data)
    assert again.dropped == 1
    assert "org/united-nations" not in {r["id"] for r in _candidates(store_path, report.source_id)}


def test_rejected_candidates_of_a_new_article_are_not_proposed_again_and_survive_rebuilds(fresh, tmp_path):
    """The same review cycle as on a seed article, on an article the test writes (no curated description)."""
    store_path, data = fresh
    path = _write(tmp_path, NEW_ARTICLE)
    [report] = ingest_articles([path], store_path, data, date="2024-05-05")
    result = CliRunner().invoke(main, ["review", report.source_id, "--store", str(store_path), "--reject", "org/undp",
                                       "--accept", "all", "--min-confidence", "0.9"])
    assert result.exit_code == 0, result.output
    rows = _candidates(store_path, report.source_id)
    status = {r["id"]: r["status"] for r in rows}
    assert status["org/undp"] == "rejected"
    assert {i for i, s in status.items() if s == "accepted"} == {
        r["id"] for r in rows if r["confidence"] >= 0.9 and r["id"] != "org/undp" and not r["id"].startswith("date/")}
    build(store_path, data)  # the decisions come back from the curated data
    assert {r["id"]: r["status"] for r in _candidates(store_path, report.source_id)} == status
    [again] = ingest_articles([path], store_path, data, date="2024-05-05")
    assert again.dropped == 1
    assert "org/undp" not in {r["id"] for r in _candidates(store_path, report.source_id)}


def test_review_lists_and_refuses_bad_choices(fresh, tmp_path):
    store_path, data = fresh
    [report] = ingest_articles([_write(tmp_path, NEW_ARTICLE)], store_path, data, date="2024-05-05")
    runner = CliRunner()
    listing = runner.invoke(main, ["review", report.source_id, "--store", str(store_path)])
    assert listing.exit_code == 0 and "person/nguyen-minh-hang NEW" in listing.output
    # each candidate's rule shows its held-out record, as calibration.yaml counts it
    rules = yaml.safe_load((Path(cands.__file__).parent / "calibration.yaml").read_text(encoding="utf-8"))["rules"]
    line = r"^ *\d+\. \[[^\]]+\] +\S+ +\S+(?: NEW)? +[\d.]+ (\S+)(?: \(right on new text (\d+) of (\d+)\))?$"
    shown = re.findall(line, listing.output, flags=re.M)
    assert len(shown) == len(_candidates(store_path, report.source_id)) > 3
    for rule, correct, candidates in shown:
        record = rules.get(rule, {})
        assert (int(correct or 0), int(candidates or 0)) == (record.get("held_out_correct", 0),
                                                               record.get("held_out_candidates", 0)), rule
    assert any(candidates for _, _, candidates in shown)
    listed = json.loads(runner.invoke(main, ["review", report.source_id, "--store", str(store_path),
                                             "--format", "json"]).stdout)
    assert all(r.get("held_out", {}).get("candidates", 0) == rules.get(r["rule"], {}).get("held_out_candidates", 0)
               for r in listed)
    summary = runner.invoke(main, ["review", "--store", str(store_path)])
    assert f"{report.source_id}: " in summary.output
    for args in (["--accept", "999"], ["--accept", "x; DROP"], ["--accept", "1", "--reject", "1"]):
        result = runner.invoke(main, ["review", report.source_id, "--store", str(store_path), *args])
        assert result.exit_code == 2, (args, result.output)
    assert runner.invoke(main, ["review", "no-such-source", "--store", str(store_path)]).exit_code == 2
    assert not (data.parent / "reviews").exists()


# ---- bad input --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    ("Déclaration de Genève, café".encode("latin-1"), "not UTF-8 text at byte"),
    ("Bộ Ngoại giao".encode("utf-16-le"), "binary"),
])
def test_bad_articles_are_refused_and_the_store_is_untouched(fresh, tmp_path, content, message):
    store_path, _ = fresh
    good = _write(tmp_path, NEW_ARTICLE, "good.txt")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    before = (live_name(store_path), read_meta(store_path).statements)
    result = CliRunner().invoke(main, ["ingest-articles", str(good), str(bad), "--store", str(store_path)])
    assert result.exit_code == 1 and message in result.output and "bad.txt" in result.output
    assert (live_name(store_path), read_meta(store_path).statements) == before


def test_a_large_article_is_refused_with_the_limit_named(fresh, tmp_path):
    store_path, _ = fresh
    big = _write(tmp_path, NEW_ARTICLE * 51000, "big.txt")  # 10 MB
    assert os.path.getsize(big) > 10_000_000
    result = CliRunner().invoke(main, ["ingest-articles", str(big), "--store", str(store_path)])
    assert result.exit_code == 1 and "over the article limit" in result.output


def test_hostile_text_stays_data(fresh, tmp_path):
    store_path, data = fresh
    hostile = ('Deputy Foreign Minister Nguyen "} ; DROP ALL ; # Van met <script>alert(1)</script> and '
               "the UN Development Programme (UNDP).\nA: &#0; } UNION { ?s ?p ?o } 320 recommendations.\n")
    [report] = ingest_articles([_write(tmp_path, hostile)], store_path, data, date="2024")
    store = GraphStore.open(store_path)
    rows = candidate_rows(store, BASE, report.source_id)
    assert any("<script>" in r["quote"] or "UNDP" in r["quote"] for r in rows)
    assert len(store) > 0 and store.query("ASK { ?s a <https://w3id.org/rightsgraph/ontology#State> }").askAnswer


def test_a_failed_ingest_leaves_the_store_as_it_was(fresh, tmp_path, monkeypatch):
    store_path, data = fresh
    before = (live_name(store_path), read_meta(store_path).statements)

    def broken(*args, **kwargs):
        yield from ()
        raise RuntimeError("disk full")

    monkeypatch.setattr(cands, "quads", broken)
    with pytest.raises(RuntimeError):
        ingest_articles([_write(tmp_path, NEW_ARTICLE)], store_path, data, date="2024")
    assert (live_name(store_path), read_meta(store_path).statements) == before


def test_article_options_belong_to_articles(store_path, tmp_path):
    path = _write(tmp_path, "x,y\n1,2\n", "data.csv")
    result = CliRunner().invoke(main, ["ingest", "upr-info", str(path), "--lang", "en", "--store", str(store_path)])
    assert result.exit_code == 2 and "--lang" in result.output
    result = CliRunner().invoke(main, ["ingest-articles", str(path), "--date", "2024-13", "--store",
                                       str(store_path)])
    assert result.exit_code == 1 and "2024-13" in result.output


def test_remove_takes_an_article_and_its_candidates_out(fresh, tmp_path):
    store_path, data = fresh
    [report] = ingest_articles([_write(tmp_path, NEW_ARTICLE)], store_path, data, date="2024-05-05")
    result = CliRunner().invoke(main, ["remove", report.source_id, "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    store = GraphStore.open(store_path)
    assert not store.candidates.graphs()
    assert not store.meta.ingested
    store.close()
    assert CliRunner().invoke(main, ["review", report.source_id, "--store", str(store_path)]).exit_code == 2


def test_a_candidacy_can_be_accepted(fresh, tmp_path):
    """A Candidacy has a field called 'candidate': the review's link to the candidate it came from is another."""
    store_path, data = fresh
    text = ("Viet Nam runs for the Council\nOn May 3, Viet Nam announced its candidacy for membership of the "
            "Human Rights Council for the 2026-2028 tenure.\n")
    [report] = ingest_articles([_write(tmp_path, text)], store_path, data, date="2024-05-05")
    rows = _candidates(store_path, report.source_id)
    candidacies = [r for r in rows if r["record"] and r["record"]["record"]["type"] == "Candidacy"]
    assert candidacies, [r["record"]["record"]["type"] for r in rows if r["record"]]
    result = CliRunner().invoke(main, ["review", report.source_id, "--store", str(store_path),
                                       "--accept", candidacies[0]["id"]])
    assert result.exit_code == 0, result.output
    store = GraphStore.open(store_path)
    assert store.query("ASK { ?c a rg:Candidacy ; rg:candidate id:state\\/vnm ; rg:acceptedCandidate ?id }").askAnswer


def test_a_review_killed_before_its_rebuild_is_applied_by_the_next_review(fresh, tmp_path):
    """The decision file is written, the rebuild never runs: the next `review` notices and rebuilds."""
    from rightsgraph.extract.reviews import record_decisions

    store_path, data = fresh
    [report] = ingest_articles([_write(tmp_path, NEW_ARTICLE)], store_path, data, date="2024-05-05")
    rows = _candidates(store_path, report.source_id)
    org = next(r for r in rows if r["id"] == "org/undp")
    reviews = data.parent / "reviews"
    reviews.mkdir(exist_ok=True)
    (reviews / f".{report.source_id}.yaml.tmp").write_text("half", encoding="utf-8")  # a killed write
    header = read_meta(store_path).ingested
    header = next(e["header"] for e in header if e.get("format") == "article-source")
    record_decisions(report.source_id, header, [], [org], data, reviews=reviews)  # ... and then the process died
    assert not list(reviews.glob(".*.tmp"))
    result = CliRunner().invoke(main, ["review", report.source_id, "--store", str(store_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "rebuilding first" in result.stderr
    shown = {r["id"]: r["status"] for r in json.loads(result.stdout)}
    assert shown["org/undp"] == "rejected"


def test_vietnamese_state_names_are_found_but_not_one_syllable_ones(seed):
    """CLDR's Vietnamese names find states in Vietnamese text; "Nga" (Russia) and "Đức" (Germany) are also
    given names, so one-syllable Vietnamese names are left out."""
    from rightsgraph.extract.gazetteer import from_store

    gazetteer = from_store(seed, ID)
    assert [e.id for e in gazetteer.lookup("Thái Lan")] == ["state/tha"]
    assert gazetteer.lookup("Đức") == [] and not any(e.id == "state/rus" for e in gazetteer.lookup("Nga"))
    found = {m.entity.id for m in gazetteer.find("Bà Nguyễn Thị Nga gặp đại diện Nhật Bản.")}
    assert "state/jpn" in found and "state/rus" not in found


def test_a_name_written_with_a_comma_is_found_with_it(gazetteer):
    """A known name with a comma in it ('Committee on Economic, Social and Cultural Rights') is found as printed, in
    any case; the words of a name without one stay apart at a comma ('Viet, Nam')."""
    for text in ("The Committee on Economic, Social and Cultural Rights met.",
                 "COMMITTEE ON ECONOMIC, SOCIAL AND CULTURAL RIGHTS CONSIDERS REPORT"):
        assert "org/cescr-committee" in {m.entity.id for m in gazetteer.find(text)}
    assert "state/vnm" not in {m.entity.id for m in gazetteer.find("They met in Viet, Nam said.")}
    assert "org/molisa-vnm" in {m.entity.id for m in gazetteer.find("Bộ Lao động, Thương binh và Xã hội")}


def test_an_accepted_name_finds_no_longer_name_and_no_lone_word(gazetteer, tmp_path):
    """Names editors accept grow the gazetteer: a known 'Nguyễn Hồng' is not the 'Nguyễn Hồng Thao' a text names (a
    longer name it begins), nor does a one-word name ('Hang') become every namesake; a copy without one kind keeps
    the entities no name finds (a post known by its id) and the one-syllable states."""
    from copy import deepcopy

    from rightsgraph.extract.gazetteer import Entity

    grown = deepcopy(gazetteer)
    grown.add(Entity("person/nguyen-hong", "Person", "person", "Nguyễn Hồng"), "Nguyễn Hồng")
    grown.add(Entity("person/hang", "Person", "person", "Hang"), "Hang")
    path = tmp_path / "a.txt"
    path.write_text("Tiêu đề bài báo\n\nGiáo sư Nguyễn Hồng Thao phát biểu tại hội nghị. Ông Nguyễn Hồng cho biết "
                    "Hang và các đại biểu đồng ý với Việt Nam.\n", encoding="utf-8")
    persons = {c.key: c.rule for c in extract(read_article(path, "vi", "2024-05-12"), grown, "x")
               if c.kind == "person"}
    assert persons.get("person/nguyen-hong") == "gazetteer.name"  # the name alone, still found
    assert "person/hang" not in persons and grown.lookup("Hang") == []
    article = read_article(path, "vi", "2024-05-12")
    found = next(c for c in extract(article, grown, "x") if c.key == "person/nguyen-hong")
    longer = article.text.index("Nguyễn Hồng Thao")
    assert all(start != longer for start, _ in [(found.start, found.end), *found.spans])  # not in the longer name
    copy = gazetteer.without("person")
    assert copy.short_states == gazetteer.short_states and copy.country == gazetteer.country != {}
    assert {k for k, e in gazetteer.entities.items() if e.kind != "person"} == set(copy.entities)


def test_every_name_of_the_graph_is_short_enough_for_the_gazetteer_to_find():
    """A name longer than the gazetteer reads would never be found, silently (ten of the reference data's were, the
    Council's mandates' official names in Vietnamese among them: the code review of round 37)."""
    from rightsgraph.extract.gazetteer import KINDS, LABELS, MAX_NAME_TOKENS, tokens
    from rightsgraph.namespaces import RG
    rows = memory().select(LABELS % " ".join(f"<{RG[name]}>" for name in KINDS))
    lengths = {name.value: len(tokens(name.value)) for _, _, name, _, _ in rows}
    assert max(lengths.values()) > 16  # (the Vietnamese names that were lost are there)
    assert {name for name, n in lengths.items() if n > MAX_NAME_TOKENS} == set()
