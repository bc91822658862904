"""The query library: headers, the CLI, parameters as data, and each query's answers on the seed graph and
on real UPR data (expected values computed here with csv and regular expressions)."""

from __future__ import annotations

import csv
import html
import re
from collections import Counter
from decimal import Decimal

import pytest
import yaml
from click.testing import CliRunner
from rdflib import URIRef
from rdflib.plugins.sparql import prepareQuery

from conftest import ID, REAL, SLOVENIA, UPR_INFO, run_query
from rightsgraph.cli import main
from rightsgraph.errors import QueryError
from rightsgraph.library import GROUPS, find, library
from rightsgraph.library.binding import bind
from rightsgraph.library.queryfile import parse_query_file
from rightsgraph.namespaces import RGC, prefixes
from rightsgraph.resources import data_dir
from rightsgraph.store import GraphStore
from rightsgraph.upr.ingest import ingest

real = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realdata is not beside the repository")


def test_the_library_has_25_queries_in_every_group_with_headers():
    queries = library()
    assert len(queries) >= 25
    assert {q.group for q in queries} == set(GROUPS)
    for q in queries:
        assert q.title and q.description and q.examples, q.name
        assert all(p.default is not None and p.description for p in q.params.values()), q.name
        assert all(f"?{name}" in q.text.split("WHERE")[0] for name in q.params), f"{q.name}: params projected"
        assert f"rightsgraph query {q.name}" in q.examples[0] or q.name in q.examples[0]


def test_cli_lists_the_queries_and_runs_one(store_path):
    runner = CliRunner()
    listed = runner.invoke(main, ["queries"])
    assert listed.exit_code == 0 and all(q.name in listed.output for q in library())
    result = runner.invoke(main, ["query", "person-posts", "--store", str(store_path), "--format", "csv",
                                  "--param", "person=id:person/ha-kim-ngoc"])
    assert result.exit_code == 0, result.output
    assert "deputy-minister-foreign-affairs-vnm" in result.output and "do-hung-viet" not in result.output


def test_unknown_or_malformed_parameters_are_usage_errors_listing_the_parameters(store_path):
    runner = CliRunner()
    result = runner.invoke(main, ["query", "post-holders-on-date", "--store", str(store_path), "--param", "who=x"])
    assert result.exit_code == 2 and "unknown parameter who" in result.output
    assert "post (iri" in result.output and "date (date" in result.output
    result = runner.invoke(main, ["query", "post-holders-on-date", "--store", str(store_path), "--param", "date"])
    assert result.exit_code == 2 and "key=value" in result.output
    result = runner.invoke(main, ["query", "post-holders-on-dat", "--store", str(store_path)])
    assert result.exit_code == 1 and "post-holders-on-date" in result.output  # the closest name


HOSTILE = ['"} ; DROP ALL ; #', "> } UNION { ?s ?p ?o", "'\\\" ) } } SELECT * WHERE { ?s ?p ?o } #\n"]
SEARCH = """# param: name (string) = x -- a label to look for
SELECT ?name ?thing WHERE { ?thing rdfs:label ?label FILTER(STR(?label) = ?name) }"""


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_parameter_values_are_data(store_path, value):
    store = GraphStore.open(store_path)
    before = len(store)
    parsed = parse_query_file(SEARCH)
    bindings = parsed.bindings({"name": value})
    assert list(store.query(parsed.text, bindings)) == []  # no label is that string: nothing matches
    assert len(store) == before
    # The text sent to a remote endpoint parses, and the value in it is exactly the value given.
    sent = bind(parsed.text, bindings)
    algebra = prepareQuery(sent).algebra
    assert value in _literals(algebra)  # the whole value, one literal
    assert [str(v) for v in algebra["PV"]] == ["name", "thing"]  # and the query's shape is unchanged
    with pytest.raises(Exception, match="iri"):
        find("person-posts").bindings({"person": value})


def _literals(node, found=None) -> set[str]:
    from rdflib import Literal

    found = set() if found is None else found
    if isinstance(node, Literal):
        found.add(str(node))
    elif isinstance(node, dict):
        for v in node.values():
            _literals(v, found)
    elif isinstance(node, (list, tuple)):
        for v in node:
            _literals(v, found)
    return found


