"""`rightsgraph serve` over real HTTP on 127.0.0.1: SPARQLWrapper and curl against it, unchanged."""

from __future__ import annotations

import json
import shutil
import subprocess
import time

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from conftest import ID, query_both, rows
from rightsgraph.library import find, library
from rightsgraph.publish.server import Limits
from web import start_server as _start

HKN = ID + "person/ha-kim-ngoc"
PERSONS = "SELECT ?p ?label WHERE { ?p a <https://w3id.org/rightsgraph/ontology#Person> ; " \
          "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?p ?label"


def curl(*args: str) -> subprocess.CompletedProcess:
    exe = shutil.which("curl")
    if exe is None:
        pytest.fail("curl is not installed")
    return subprocess.run([exe, "-s", "-S", "--max-time", "30", *args], capture_output=True, text=True)


def test_sparqlwrapper_select_and_construct_answer_as_the_store_does(endpoint, seed):
    from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

    client = SPARQLWrapper(endpoint + "/sparql")
    client.setQuery(PERSONS)
    client.setReturnFormat(JSON)
    remote = [(b["p"]["value"], b["label"]["value"]) for b in client.query().convert()["results"]["bindings"]]
    local = [(str(r[0]), str(r[1])) for r in seed.query(PERSONS)]
    assert remote == local and len(local) > 10
    text = f"CONSTRUCT {{ <{HKN}> ?p ?o }} WHERE {{ <{HKN}> ?p ?o }}"
    client.setQuery(text)
    client.setMethod("POST")
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.query().convert(), format="turtle")
    assert isomorphic(graph, seed.query(text).graph) and len(graph) > 2


@pytest.mark.parametrize("accept, check", [
    ("text/csv", lambda out: out.splitlines()[0] == "p,label" and "Hà Kim Ngọc" in out),
    ("text/tab-separated-values", lambda out: out.splitlines()[0] == "?p\t?label"),
    ("application/sparql-results+xml", lambda out: "<sparql" in out and "Hà Kim Ngọc" in out),
    ("application/sparql-results+json", lambda out: json.loads(out)["head"]["vars"] == ["p", "label"]),
])
def test_curl_gets_each_results_format_by_accept(endpoint, accept, check):
    result = curl("-G", "-H", f"Accept: {accept}", "--data-urlencode", f"query={PERSONS}", endpoint + "/sparql",
                  "-w", "\n%{http_code} %{content_type}")
    body, _, status = result.stdout.rpartition("\n")
    assert status.startswith("200 " + accept) and check(body)


def test_post_with_a_query_body_and_graph_formats(endpoint, seed):
    text = f"DESCRIBE <{HKN}>"
    result = curl("-H", "Content-Type: application/sparql-query", "-H", "Accept: application/n-triples",
                  "--data-binary", text, endpoint + "/sparql")
    assert isomorphic(Graph().parse(data=result.stdout, format="nt"), seed.query(text).graph)
    result = curl("-H", "Accept: application/ld+json", "--data-urlencode", f"query={text}", endpoint + "/sparql")
    assert len(Graph().parse(data=result.stdout, format="json-ld")) == len(seed.query(text).graph)


@pytest.mark.parametrize("args", [
    ["--data-urlencode", "update=DROP ALL"],
    ["-H", "Content-Type: application/sparql-update", "--data-binary", "DROP ALL"],
    ["--data-urlencode", "query=PREFIX x: <urn:x#> INSERT DATA { x:a x:b x:c }"],
    ["-G", "--data-urlencode", "update=CLEAR DEFAULT"],
])
def test_updates_are_refused_and_change_nothing(endpoint, seed, args):
    before = len(seed)
    result = curl(*args, endpoint + "/sparql", "-w", "\n%{http_code}")
    assert result.stdout.endswith("403") and "read-only" in result.stdout
    assert len(seed) == before


def test_a_query_that_mentions_update_words_is_not_an_update(endpoint):
    text = "# people with a label; insert nothing, delete nothing\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p 'DROP ALL' }"
    result = curl("--data-urlencode", f"query={text}", endpoint + "/sparql", "-w", "\n%{http_code}")
    assert result.stdout.endswith("200")


@pytest.fixture(scope="module", params=["seed", "upr"])
def served(request):
    """`serve` on the seed graph, and on it with real recommendation data, with limits no query reaches."""
    store = request.getfixturevalue(request.param)
    server, url = _start(store, Limits(timeout=300, max_rows=10**7))
    yield store, url + "/sparql"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("name", [q.name for q in library()])
def test_every_library_query_answers_on_serve_as_locally(served, name):
    """Through `rightsgraph query NAME --endpoint`: each query goes as a query, whatever its comments say."""
    store, url = served
    for values in [{}] + ([{"state": "id:state/svn"}] if "state" in find(name).params else []):
        local, remote = query_both(store, url, name, values)
        assert rows(remote, find(name).text) == rows(local, find(name).text), f"{name} {values}"


def test_update_words_in_comments_strings_and_iris_do_not_make_an_update(endpoint):
    from click.testing import CliRunner

    from rightsgraph.cli import main

    text = ('# recommendations loaded; insert, delete and drop nothing\n'
            'SELECT ?s WHERE { ?s <urn:x:load#drop> "clear # add" } # LOAD <urn:x>')
    result = CliRunner().invoke(main, ["sparql", text, "--endpoint", endpoint + "/sparql", "--format", "csv"])
    assert result.exit_code == 0 and result.output.strip() == "s", result.output
    update = "# a select\nPREFIX x: <urn:x#> INSERT DATA { x:a x:b 'SELECT' }"
    result = CliRunner().invoke(main, ["sparql", update, "--endpoint", endpoint + "/sparql"])
    assert result.exit_code == 1 and "SPARQL Update (INSERT)" in result.output


