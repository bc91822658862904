"""Every library query gives the same answers on a real Virtuoso, through --endpoint, as on the local store."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import query_both, rows
from rightsgraph.cli import main
from rightsgraph.errors import QueryError
from rightsgraph.library import find, library
from rightsgraph.library.remote import run
from virtuoso import MERGED, Virtuoso


@pytest.fixture(scope="module")
def server(upr, tmp_path_factory):
    virtuoso = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    virtuoso.start()
    try:
        virtuoso.load(upr)
        yield virtuoso
    finally:
        virtuoso.stop()


@pytest.mark.parametrize("name", [q.name for q in library()])
def test_library_query_gives_the_same_answers_on_virtuoso(server, upr, name):
    dataset = ["--default-graph", MERGED, *(arg for g in upr.graphs() for arg in ("--named-graph", g))]
    for values in [{}] + ([{"state": "id:state/svn"}] if "state" in find(name).params else []):
        local, remote = query_both(upr, server.endpoint, name, values, *dataset)
        assert [str(v) for v in remote.vars or ()] == [str(v) for v in local.vars or ()]
        assert rows(remote, find(name).text) == rows(local, find(name).text), f"{name} {values}"


def test_cli_query_on_the_endpoint_with_a_hostile_value(server, upr):
    runner = CliRunner()
    args = ["query", "person-posts", "--endpoint", server.endpoint, "--default-graph", MERGED, "--format", "csv"]
    result = runner.invoke(main, [*args, "--param", "person=id:person/ha-kim-ngoc"])
    assert result.exit_code == 0, result.output
    assert "deputy-minister-foreign-affairs-vnm" in result.output
    text = '# param: name (string) = x -- a label\nSELECT ?name ?s WHERE { ?s rdfs:label ?l FILTER(STR(?l) = ?name) }'
    result = runner.invoke(main, ["sparql", text, "--endpoint", server.endpoint, "--format", "csv",
                                  "--param", 'name="} ; DROP ALL ; #'])
    assert result.exit_code == 0 and result.output.strip() == "name,s"
    count = run(server.endpoint, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(next(iter(count))[0]) > 10000  # nothing was dropped


def test_unreachable_endpoint_and_bad_query_are_clear_errors(server):
    with pytest.raises(QueryError, match="cannot reach"):
        run("http://127.0.0.1:9/sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", timeout=2)
    with pytest.raises(QueryError, match=r"refused|HTTP"):
        run(server.endpoint, "SELECT * WHERE { ?s ?p ", timeout=10)


@pytest.fixture(scope="module")
def pushed(upr, tmp_path_factory):
    """A second, empty Virtuoso that receives the graph through `rightsgraph push` (Graph Store Protocol)."""
    virtuoso = Virtuoso(tmp_path_factory.mktemp("virtuoso-push"))
    virtuoso.start()
    base = f"http://127.0.0.1:{virtuoso.http}"
    args = ["push", "--store", str(upr.path.parent), "--endpoint", base + "/sparql-auth",
            "--graph-store", base + "/sparql-graph-crud-auth", "--user", "dba", "--password", "dba"]
    try:
        for _ in range(2):  # the second release replaces the first
            result = CliRunner().invoke(main, args)
            assert result.exit_code == 0, result.output
        yield virtuoso
    finally:
        virtuoso.stop()


def _graph_counts(endpoint: str) -> dict[str, int]:
    result = run(endpoint, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                           "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/rightsgraph/') || ?g = <" + MERGED + ">) } "
                           "GROUP BY ?g")
    return {str(g): int(n) for g, n in result}


def test_push_loads_every_graph_once_and_replaces_the_previous_release(pushed, upr):
    counts = _graph_counts(pushed.endpoint)
    want = {g: sum(1 for _ in upr.quads(graph=g)) for g in upr.graphs()}
    want[MERGED] = sum(1 for _ in upr.quads(None, None, None, merged=True))
    assert counts == want  # pushed twice, held once
    staging = run(pushed.endpoint, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                                   "FILTER(STRSTARTS(STR(?g), 'urn:x-rightsgraph:staging')) }")
    assert int(next(iter(staging))[0]) == 0  # no staging graph left behind


@pytest.mark.parametrize("name", [q.name for q in library()])
def test_after_a_push_the_server_answers_the_library_as_the_store_does(pushed, upr, name):
    query = next(q for q in library() if q.name == name)
    bindings = query.bindings({}, upr.meta.base)
    local = upr.query(query.text, bindings)
    remote = run(pushed.endpoint, query.text, bindings, upr.meta.base, default_graphs=[MERGED],
                 named_graphs=upr.graphs())
    assert rows(remote, query.text) == rows(local, query.text), name


def test_push_through_sparql_update_and_its_errors(pushed, store_path, seed):
    from rightsgraph.errors import PublishError
    from rightsgraph.publish.push import push

    base = f"http://127.0.0.1:{pushed.http}"
    graph = "https://w3id.org/rightsgraph/id/source/vna-2022-midterm-report-launch"
    push(seed, base + "/sparql-auth", None, "dba", "dba", merged_graph=None)  # no Graph Store: INSERT DATA
    want = sum(1 for _ in seed.quads(graph=graph))
    assert _graph_counts(pushed.endpoint)[graph] == want
    with pytest.raises(PublishError, match="HTTP 401"):
        push(seed, base + "/sparql-auth", base + "/sparql-graph-crud-auth", "dba", "wrong", merged_graph=None)
    with pytest.raises(PublishError, match="cannot reach"):
        push(seed, "http://127.0.0.1:9/sparql", None, merged_graph=None, timeout=2)


class _Faulty:
    """A loopback proxy to a real server that fails its Nth request with a 500 (or, hung, never answers)."""

    def __init__(self, target: str, fail_at: int | None = None, hang: bool = False) -> None:
        import threading
        import urllib.request
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        outer = self
        self.requests: list[tuple[str, str]] = []

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _any(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                outer.requests.append((self.command, body.decode("utf-8", "replace")[:200]))
                if hang:
                    import time

                    time.sleep(30)
                    return
                if fail_at is not None and len(outer.requests) == fail_at:
                    self.send_response(500)
                    self.send_header("Content-Length", "4")
                    self.end_headers()
                    self.wfile.write(b"boom")
                    return
                request = urllib.request.Request(target + self.path, data=body or None, method=self.command,
                                                 headers={k: v for k, v in self.headers.items()
                                                          if k.lower() in ("content-type", "authorization")})
                try:
                    with urllib.request.urlopen(request, timeout=60) as response:
                        status, data, headers = response.status, response.read(), response.headers
                except urllib.error.HTTPError as exc:
                    status, data, headers = exc.code, exc.read(), exc.headers
                self.send_response(status)
                for key in ("Content-Type", "WWW-Authenticate"):
                    for value in headers.get_all(key) or []:
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = _any

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_a_push_that_fails_while_staging_changes_no_live_graph(pushed, seed):
    from rightsgraph.errors import PublishError
    from rightsgraph.publish.push import push

    before = _graph_counts(pushed.endpoint)
    proxy = _Faulty(f"http://127.0.0.1:{pushed.http}", fail_at=6)  # past the first graphs, before the swap
    try:
        with pytest.raises(PublishError, match="no live graph was changed"):
            push(seed, proxy.url + "/sparql-auth", None, "dba", "dba", merged_graph=None)
        assert not any("MOVE" in body for _, body in proxy.requests)
    finally:
        proxy.close()
    assert _graph_counts(pushed.endpoint) == before
    staging = run(pushed.endpoint, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                                   "FILTER(STRSTARTS(STR(?g), 'urn:x-rightsgraph:staging')) }")
    assert int(next(iter(staging))[0]) == 0  # the staging graphs were dropped


def test_a_hung_server_is_given_up_on_after_the_timeout(seed):
    from rightsgraph.errors import PublishError
    from rightsgraph.publish.push import push

    proxy = _Faulty("http://127.0.0.1:9", hang=True)
    try:
        with pytest.raises(PublishError, match=r"timed out|cannot reach"):
            push(seed, proxy.url + "/sparql", None, merged_graph=None, timeout=2)
    finally:
        proxy.close()


VOTE_QUERIES = {"state-votes": {"start": "2015-01-01", "end": "2024-12-31"}, "state-vote-summary": {},
                "voting-agreement": {}, "country-resolutions": {"state": "id:state/syr"}, "disagreements": {},
                "council-membership-vs-votes": {}}


@pytest.fixture(scope="module")
def votes_server(tmp_path_factory):
    """A Virtuoso holding the seed graph and the small HRC vote and resolution files of test_ingest_hrc."""
    from hrc_fixtures import fixture_ods, fixture_votes

    from rightsgraph.build import build
    from rightsgraph.store import GraphStore
    from rightsgraph.upr.ingest import ingest

    tmp = tmp_path_factory.mktemp("votes")
    build(tmp / "rg")
    ingest("hrc-votes", [fixture_votes(tmp)], tmp / "rg")
    ingest("hrc-resolutions", [fixture_ods(tmp)], tmp / "rg")
    store = GraphStore.open(tmp / "rg")
    virtuoso = Virtuoso(tmp_path_factory.mktemp("virtuoso-votes"))
    virtuoso.start()
    try:
        virtuoso.load(store)
        yield virtuoso, store
    finally:
        virtuoso.stop()


@pytest.mark.parametrize("name", sorted(VOTE_QUERIES))
def test_vote_queries_give_the_same_rows_on_virtuoso(votes_server, name):
    server, store = votes_server
    dataset = ["--default-graph", MERGED, *(arg for g in store.graphs() for arg in ("--named-graph", g))]
    local, remote = query_both(store, server.endpoint, name, VOTE_QUERIES[name], *dataset)
    assert rows(local, find(name).text), name  # the fixture gives each query rows to compare
    assert rows(remote, find(name).text) == rows(local, find(name).text), name
