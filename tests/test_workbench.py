"""The workbench page of `rightsgraph serve` in Debian's Chromium (Playwright), against a real server on 127.0.0.1;
its assets, query-library API, CORS preflight and Service Description over HTTP."""

from __future__ import annotations

import csv
import http.client
import io
import json
import urllib.error
import urllib.request
from importlib import resources

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, Literal, URIRef

from conftest import ID
from rightsgraph import formats
from rightsgraph.cli import main
from rightsgraph.library import find, library
from rightsgraph.namespaces import RDFS, RG, SD
from rightsgraph.publish.server import SERVED_FORMATS
from rightsgraph.store import GraphStore, updating
from web import HOSTILE, RecordedPage
from web import start_server as _start

#: A SELECT result table's rows as YASR draws them: an IRI cell's link target, a literal cell's lexical form
#: (its quotes, language tag and datatype, drawn apart, left out), "" for an unbound cell; the row number left out.
TABLE = """() => [...document.querySelectorAll('.yasr table.dataTable tbody tr')].map(tr =>
  [...tr.querySelectorAll('td')].slice(1).map(td => {
    const literal = td.querySelector('.nonIri');
    if (literal) {
      const copy = literal.cloneNode(true);
      copy.querySelectorAll('sup').forEach(s => s.remove());
      const text = copy.textContent;
      return literal.querySelector('sup') && text.length > 1 && text.startsWith('"') && text.endsWith('"')
        ? text.slice(1, -1) : text;
    }
    const iri = td.querySelector('a.iri');
    return iri ? iri.getAttribute('href') : td.textContent;
  }))"""


class Workbench(RecordedPage):
    """The workbench page, recording console errors, dialogs and every request."""

    def __init__(self, browser, url: str, path: str = "/"):
        super().__init__(browser, url + path)
        self.page.wait_for_selector("body[data-ready=true]", timeout=30000)
        self.page.wait_for_selector(".yasqe .CodeMirror", timeout=30000)

    def type_query(self, text: str) -> None:
        """Replace the editor's text by typing ``text`` into it."""
        self.page.locator(".yasqe .CodeMirror").first.click()
        self.page.keyboard.press("Control+A")
        self.page.keyboard.press("Delete")
        self.page.keyboard.insert_text(text)

    def results(self, count: int) -> list[list[str]]:
        """The result table's rows, once the table shows ``count`` results."""
        self.page.wait_for_function(
            "(n) => document.querySelectorAll('.yasr table.dataTable tbody tr td .rowNumber').length === n",
            arg=count, timeout=30000)
        return self.page.evaluate(TABLE)


@pytest.fixture(scope="module")
def workbench(browser, endpoint):
    page = Workbench(browser, endpoint)
    yield page
    page.close()


def cli_rows(store_path, name: str, **params: str) -> list[list[str]]:
    """The rows of `rightsgraph query NAME --param ... --format csv` on the store."""
    args = ["query", name, "--store", str(store_path), "--format", "csv"]
    args += [arg for key, value in params.items() for arg in ("--param", f"{key}={value}")]
    answer = CliRunner().invoke(main, args)
    assert answer.exit_code == 0, answer.output
    return list(csv.reader(io.StringIO(answer.stdout)))[1:]


def request(url: str, method: str = "GET", headers: dict | None = None) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=method, headers=headers or {})) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def raw_get(url: str, path: str) -> tuple[int, bytes]:
    """GET ``path`` sent exactly as written (urllib and curl would normalise ``..``)."""
    host, port = url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    conn.putrequest("GET", path, skip_accept_encoding=True)
    conn.endheaders()
    answer = conn.getresponse()
    status, body = answer.status, answer.read()
    conn.close()
    return status, body


# -- in the browser

