"""The chart pages of `rightsgraph serve` in Debian's Chromium (Playwright), against a real server on 127.0.0.1: what
is drawn matches counts taken independently from the store (SPARQL) or from the curated source file; their JSON
API (/api/charts/NAME) over HTTP, bad parameters refused with the library's message."""

from __future__ import annotations

import datetime as dt
import json
import urllib.error
import urllib.request

import pytest
import yaml
from rdflib import RDF, Literal, URIRef
from rdflib.namespace import ORG, XSD

from conftest import ID
from rightsgraph.namespaces import RDFS, RG, RGC, SCHEMA
from rightsgraph.resources import data_dir
from rightsgraph.store import GraphStore, updating
from web import HOSTILE, RecordedPage, served
from web import start_server as _start

HRC = ID + "org/un-human-rights-council"

#: Each mark of a Plot chart (its group's aria-description) as drawn: its <title>, position and size in the SVG.
MARKS = """([chart, mark]) => [
  ...document.querySelectorAll(`#chart-${chart} g[aria-description="${mark}"] > *`)].map(el => ({
  title: el.querySelector('title')?.textContent ?? '', x: +el.getAttribute('x') || +el.getAttribute('cx') || 0,
  y: +el.getAttribute('y') || +el.getAttribute('cy') || 0, width: +el.getAttribute('width') || 0,
  height: +el.getAttribute('height') || 0}))"""
#: Where the x scale of a chart's first plot puts an ISO date (UTC midnight), in the SVG's pixels.
X_OF = """([chart, iso]) => window.rightsgraph.charts[chart].plots[0].scale('x').apply(new Date(iso + 'T00:00:00Z'))"""


class ChartPage(RecordedPage):
    """A chart page, recording console errors, dialogs and every request; ready when every chart is drawn."""

    def __init__(self, browser, url: str):
        super().__init__(browser, url, width=1300)
        self.page.wait_for_selector("body[data-ready=true]", timeout=30000)

    def marks(self, chart: str, mark: str) -> list[dict]:
        return self.page.evaluate(MARKS, [chart, mark])

    def statuses(self) -> list[str]:
        return self.page.locator(".status").all_text_contents()


@pytest.fixture(scope="module")
def upr_endpoint(upr):
    with served(upr) as url:
        yield url


def get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url) as answer:
            return answer.status, answer.headers.get("Content-Type", ""), answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def _only_here(page: ChartPage, url: str, plot: bool = True) -> None:
    assert page.errors == [] and page.dialogs == []
    assert page.requests and all(u.startswith(url + "/") for u in page.requests), page.requests
    assert not plot or {url + "/assets/vendor/plot.umd.min.js", url + "/assets/vendor/d3.min.js"} <= set(page.requests)


def _responses(store, state: str) -> dict[tuple[int, str], int]:
    """(cycle, response) -> recommendations a state received, counted on the store: supported, noted, and the rest."""
    counts = {}
    for row in store.query(f"""
        SELECT ?cycle ?response (COUNT(DISTINCT ?r) AS ?n) WHERE {{
          ?r a rg:Recommendation ; rg:stateUnderReview <{ID}state/{state}> ; rg:inCycle/rg:cycleNumber ?cycle .
          OPTIONAL {{ ?r rg:response ?given FILTER(?given IN (<{RGC}response/supported>, <{RGC}response/noted>)) }}
          BIND(IF(BOUND(?given), STRAFTER(STR(?given), "response/"), "no response in the data") AS ?response)
        }} GROUP BY ?cycle ?response"""):
        counts[(int(row[0]), str(row[1]))] = int(row[2])
    return counts


# -- the charts of a state under review, on real UPR data

@pytest.mark.parametrize("state", ["vnm", "svn"])
def test_recommendations_per_cycle_are_stacked_by_response_as_the_store_counts_them(browser, upr, upr_endpoint,
                                                                                   state):
    expected = _responses(upr, state)
    assert expected, f"no recommendations to {state} in the real data"
    page = ChartPage(browser, f"{upr_endpoint}/charts/state/{state}")
    try:
        _only_here(page, upr_endpoint)
        bars = page.marks("received-per-cycle", "responses")
        drawn = {}
        for bar in bars:
            where, count = bar["title"].rsplit(": ", 1)
            cycle, response = where.removeprefix("UPR cycle ").split(" · ")
            drawn[(int(cycle), response)] = int(count)
        assert drawn == expected
        assert len(bars) == len(expected)
        # heights are proportional to the counts: one scale for every bar
        ratios = [bar["height"] / drawn[key] for bar, key in zip(bars, drawn, strict=True)]
        assert max(ratios) - min(ratios) < 0.01 * max(ratios), ratios
        assert page.statuses() == ["", "", "", ""]
    finally:
        page.close()


