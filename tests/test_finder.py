"""The recommendation finder: its index against SPARQL on the same store, its endpoints, and its page in Chromium."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
import rdflib

from conftest import ID, upr_info_file
from rightsgraph import finder
from rightsgraph.finder import FACETS, open_index, words
from rightsgraph.namespaces import PREFIXES
from rightsgraph.store import GraphStore, live_name
from rightsgraph.text import fold
from rightsgraph.upr.ingest import ingest
from web import RecordedPage, served, start_server, stop_server

HOSTILE = "<img src=x onerror=alert(1)> Đảm bảo tự do ngôn luận </script>"
_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
FOE = "rgc:upr-info-issue/freedom-of-opinion-and-expression"


def sparql_ids(store, finder_, filters: dict[str, list[str]], exclude: str | None = None) -> set[str]:
    """The recommendations under ``filters`` by SPARQL on the store (each facet's values as a VALUES block)."""
    where = ["?r a rg:Recommendation ."]
    for i, (name, keys) in enumerate(filters.items()):
        if name == exclude:
            continue
        iris = " ".join(f"<{finder_.values[finder_.by_key[name][k]]['iri']}>" for k in keys)
        path = FACETS[name][1] if name in FACETS else "rg:theme"
        where.append(f"VALUES ?v{i} {{ {iris} }} ?r {path} ?v{i} .")
    return {row[0].value for row in store.select(_PREFIXES + "SELECT DISTINCT ?r { " + " ".join(where) + " }")}


def sparql_counts(store, finder_, filters, facet: str) -> dict[str, int]:
    """A facet's counts (value IRI -> recommendations) under the other filters, by SPARQL."""
    within = sparql_ids(store, finder_, filters, exclude=facet)
    path = FACETS[facet][1]
    counts: dict[str, int] = {}
    for r, v in store.select(_PREFIXES + f"SELECT DISTINCT ?r ?v {{ ?r a rg:Recommendation ; {path} ?v }}"):
        if r.value in within:
            counts[v.value] = counts.get(v.value, 0) + 1
    return counts


@pytest.fixture(scope="module")
def upr_finder(upr):
    return open_index(upr)


@pytest.mark.parametrize("filters", [
    {}, {"state": ["id:state/vnm"]}, {"state": ["id:state/vnm"], "recommender": ["id:state/fra"]},
    {"group": ["rgc:regional-group/weog"], "response": ["rgc:response/noted"]},
    {"state": ["id:state/vnm", "id:state/chn"], "cycle": ["id:cycle/1"], "theme-upr-info-issue": [FOE]},
])
def test_facet_counts_equal_sparql_counts(upr, upr_finder, filters):
    result = upr_finder.search(filters, None, 1, 5)
    assert result.total == len(sparql_ids(upr, upr_finder, filters))
    facets = {f["name"]: f for f in result.facets}
    for name in ("state", "recommender", "group", "cycle", "response", "action"):
        shown = {v["iri"]: v["count"] for v in facets[name]["values"] if v["count"]}
        assert shown == sparql_counts(upr, upr_finder, filters, name), name


def test_free_text_finds_what_a_regex_over_the_folded_text_finds(upr, upr_finder):
    texts: dict[str, str] = {}
    for r, t in upr.select(_PREFIXES + "SELECT ?r ?t { ?r a rg:Recommendation ; rg:text ?t }"):
        texts[r.value] = texts.get(r.value, "") + " " + t.value
    import re

    for query in ("freedom of expression", "Torture", "tự do ngôn luận", "tu do ngon luan", "PRESS journalists"):
        wanted = [w.lower() for w in re.findall(r"[^\W_]+", fold(query))]
        expected = {r for r, t in texts.items()
                    if all(re.search(rf"(?<![^\W_]){re.escape(w)}(?![^\W_])", fold(t)) for w in wanted)}
        found = upr_finder.select({}, query) or set()
        assert {upr_finder.rows([i])[0]["iri"] for i in found} == expected, query
    assert upr_finder.search({}, "freedom of expression").total > 10


def test_pages_are_disjoint_and_make_up_the_total(upr_finder):
    filters = {"state": ["id:state/vnm"]}
    first = upr_finder.search(filters, None, 1, 50)
    seen = []
    for page in range(1, -(-first.total // 50) + 1):
        seen += [r["iri"] for r in upr_finder.search(filters, None, page, 50).rows]
    assert len(seen) == len(set(seen)) == first.total > 50
    assert upr_finder.search(filters, None, 99, 50).rows == []


def test_csv_and_turtle_hold_exactly_the_filtered_rows(upr, upr_finder):
    filters = {"state": ["id:state/vnm"], "response": ["rgc:response/noted"]}
    expected = sparql_ids(upr, upr_finder, filters)
    rows = list(csv.DictReader(io.StringIO(finder.to_csv(upr_finder, filters))))
    assert sorted(r["iri"] for r in rows) == sorted(expected)
    assert all(r["response"] == "Noted" and r["state"] == "Viet Nam" for r in rows)
    graph = rdflib.Graph().parse(data=finder.to_turtle(upr, upr_finder, filters), format="turtle")
    typed = {str(s) for s in graph.subjects(rdflib.RDF.type, rdflib.URIRef(PREFIXES["rg"] + "Recommendation"))}
    assert typed == expected


def test_unknown_facets_values_and_bad_numbers_are_clear_errors(upr_finder):
    with pytest.raises(finder.UnknownFacetError, match="unknown facet 'colour'"):
        upr_finder.search({"colour": ["red"]})
    with pytest.raises(finder.UnknownFacetError, match="no value"):
        upr_finder.search({"state": ["id:state/atlantis"]})
    with pytest.raises(finder.ArgumentError):
        upr_finder.search({}, None, 0, 10)


# ---- a small store of its own: kept in step with ingests, hostile text -----------------------------------------

@pytest.fixture(scope="module")
def small(new_store, tmp_path_factory):
    path = new_store("finder-small")
    folder = tmp_path_factory.mktemp("finder-files")
    ingest("upr-info", [upr_info_file(folder / "a.csv", [("Viet Nam", HOSTILE, "France", 5),
                                                         ("Viet Nam", "Ratify CAT", "Sweden", 5)])],
           path, encoding="utf-8")
    return path, folder


def test_the_index_follows_the_store_through_an_ingest(small):
    path, folder = small
    before = open_index(GraphStore.open(path))
    assert before.search().total == 2
    old_db = live_name(path)
    ingest("upr-info", [upr_info_file(folder / "b.csv", [("Viet Nam", "Abolish the death penalty", "Norway", 5)])],
           path, encoding="utf-8")
    assert live_name(path) != old_db
    assert (path / live_name(path) / finder.INDEX_FILE).is_file()  # built by the ingest itself
    after = open_index(GraphStore.open(path))
    assert after.search().total == 3
    assert after.search({}, "death penalty").total == 1
    assert before.search({}, "death penalty").total == 0  # the old index still reads its own database only


def test_vietnamese_text_is_found_with_or_without_diacritics(small):
    path, _ = small
    f = open_index(GraphStore.open(path))
    for query in ("tự do ngôn luận", "tu do ngon luan", "ĐẢM BẢO", "dam bao"):
        rows = f.search({}, query).rows
        assert [r["texts"][0]["value"] for r in rows] == [HOSTILE], query
    assert words("Đảm bảo") == ["dam", "bao"]


# ---- HTTP and the page ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def upr_server(upr):
    with served(upr, workers=1) as url:
        yield url


def get(url: str):
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read().decode("utf-8"), response.headers.get("Content-Type")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8"), exc.headers.get("Content-Type")


def test_bad_requests_are_400_with_a_message(upr_server):
    for query, message in (("colour=red", "unknown facet 'colour'"), ("state=id:state/nowhere", "no value"),
                           ("page=-1", "page must be"), ("size=x", "size must be"), ("q=%ff", "percent-encoding")):
        status, body, _ = get(f"{upr_server}/api/finder?{query}")
        assert status == 400 and message in json.loads(body)["error"], query
        status, body, _ = get(f"{upr_server}/api/finder.csv?{query}")
        assert status == 400 and message in body


class FinderPage(RecordedPage):
    """The /finder page in Chromium, recording console errors, dialogs and every request."""

    def __init__(self, browser, url: str) -> None:
        super().__init__(browser, url, accept_downloads=True)
        self.wait()

    def wait(self) -> None:
        self.page.wait_for_function("document.getElementById('status').textContent === '' "
                                    "&& document.getElementById('total').textContent !== ''")

    def total(self) -> int:
        return int(self.page.get_attribute("#total", "data-total"))

    def counts(self, facet: str) -> dict[str, int]:
        return {el.get_attribute("data-key"): int(el.get_attribute("data-count"))
                for el in self.page.query_selector_all(f"fieldset[data-facet='{facet}'] label")}

    def click(self, facet: str, key: str) -> None:
        before = self.page.url
        self.page.click(f"fieldset[data-facet='{facet}'] label[data-key='{key}'] input")
        self.page.wait_for_function(f"location.href !== {json.dumps(before)}")
        self.wait()


def api(base: str, query: str) -> dict:
    status, body, _ = get(f"{base}/api/finder?{query}")
    assert status == 200, body
    return json.loads(body)


def test_the_page_narrows_with_facets_and_shows_the_apis_counts(upr_server, browser):
    page = FinderPage(browser, f"{upr_server}/finder")
    everything = api(upr_server, "")
    assert page.total() == everything["total"]
    page.click("state", "id:state/vnm")
    narrowed = api(upr_server, "state=id:state/vnm")
    assert page.total() == narrowed["total"] < everything["total"]
    for facet in narrowed["facets"]:
        assert page.counts(facet["name"]) == {v["key"]: v["count"] for v in facet["values"]}, facet["name"]
    page.click("response", "rgc:response/noted")
    both = api(upr_server, "state=id:state/vnm&response=rgc:response/noted")
    assert page.total() == both["total"] < narrowed["total"]
    shown = page.page.eval_on_selector_all("#results li", "els => els.map(e => e.dataset.iri)")
    assert shown == [r["iri"] for r in both["rows"]]
    assert page.errors == [] and page.dialogs == []
    assert all(urllib.parse.urlsplit(u).hostname == "127.0.0.1" for u in page.requests), page.requests


def test_done_when_france_to_viet_nam_on_freedom_of_expression(upr, upr_finder, upr_server, browser, tmp_path):
    """Every recommendation France made to Viet Nam on freedom of expression, across cycles, with Viet Nam's
    responses, downloaded as CSV from the page; the rows checked against SPARQL."""
    page = FinderPage(browser, f"{upr_server}/finder")
    page.click("state", "id:state/vnm")
    page.click("recommender", "id:state/fra")
    page.click("theme-upr-info-issue", FOE)
    expected = {}
    for r, response, *_ in upr.select(_PREFIXES + """SELECT ?r ?response ?vnm ?fra ?foe {
            ?r a rg:Recommendation ; rg:stateUnderReview ?vnm ; rg:recommendingState ?fra ;
               rg:theme ?foe ; rg:response ?x .
            ?x skos:prefLabel ?response FILTER(LANG(?response) = "en") }""", substitutions={
            ox.Variable("vnm"): ox.NamedNode(ID + "state/vnm"), ox.Variable("fra"): ox.NamedNode(ID + "state/fra"),
            ox.Variable("foe"): ox.NamedNode(PREFIXES["rgc"] + "upr-info-issue/freedom-of-opinion-and-expression")}):
        expected.setdefault(r.value, set()).add(response.value)
    assert expected and page.total() == len(expected)
    cards = page.page.eval_on_selector_all("#results li .responses", "els => els.map(e => e.textContent)")
    assert all("Response:" in c and "stated by" in c for c in cards)
    with page.page.expect_download() as download:
        page.page.click("#csv")
    rows = list(csv.DictReader(io.StringIO(download.value.path().read_text(encoding="utf-8"))))
    assert {r["iri"]: set(r["response"].split(" | ")) for r in rows} == expected
    assert page.errors == []
    assert all(urllib.parse.urlsplit(u).hostname == "127.0.0.1" for u in page.requests)


def test_hostile_text_stays_text_on_the_page(small, browser):
    path, _ = small
    server, base = start_server(GraphStore.open(path), workers=1)
    try:
        page = FinderPage(browser, f"{base}/finder?q=ngon+luan")
        assert page.total() == 1
        assert page.page.text_content("#results li .text") == HOSTILE
        assert page.page.query_selector("#results img") is None
        assert page.dialogs == [] and page.errors == []
    finally:
        stop_server(server)