def test_the_page_loads_with_no_errors_and_asks_only_this_server(workbench, endpoint):
    assert workbench.errors == [] and workbench.dialogs == []
    assert workbench.requests and all(u.startswith(endpoint + "/") for u in workbench.requests), workbench.requests
    assert {endpoint + "/assets/vendor/yasgui.min.js", endpoint + "/api/queries"} <= set(workbench.requests)
    p = workbench.page
    assert p.evaluate("window.rightsgraph.yasgui.getTab().getEndpoint()") == endpoint + "/sparql"
    editor = p.evaluate("window.rightsgraph.yasgui.getTab().getQuery()")
    from rightsgraph.namespaces import prefixes

    assert all(f"PREFIX {prefix}: <{ns}>" in editor for prefix, ns in prefixes(None).items())


def test_get_sparql_without_a_query_shows_the_page_to_a_browser(browser, endpoint):
    page = Workbench(browser, endpoint, "/sparql")
    try:
        assert page.errors == [] and page.page.locator("#catalogue .query").count() == len(library())
    finally:
        page.close()


def test_a_typed_query_shows_the_rows_the_store_returns(workbench, seed):
    text = ("PREFIX rg: <https://w3id.org/rightsgraph/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "SELECT ?person ?label WHERE { ?person a rg:Person ; rdfs:label ?label\n"
            "  FILTER(lang(?label) = 'en' && STRSTARTS(?label, 'N')) }\nORDER BY ?person")  # (one page of the table)
    expected = [[str(value) for value in row] for row in seed.query(text)]
    assert 0 < len(expected) < 50  # one page of the table
    workbench.type_query(text)
    workbench.page.locator(".yasqe .yasqe_queryButton").first.click()
    assert workbench.results(len(expected)) == expected
    with workbench.page.expect_download() as download:  # YASR's own CSV download of the table
        workbench.page.locator(".yasr .yasr_downloadIcon").first.click()
    with open(download.value.path(), encoding="utf-8") as f:
        assert list(csv.reader(f))[1:] == expected
    assert workbench.errors == []


def test_a_label_and_a_count_are_drawn_as_a_bar_chart(browser, endpoint, seed):
    """The Chart tab draws one bar per row, as long as its number (Observable Plot's SVG, read back)."""
    text = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n) ?class LIMIT 8")
    expected = [(str(c), int(n)) for c, n in seed.query(text)]
    page = Workbench(browser, endpoint)
    page.type_query(text)
    page.page.locator(".yasqe .yasqe_queryButton").first.click()
    page.results(len(expected))
    page.page.locator(".yasr .select_chart").click()
    page.page.wait_for_selector(".yasr svg.rg-chart")
    bars = page.page.evaluate("""() => [...document.querySelectorAll('.yasr svg.rg-chart g[aria-label="bar"] rect')]
        .map(r => [r.querySelector('title').textContent, Number(r.getAttribute('width'))])""")
    assert [t for t, _ in bars] == [f"{c}: {n}" for c, n in expected]
    widths = {t: w for t, w in bars}
    top, *_ = expected
    for c, n in expected:  # widths proportional to the counts
        assert abs(widths[f"{c}: {n}"] / widths[f"{top[0]}: {top[1]}"] - n / top[1]) < 0.02
    assert page.errors == [] and all(r.startswith(endpoint) for r in page.requests)
    page.close()


def test_the_catalogue_lists_every_library_query(workbench):
    p = workbench.page
    shown = p.evaluate("[...document.querySelectorAll('#catalogue .query')].map(d => [d.dataset.name, "
                       "d.querySelector('summary').textContent, d.dataset.group])")
    assert shown == [[q.name, q.title, q.group] for q in library()]
    assert p.locator("#catalogue-status").text_content() == f"{len(library())} queries"
    query = find("post-holders-on-date")
    entry = p.locator(".query[data-name='post-holders-on-date']")
    fields = entry.locator("[name]")
    assert [fields.nth(i).get_attribute("name") for i in range(fields.count())] == list(query.params)
    for name, param in query.params.items():  # typed fields, defaults filled
        field = entry.locator(f"[name='{name}']")
        assert field.input_value() == param.default
        assert field.get_attribute("type") == {"date": "date", "integer": "number", "iri": "text"}[param.type]