def test_top_recommending_states_are_bars_of_their_counts(browser, upr, upr_endpoint):
    counts = {str(r[0]): int(r[1]) for r in upr.query(f"""
        SELECT ?label (COUNT(DISTINCT ?r) AS ?n) WHERE {{
          ?r a rg:Recommendation ; rg:stateUnderReview <{ID}state/vnm> ; rg:recommendingState ?from ;
             rg:inCycle ?cycle .
          ?from rdfs:label ?label FILTER(LANG(?label) = "en") }} GROUP BY ?label""")}
    page = ChartPage(browser, f"{upr_endpoint}/charts/state/vnm")
    try:
        bars = page.marks("top-recommenders", "recommenders")
        assert len(bars) == min(25, len(counts))
        shown = {}
        for bar in bars:
            label, rest = bar["title"].rsplit(": ", 1)
            shown[label] = int(rest.split(" ")[0])
        assert all(counts[label] == n for label, n in shown.items()), shown
        assert min(shown.values()) >= sorted(counts.values(), reverse=True)[len(bars) - 1]  # the largest ones
        ratios = [bar["width"] / shown[label] for bar, label in zip(bars, shown, strict=True)]
        assert max(ratios) - min(ratios) < 0.01 * max(ratios)
        # sorted longest first, top to bottom
        assert [b["y"] for b in sorted(bars, key=lambda b: -b["width"])] == sorted(b["y"] for b in bars)
    finally:
        page.close()


def test_acceptance_rate_is_drawn_beside_the_regional_groups(browser, upr, upr_endpoint):
    mine = _responses(upr, "vnm")
    group = {int(r[0]): (int(r[1]), int(r[2])) for r in upr.query(f"""
        SELECT ?cycle (COUNT(DISTINCT ?r) AS ?n) (COUNT(DISTINCT ?s) AS ?supported) WHERE {{
          <{ID}state/vnm> rg:regionalGroup ?g .
          ?r a rg:Recommendation ; rg:stateUnderReview/rg:regionalGroup ?g ; rg:inCycle/rg:cycleNumber ?cycle .
          OPTIONAL {{ ?r rg:response <{RGC}response/supported> BIND(?r AS ?s) }} }} GROUP BY ?cycle""")}
    page = ChartPage(browser, f"{upr_endpoint}/charts/state/vnm")
    try:
        dots = page.marks("acceptance-vs-group", "shares")
        assert len(dots) == 2 * len(group)
        for dot in dots:
            series, rest = dot["title"].split(" · UPR cycle ")
            cycle = int(rest.split(":")[0])
            supported, total = map(int, rest.rsplit("(", 1)[1].rstrip(")").split("/"))
            if series == "this state":
                assert total == sum(n for (c, _), n in mine.items() if c == cycle)
                assert supported == mine.get((cycle, "supported"), 0)
            else:
                assert series == "Asia-Pacific Group" and (total, supported) == group[cycle]
            assert f": {round(1000 * supported / total) / 10}%" in dot["title"]
    finally:
        page.close()


def test_theme_cells_hold_the_stores_counts(browser, upr, upr_endpoint):
    counts = {(str(r[0]), int(r[1])): int(r[2]) for r in upr.query(f"""
        SELECT ?label ?cycle (COUNT(DISTINCT ?r) AS ?n) WHERE {{
          ?r a rg:Recommendation ; rg:stateUnderReview <{ID}state/vnm> ; rg:inCycle/rg:cycleNumber ?cycle ;
             rg:theme ?t . ?t skos:inScheme <{RGC}upr-info-issue> ; skos:prefLabel ?label FILTER(LANG(?label) = "en")
        }} GROUP BY ?label ?cycle""")}
    page = ChartPage(browser, f"{upr_endpoint}/charts/state/vnm")
    try:
        cells = page.marks("themes-per-cycle", "themes")
        assert len(cells) == min(30, len(counts))
        for cell in cells:
            where, n = cell["title"].rsplit(": ", 1)
            label, cycle = where.split(" · UPR cycle ")
            assert counts[(label, int(cycle))] == int(n)
    finally:
        page.close()