def test_bind_adds_missing_prefixes_and_a_values_block_in_the_outer_group():
    text = "PREFIX rg: <urn:other#>\nSELECT ?x WHERE { ?x a rg:Thing }"
    sent = bind(text, {"x": URIRef(ID + "a")})
    assert "PREFIX rg:" in sent and sent.count("PREFIX rg:") == 1 and "PREFIX skos:" in sent
    assert re.search(r"WHERE \{ +VALUES \(\?x\) \{ \(<[^>]+/id/a>\) \}", sent)
    # a '#' inside an IRI or string is not a comment, and SELECT or braces inside a string are not code
    assert bind('SELECT ?x WHERE { ?x <urn:a#b> "c#d { SELECT ?x {" }', {"x": URIRef(ID + "a")}).count("VALUES") == 1
    # CONSTRUCT: the block goes into the WHERE group, not the template
    sent = bind("CONSTRUCT { ?x a ?y } WHERE { ?x a ?y }", {"x": URIRef(ID + "a")})
    assert sent.index("VALUES") > sent.index("WHERE")
    with pytest.raises(QueryError, match="no WHERE"):
        bind("DESCRIBE <urn:a>", {"x": URIRef(ID + "a")})


def test_bind_copies_the_block_into_subqueries_that_project_the_variable():
    text = """SELECT ?x ?n ?m WHERE {
      { SELECT ?x (COUNT(?y) AS ?n) WHERE { ?x ?p ?y } GROUP BY ?x }
      { SELECT (COUNT(?y) AS ?m) WHERE { ?x ?p ?y } }
      { SELECT ?y (STR(?y) AS ?x2) WHERE { ?y ?p ?x } }
      { SELECT * WHERE { ?x ?p ?y } } }"""
    sent = bind(text, {"x": URIRef(ID + "a")})
    groups = sent.split("SELECT")
    assert "VALUES" in groups[1] and "VALUES" in groups[2]  # outer and the one projecting ?x
    assert "VALUES" not in groups[3] + groups[4] + groups[5]  # not aggregated away, not unprojected, not *


@pytest.mark.parametrize("name", ["action-categories", "reported-vs-loaded", "top-recommending-states",
                                  "recommendations-followed", "hrc-sessions", "recommendations-per-cycle"])
def test_pushing_the_values_into_subqueries_changes_no_answer(upr, name):
    """The same bindings joined only in the outer group give the same rows, just more slowly."""
    from rightsgraph.library.binding import _block

    values = {"state": "id:state/svn", "minScore": "0.35"} if name == "recommendations-followed" else {}
    q = find(name)
    bindings = q.bindings(values, upr.meta.base)
    pushed = _rows(upr.query(q.text, bindings))
    assert pushed, f"{name} finds nothing to compare"
    at = q.text.index("{", q.text.index("SELECT")) + 1
    top_only = q.text[:at] + _block(bindings) + q.text[at:]
    assert _rows(upr.query(top_only)) == pushed


def _rows(result) -> list[tuple]:
    return sorted(tuple("" if v is None else str(v) for v in row) for row in result)


# ---------------------------------------------------------------------------------------------- seed graph


def test_post_holders_on_a_date(seed):
    rows = run_query(seed, "post-holders-on-date")
    assert [(r["personLabel"], r["status"]) for r in rows] == [  # the nearest report first
        ("Do Hung Viet", "attested"), ("Ha Kim Ngoc", "attested before")]
    before = run_query(seed, "post-holders-on-date", date="2022-01-01")
    assert [(r["personLabel"], r["status"], r["monthsAway"]) for r in before] == [
        ("Ha Kim Ngoc", "attested after", "11"), ("Do Hung Viet", "attested after", "28")]
    assert run_query(seed, "post-holders-on-date", date="2019-01-01") == []  # no report within 36 months
    assistant = run_query(seed, "post-holders-on-date", post="id:post/assistant-minister-foreign-affairs-vnm",
                          date="2023-06-01")
    assert [(r["personLabel"], r["status"]) for r in assistant] == [("Do Hung Viet", "attested before")]