@pytest.mark.parametrize("name, params", [
    ("officials-in-period", {"start": "2023-01-01", "end": "2024-12-31"}),
    ("person-posts", {"person": "id:person/ha-kim-ngoc"}),
])
def test_a_library_query_run_with_its_form_shows_the_rows_of_rightsgraph_query(workbench, store_path, name, params):
    expected = cli_rows(store_path, name, **params)
    assert 0 < len(expected) < 50
    assert expected != cli_rows(store_path, name)  # the parameters change the answer
    p = workbench.page
    entry = p.locator(f".query[data-name='{name}']")
    entry.locator("summary").click()
    for key, value in params.items():
        entry.locator(f"[name='{key}']").fill(value)
    entry.locator("button.run").click()
    p.wait_for_function("(n) => window.rightsgraph.yasgui.getTab().getQuery().includes(n)",
                        arg=params[next(iter(params))].split(":")[-1], timeout=30000)
    assert sorted(workbench.results(len(expected))) == sorted(expected)
    entry.locator("summary").click()
    assert workbench.errors == []


def test_a_construct_query_is_drawn_as_a_graph_from_its_form(browser, endpoint, seed):
    """The catalogue offers "Draw as a graph" for CONSTRUCT queries only; it opens the explorer on what the query
    returns with the form's parameters (the resources of the CONSTRUCT's result, run here on the store)."""
    from rightsgraph.library.binding import first_keyword

    page = browser.new_page()
    page.goto(endpoint + "/")
    page.wait_for_selector("#catalogue .query")
    drawable = set(page.eval_on_selector_all(".query:has(button.draw)", "els => els.map(e => e.dataset.name)"))
    assert drawable == {q.name for q in library() if first_keyword(q.text) in ("CONSTRUCT", "DESCRIBE")}
    entry = page.locator(".query[data-name='career-graph']")
    entry.locator("summary").click()
    entry.locator("[name='person']").fill("id:person/do-hung-viet")
    entry.locator("button.draw").click()
    page.wait_for_selector("body[data-ready=true]", timeout=30000)
    query = find("career-graph")
    graph = seed.query(query.text, query.bindings({"person": "id:person/do-hung-viet"}, seed.meta.base)).graph
    subjects = {str(s) for s in graph.subjects() if str(s).startswith(ID + "person/")}
    drawn = set(page.evaluate("window.rightsgraph.data.nodes.map(n => n.id)"))
    assert subjects == {ID + "person/do-hung-viet"} and subjects <= drawn
    page.close()


def test_a_bad_parameter_shows_the_librarys_message(workbench):
    p = workbench.page
    entry = p.locator(".query[data-name='person-posts']")
    entry.locator("summary").click()
    before = p.evaluate("window.rightsgraph.yasgui.getTab().getQuery()")
    entry.locator("[name='person']").fill("not an iri")
    entry.locator("button.open").click()
    entry.locator(".error").filter(has_text="must be a iri").wait_for(timeout=10000)
    assert entry.locator(".error").text_content() == "parameter person must be a iri (got 'not an iri')"
    assert p.evaluate("window.rightsgraph.yasgui.getTab().getQuery()") == before
    entry.locator("[name='person']").fill("id:person/ha-kim-ngoc")
    entry.locator("button.open").click()  # into the editor, not run
    p.wait_for_function("window.rightsgraph.yasgui.getTab().getQuery().includes('ha-kim-ngoc')", timeout=10000)
    assert entry.locator(".error").text_content() == ""
    entry.locator("summary").click()


@pytest.fixture(scope="module")
def hostile_endpoint(new_store):
    path = new_store("hostile")
    with updating(path, "a test") as store:
        graph = URIRef(ID + "source/hostile-test")
        store.add_quads([(URIRef(ID + "person/hostile"), RDF.type, RG.Person, graph),
                         (URIRef(ID + "person/hostile"), RDFS.label, Literal(HOSTILE, lang="en"), graph),
                         (URIRef(ID + "person/hostile"), RG.note, Literal("</td><script>alert(2)</script>"), graph)])
        store.touched.add(str(graph))
        store.merge_needed = True
    opened = GraphStore.open(path)
    server, url = _start(opened)
    yield url
    server.shutdown()
    server.server_close()