def test_a_recommending_state_page_draws_its_themes(browser, upr, upr_endpoint):
    counts = {str(r[0]): int(r[1]) for r in upr.query(f"""
        SELECT ?label (COUNT(DISTINCT ?r) AS ?n) WHERE {{
          ?r a rg:Recommendation ; rg:recommendingState <{ID}state/fra> ; rg:theme ?t .
          ?t skos:inScheme <{RGC}upr-info-issue> ; skos:prefLabel ?label FILTER(LANG(?label) = "en") }}
        GROUP BY ?label""")}
    page = ChartPage(browser, f"{upr_endpoint}/charts/recommender/fra")
    try:
        _only_here(page, upr_endpoint)
        bars = page.marks("recommends-to", "themes")
        assert bars and len(bars) <= 25
        for bar in bars:
            label, n = bar["title"].rsplit(": ", 1)
            if label != "(no theme)":
                assert counts[label] == int(n), label
        assert page.marks("recommends-to", "states and themes")
    finally:
        page.close()


# -- officials and the Council, on the bundled data

def _tenures(store, person: str) -> dict[str, tuple[str, str]]:
    """holding -> (first day, last day) of a person's holdings, from the store: the stated start and end, else the
    span of its reports."""
    return {str(r[0]): (str(r[1])[:10], str(r[2])[:10]) for r in store.query(f"""
        SELECT ?h (COALESCE(SAMPLE(?start), MIN(?first)) AS ?from) (COALESCE(SAMPLE(?end), MAX(?last)) AS ?to) WHERE {{
          ?h a rg:PostHolding ; rg:holder <{ID}person/{person}> .
          OPTIONAL {{ ?h schema:startDate ?start }} OPTIONAL {{ ?h schema:endDate ?end }}
          OPTIONAL {{ ?h rg:attestation ?a . ?a rg:earliest ?first ; rg:latest ?last }} }} GROUP BY ?h""")}


def _check_timeline(page: ChartPage, chart: str, mark: str, spans: list[tuple[str, str]]) -> None:
    """One bar per span, each from the x of its first day to the x of the day after its last."""
    bars = page.marks(chart, mark)
    assert len(bars) == len(spans)
    drawn = sorted((round(b["x"], 1), round(b["x"] + b["width"], 1)) for b in bars)
    after = lambda iso: (dt.date.fromisoformat(iso) + dt.timedelta(days=1)).isoformat()  # noqa: E731
    x = lambda iso: round(page.page.evaluate(X_OF, [chart, iso]), 1)  # noqa: E731
    want = sorted((x(a), x(after(b))) for a, b in spans)
    assert drawn == want


@pytest.mark.parametrize("person", ["do-hung-viet", "ha-kim-ngoc"])
def test_a_persons_posts_are_one_bar_per_holding_from_start_to_end(browser, seed, endpoint, person):
    tenures = _tenures(seed, person)
    assert tenures
    page = ChartPage(browser, f"{endpoint}/charts/person/{person}")
    try:
        _only_here(page, endpoint)
        _check_timeline(page, "tenures", "holdings", list(tenures.values()))
        titles = page.page.locator('#chart-tenures g[aria-description="holdings"] title').all_text_contents()
        assert sorted(t.rsplit(": ", 1)[1] for t in titles) == sorted(f"{a} – {b}" for a, b in tenures.values())
    finally:
        page.close()


@pytest.mark.parametrize("period", [("2020-01-01", "2022-12-31"), ("2006-06-19", "2008-06-18")])
def test_the_council_timeline_draws_each_term_of_the_period_in_the_source_file(browser, endpoint, period):
    records = yaml.safe_load((data_dir() / "sources" / "ohchr-hrc-membership.yaml").read_text(encoding="utf-8"))
    start, end = period
    terms = [(str(r["start"]), str(r["end"])) for r in records["records"]
             if r.get("type") == "MembershipTerm" and r.get("body") == "org/un-human-rights-council"
             and str(r["start"]) <= end and str(r["end"]) >= start]
    assert len(terms) > 47  # members come and go within a period of years
    page = ChartPage(browser, f"{endpoint}/charts/council?from={start}&until={end}")
    try:
        _only_here(page, endpoint)
        _check_timeline(page, "council-terms", "terms", terms)
    finally:
        page.close()


