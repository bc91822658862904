"""``rightsgraph serve``: a read-only SPARQL 1.1 Protocol endpoint with dereferenceable resource pages.

- ``/sparql``: GET ``?query=`` or POST (``application/sparql-query``, or a form with ``query``). SELECT and
  ASK answer in SPARQL JSON, XML, CSV or TSV, CONSTRUCT and DESCRIBE in Turtle, JSON-LD or N-Triples,
  chosen by the Accept header. Updates are refused (403). A malformed query is a 400 with the parser's
  message, a body over the size limit a 413, a query over the time limit a 503, and results over the row
  limit are cut and say so in a ``Warning`` header.
- ``/id/...``: the resource whose IRI is the configured base plus that path, as an HTML page (labels,
  facts, links to neighbours, the sources of each fact), or Turtle / JSON-LD by content negotiation;
  404 for an IRI nothing is said about.
- ``/.well-known/void``: the dataset's VoID/DCAT description.
"""

from __future__ import annotations

import html
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox

from .binding import UPDATES, first_keyword
from .errors import QueryError
from .namespaces import RDFS, SKOS, bind_prefixes, curie, prefixes
from .results import to_tsv

SELECT_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml", "text/csv": "csv",
                "text/tab-separated-values": "tsv"}
GRAPH_TYPES = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt",
               "application/json": "json-ld"}
LABEL_PREDICATES = (str(RDFS.label), str(SKOS.prefLabel), "http://purl.org/dc/terms/title")
FORMAT_PARAM = {"ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples"}
#: The formats resources and graph results are served in, as the exporter names them (for VoID's void:feature).
SERVED_FORMATS = ("turtle", "jsonld", "nt")


@dataclass
class Limits:
    timeout: float = 10.0
    max_rows: int = 10000
    max_body: int = 1 << 20


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


def _worker(store_path: str, conn) -> None:
    """A query process: it opens the store read-only once and answers (text, media types, row limit) requests."""
    from .store import GraphStore

    store = GraphStore.open(store_path)
    while True:
        try:
            text, select_media, graph_media, max_rows = conn.recv()
        except EOFError:
            return
        try:
            conn.send(_evaluate(store, text, select_media, graph_media, max_rows))
        except Exception as exc:
            conn.send(("error", 500, f"the query failed: {exc}"))


def _evaluate(store, text: str, select_media: str | None, graph_media: str | None, max_rows: int):
    try:
        result = store.query(text)
    except QueryError as exc:
        return ("error", 400, str(exc))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        if graph_media is None:
            return ("error", 406, "graphs come as " + ", ".join(GRAPH_TYPES))
        return ("ok", result.graph.serialize(format=GRAPH_TYPES[graph_media]).encode("utf-8"), graph_media, False)
    if select_media is None:
        return ("error", 406, "results come as " + ", ".join(SELECT_TYPES))
    cut = False
    if result.type == "SELECT":
        rows = []
        for row in result:
            if len(rows) == max_rows:
                cut = True
                break
            rows.append(row)
        from rdflib.query import Result

        limited = Result("SELECT")
        limited.vars = result.vars
        limited.bindings = [{v: t for v, t in zip(result.vars, r, strict=True) if t is not None} for r in rows]
        result = limited
    fmt = SELECT_TYPES[select_media]
    if result.type == "ASK" and fmt in ("csv", "tsv"):
        return ("error", 406, "ASK results come as SPARQL JSON or XML (CSV and TSV are for SELECT)")
    body = to_tsv(result) if fmt == "tsv" else result.serialize(format=fmt)  # rdflib has no TSV writer
    return ("ok", body if isinstance(body, bytes) else body.encode("utf-8"), select_media, cut)


