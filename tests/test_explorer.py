"""The explorer page in a real headless Chromium (Debian's, driven by Playwright), offline from file://."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ID
from rightsgraph import viz
from rightsgraph.namespaces import RG
from rightsgraph.viz.select import Edge, Literal, Node, Selection
from web import HOSTILE, RecordedPage

HKN = ID + "person/ha-kim-ngoc"


class Page(RecordedPage):
    """An explorer page opened from file://, recording console errors, dialogs and every request."""

    def __init__(self, browser, path):
        super().__init__(browser, path.as_uri())
        self.page.wait_for_selector("body[data-ready=true]", timeout=30000)

    def drawn(self) -> int:
        return self.page.evaluate("window.rightsgraph.network.body.nodeIndices.length")

    def colour_drawn(self, iri: str) -> str | None:
        """The colour the canvas shows at a node's centre ("#rrggbb"), or None where only the background shows."""
        return self.page.evaluate("""(id) => { const n = window.rightsgraph.network, c = n.canvas.frame.canvas;
            const p = n.canvasToDOM(n.getPosition(id)), k = c.width / c.clientWidth;
            const [r, g, b, a] = c.getContext('2d').getImageData(Math.round(p.x * k), Math.round(p.y * k), 1, 1).data;
            return a === 0 || (r === 255 && g === 255 && b === 255) ? null
              : '#' + [r, g, b].map(v => v.toString(16).padStart(2, '0')).join(''); }""", iri)

    def click_node(self, iri: str) -> None:
        x, y = self.page.evaluate("""(id) => { const n = window.rightsgraph.network;
            const p = n.canvasToDOM(n.getPosition(id)); const r = document.getElementById('network')
            .getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }""", iri)
        self.page.mouse.click(x, y)


@pytest.fixture(scope="module")
def seed_page(seed, browser, tmp_path_factory):
    path = tmp_path_factory.mktemp("explorer") / "seed.html"
    selection = viz.select_view(seed)
    viz.write_explorer(selection, viz.Vocabulary(seed), path, "seed")
    page = Page(browser, path)
    yield page, selection
    page.page.close()


def test_the_page_loads_offline_with_no_errors_and_draws_every_node(seed_page):
    page, selection = seed_page
    assert page.errors == []
    assert all(url.startswith("file://") for url in page.requests), page.requests
    assert page.drawn() == len(selection.nodes) > 100
    assert page.page.locator("#loading").is_hidden()  # the loading overlay never stays
    assert page.page.evaluate("window.rightsgraph.network.physics.physicsEnabled") is False


def test_the_page_runs_the_vis_network_that_npm_pinned(seed_page):
    """The script the page runs is npm's vis-network at the version web/package-lock.json pins (not pyvis's copy)."""
    lock = json.loads((Path(__file__).parents[1] / "web" / "package-lock.json").read_text(encoding="utf-8"))
    pinned = lock["packages"]["node_modules/vis-network"]["version"]
    page, _ = seed_page
    assert pinned.startswith("9.")
    assert page.page.evaluate("typeof vis.DataSet") == "function"
    html = Path(page.page.url.removeprefix("file://")).read_text(encoding="utf-8")
    assert re.search(r"\* vis-network\n.*?@version (\S+)", html, re.S)[1] == pinned


def test_search_ignores_diacritics_and_opens_the_person(seed_page):
    page, _ = seed_page
    page.page.fill("#search", "ha kim ngoc")
    first = page.page.locator("#results li").first
    assert first.text_content().startswith("Ha Kim Ngoc")
    page.page.keyboard.press("Enter")
    assert page.page.locator("#panel-title").text_content() == "Ha Kim Ngoc"
    assert page.page.evaluate("window.rightsgraph.network.getSelectedNodes()") == [HKN]
    page.page.fill("#search", "HÀ KIM")  # and the other way round: diacritics typed, none in the key
    assert page.page.locator("#results li").first.text_content().startswith("Ha Kim Ngoc")


def test_clicking_a_node_highlights_its_neighbours_and_shows_its_sources(seed_page, seed):
    page, selection = seed_page
    page.page.fill("#search", "")
    page.page.locator("#close").click() if page.page.locator("#panel").is_visible() else None
    holding = ID + "holding/ha-kim-ngoc--deputy-minister-foreign-affairs-vnm"
    page.click_node(holding)
    assert page.page.evaluate("window.rightsgraph.network.getSelectedNodes()") == [holding]
    titles = {selection.sources[s]["title"] for s in selection.nodes[holding].sources}
    sources = page.page.locator("#panel-sources").text_content()
    assert titles and all(t in sources for t in titles)
    facts = page.page.locator("#panel-facts").text_content()
    assert "2022-12-12" in facts and "Celebrating International Human Rights Day" in facts
    colours = page.page.evaluate("""(id) => { const r = window.rightsgraph; const near = new Set(
        [id, ...r.network.getConnectedNodes(id)]); return r.nodes.get().map(n => [near.has(n.id), n.color]); }""",
                                 holding)
    assert all((c == "#dde2e8") != near for near, c in colours)  # the rest dimmed, the neighbourhood not