def test_the_index_leads_to_the_charts_of_a_state(browser, endpoint):
    page = ChartPage(browser, f"{endpoint}/charts")
    try:
        _only_here(page, endpoint, plot=False)
        options = page.page.locator("form[data-target=state] option")
        assert options.count() > 150 and "Viet Nam" in options.all_text_contents()
        page.page.locator("form[data-target=person] select").select_option("ha-kim-ngoc")
        page.page.locator("form[data-target=person] button").click()
        page.page.wait_for_url(f"{endpoint}/charts/person/ha-kim-ngoc")
        page.page.wait_for_selector("body[data-ready=true]")
        assert page.page.locator("#title").text_content() == "Posts held by Ha Kim Ngoc"
    finally:
        page.close()


def test_a_state_resource_page_links_to_its_charts(browser, endpoint):
    page = ChartPage(browser, f"{endpoint}/charts/state/vnm?lang=vi")
    page.page.goto(f"{endpoint}/id/state/vnm?lang=vi")
    try:
        page.page.locator("a#charts").click()
        page.page.wait_for_selector("body[data-ready=true]")
        assert page.page.url == f"{endpoint}/charts/state/vnm?lang=vi"
        assert page.page.locator("#title").text_content() == "Khuyến nghị Việt Nam nhận được"
    finally:
        page.close()


# -- hostile labels

@pytest.fixture(scope="module")
def hostile_endpoint(new_store):
    path = new_store("hostile-charts")
    graph = URIRef(ID + "source/hostile-test")
    state, other, person = URIRef(ID + "state/xhx"), URIRef(ID + "state/xhy"), URIRef(ID + "person/hostile")
    post, holding, term = URIRef(ID + "post/hostile"), URIRef(ID + "holding/hostile"), URIRef(ID + "membership/xhx")
    rec = URIRef(ID + "recommendation/hostile")
    date = lambda s: Literal(s, datatype=XSD.date)  # noqa: E731
    quads = [
        (state, RDF.type, RG.State), (state, RDFS.label, Literal(HOSTILE, lang="en")),
        (other, RDF.type, RG.State), (other, RDFS.label, Literal("<script>alert(2)</script>", lang="en")),
        (person, RDF.type, RG.Person), (person, RDFS.label, Literal(HOSTILE, lang="en")),
        (post, RDF.type, RG.Post), (post, RDFS.label, Literal("<b onmouseover=alert(3)>post</b>", lang="en")),
        (post, ORG.postIn, URIRef(HRC)),
        (holding, RDF.type, RG.PostHolding), (holding, RG.holder, person), (holding, RG.post, post),
        (holding, SCHEMA.startDate, date("2021-03-01")), (holding, SCHEMA.endDate, date("2023-06-30")),
        (term, RDF.type, RG.MembershipTerm), (term, ORG.member, state), (term, ORG.organization, URIRef(HRC)),
        (term, SCHEMA.startDate, date("2021-01-01")), (term, SCHEMA.endDate, date("2023-12-31")),
        (term, RG.termLabel, Literal("<i>2021-2023</i>")),
        (rec, RDF.type, RG.Recommendation), (rec, RG.stateUnderReview, state), (rec, RG.recommendingState, other),
        (rec, RG.inCycle, URIRef(ID + "cycle/3")), (rec, RG.response, URIRef(RGC + "response/supported")),
    ]
    with updating(path, "a test") as store:
        store.add_quads([(*q, graph) for q in quads])
        store.touched.add(str(graph))
        store.merge_needed = True
    server, url = _start(GraphStore.open(path))
    yield url
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("path", ["/charts/state/xhx", "/charts/recommender/xhy", "/charts/person/hostile",
                                  "/charts/council?from=2021-01-01&until=2021-12-31", "/charts"])
def test_hostile_labels_are_drawn_as_text(browser, hostile_endpoint, path):
    page = ChartPage(browser, hostile_endpoint + path)
    try:
        page.page.wait_for_timeout(300)
        assert page.dialogs == [] and page.errors == []
        assert page.page.locator("main img, main script, main b, main i").count() == 0
        text = page.page.locator("main").text_content()
        assert page.page.locator(".status.error").count() == 0  # drawn, or nothing to draw (no regional group)
        expected = {"/charts/state/xhx": "<script>alert(2)</script>", "/charts/recommender/xhy": HOSTILE,
                    "/charts/person/hostile": "<b onmouseover=alert(3)>post</b>"}.get(path.split("?")[0], HOSTILE)
        assert expected in text
        if path.startswith("/charts/state") or path.startswith("/charts/person"):
            assert page.page.locator("#title").text_content().endswith(HOSTILE)
    finally:
        page.close()


