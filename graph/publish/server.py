"""``rightsgraph serve``: a read-only SPARQL 1.1 Protocol endpoint with dereferenceable resource pages.

- ``/sparql``: GET ``?query=`` or POST (``application/sparql-query``, or a form with ``query``). SELECT and
  ASK answer in SPARQL JSON, XML, CSV or TSV, CONSTRUCT and DESCRIBE in Turtle, JSON-LD or N-Triples,
  chosen by the Accept header. Updates are refused (403). A malformed query is a 400 with the parser's
  message, a body over the size limit a 413, a query over the time limit a 503, and results over the row
  limit are cut and say so in a ``Warning`` header.
- ``/id/...`` (and ``/concept/...``): the resource whose IRI is the configured base (the concepts' namespace)
  plus that path, as a readable HTML page (see :mod:`rightsgraph.publish.pages`), or Turtle / JSON-LD by
  content negotiation; 404 for an IRI nothing is said about.
- ``/ontology``: the ontology's documentation, where the pages link classes and properties.
- ``/.well-known/void``: the dataset's VoID/DCAT description.
- ``/``: the SPARQL workbench (YASGUI and the query library's catalogue, :mod:`rightsgraph.publish.workbench`),
  also GET ``/sparql`` without a query from a browser; asked for RDF, ``/sparql`` describes itself (SPARQL 1.1
  Service Description). ``/assets/...``: the page's files; ``/api/queries``: the query library as JSON,
  ``/api/queries/NAME?param=value``: a query with its parameters bound by the library.
- ``/charts...``: chart pages, and ``/api/charts/NAME?param=value`` their rows (:mod:`rightsgraph.publish.charts`).
- ``OPTIONS``: the CORS preflight of the endpoint and the API (204), so that scripts of other origins may query.

What a public endpoint refuses (see "Running a public endpoint" in the README): federated queries
(``SERVICE``, unless the endpoint is listed in :attr:`Limits.allow_service`: the server fetches nothing
a query names), request bodies without a valid ``Content-Length`` or over :attr:`Limits.max_body`
(chunked bodies included), queries past :attr:`Limits.max_queue` waiting (503 with ``Retry-After``),
and each query is bounded in time (:attr:`Limits.timeout`) and memory (:attr:`Limits.max_memory`, in its
worker process). A client that goes away has its query stopped; idle connections close after
:attr:`Limits.idle`. The server answers from the snapshot of the store it started with.
"""

from __future__ import annotations

import contextlib
import json
import select
import socket
import threading
import urllib.parse
from collections import OrderedDict
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox

from rightsgraph import formats
from rightsgraph.errors import QueryError
from rightsgraph.library.binding import UPDATES, first_keyword, services
from rightsgraph.library.results import serialise
from rightsgraph.publish import charts, workbench
from rightsgraph.publish.finderweb import PATHS as FINDER_PATHS
from rightsgraph.publish.finderweb import answer as finder_answer
from rightsgraph.publish.pages import Labels, Site, resource_page

#: The formats resources and graph results are served in (see rightsgraph.formats; VoID's void:feature).
SERVED_FORMATS = ("turtle", "jsonld", "nt")
_SERVED = tuple(formats.get(name) for name in SERVED_FORMATS)
#: Media types offered, and the format each stands for: SELECT and ASK results, graphs and resources.
SELECT_TYPES = formats.by_media_type(formats.of_kind(formats.RESULTS))
GRAPH_TYPES = formats.by_media_type(_SERVED)
#: ``?format=`` on a resource page: a served format's name, alias or extension (ttl, jsonld, nt).
FORMAT_PARAM = {key: f.media_type for f in _SERVED for key in f.keys}
#: Explorer pages kept once drawn (a large view takes a second to select; its page is 1-3 MB).
EXPLORE_PAGES = 16
#: Paths a script from another origin may call (CORS preflight answered with 204).
CORS_PATHS = ("/sparql", "/api/queries", "/.well-known/void", "/id", "/concept")


@dataclass
class Limits:
    timeout: float = 10.0  # seconds a query may run
    max_rows: int = 10000  # rows a SELECT returns at most
    max_body: int = 1 << 20  # bytes of a request body
    max_memory: int = 1 << 30  # bytes of heap a query process may use
    max_queue: int = 64  # queries waiting for a process before more get a 503 (50 clients at once all wait)
    idle: float = 30.0  # seconds an idle connection is kept open
    allow_service: tuple[str, ...] = ()  # endpoints SERVICE clauses may name (none by default)