def test_filters_by_class_source_and_date(seed_page):
    page, selection = seed_page
    p = page.page
    shown = "window.rightsgraph.nodes.get({filter: n => !n.hidden}).length"
    if p.locator("#panel").is_visible():
        p.locator("#close").click()  # an earlier test's highlight dims the rest
    nodes = p.evaluate("window.rightsgraph.data.nodes")
    drawn = {n["id"]: n["color"] for n in nodes if n["cls"] != "rg:Person" and page.colour_drawn(n["id"]) == n["color"]}
    assert len(drawn) > 20  # most nodes show their own colour at their centre (labels and links cover some)
    p.locator("#legend input[data-key='rg:Person']").uncheck()
    persons = sum(1 for n in nodes if n["cls"] == "rg:Person")
    assert p.evaluate(shown) == len(selection.nodes) - persons > 0
    p.wait_for_timeout(200)
    assert {iri: page.colour_drawn(iri) for iri in drawn} == drawn  # filtering repaints nothing
    p.locator("#legend input[data-key='rg:Person']").check()
    article = ID + "source/vietnamnet-2024-upr-dialogue"
    p.select_option("#source", article)
    want = sum(1 for n in selection.nodes.values() if article in n.sources)
    assert p.evaluate(shown) == want > 0
    p.select_option("#source", "")
    p.fill("#from", "2024-01-01")
    p.dispatch_event("#from", "change")
    early = sum(1 for n in selection.nodes.values() if n.dates()[1] and n.dates()[1] < "2024-01-01")
    assert early > 0 and p.evaluate(shown) == len(selection.nodes) - early
    p.fill("#from", "")
    p.dispatch_event("#from", "change")
    assert p.evaluate(shown) == len(selection.nodes)