def test_officials_in_a_period(seed):
    rows = run_query(seed, "officials-in-period", start="2024-01-01", end="2024-12-31")
    assert {r["personLabel"] for r in rows} >= {"Do Hung Viet"}
    # reported in the period, or in a tenure the reference data states over it (read off reference.yaml)
    records = yaml.safe_load((data_dir() / "reference.yaml").read_text(encoding="utf-8"))["records"]
    def first(day):  # a tenure dated by its year or month only: its first day, or (below) its last
        return str(day) + "-01-01"[len(str(day)) - 4:] if len(str(day)) < 10 else str(day)

    def last(day):
        return str(day) + "-12-31"[len(str(day)) - 4:] if len(str(day)) < 10 else str(day)
    def stated_over(start, end):
        return {r["holder"].split("/")[1] for r in records if r["type"] == "PostHolding"
                and first(r["start"]) <= end and last(r.get("end", "9999")) >= start}
    stated = stated_over("2024-01-01", "2024-12-31")
    unreported = {r["person"].rsplit("/", 1)[1] for r in rows
                  if not (r["lastReported"] >= "2024-01-01" and r["firstReported"] <= "2024-12-31")}
    assert unreported <= stated and "omar-zniber" in {r["person"].rsplit("/", 1)[1] for r in rows}
    y2022 = {r["personLabel"] for r in run_query(seed, "officials-in-period")}
    assert {"Ha Kim Ngoc", "Pauline Tamesis", "Ramla Khalidi"} <= y2022 and "Do Hung Viet" in y2022
    # long before the sources: only the tenures the reference data states over the year (a sultan's since 1967)
    y1990 = run_query(seed, "officials-in-period", start="1990-01-01", end="1990-12-31")
    assert {r["person"].rsplit("/", 1)[1] for r in y1990} == stated_over("1990-01-01", "1990-12-31") != set()


def test_events_of_a_person_and_of_a_body(seed):
    rows = run_query(seed, "agent-events")
    assert [(r["event"], r["how"]) for r in rows] == [
        (ID + "event/2022-12-12-human-rights-day-upr-cycle-iv-launch", "participant")]
    undp = run_query(seed, "agent-events", agent="id:org/undp")
    assert {r["how"] for r in undp} == {"organiser"} and len(undp) >= 2


def test_organisations_with_acronyms_and_vietnamese_names(seed):
    rows = {r["label"]: r for r in run_query(seed, "organisations")}
    assert "HRC" in rows["Human Rights Council"]["acronyms"].split() or "UNHRC" in rows["Human Rights Council"][
        "acronyms"]
    assert rows["Human Rights Council"]["labelVi"].startswith("Hội đồng Nhân quyền")
    assert not any(r["class"].endswith("#State") for r in rows.values())


def test_implementation_figures_over_time(seed):
    rows = run_query(seed, "implementation-figures")
    assert [r["asOf"] for r in rows] == sorted(r["asOf"] for r in rows)
    values = {(r["measure"], r["value"], r["max"]) for r in rows}
    assert ("accepted-recommendations-implemented", "82.6", None) in values
    assert ("recommendations-implemented", None, "90") in values  # "nearly 90%": a bound, not a value


def test_report_status(seed):
    rows = run_query(seed, "report-status")
    midterm = [r for r in rows if r["report"] == ID + "report/vnm-midterm-cycle-3"]
    assert {r["status"] for r in midterm} >= {"approved"} and midterm[0]["approvedOn"] == "2022-03-22"


def test_commitments(seed):
    rows = run_query(seed, "commitments")
    assert rows and all(r["agent"] == ID + "state/vnm" and r["text"] for r in rows)


