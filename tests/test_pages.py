"""The served resource pages, read in Debian's Chromium (Playwright) and over HTTP: titles, languages, facts with
their sources and quotes, back-links counted and paged, local ontology and concept pages, hostile strings."""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urljoin

import pyoxigraph as ox
import pytest
from hrc_fixtures import HOSTILE, fixture_votes

from conftest import ID, SEEDS, needs_realdata, needs_seeds
from rightsgraph.build import build
from rightsgraph.store import GraphStore
from rightsgraph.upr.ingest import ingest
from web import RecordedPage, served, start_server

RG = "https://w3id.org/rightsgraph/ontology#"
EVIDENCE = f"""SELECT ?s ?p ?q WHERE {{ ?e a <{RG}Evidence> ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?s ;
    <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?p ; <{RG}quote> ?q }} ORDER BY ?s ?p ?q"""


@pytest.fixture(scope="module")
def quoted(tmp_path_factory):
    """The bundled data built with the seed articles at hand (so facts carry rg:Evidence with their quotes),
    and the small HRC votes file (a decision with a hostile title)."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the project")
    path = tmp_path_factory.mktemp("pages") / "rg"
    build(path, texts=SEEDS)
    ingest("hrc-votes", [fixture_votes(tmp_path_factory.mktemp("votes"))], path)
    store = GraphStore.open(path)
    with served(store, workers=1) as url:
        yield store, url


def _open(browser, url):
    page = RecordedPage(browser, url)
    return page.page, page.errors, page.requests, page.dialogs


@needs_seeds
def test_a_page_shows_its_label_in_each_language_and_each_fact_with_its_sources_and_quotes(quoted, browser):
    store, url = quoted
    subject, quote = next((s.value, q.value) for s, p, q in store.select(EVIDENCE)
                                     if s.value.startswith(ID + "session/"))
    page, errors, requests, _ = _open(browser, url + "/id/" + subject[len(ID):])
    labels = {str(o.language): o.value for o in (q.object for q in store.quads(
        ox.NamedNode(subject), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), merged=True))}
    assert page.locator("h1").text_content() == labels["en"]
    assert any(quote in b for b in page.locator("blockquote").all_text_contents())  # the words the source used
    assert errors == [] and all(r.startswith(url) for r in requests), requests
    page.locator("a[hreflang=vi]").click()
    assert page.locator("h1").text_content() == labels["vi"] and page.evaluate("document.documentElement.lang") == "vi"
    page.close()


@needs_seeds
def test_hostile_strings_stay_text_and_bad_parameters_are_refused(quoted, browser):
    _, url = quoted
    page, errors, _, dialogs = _open(browser, url + "/id/decision/hrc-22-117")
    assert " ".join(HOSTILE.split()) in page.locator("main").text_content()
    assert page.locator("main b").count() == 0 and dialogs == [] and errors == []
    page.close()
    for query in ("lang=fr", "page=0", "page=x"):
        with pytest.raises(urllib.error.HTTPError) as bad:
            urllib.request.urlopen(f"{url}/id/decision/hrc-22-117?{query}", timeout=30)
        assert bad.value.code == 400


@needs_seeds
def test_ontology_and_concept_links_are_answered_here(quoted, browser):
    _, url = quoted
    page, errors, _, _ = _open(browser, url + "/id/vote/hrc-52-30-vnm")
    concept = page.locator("a[href^='/concept/vote-position/']").first
    property_link = page.locator("a[href^='/ontology#rg-']").first
    target = property_link.get_attribute("href").split("#", 1)[1]
    concept.click()
    assert page.locator("h1").text_content() == "No" and errors == []
    page.goto(urljoin(url, "/ontology"))
    assert page.locator(f"section[id='{target}']").count() == 1  # the anchor the property linked to
    page.close()


@needs_realdata
def test_back_links_are_counted_and_every_one_is_reached_by_paging(upr):
    import re

    expected = {r[0].value for r in upr.select(
        f"SELECT DISTINCT ?r WHERE {{ ?r <{RG}recommendingState> <{ID}state/fra> }}")}
    server, url = start_server(upr, workers=1)
    try:
        seen, next_url, pages = set(), f"{url}/id/state/fra?rel={RG.replace('#', '%23')}recommendingState", 0
        while next_url:
            html = urllib.request.urlopen(next_url, timeout=30).read().decode("utf-8")
            pages += 1
            if pages == 1:
                assert f"{len(expected):,} resources, 1–50 shown" in html
            seen |= {ID + h for h in re.findall(r'<li><a href="/id/([^"?]+)"', html)}
            found = re.search(r'<a rel="next" href="([^"]+)"', html)
            next_url = urljoin(url, found.group(1).replace("&amp;", "&")) if found else None
        assert seen == expected and pages == -(-len(expected) // 50)
    finally:
        server.shutdown()
        server.server_close()


@needs_seeds
def test_pages_open_the_explorer_on_their_neighbourhood_and_a_text_on_its_vote(quoted, browser):
    store, url = quoted
    page, errors, requests, _ = _open(browser, url + "/id/resolution/hrc-52-30")
    page.locator("#explore-voting").click()
    page.wait_for_selector("body[data-ready=true]", timeout=30000)
    voters = {q.subject.value for q in store.quads(None, ox.NamedNode(RG + "onText"),
                                                      ox.NamedNode(ID + "resolution/hrc-52-30"))}
    assert page.evaluate("window.rightsgraph.network.body.nodeIndices.length") == len(voters) + 2  # text, Syria
    assert page.locator("#legend-title").text_content() == "Votes"
    page.goto(url + "/id/person/ha-kim-ngoc")
    page.locator("#explore").click()
    page.wait_for_selector("body[data-ready=true]", timeout=30000)
    assert ID + "person/ha-kim-ngoc" in page.evaluate("window.rightsgraph.data.nodes.map(n => n.id)")
    assert errors == [] and all(r.startswith(url) for r in requests), requests
    page.close()


@needs_seeds
@pytest.mark.parametrize(("query", "status", "message"), [
    ("focus=id:person/ha-kim-ngoc&voting=x", 400, "draw one of"),
    ("", 400, "draw one of"),
    ("focus=Nobody+At+All", 404, "no resource is called"),
    ("voting=id:person/ha-kim-ngoc", 404, "has no recorded vote"),
    ("focus=id:person/ha-kim-ngoc&depth=9", 400, "depth 0-3"),
    ("query=no-such-query", 400, "no-such-query"),
    ("query=career-graph&nobody=x", 400, "unknown parameter"),
])
def test_explore_requests_that_cannot_be_drawn_say_why(quoted, query, status, message):
    _, url = quoted
    with pytest.raises(urllib.error.HTTPError) as bad:
        urllib.request.urlopen(f"{url}/explore?{query}", timeout=60)
    assert bad.value.code == status and message in bad.value.read().decode("utf-8")


@needs_seeds
def test_explore_draws_a_library_construct_query(quoted):
    _, url = quoted
    html = urllib.request.urlopen(f"{url}/explore?query=career-graph&person=id:person/ha-kim-ngoc",
                                  timeout=60).read().decode("utf-8")
    assert "rightsgraph: career-graph" in html and "Ha Kim Ngoc" in html


@needs_seeds
def test_every_page_links_the_others_and_every_link_answers(quoted):
    import re

    _, url = quoted
    for path in ("/", "/finder", "/id/person/ha-kim-ngoc"):
        html = urllib.request.urlopen(url + path, timeout=30).read().decode("utf-8")
        links = set(re.findall(r'<a href="(/(?:finder|charts|ontology|\.well-known/void)?)"', html))
        assert {"/", "/finder", "/charts", "/ontology"} <= links, (path, links)
        for link in links:
            assert urllib.request.urlopen(url + link, timeout=30).status == 200, link