class _Workers:
    """Query processes. A query over the time limit has its process killed and replaced: nothing runs on."""

    def __init__(self, store_path: str, count: int) -> None:
        import multiprocessing
        import queue

        self.context = multiprocessing.get_context("spawn")
        self.store_path = store_path
        self.idle: queue.Queue = queue.Queue()
        for _ in range(count):
            self.idle.put(self._start())

    def _start(self):
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_worker, args=(self.store_path, child), daemon=True)
        process.start()
        child.close()
        return process, parent

    def run(self, request: tuple, timeout: float):
        process, conn = self.idle.get()
        try:
            conn.send(request)
            if conn.poll(timeout):
                answer = conn.recv()
                self.idle.put((process, conn))
                return answer
        except (EOFError, OSError):
            pass
        process.kill()
        process.join()
        conn.close()
        self.idle.put(self._start())
        raise TimeoutError(f"the query took longer than {timeout:g} s")

    def close(self) -> None:
        while not self.idle.empty():
            process, conn = self.idle.get()
            conn.close()
            process.kill()
            process.join()


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, store, limits: Limits | None = None, workers: int = 2):
        super().__init__(address, Handler)
        self.store, self.limits = store, limits or Limits()
        self.base = prefixes(store.meta.get("base"))["id"]
        self.local_prefix = "/id/"
        self.workers = _Workers(str(store.path.parent), workers)
        self.labels: dict[str, str] = {}

    def run_query(self, text: str, select_media: str | None, graph_media: str | None):
        return self.workers.run((text, select_media, graph_media, self.limits.max_rows), self.limits.timeout)

    def server_close(self) -> None:
        super().server_close()
        self.workers.close()


class Handler(BaseHTTPRequestHandler):
    server: Server
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes: without this, 40 ms delayed ACKs

    def log_message(self, format, *args):
        pass

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
                return self._send(200, _INDEX.format(base=html.escape(self.server.base)), "text/html; charset=utf-8")
            return self._sparql(query[0])
        if url.path == "/.well-known/void":
            return self._void()
        if url.path.startswith(self.server.local_prefix):
            wanted = FORMAT_PARAM.get(urllib.parse.parse_qs(url.query).get("format", [""])[0])
            return self._resource(self.server.base + urllib.parse.unquote(url.path[len(self.server.local_prefix):]),
                                  wanted)
        if url.path == "/":
            return self._send(200, _INDEX.format(base=html.escape(self.server.base)), "text/html; charset=utf-8")
        return self._error(404, f"nothing at {url.path}")

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(405, "POST goes to /sparql")
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            return self._error(400, "bad Content-Length")
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
        if first_keyword(text) in UPDATES:  # as rightsgraph.remote reads a text rdflib does not parse
            return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
        accept = self.headers.get("Accept", "")
        select_media = _negotiate(accept, SELECT_TYPES, "application/sparql-results+json")
        graph_media = _negotiate(accept, GRAPH_TYPES, "text/turtle")
        try:
            answer = self.server.run_query(text, select_media, graph_media)
        except TimeoutError as exc:
            return self._error(503, str(exc))
        if answer[0] == "error":
            return self._error(answer[1], answer[2])
        _, body, media, cut = answer
        headers = {"Warning": f'199 rightsgraph "results cut at {self.server.limits.max_rows} rows"'} if cut else {}
        return self._send(200, body, f"{media}; charset=utf-8", headers)

    # -- pages
    def _void(self) -> None:
        from .void import describe, to_turtle

        graph = describe(self.server.store, None, f"http://{self.headers.get('Host', 'localhost')}/sparql",
                         features=SERVED_FORMATS)
        media = _negotiate(self.headers.get("Accept", ""), GRAPH_TYPES, "text/turtle") or "text/turtle"
        body = to_turtle(graph, self.server.store.meta.get("base")) if media == "text/turtle" else \
            graph.serialize(format=GRAPH_TYPES[media])
        self._send(200, body, f"{media}; charset=utf-8")

    def _resource(self, iri: str, wanted: str | None = None) -> None:
        store = self.server.store
        node = ox.NamedNode(iri)
        out = [q for q in store.ox.quads_for_pattern(node, None, None, None) if isinstance(q.graph_name, ox.NamedNode)]
        into = [q for q in store.ox.quads_for_pattern(None, None, node, None)
                if isinstance(q.graph_name, ox.NamedNode)][:500]
        if not out and not into:
            return self._error(404, f"nothing is said about {iri}")
        media = wanted or _negotiate(self.headers.get("Accept", ""), {"text/html": "html", **GRAPH_TYPES}, "text/html")
        if media is None:
            return self._error(406, "resources come as text/html, " + ", ".join(GRAPH_TYPES))
        if media in GRAPH_TYPES:
            from rdflib import Graph

            graph = bind_prefixes(Graph(), store.meta.get("base"))
            graph.parse(data="".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in out + into), format="nt")
            return self._send(200, graph.serialize(format=GRAPH_TYPES[media]), f"{media}; charset=utf-8")
        self._send(200, _page(self.server, iri, out, into), "text/html; charset=utf-8")