def test_hostile_strings_stay_text_in_the_results_table(browser, hostile_endpoint):
    page = Workbench(browser, hostile_endpoint)
    try:
        page.type_query(f"SELECT ?label ?note WHERE {{ <{ID}person/hostile> <{RDFS.label}> ?label ; "
                        f"<{RG.note}> ?note }}")
        page.page.locator(".yasqe .yasqe_queryButton").first.click()
        assert page.results(1) == [[HOSTILE, "</td><script>alert(2)</script>"]]
        assert page.page.locator(".yasr img, .yasr script").count() == 0
        assert page.dialogs == [] and page.errors == []
    finally:
        page.close()


# -- over HTTP

def test_the_query_api_lists_the_library_and_binds_parameters(endpoint, seed):
    status, _, body = request(endpoint + "/api/queries")
    listed = json.loads(body)["queries"]
    assert status == 200 and [q["name"] for q in listed] == [q.name for q in library()]
    wanted = {q.name: {p.name: [p.type, p.default, p.description] for p in q.params.values()} for q in library()}
    assert {q["name"]: {p["name"]: [p["type"], p["default"], p["help"]] for p in q["parameters"]}
            for q in listed} == wanted
    status, _, body = request(endpoint + "/api/queries/person-posts?person=id:person/ha-kim-ngoc")
    bound = json.loads(body)["query"]
    query = find("person-posts")
    local = sorted(tuple(map(str, row)) for row in seed.query(query.text, query.bindings(
        {"person": "id:person/ha-kim-ngoc"}, seed.meta.base)))
    assert status == 200 and sorted(tuple(map(str, row)) for row in seed.query(bound)) == local and local


@pytest.mark.parametrize("path, status, message", [
    ("/api/queries/no-such-query", 404, "no query called 'no-such-query'"),
    ("/api/queries/person-posts?person=not%20an%20iri", 400, "parameter person must be a iri"),
    ("/api/queries/person-posts?nope=1", 400, "unknown parameter nope for person-posts"),
    ("/api/queries/person-posts?person=id:a&person=id:b", 400, "parameter person is given twice"),
    ("/api/queries/hrc-sessions?state=%22%7D%20DROP%20ALL%20%23", 400, "parameter state must be a iri"),
    ("/api/queries/person-posts?person=%ff", 400, ""),
])
def test_bad_queries_and_parameters_are_4xx_with_the_librarys_message(endpoint, path, status, message):
    got, _, body = request(endpoint + path)
    assert got == status and message in body.decode("utf-8")