class Busy(Exception):
    """Too many queries are waiting."""


class OutOfMemory(Exception):
    """A query process died over its memory bound."""


class Gone(Exception):
    """The client closed its connection before the answer came."""


def _negotiate(accept: str, offered: dict[str, str], default: str) -> str | None:
    """The offered type the Accept header prefers (q-values honoured); None when it accepts none of them."""
    if not accept.strip():
        return default
    best, best_q = None, 0.0
    for i, part in enumerate(accept.split(",")):
        media, *params = [x.strip() for x in part.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        candidates = [default] if media in ("*/*", "") else [m for m in offered if m == media or (
            media.endswith("/*") and m.startswith(media[:-1]))]
        for candidate in candidates:
            if q - i * 1e-6 > best_q:
                best, best_q = candidate, q - i * 1e-6
    return best


def _worker(db_path: str, conn, max_memory: int | None = None) -> None:
    """A query process: it opens the database read-only once and answers (text, media types, row limit)
    requests; its heap is bounded (``RLIMIT_DATA``), so a query that needs more dies alone."""
    import resource
    from pathlib import Path

    from rightsgraph.store import GraphStore

    store = GraphStore.open_database(Path(db_path))
    _warm(store)
    if max_memory:
        resource.setrlimit(resource.RLIMIT_DATA, (max_memory, max_memory))
    conn.send("ready")
    while True:
        try:
            text, select_media, graph_media, max_rows = conn.recv()
        except EOFError:
            return
        try:
            conn.send(_evaluate(store, text, select_media, graph_media, max_rows))
        except MemoryError:
            conn.send(("error", 503, "the query needs more memory than this endpoint gives one query"))
        except Exception as exc:  # the first line only: never a remote service's body
            conn.send(("error", 500, f"the query failed: {str(exc).splitlines()[0][:300] if str(exc) else exc!r}"))


def _warm(store) -> None:
    """Answer a query of each kind in each served format once, touching no data: the parser, the result
    writers and their lazy imports are loaded before the process says it is ready, not on a client's clock."""
    for media in SELECT_TYPES:
        _evaluate(store, "SELECT ?x WHERE { VALUES ?x { <urn:x:warm> } }", media, None, 1)
    _evaluate(store, "ASK {}", "application/sparql-results+json", None, 1)
    for media in GRAPH_TYPES:
        _evaluate(store, "CONSTRUCT { <urn:x:warm> <urn:x:warm> 'warm' } WHERE {}", None, media, 1)


def _evaluate(store, text: str, select_media: str | None, graph_media: str | None, max_rows: int):
    try:
        result = store.query(text)
    except QueryError as exc:
        return ("error", 400, str(exc))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        if graph_media is None:
            return ("error", 406, "graphs come as " + ", ".join(GRAPH_TYPES))
        return ("ok", serialise(result, GRAPH_TYPES[graph_media], base=store.meta.base)[0], graph_media, False)
    if select_media is None:
        return ("error", 406, "results come as " + ", ".join(SELECT_TYPES))
    fmt = SELECT_TYPES[select_media]
    if result.type == "ASK" and fmt in ("csv", "tsv"):
        return ("error", 406, "ASK results come as SPARQL JSON or XML (CSV and TSV are for SELECT)")
    body, cut = serialise(result, fmt, max_rows)
    return ("ok", body, select_media, cut)


class _Workers:
    """Query processes, started and warmed (:func:`_warm`) before they are handed a query, so a query's time
    is its own.

    A query over the time limit, or whose client went away, has its process killed and replaced: nothing
    runs on. A process that dies (over its memory bound) is replaced too. A replacement starts in the
    background: the answer that cost the old process goes out at once, and a query waiting for a process
    waits, besides its ``timeout``, for one being started.
    """

    def __init__(self, db_path: str, count: int, max_memory: int | None = None) -> None:
        import multiprocessing
        import queue

        self.context = multiprocessing.get_context("spawn")
        self.db_path, self.max_memory = db_path, max_memory
        self.idle: queue.Queue = queue.Queue()
        self.waiting = 0
        self.cancelled = 0  # queries stopped because their client left
        self.starting: list[threading.Thread] = []  # replacements being started
        self.closed = False
        self.lock = threading.Lock()
        spawned = [self._spawn() for _ in range(count)]  # started side by side, then awaited
        for process, conn in spawned:
            self.idle.put(self._ready(process, conn))

    def _spawn(self):
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_worker, args=(self.db_path, child, self.max_memory), daemon=True)
        process.start()
        child.close()
        return process, parent

    def _ready(self, process, conn, wait: float = 120):
        """The process once it says it is ready; killed, and a RuntimeError, if it does not within ``wait`` s."""
        try:
            ready = conn.poll(wait) and conn.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            process.kill()
            process.join()
            conn.close()
            raise RuntimeError(f"a query process could not open {self.db_path}")
        return process, conn

    def _replace(self, process, conn) -> None:
        """Kill ``process`` and start another in its place, in the background."""
        process.kill()
        process.join()
        conn.close()

        def start() -> None:
            try:
                new = self._ready(*self._spawn())
                if self.closed:
                    self._stop(*new)
                else:
                    self.idle.put(new)  # before it leaves ``starting``: a waiting query never sees neither
            finally:
                with self.lock:
                    self.starting.remove(thread)

        thread = threading.Thread(target=start, daemon=True)
        with self.lock:
            self.starting.append(thread)
        thread.start()

    def _take(self, timeout: float):
        """An idle process: one that is free within ``timeout`` seconds, or one being started, once it is ready."""
        import queue
        import time

        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            try:
                return self.idle.get(timeout=min(0.2, left) if left > 0 else 0.2)
            except queue.Empty:
                if time.monotonic() >= deadline and not self.starting:
                    raise Busy(f"no query process was free within {timeout:g} s") from None

    def run(self, request: tuple, timeout: float, max_queue: int, gone=lambda: False):
        """The worker's answer to ``request``; ``gone()`` says whether the client has left."""
        import queue

        with self.lock:
            try:
                taken = self.idle.get_nowait()  # a free process: the query does not wait
            except queue.Empty:
                if self.waiting >= max_queue:
                    raise Busy(f"{self.waiting} queries are waiting") from None
                self.waiting += 1
                taken = None
        if taken is None:
            try:
                taken = self._take(timeout)
            finally:
                with self.lock:
                    self.waiting -= 1
        process, conn = taken
        try:
            conn.send(request)
            waited = 0.0
            while waited < timeout:
                step = min(0.2, timeout - waited)
                if conn.poll(step):
                    answer = conn.recv()
                    self.idle.put((process, conn))
                    return answer
                waited += step
                if gone():
                    self.cancelled += 1
                    self._replace(process, conn)
                    raise Gone()
        except (EOFError, OSError):
            self._replace(process, conn)
            raise OutOfMemory("the query process died: the query needs more memory than this endpoint gives "
                              "one query") from None
        self._replace(process, conn)
        raise TimeoutError(f"the query took longer than {timeout:g} s")

    @staticmethod
    def _stop(process, conn) -> None:
        conn.close()
        process.kill()
        process.join()

    def close(self) -> None:
        self.closed = True
        with self.lock:
            starting = list(self.starting)
        for thread in starting:
            thread.join()
        while not self.idle.empty():
            self._stop(*self.idle.get())


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the listen backlog (socketserver's default is 5)

    def __init__(self, address, store, limits: Limits | None = None, workers: int = 2, public: str | None = None):
        super().__init__(address, Handler)
        self.store, self.limits = store, limits or Limits()
        self.base = store.meta.base
        self.local_prefix = "/id/"
        # the workers read the very database the server opened: a rebuild meanwhile changes nothing here
        self.workers = _Workers(str(store.path), workers, self.limits.max_memory)
        self.site = Site(self.base, self.local_prefix)
        self.labels = Labels(store)
        self._ontology_page: bytes | None = None
        self.explore_pages: OrderedDict[str, bytes] = OrderedDict()  # the latest explorer pages drawn
        self.explore_lock = threading.Lock()
        host, port = self.server_address[:2]
        self.public = (public or f"http://{host}:{port}").rstrip("/")
        self._void: dict[str, bytes] = {}
        self._void_lock = threading.Lock()

    def run_query(self, text: str, select_media: str | None, graph_media: str | None, gone=lambda: False):
        return self.workers.run((text, select_media, graph_media, self.limits.max_rows), self.limits.timeout,
                                self.limits.max_queue, gone)

    def void(self, media: str) -> bytes:
        """The dataset description in ``media``, made once: the served snapshot never changes."""
        with self._void_lock:
            if media not in self._void:
                from rightsgraph.publish.void import describe, serialise

                graph = describe(self.store, None, f"{self.public}/sparql", features=SERVED_FORMATS)
                self._void[media] = serialise(graph, GRAPH_TYPES[media], self.store.meta.base).encode("utf-8")
            return self._void[media]

    def service_description(self, media: str) -> bytes:
        """The endpoint's SPARQL 1.1 Service Description in ``media``, made once."""
        with self._void_lock:
            key = "sd " + media
            if key not in self._void:
                from rightsgraph.publish.void import serialise

                graph = workbench.service_description(self.public, self.store, SERVED_FORMATS)
                self._void[key] = serialise(graph, GRAPH_TYPES[media], self.store.meta.base).encode("utf-8")
            return self._void[key]

    def server_close(self) -> None:
        super().server_close()
        self.workers.close()


class Handler(BaseHTTPRequestHandler):
    server: Server
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes: without this, 40 ms delayed ACKs

    def log_message(self, format, *args):
        pass

    def setup(self) -> None:
        self.timeout = self.server.limits.idle  # an idle keep-alive connection is closed after this
        super().setup()

    def handle_one_request(self) -> None:
        """One request; an unexpected error is a 500 with a message, never a dropped connection."""
        try:
            super().handle_one_request()
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        except Exception as exc:  # pragma: no cover - a bug: say so rather than hang up
            self.close_connection = True
            with contextlib.suppress(OSError):
                self._error(500, f"internal error: {type(exc).__name__}")

    def _client_gone(self) -> bool:
        """Whether the client closed its side (readable with nothing to read)."""
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True

    # -- plumbing
    def _send(self, status: int, body: bytes | str, content_type: str, headers: dict | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _error(self, status: int, message: str) -> None:
        self._send(status, message + "\n", "text/plain; charset=utf-8")

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/sparql":
            query = urllib.parse.parse_qs(url.query).get("query")
            if urllib.parse.parse_qs(url.query).get("update"):
                return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
            if not query:
                return self._describe()
            return self._sparql(query[0])
        if url.path.startswith("/assets/"):
            return self._asset(url.path[len("/assets/"):])
        if url.path == "/api/queries":
            return self._send(200, workbench.catalogue_json(), "application/json; charset=utf-8")
        if url.path.startswith("/api/queries/"):
            return self._bound_query(url.path[len("/api/queries/"):], url.query)
        if url.path == "/charts" or url.path.startswith(("/charts/", "/api/charts/")):
            return self._charts(url)
        if url.path == "/.well-known/void":
            return self._void()
        if url.path == "/ontology":
            return self._ontology()
        if url.path.startswith((self.server.local_prefix, "/concept/")):
            params = urllib.parse.parse_qs(url.query)
            try:
                path = urllib.parse.unquote(url.path, errors="strict")
                node = ox.NamedNode(self.server.site.iri(path))
            except (UnicodeDecodeError, ValueError):
                return self._error(400, "not a resource IRI: the path has malformed percent-encoding or "
                                        "characters an IRI cannot hold")
            if any(ord(ch) < 0x20 or ch in ' <>"{}|^`\\' for ch in path):
                return self._error(400, "not a resource IRI: the path holds characters an IRI cannot hold")
            return self._resource(node.value, FORMAT_PARAM.get(params.get("format", [""])[0]), params)
        if url.path == "/explore":  # the explorer of a view: rightsgraph.publish.explore
            return self._explore(url.query)
        if url.path in FINDER_PATHS:  # the recommendation finder: rightsgraph.publish.finderweb
            return self._send(*finder_answer(self.server, url.path, url.query))
        if url.path == "/":
            return self._send(200, workbench.page(self.server.base), "text/html; charset=utf-8")
        return self._error(404, f"nothing at {url.path}")

    def do_OPTIONS(self):
        """CORS preflight: what a script from another origin may send to the endpoint and the API."""
        path = urllib.parse.urlsplit(self.path).path
        if not any(path == p or path.startswith(p + "/") for p in CORS_PATHS):
            return self._error(404, f"nothing at {path}")
        self.send_response(204)
        self.send_header("Allow", "GET, HEAD, POST, OPTIONS" if path == "/sparql" else "GET, HEAD, OPTIONS")
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(405, "POST goes to /sparql")
        lengths = self.headers.get_all("Content-Length") or []
        if self.headers.get("Transfer-Encoding") or len(set(lengths)) > 1:
            self.close_connection = True  # the body's end is unknown: this connection cannot be read further
            return self._error(411, "send the body with one Content-Length (chunked bodies are not accepted)")
        if not lengths:
            self.close_connection = True
            return self._error(411, "a POST needs a Content-Length")
        if not lengths[0].strip().isdigit():
            self.close_connection = True
            return self._error(400, f"bad Content-Length {lengths[0][:40]!r}")
        length = int(lengths[0])
        if length > self.server.limits.max_body:
            self.close_connection = True
            return self._error(413, f"the request body is over {self.server.limits.max_body} bytes")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        kind = self.headers.get("Content-Type", "").split(";")[0].strip()
        if kind == "application/sparql-update":
            return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
        if kind == "application/sparql-query":
            return self._sparql(body)
        form = urllib.parse.parse_qs(body)
        if form.get("update"):
            return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
        if not form.get("query"):
            return self._error(400, "no query: send ?query=, a form with query=, or application/sparql-query")
        return self._sparql(form["query"][0])

    # -- SPARQL
    def _sparql(self, text: str) -> None:
        if first_keyword(text) in UPDATES:  # as rightsgraph.library.remote reads a text rdflib does not parse
            return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
        refused = [s for s in services(text) if s not in self.server.limits.allow_service]
        if refused:
            return self._error(403, "federated queries (SERVICE) are refused by this endpoint" + (
                "; it may call: " + ", ".join(self.server.limits.allow_service)
                if self.server.limits.allow_service else ""))
        accept = self.headers.get("Accept", "")
        select_media = _negotiate(accept, SELECT_TYPES, "application/sparql-results+json")
        graph_media = _negotiate(accept, GRAPH_TYPES, "text/turtle")
        try:
            answer = self.server.run_query(text, select_media, graph_media, self._client_gone)
        except Gone:
            self.close_connection = True
            return None
        except Busy as exc:
            return self._send(503, f"busy: {exc}; try again shortly\n", "text/plain; charset=utf-8",
                              {"Retry-After": "5"})
        except (TimeoutError, OutOfMemory) as exc:
            return self._error(503, str(exc))
        if answer[0] == "error":
            return self._error(answer[1], answer[2])
        _, body, media, cut = answer
        headers = {"Warning": f'199 rightsgraph "results cut at {self.server.limits.max_rows} rows"'} if cut else {}
        return self._send(200, body, f"{media}; charset=utf-8", headers)

    # -- the workbench, its assets and API, the service description (rightsgraph.publish.workbench)
    def _describe(self) -> None:
        """GET /sparql without a query: the workbench page for a browser, the Service Description for RDF."""
        media = _negotiate(self.headers.get("Accept", ""), {"text/html": "html", **GRAPH_TYPES}, "text/html")
        if media in GRAPH_TYPES:
            return self._send(200, self.server.service_description(media), f"{media}; charset=utf-8")
        return self._send(200, workbench.page(self.server.base), "text/html; charset=utf-8")

    def _asset(self, path: str) -> None:
        try:
            found = workbench.asset(path)
        except workbench.Refused as exc:
            return self._error(400, f"not an asset path: {exc}")
        if found is None:
            return self._error(404, f"no asset at /assets/{path}")
        body, content_type = found
        return self._send(200, body, content_type, {"Cache-Control": workbench.CACHE_CONTROL})

    def _bound_query(self, name: str, query_string: str) -> None:
        try:
            answer = workbench.bound_query(urllib.parse.unquote(name), query_string, self.server.base)
        except workbench.NotFound as exc:
            return self._error(404, str(exc))
        except (QueryError, UnicodeDecodeError, ValueError) as exc:
            return self._error(400, str(exc))
        return self._send(200, json.dumps(answer, ensure_ascii=False), "application/json; charset=utf-8")

    # -- pages
    def _charts(self, url) -> None:
        """Chart pages and their data (rightsgraph.publish.charts); a chart's query runs as /sparql's do."""
        try:
            return self._send(*charts.respond(self.server, url.path, url.query, self._client_gone))
        except Gone:
            self.close_connection = True
        except Busy as exc:
            return self._send(503, f"busy: {exc}; try again shortly\n", "text/plain; charset=utf-8",
                              {"Retry-After": "5"})
        except (TimeoutError, OutOfMemory) as exc:
            return self._error(503, str(exc))

    def _void(self) -> None:
        media = _negotiate(self.headers.get("Accept", ""), GRAPH_TYPES, "text/turtle") or "text/turtle"
        self._send(200, self.server.void(media), f"{media}; charset=utf-8")

    def _resource(self, iri: str, wanted: str | None = None, params: dict | None = None) -> None:
        store, params = self.server.store, params or {}
        node = ox.NamedNode(iri)
        if not any(isinstance(q.graph_name, ox.NamedNode) for pattern in ((node, None, None), (None, None, node))
                   for q in store.quads(*pattern)):
            return self._error(404, f"nothing is said about {iri}")
        media = wanted or _negotiate(self.headers.get("Accept", ""), {"text/html": "html", **GRAPH_TYPES}, "text/html")
        if media is None:
            return self._error(406, "resources come as text/html, " + ", ".join(GRAPH_TYPES))
        if media in GRAPH_TYPES:  # the statements read here only: the page reads what it shows itself
            from rightsgraph.rdfwriter import serialise as write

            rows = sorted({(str(q.subject), str(q.predicate), str(q.object), "")
                           for pattern in ((node, None, None), (None, None, node)) for q in store.quads(*pattern)
                           if isinstance(q.graph_name, ox.NamedNode)})
            body = "".join(write(rows, GRAPH_TYPES[media], store.meta.base))
            return self._send(200, body, f"{media}; charset=utf-8")
        lang = params.get("lang", ["en"])[0]
        page = params.get("page", ["1"])[0]
        if lang not in ("en", "vi") or not page.isdigit() or int(page) < 1:
            return self._error(400, "lang is en or vi; page is a number from 1")
        body = resource_page(store, iri, self.server.site, self.server.labels, lang, params.get("rel", [None])[0],
                             int(page))
        self._send(200, body, "text/html; charset=utf-8")

    def _explore(self, query_string: str) -> None:
        from rightsgraph.errors import RightsgraphError, UnknownNameError
        from rightsgraph.publish.explore import page

        cache = self.server.explore_pages  # the served snapshot never changes: a view drawn once is kept
        with self.server.explore_lock:
            body = cache.get(query_string)
            if body is not None:
                cache.move_to_end(query_string)
        if body is None:
            try:
                body = page(self.server.store, query_string).encode("utf-8")
            except (RightsgraphError, ValueError, LookupError) as exc:
                return self._error(404 if isinstance(exc, UnknownNameError) else 400, str(exc))
            with self.server.explore_lock:
                cache[query_string] = body
                while len(cache) > EXPLORE_PAGES:
                    cache.popitem(last=False)
        self._send(200, body, "text/html; charset=utf-8")

    def _ontology(self) -> None:
        """The ontology's documentation (classes, properties, concept schemes), made once."""
        if self.server._ontology_page is None:
            from rightsgraph.publish.ontodoc import document

            self.server._ontology_page = document().encode("utf-8")
        self._send(200, self.server._ontology_page, "text/html; charset=utf-8")


def serve(store, host: str = "127.0.0.1", port: int = 8000, limits: Limits | None = None,
          workers: int = 2, public: str | None = None) -> Server:
    """A server bound to host:port (``port=0`` picks a free one), with ``workers`` query processes;
    ``public`` is the URL it is reached at (VoID names its endpoint there; default ``http://host:port``).
    Call ``serve_forever()`` on it, and ``server_close()`` to stop the workers."""
    return Server((host, port), store, limits, workers, public)


__all__ = ["Limits", "Server", "serve"]