def _label(server: Server, iri: str) -> str:
    """A resource's English (or untagged) label, remembered: the served store never changes."""
    label = server.labels.get(iri)
    if label is None:
        label = curie(iri)
        for p in LABEL_PREDICATES:
            found = [q.object.value for q in server.store.ox.quads_for_pattern(
                ox.NamedNode(iri), ox.NamedNode(p), None, ox.DefaultGraph()) if q.object.language in ("en", None, "")]
            if found:
                label = found[0]
                break
        if len(server.labels) < 200_000:
            server.labels[iri] = label
    return label


def _page(server: Server, iri: str, out, into) -> str:
    base, local = server.base, server.local_prefix
    e = html.escape

    def link(term) -> str:
        if isinstance(term, ox.NamedNode):
            href = local + term.value[len(base):] if term.value.startswith(base) else term.value
            return f'<a href="{e(href, quote=True)}">{e(_label(server, term.value))}</a>'
        lang = f' <small lang="{e(term.language)}">@{e(term.language)}</small>' if term.language else ""
        return e(term.value) + lang

    def source(graph: str) -> str:
        return link(ox.NamedNode(graph))

    facts: dict[tuple[str, str], list[str]] = {}
    for q in out:
        facts.setdefault((q.predicate.value, str(q.object)), [link(q.predicate), link(q.object)]).append(
            source(q.graph_name.value))
    rows = "".join(f"<tr><td>{p}</td><td>{o}</td><td>{', '.join(sorted(set(srcs)))}</td></tr>"
                   for (p, o, *srcs) in sorted(facts.values()))
    backlinks = sorted({f"<li>{link(q.subject)} {link(q.predicate)}</li>" for q in into})
    title = e(_label(server, iri))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<link rel="alternate" type="text/turtle" href="?format=ttl"></head><body>'
            f"<h1>{title}</h1><p><code>{e(iri)}</code></p>"
            f"<h2>Facts</h2><table><thead><tr><th>property</th><th>value</th><th>stated by</th></tr></thead>"
            f"<tbody>{rows}</tbody></table><h2>Linked from</h2><ul>{''.join(backlinks)}</ul>"
            f'<p><a href="/sparql">SPARQL endpoint</a> · <a href="/.well-known/void">dataset description</a>'
            f"</p></body></html>")


_INDEX = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>rightsgraph</title></head><body>
<h1>rightsgraph</h1><p>A read-only SPARQL 1.1 endpoint at <code>/sparql</code>; resources under <code>{base}</code>
are served at <code>/id/...</code>; the dataset description is at <a href="/.well-known/void">/.well-known/void</a>.</p>
<form action="/sparql" method="get"><textarea name="query" rows="8" cols="80">SELECT ?s ?label WHERE {{
  ?s a &lt;https://w3id.org/rightsgraph/ontology#Person&gt; ; &lt;http://www.w3.org/2000/01/rdf-schema#label&gt; ?label
}} LIMIT 20</textarea><br><button>Run</button></form></body></html>"""


def serve(store, host: str = "127.0.0.1", port: int = 8000, limits: Limits | None = None,
          workers: int = 2) -> Server:
    """A server bound to host:port (``port=0`` picks a free one), with ``workers`` query processes;
    call ``serve_forever()`` on it, and ``server_close()`` to stop the workers."""
    return Server((host, port), store, limits, workers)


__all__ = ["Limits", "Server", "serve"]