# -- over HTTP

def test_the_api_returns_the_rows_of_the_library_query(seed, endpoint):
    status, media, body = get(f"{endpoint}/api/charts/council-terms?from=2023-01-01&until=2023-12-31")
    assert status == 200 and media.startswith("application/json")
    answer = json.loads(body)
    assert answer["query"] == "council-terms" and answer["parameters"] == {"from": "2023-01-01", "until": "2023-12-31"}
    members = {str(r[0]) for r in seed.query(f"""SELECT DISTINCT ?m WHERE {{ ?m a rg:MembershipTerm ;
        org:organization <{HRC}> ; schema:startDate ?s ; schema:endDate ?e
        FILTER(STR(?s) <= "2023-12-31" && STR(?e) >= "2023-01-01") }}""")}
    assert {r["membership"] for r in answer["rows"]} == members and len(members) == 47
    status, _, body = get(f"{endpoint}/api/charts/tenures?person=id:person/do-hung-viet")
    rows = json.loads(body)["rows"]
    assert status == 200 and all(isinstance(r["reports"], int) and isinstance(r["inferred"], bool) for r in rows)


@pytest.mark.parametrize(("path", "status", "message"), [
    ("/api/charts/received-per-cycle?state=id:state/zzz", 400, "holds no rg:State"),
    ("/api/charts/received-per-cycle?state=id:person/ha-kim-ngoc", 400, "holds no rg:State"),
    ("/api/charts/tenures?person=id:state/vnm", 400, "holds no rg:Person"),
    ("/api/charts/received-per-cycle?state=not%20an%20iri", 400, "parameter state must be a iri"),
    ("/api/charts/received-per-cycle?country=id:state/vnm", 400, "unknown parameter country"),
    ("/api/charts/received-per-cycle?state=id:state/vnm&state=id:state/fra", 400, "given twice"),
    ("/api/charts/council-terms?from=yesterday", 400, "parameter from must be a date"),
    ("/api/charts/council-terms?from=2024-01-01&until=2020-01-01", 400, "the period is empty"),
    ("/api/charts/council-terms?from=%ff", 400, ""),
    ("/api/charts/no-such-chart", 404, "no chart called 'no-such-chart'"),
    ("/charts/state/VNM1", 400, "not a state code"),
    ("/charts/state/zzz", 404, "the graph holds no state 'zzz'"),
    ("/charts/person/%3Cimg%3E", 400, "not a person id"),
    ("/charts/state/vnm?lang=fr", 400, "lang is en or vi"),
    ("/charts/council?from=2024-13-01", 400, "parameter from must be a date"),
    ("/charts/elsewhere", 404, "nothing at /charts/elsewhere"),
])
def test_bad_requests_are_4xx_with_a_message(endpoint, path, status, message):
    got, media, body = get(endpoint + path)
    assert got == status and media.startswith("text/plain")
    assert message in body.decode("utf-8") and body.strip()


def test_the_licences_of_plot_and_d3_go_along():
    from importlib import resources

    vendor = resources.files("rightsgraph.publish") / "static" / "vendor"
    licences = (vendor / "LICENSES.txt").read_text(encoding="utf-8")
    for name in ("@observablehq/plot", "d3", "d3-scale", "interval-tree-1d", "isoformat"):
        assert f"==== {name} " in licences
    assert (vendor / "plot.umd.min.js").is_file() and (vendor / "d3.min.js").is_file()


def test_a_charts_query_is_bounded_in_time_as_sparql_is(seed):
    from rightsgraph.publish.server import Limits

    server, url = _start(seed, Limits(timeout=0.0), workers=1)  # no query can finish in no time
    try:
        status, _, body = get(f"{url}/api/charts/council-terms?from=2023-01-01&until=2023-12-31")
        assert status == 503 and b"took longer than 0 s" in body
        assert get(f"{url}/charts/state/vnm")[0] == 200  # the page itself runs no query
    finally:
        server.shutdown()
        server.server_close()