def test_errors_are_statuses_with_messages(endpoint, tmp_path):
    bad = curl("--data-urlencode", "query=SELECT ?x WHERE {", endpoint + "/sparql", "-w", "\n%{http_code}")
    assert bad.stdout.endswith("400") and "syntax error" in bad.stdout
    missing = curl(endpoint + "/id/person/nobody-at-all", "-w", "\n%{http_code}")
    assert missing.stdout.endswith("404")
    big = tmp_path / "big.txt"
    big.write_text("query=" + "#" * (2 << 20))
    over = curl("-H", "Content-Type: application/x-www-form-urlencoded", "--data-binary", f"@{big}",
                endpoint + "/sparql", "-w", "\n%{http_code}")
    assert over.stdout.endswith("413")
    refused = curl("-H", "Accept: image/png", "--data-urlencode", f"query={PERSONS}", endpoint + "/sparql",
                   "-w", "\n%{http_code}")
    assert refused.stdout.endswith("406")


def test_resource_pages_in_html_turtle_and_jsonld(endpoint, seed):
    page = curl(endpoint + "/id/person/ha-kim-ngoc").stdout
    assert '<h1 id="title">Ha Kim Ngoc</h1>' in page and "Hà Kim Ngọc" in page
    assert 'href="/id/holding/ha-kim-ngoc--deputy-minister-foreign-affairs-vnm"' in page  # neighbours, locally
    assert "Celebrating International Human Rights Day" in page  # the source stating a fact, by its title
    turtle = Graph().parse(data=curl("-H", "Accept: text/turtle", endpoint + "/id/person/ha-kim-ngoc").stdout,
                           format="turtle")
    assert (URIRef(HKN), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), None) in turtle
    jsonld = Graph().parse(data=curl("-H", "Accept: application/ld+json", endpoint + "/id/person/ha-kim-ngoc").stdout,
                           format="json-ld")
    assert isomorphic(jsonld, turtle)


def test_the_dataset_description_is_at_well_known_void(endpoint, seed):
    from rdflib import VOID

    graph = Graph().parse(data=curl(endpoint + "/.well-known/void").stdout, format="turtle")
    dataset = graph.value(None, VOID.sparqlEndpoint, URIRef(endpoint + "/sparql"))
    assert dataset == URIRef(ID + "dataset")
    served = sum(1 for _ in seed.quads(None, None, None, merged=True))
    assert int(graph.value(dataset, VOID.triples)) == served
    assert {str(f) for f in graph.objects(dataset, VOID.feature)} == {
        "http://www.w3.org/ns/formats/" + name for name in ("Turtle", "JSON-LD", "N-Triples")}


def test_row_limit_and_timeout_are_reported(seed):
    server, url = _start(seed, Limits(timeout=0.5, max_rows=5))
    try:
        result = curl("-i", "-H", "Accept: text/csv", "--data-urlencode", f"query={PERSONS}", url + "/sparql")
        head, _, body = result.stdout.replace("\r\n", "\n").partition("\n\n")
        assert len(body.strip().splitlines()) == 1 + 5 and "results cut at 5 rows" in head
        start = time.monotonic()
        slow = curl("--data-urlencode", "query=SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                    url + "/sparql", "-w", "\n%{http_code}")
        assert slow.stdout.endswith("503") and "longer than 0.5 s" in slow.stdout
        assert time.monotonic() - start < 5
        # the runaway query's process was killed and replaced: the next query is answered
        again = curl("--data-urlencode", "query=ASK { ?s ?p ?o }", url + "/sparql")
        assert json.loads(again.stdout)["boolean"] is True
    finally:
        server.shutdown()
        server.server_close()


def test_the_next_query_waits_for_the_replacement_of_a_timed_out_process(seed):
    """With one process, a timeout's replacement starts in the background; the next query waits for it, however
    long starting it takes (its own time limit counts from the moment it has a process)."""
    server, url = _start(seed, Limits(timeout=0.5), workers=1)
    try:
        slow = curl("--data-urlencode", "query=SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                    url + "/sparql", "-w", "\n%{http_code}")
        assert slow.stdout.endswith("503") and "longer than 0.5 s" in slow.stdout
        again = curl("--data-urlencode", "query=ASK { ?s ?p ?o }", url + "/sparql", "-w", "\n%{http_code}")
        assert again.stdout.endswith("200"), again.stdout
        assert server.workers.idle.qsize() == 1 and not server.workers.starting
    finally:
        server.shutdown()
        server.server_close()


def test_the_serve_command(store_path):
    import re
    import sys
    from pathlib import Path

    exe = Path(sys.executable).parent / "rightsgraph"
    process = subprocess.Popen([str(exe), "serve", "--port", "0", "--store", str(store_path)],
                               stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        port = re.search(r"127\.0\.0\.1:(\d+)/", line)[1]
        page = curl(f"http://127.0.0.1:{port}/id/person/ha-kim-ngoc", "-w", "\n%{http_code}")
        assert page.stdout.endswith("200") and "Ha Kim Ngoc" in page.stdout
    finally:
        process.terminate()
        assert process.wait(timeout=10) is not None
