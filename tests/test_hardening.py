"""`rightsgraph serve` under hostile and careless use: everything on 127.0.0.1, every refusal answered."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import upr_info_file
from rightsgraph.build import build
from rightsgraph.publish.server import Limits, serve
from rightsgraph.store import GraphStore
from rightsgraph.upr.ingest import ingest

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 4,000³ rows, constant memory
GREEDY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"  # millions of rows held for sorting
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


class Listener:
    """A loopback HTTP listener that counts connections and answers 500 with a secret."""

    SECRET = "planted-secret-4d1f"

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"
        self.connections = 0
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                conn.settimeout(2)
                with contextlib.suppress(OSError):
                    conn.recv(65536)
                body = self.SECRET.encode()
                conn.sendall(b"HTTP/1.1 500 Oops\r\nContent-Type: text/plain\r\nContent-Length: "
                             + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)

    def close(self) -> None:
        self.sock.close()


def _start(store, limits: Limits | None = None, workers: int = 2):
    server = serve(store, "127.0.0.1", 0, limits, workers)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _get(url: str, query: str, timeout: float = 60) -> tuple[int, str, dict]:
    request = urllib.request.Request(url + "/sparql?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(), dict(exc.headers)


def _raw(url: str, data: bytes, timeout: float = 10) -> bytes:
    """Send raw bytes; what comes back until the server closes or the timeout."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        sock.sendall(data)
        out = b""
        try:
            while chunk := sock.recv(65536):
                out += chunk
        except TimeoutError:
            pass
        return out


@pytest.fixture(scope="module")
def endpoint(seed):
    server, url = _start(seed)
    yield server, url
    server.shutdown()
    server.server_close()


# ---- 1. no SERVICE call to anywhere a query names ----------------------------------------------------

@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?x ?y ?z OPTIONAL {{ SERVICE# a comment\n<{url}> {{ ?s ?p ?o }} }} }} LIMIT 1",
    "SELECT * WHERE {{ VALUES ?e {{ <{url}> }} SERVICE ?e {{ ?s ?p ?o }} }}",
])
def test_federated_queries_are_refused_and_nothing_is_fetched(endpoint, template):
    listener = Listener()
    try:
        status, body, _ = _get(endpoint[1], template.format(url=listener.url))
        assert status == 403 and "SERVICE" in body
        assert listener.connections == 0
    finally:
        listener.close()


def test_the_word_service_in_strings_comments_and_names_is_no_service(endpoint):
    query = ('PREFIX service: <http://example.org/> # SERVICE <http://127.0.0.1:9/>\n'
             'SELECT ?s WHERE { ?s ?p "SERVICE <http://127.0.0.1:9/>" OPTIONAL { ?s service:x ?o } }')
    assert _get(endpoint[1], query)[0] == 200


def test_an_allowed_service_is_called_and_its_body_never_echoed(seed):
    listener = Listener()
    server, url = _start(seed, Limits(allow_service=(listener.url,)))
    try:
        status, body, _ = _get(url, f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}")
        assert listener.connections >= 1  # the operator allowed it
        assert status >= 400 and Listener.SECRET not in body
        other = Listener()
        assert _get(url, f"SELECT * WHERE {{ SERVICE <{other.url}> {{ ?s ?p ?o }} }}")[0] == 403
        assert other.connections == 0
        other.close()
    finally:
        listener.close()
        server.shutdown()
        server.server_close()


# ---- 2. request bodies -------------------------------------------------------------------------------

@pytest.mark.parametrize(("headers", "status"), [
    ("Content-Length: -1\r\n", b"400"),
    ("Content-Length: +5\r\n", b"400"),
    ("Content-Length: 1e3\r\n", b"400"),
    ("", b"411"),
    ("Transfer-Encoding: chunked\r\n", b"411"),
    ("Content-Length: 5\r\nContent-Length: 6\r\n", b"411"),
    (f"Content-Length: {(1 << 20) + 1}\r\n", b"413"),
])
def test_bad_body_lengths_are_refused_and_the_connection_closed(endpoint, headers, status):
    request = (f"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n{headers}\r\n"
               "SELECT * WHERE { ?s ?p ?o } LIMIT 1").encode()
    answer = _raw(endpoint[1], request)
    assert answer.split(b" ", 2)[1] == status, answer[:200]
    assert answer.count(b"HTTP/1.1") == 1  # the body after it was not read as another request


# ---- 10. malformed paths and a hostile Host header ----------------------------------------------------