def test_sources_with_kind_and_statement_counts(seed):
    rows = {r["source"]: r for r in run_query(seed, "sources")}
    articles = [r for r in rows.values() if r["kind"] == "NewsArticle"]
    assert len(articles) == 5
    for source, row in rows.items():
        n = int(next(iter(seed.query("SELECT (COUNT(*) AS ?n) ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                                     {"g": _iri(source)})))[0])
        assert int(row["statements"]) == n


def test_reported_figures_beside_the_loaded_recommendations(built, tmp_path):
    """291 recommendations reported for Viet Nam's third cycle, beside the few a small file loads for it."""
    path = built
    rows = [["To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue",
             "Session"]]
    rows += [["Viet Nam", "Asia", "ASEAN", f"Recommendation number {i}", frm, "WEOG", "", resp, "4", "Justice",
              "32"] for i, (frm, resp) in enumerate([("France", "Accepted"), ("Germany", "Noted"),
                                                      ("France", "Accepted")])]
    sample = tmp_path / "vn-cycle-3.csv"
    with open(sample, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    ingest("upr-info", [sample], path)
    got = {r["measure"]: (r["reported"], r["loaded"])
           for r in run_query(GraphStore.open(path), "reported-vs-loaded") if r["review"].endswith("cycle-3")}
    assert got == {"recommendations-received": ("291", "3"), "recommending-states": ("122", "2"),
                   "recommendations-accepted": ("241", "2"), "accepted-recommendations-implemented": ("82.6", None)}


def _iri(text: str):
    from rdflib import URIRef

    return URIRef(text)


# ------------------------------------------------------------------------------------------ real UPR data


def _upr_rows(to: str = "Viet Nam") -> list[dict]:
    with open(UPR_INFO, encoding="mac_roman", newline="") as handle:
        return [r for r in csv.DictReader(handle) if r["To"] == to]


@real
def test_recommendations_per_cycle_with_acceptance_rate(upr):
    rows = _upr_rows()
    (got,) = run_query(upr, "recommendations-per-cycle")
    accepted = sum(r["Response"] == "Accepted" for r in rows)
    assert (got["cycle"], got["recommendations"], got["supportedCount"], got["notedCount"]) == (
        "1", str(len(rows)), str(accepted), str(sum(r["Response"] == "Noted" for r in rows)))
    assert got["recommendingStates"] == str(len({r["From"] for r in rows}))
    assert Decimal(got["supportedPercent"]) == Decimal(round(Decimal(1000 * accepted) / len(rows))) / 10


@real
def test_top_recommending_states(upr):
    want = Counter(html.unescape(r["From"]) for r in _upr_rows())
    got = run_query(upr, "top-recommending-states")
    assert [int(r["recommendations"]) for r in got] == sorted(want.values(), reverse=True)
    assert int(got[0]["recommendations"]) == max(want.values())


@real
def test_themes_over_cycles(upr):
    want = Counter(issue.strip() for r in _upr_rows() for issue in html.unescape(r["Issue"]).split(",") if issue)
    got = run_query(upr, "themes-over-cycles")
    assert sorted(int(r["recommendations"]) for r in got) == sorted(want.values())
    assert {r["themeLabel"].casefold() for r in got} == {w.casefold() for w in want}
    assert {(r["scheme"], r["schemeLabel"]) for r in got} == {(RGC + "upr-info-issue", "UPR Info issues")}


@real
def test_recommendations_by_regional_group(upr):
    groups = {"Asia": "asia-pacific", "Africa": "african", "EEG": "eeg", "GRULAC": "grulac", "WEOG": "weog"}
    want = Counter(groups[r["From-Rgrp"]] for r in _upr_rows() if r["From-Rgrp"] in groups)
    got = {r["group"].rsplit("/", 1)[1]: int(r["recommendations"])
           for r in run_query(upr, "recommendations-by-regional-group")}
    assert got == dict(want)


@real
def test_action_category_shares(upr):
    want = Counter(r["Action"] for r in _upr_rows() if r["Action"].strip())
    got = run_query(upr, "action-categories")
    assert {r["category"]: int(r["recommendations"]) for r in got} == dict(want)
    total = sum(want.values())
    assert all(Decimal(r["percent"]) == Decimal(round(Decimal(1000 * want[r["category"]]) / total)) / 10 for r in got)


@real
def test_sdg_coverage_from_the_thematic_lists(upr):
    text = SLOVENIA[1].read_text(encoding="utf-8")  # cycle IV: every paragraph lists its SDGs as "- N - NAME"
    paragraphs = re.split(r"\n(?=\d+\.\d+ )", text)[1:]
    want = Counter(goal for p in paragraphs for goal in set(re.findall(r"^- (\d{1,2}) - [A-Z]", p, re.M)))
    got = {r["goal"]: int(r["recommendations"]) for r in run_query(upr, "sdg-coverage", state="id:state/svn")
           if r["cycle"] == "4"}
    assert got == dict(want)


@real
def test_what_a_state_recommends_to_others(upr):
    mine = [r for r in _all_upr_rows() if r["From"] == "Switzerland"]
    rows = run_query(upr, "recommendations-made-by")
    assert len({r["state"] for r in rows}) == len({r["To"] for r in mine})
    themes = Counter(issue.strip().casefold() for r in mine for issue in html.unescape(r["Issue"]).split(",") if issue)
    assert {(r["themeLabel"] or "").casefold(): int(r["recommendations"]) for r in rows if r["stateLabel"] == "Viet Nam"
            } == {k: v for k, v in Counter(issue.strip().casefold() for r in mine if r["To"] == "Viet Nam"
                                           for issue in html.unescape(r["Issue"]).split(",") if issue).items()}
    assert sum(int(r["recommendations"]) for r in rows) == sum(themes.values())
    assert {r["scheme"] for r in rows} == {RGC + "upr-info-issue"}


def _all_upr_rows() -> list[dict]:
    with open(UPR_INFO, encoding="mac_roman", newline="") as handle:
        return list(csv.DictReader(handle))


@real
def test_recommendations_followed_across_cycles(upr):
    rows = run_query(upr, "recommendations-followed", state="id:state/svn", minScore="0.35")
    assert rows and all(Decimal(r["score"]) >= Decimal("0.35") and r["laterCycle"] > r["earlierCycle"] for r in rows)
    strict = run_query(upr, "recommendations-followed", state="id:state/svn", minScore="0.9")
    assert 0 < len(strict) < len(rows)
    links = int(next(iter(upr.query(
        "SELECT (COUNT(*) AS ?n) WHERE { ?l rg:laterRecommendation/rg:stateUnderReview id:state\\/svn }")))[0])
    assert len(rows) == links


def test_every_library_query_is_valid_sparql_for_other_engines():
    ns = prefixes(None)
    for q in library():
        prepareQuery(bind(q.text), initNs=ns)  # rdflib's parser: what a remote endpoint receives parses


def test_the_catalogue_is_up_to_date():
    from rightsgraph.library.catalogue import catalogue
    from rightsgraph.resources import queries_dir

    assert (queries_dir() / "README.md").read_text(encoding="utf-8") == catalogue(), (
        "queries/README.md is stale: run `python -m rightsgraph.library.catalogue > queries/README.md`")


def test_every_example_command_runs(upr, tmp_path, monkeypatch):
    """On the seed graph plus real UPR data (the recommendation examples need it)."""
    import shlex

    monkeypatch.chdir(tmp_path)  # examples that write files write them here
    store_path = upr.path.parent  # the store directory; upr.path is its live database inside
    runner = CliRunner()
    for q in library():
        assert shlex.split(q.examples[0])[:3] == ["rightsgraph", "query", q.name], q.examples[0]
        for example in q.examples:
            args = shlex.split(example)
            assert args[1] in ("query", "viz", "graph-export") and q.name in args, example
            result = runner.invoke(main, [*args[1:], "--store", str(store_path)])
            assert result.exit_code == 0, f"{example}: {result.output}"


def test_a_missing_parameter_is_a_usage_error(store_path, tmp_path):
    query = tmp_path / "q.rq"
    query.write_text("# param: person (iri) -- who\nSELECT ?person ?p WHERE { ?person ?p [] }\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["sparql", str(query), "--store", str(store_path)])
    assert result.exit_code == 2 and "missing parameter person" in result.output and "person (iri)" in result.output


@real
def test_voluntary_pledges_with_their_session(built, tmp_path):
    path = built
    pledges = REAL / "uprinfo-terman" / "uprinfo-v2" / "voluntary.csv"
    ingest("upr-info", [pledges], path)
    with open(pledges, encoding="mac_roman", newline="") as handle:
        want = Counter(r["Session"] for r in csv.DictReader(handle) if r["To"] == "Viet Nam")
    rows = [r for r in run_query(GraphStore.open(path), "state-pledges") if "upr-info" in r["source"]]
    assert Counter(r["session"] for r in rows) == want