def test_the_time_slider_shows_what_had_begun_by_a_year(seed_page):
    page, selection = seed_page
    p = page.page
    if p.locator("#panel").is_visible():
        p.locator("#close").click()
    starts = [n.dates()[0] for n in selection.nodes.values() if n.dates()[0]]
    year = sorted(int(s[:4]) for s in starts)[len(starts) // 2]  # a year with resources before and after it
    later = [iri for iri, n in selection.nodes.items() if n.dates()[0] and n.dates()[0] > f"{year}-12-31"]
    assert later
    p.locator("#year").fill(str(year))  # fires input, as dragging does
    shown = "window.rightsgraph.nodes.get({filter: n => !n.hidden}).length"
    assert p.locator("#year-shown").text_content() == str(year)
    assert p.evaluate(shown) == len(selection.nodes) - len(later)
    p.wait_for_timeout(200)
    # not drawn: vis-network's list of the nodes it draws leaves them out (a pixel test was fooled by the links
    # between shown nodes that cross a hidden node's place)
    p.wait_for_function("(n) => window.rightsgraph.network.body.nodeIndices.length === n",
                        arg=len(selection.nodes) - len(later), timeout=10000)
    drawn = set(p.evaluate("window.rightsgraph.network.body.nodeIndices"))
    assert not drawn & set(later)
    p.locator("#year").fill(p.locator("#year").get_attribute("max"))
    assert p.evaluate(shown) == len(selection.nodes) and p.locator("#to").input_value() == ""


def test_labels_switch_to_vietnamese(seed_page):
    page, _ = seed_page
    page.page.locator(".lang button[data-lang=vi]").click()
    assert page.page.evaluate(f"window.rightsgraph.nodes.get('{HKN}').label") == "Hà Kim Ngọc"
    page.page.locator(".lang button[data-lang=en]").click()
    assert page.page.evaluate(f"window.rightsgraph.nodes.get('{HKN}').label") == "Ha Kim Ngoc"


def test_hostile_labels_show_as_text_and_run_nothing(seed, browser, tmp_path):
    bad, other = "urn:x:bad", "urn:x:other"
    nodes = {
        bad: Node(bad, {str(RG.Person)}, {"en": HOSTILE}, sources={"urn:x:src"},
                  literals={("p", "v", ""): Literal(str(RG.quote), "</script><script>alert(2)</script>", "", "",
                                                    {"urn:x:src"})}),
        other: Node(other, {str(RG.State)}, {"en": "Other"}, sources={"urn:x:src"}),
    }
    sources = {"urn:x:src": {"title": "<b onmouseover=alert(3)>title</b>", "date": "2024-01-01",
                             "url": "javascript:alert(4)", "kind": "NewsArticle"}}
    selection = Selection(nodes, [Edge(bad, str(RG.memberOf), other, {"urn:x:src"})], sources,
                          notes=["<i onclick=alert(5)>note</i>"])
    path = tmp_path / "hostile.html"
    viz.write_explorer(selection, viz.Vocabulary(seed), path, "<script>alert(6)</script>")
    page = Page(browser, path)
    page.click_node(bad)
    p = page.page
    assert p.locator("#panel-title").text_content() == HOSTILE
    assert HOSTILE in p.evaluate("window.rightsgraph.nodes.get('urn:x:bad').label")
    assert "</script><script>alert(2)</script>" in p.locator("#panel-facts").text_content()
    assert p.locator("#panel-sources a").count() == 0  # a javascript: URL is not made a link
    assert p.locator("#notes").text_content() == "<i onclick=alert(5)>note</i>"
    assert p.title() == "<script>alert(6)</script>"
    p.hover("#panel-sources li")
    p.locator("#notes p").click()
    assert p.locator("img, b, i, #panel script").count() == 0
    assert page.dialogs == [] and page.errors == []


def test_a_large_view_is_grouped_and_says_so(upr, browser, tmp_path):
    selection = viz.select_view(upr, focus="id:state/vnm", depth=1, aggregate_above=100)
    assert any("groups" in note for note in selection.notes)
    path = tmp_path / "vnm.html"
    viz.write_explorer(selection, viz.Vocabulary(upr), path, "Viet Nam")
    page = Page(browser, path)
    assert page.errors == [] and page.drawn() == len(selection.nodes)
    assert "groups, one per recommending state and theme" in page.page.locator("#notes").text_content()


def test_a_resolutions_voting_is_drawn_coloured_by_vote_and_filters_keep_the_colours(built, browser, tmp_path):
    """Each voting state is drawn in its vote's colour, as the SQLite file records the vote; hiding one position
    leaves the others drawn in theirs."""
    import sqlite3

    from hrc_fixtures import fixture_ods, fixture_votes

    from rightsgraph.store import GraphStore
    from rightsgraph.upr.ingest import ingest
    from rightsgraph.viz.select import VOTE_POSITIONS

    votes = fixture_votes(tmp_path)
    ingest("hrc-votes", [votes], built)
    ingest("hrc-resolutions", [fixture_ods(tmp_path)], built)
    store = GraphStore.open(built)
    with sqlite3.connect(votes) as db:
        recorded = {ID + "state/" + c.lower(): v for c, v in db.execute(
            "SELECT country_short, vote FROM votes WHERE resolution_name = 'A/HRC/RES/52/30'")}
    colour = {v: VOTE_POSITIONS[f"https://w3id.org/rightsgraph/concept/vote-position/{k}"]
              for v, k in (("YES", "yes"), ("NO", "no"), ("ABSTAIN", "abstain"), ("NO_VOTE", "non-voting"))}
    path = tmp_path / "vote.html"
    viz.write_explorer(viz.select_view(store, voting="id:resolution/hrc-52-30"), viz.Vocabulary(store), path, "vote")
    page = Page(browser, path)
    p = page.page
    assert page.errors == [] and page.drawn() == len(recorded) + 2  # the voters, the resolution and Syria
    assert {iri: page.colour_drawn(iri) for iri in recorded} == {iri: colour[v] for iri, v in recorded.items()}
    assert p.locator("#legend-title").text_content() == "Votes"
    legend = [li.text_content() for li in p.locator("#legend li").all()]
    counts = {v: sum(1 for x in recorded.values() if x == v) for v in ("YES", "NO", "ABSTAIN")}
    assert legend[:3] == [f"Yes ({counts['YES']})", f"No ({counts['NO']})", f"Abstain ({counts['ABSTAIN']})"]
    p.locator("#legend input[data-key='https://w3id.org/rightsgraph/concept/vote-position/no']").uncheck()
    p.wait_for_timeout(200)
    # the others keep their colours on the canvas; the "No" voters leave vis-network's list of what it draws
    assert {iri: page.colour_drawn(iri) for iri, v in recorded.items() if v != "NO"} == {
        iri: colour[v] for iri, v in recorded.items() if v != "NO"}
    drawn = set(p.evaluate("window.rightsgraph.network.body.nodeIndices"))
    assert {iri for iri, v in recorded.items() if v == "NO"} and not drawn & {
        iri for iri, v in recorded.items() if v == "NO"}
    p.locator("#legend input[data-key='https://w3id.org/rightsgraph/concept/vote-position/no']").check()
    p.wait_for_timeout(200)
    assert {iri: page.colour_drawn(iri) for iri in recorded} == {iri: colour[v] for iri, v in recorded.items()}
    page.click_node(ID + "state/vnm")
    assert "Votes: No" in p.locator("#panel-class").text_content()