@pytest.mark.parametrize("path", ["%00", "%ff", "%zz", "a%0d%0aSet-Cookie:%20x", "%3Cscript%3E", "a%20b", "%"])
def test_malformed_resource_paths_get_an_answer(endpoint, path):
    answer = _raw(endpoint[1], f"GET /id/{path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    assert answer.split(b" ", 2)[1] in (b"400", b"404"), answer[:200]
    assert b"Set-Cookie" not in answer.split(b"\r\n\r\n")[0]


def test_the_void_names_the_configured_endpoint_not_the_host_header(endpoint):
    _server, url = endpoint
    answer = _raw(url, b"GET /.well-known/void HTTP/1.1\r\nHost: evil>\"x\r\nConnection: close\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200") and b"evil" not in answer
    assert f"<{url}/sparql>".encode() in answer


# ---- 5, 6, 7. snapshots, memory, queueing -------------------------------------------------------------

def test_a_rebuild_while_serving_changes_nothing_served(built, tmp_path):
    path = built
    store = GraphStore.open(path)
    served_db = store.path
    server, url = _start(store, Limits(timeout=1))
    try:
        before = json.loads(_get(url, COUNT)[1])["results"]["bindings"][0]["n"]["value"]
        ingest("upr-info", [upr_info_file(tmp_path / "rows.csv", [("Viet Nam", "Ratify CAT", "France", 5)])], path)
        build(path)  # two writes: the served database is no longer even the previous one
        assert served_db.exists()  # pinned while served
        assert _get(url, SLOW)[0] == 503  # a timeout replaces a worker ...
        after = [json.loads(_get(url, COUNT)[1])["results"]["bindings"][0]["n"]["value"] for _ in range(4)]
        assert after == [before] * 4  # ... which opens the same snapshot, not the new store
    finally:
        server.shutdown()
        server.server_close()
        store.close()
    build(path)  # no one reads it now: the next write removes it
    assert not served_db.exists()


def test_a_query_over_its_memory_bound_gets_a_503_and_the_endpoint_goes_on(seed):
    server, url = _start(seed, Limits(timeout=120, max_memory=400 << 20), workers=1)
    try:
        status, body, _ = _get(url, GREEDY, timeout=180)
        assert status == 503 and "memory" in body
        assert _get(url, "ASK { ?s ?p ?o }")[0] == 200
    finally:
        server.shutdown()
        server.server_close()


def test_past_the_queue_bound_queries_get_503_with_retry_after(seed):
    server, url = _start(seed, Limits(timeout=5, max_queue=0), workers=1)
    try:
        slow = threading.Thread(target=_get, args=(url, SLOW), daemon=True)
        slow.start()
        deadline = time.monotonic() + 30
        while server.workers.idle.qsize() and time.monotonic() < deadline:  # until the worker is taken
            time.sleep(0.05)
        status, _, headers = _get(url, "ASK { ?s ?p ?o }")
        assert status == 503 and headers.get("Retry-After")
        slow.join()
    finally:
        server.shutdown()
        server.server_close()


def test_a_query_whose_client_left_is_stopped(seed):
    server, url = _start(seed, Limits(timeout=600), workers=1)
    try:
        [(process, _)] = list(server.workers.idle.queue)
        host, port = url.removeprefix("http://").split(":")
        sock = socket.create_connection((host, int(port)))
        sock.sendall(f"GET /sparql?{urllib.parse.urlencode({'query': SLOW})} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        deadline = time.monotonic() + 30
        while server.workers.idle.qsize() and time.monotonic() < deadline:
            time.sleep(0.05)
        sock.close()
        deadline = time.monotonic() + 300  # a bound for a loaded machine, far below the query's 600 s
        while process.is_alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not process.is_alive() and server.workers.cancelled == 1  # killed, not left to run on
        assert _get(url, "ASK { ?s ?p ?o }")[0] == 200
    finally:
        server.shutdown()
        server.server_close()


def test_idle_connections_are_closed(seed):
    server, url = _start(seed, Limits(idle=1))
    try:
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=30) as sock:
            assert sock.recv(1) == b""  # closed by the server, with nothing sent
    finally:
        server.shutdown()
        server.server_close()


def test_the_serve_command_has_the_limits(store_path: Path):
    from click.testing import CliRunner

    from rightsgraph.cli import main

    text = CliRunner().invoke(main, ["serve", "--help"]).output
    for option in ("--max-memory", "--max-queue", "--idle", "--allow-service", "--public-url", "--max-body"):
        assert option in text


# ---- 8. importers under amplification -----------------------------------------------------------------

def test_a_docx_that_inflates_too_far_is_refused(tmp_path):
    import zipfile

    from rightsgraph.curation.states import default_index
    from rightsgraph.errors import DataError
    from rightsgraph.upr.importers.ohchr_matrix import read

    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/header1.xml", "<w:hdr xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/"
                         "2006/main'><w:p><w:r><w:t>UPR of China (2nd Cycle – 17th session)</w:t></w:r></w:p></w:hdr>")
        archive.writestr("word/document.xml", "<a>" + " " * (20 << 20) + "</a>")  # 20 MB of blanks, ~20 kB zipped
    with pytest.raises(DataError, match="decompression bomb") as err:
        list(read(bomb, None, default_index()))
    assert str(bomb) in str(err.value)


def test_a_csv_line_past_the_limit_is_refused_with_a_short_message(tmp_path):
    from rightsgraph.curation.states import default_index
    from rightsgraph.errors import DataError
    from rightsgraph.textio import detect
    from rightsgraph.upr.importers import MAX_LINE
    from rightsgraph.upr.importers.upr_info import read

    path = upr_info_file(tmp_path / "wide.csv", [("Viet Nam", "Ratify CAT", "France", 5)])
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(",".join(["x"] * (MAX_LINE // 2 + 10)) + "\n")
    with pytest.raises(DataError, match="longer than") as err:
        list(read(path, detect(path, None), default_index()))
    assert err.value.line == 3 and len(str(err.value)) < 500