@pytest.mark.parametrize("path", ["/sparql", "/api/queries", "/api/queries/person-posts", "/.well-known/void"])
def test_cors_preflight(endpoint, path):
    status, headers, body = request(endpoint + path, "OPTIONS", {
        "Origin": "http://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status == 204 and body == b""
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert {m.strip() for m in headers["Access-Control-Allow-Methods"].split(",")} == {"GET", "POST", "OPTIONS"}
    assert {h.strip().lower() for h in headers["Access-Control-Allow-Headers"].split(",")} >= {"content-type", "accept"}
    assert int(headers["Access-Control-Max-Age"]) > 0


def test_options_elsewhere_is_404_never_501(endpoint):
    status, _, _ = request(endpoint + "/nothing-here", "OPTIONS")
    assert status == 404


@pytest.mark.parametrize("accept, syntax", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                            ("application/n-triples", "nt")])
def test_the_service_description_names_the_endpoint_and_its_result_formats(endpoint, accept, syntax):
    status, headers, body = request(endpoint + "/sparql", headers={"Accept": accept})
    assert status == 200 and headers["Content-Type"].startswith(accept)
    graph = Graph().parse(data=body.decode("utf-8"), format=syntax)
    (service,) = graph.subjects(RDF.type, SD.Service)
    assert set(graph.objects(service, SD.endpoint)) == {URIRef(endpoint + "/sparql")}
    assert set(graph.objects(service, SD.supportedLanguage)) == {SD.SPARQL11Query}
    offered = {URIRef(f.iri) for f in formats.of_kind(formats.RESULTS)} | {
        URIRef(formats.get(name).iri) for name in SERVED_FORMATS}
    assert set(graph.objects(service, SD.resultFormat)) == offered
    assert SD.UnionDefaultGraph in set(graph.objects(service, SD.feature))
    (dataset,) = graph.objects(service, SD.defaultDataset)
    assert (dataset, RDFS.seeAlso, URIRef(endpoint + "/.well-known/void")) in graph
    _, _, void = request(endpoint + "/.well-known/void", headers={"Accept": "text/turtle"})
    assert (dataset, None, None) in Graph().parse(data=void.decode("utf-8"), format="turtle")  # VoID describes it


@pytest.mark.parametrize("path, expected", [
    ("/assets/../pyproject.toml", 400), ("/assets/%2e%2e/pyproject.toml", 400),
    ("/assets/%2E%2E%2Fpyproject.toml", 400), ("/assets/vendor/../../../../pyproject.toml", 400),
    ("/assets/vendor/..%2f..%2f..%2f..%2fpyproject.toml", 400), ("/assets/..%5c..%5cpyproject.toml", 400),
    ("/assets//etc/passwd", 400), ("/assets/vendor/.installed", 400), ("/assets/./workbench.js", 400),
    ("/assets/%252e%252e/pyproject.toml", 404),  # decoded once: a file called "%2e%2e", which is not there
])
def test_paths_out_of_the_assets_are_refused(endpoint, path, expected):
    status, body = raw_get(endpoint, path)
    assert status == expected and b"[build-system]" not in body and b"root:" not in body


@pytest.mark.parametrize("name, content_type", [
    ("vendor/yasgui.min.js", "text/javascript"), ("vendor/yasgui.min.css", "text/css"),
    ("vendor/LICENSES.txt", "text/plain"), ("workbench.js", "text/javascript"), ("workbench.css", "text/css"),
])
def test_assets_are_served_with_their_content_type(endpoint, name, content_type):
    status, headers, body = request(endpoint + "/assets/" + name)
    expected = (resources.files("rightsgraph.publish") / "static" / name).read_bytes()
    assert status == 200 and headers["Content-Type"].split(";")[0] == content_type and body == expected
    assert "max-age=" in headers["Cache-Control"]


def test_unknown_assets_are_404(endpoint):
    assert request(endpoint + "/assets/vendor/nothing.js")[0] == 404
    assert request(endpoint + "/assets/vendor/yasgui.min.js.map")[0] == 404  # not copied, not served


def test_the_licences_of_the_bundled_libraries_go_along():
    """Each package npm installed from the lock file has its licence in the copied folder."""
    from pathlib import Path

    licences = (resources.files("rightsgraph.publish") / "static" / "vendor" / "LICENSES.txt").read_text("utf-8")
    lock = json.loads((Path(__file__).parents[1] / "web" / "package-lock.json").read_text("utf-8"))
    installed = {path.rsplit("node_modules/", 1)[1]: meta for path, meta in lock["packages"].items() if path}
    missing = [name for name, meta in installed.items() if not meta.get("dev")
               and f"==== {name} {meta['version']} " not in licences]
    assert len(installed) > 10 and missing == []


def test_the_wheel_ships_the_page_and_the_copied_libraries(tmp_path):
    import subprocess
    import sys
    import zipfile
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path), str(root)], check=True, capture_output=True)
    (wheel,) = tmp_path.glob("rightsgraph-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    publish = "rightsgraph/publish/"
    assert {publish + n for n in ("templates/workbench.html", "static/workbench.js", "static/workbench.css",
                                  "static/vendor/yasgui.min.js", "static/vendor/yasgui.min.css",
                                  "static/vendor/LICENSES.txt")} <= names
    assert publish + "static/vendor/.installed" not in names
