"""``rightsgraph push``: load the graph into a SPARQL server, one named graph at a time, replacing each
previous release so that readers never see a half-loaded graph.

Every graph is first written to a staging graph of its own, through the SPARQL 1.1 Graph Store Protocol (an
HTTP PUT of its N-Triples) or, where the server has none, through SPARQL Update (``INSERT DATA`` in
chunks); only when all are staged does one update request of ``MOVE <staging> TO <graph>`` operations swap
the whole release in. A failure while staging leaves every live graph as it was (and the staging graphs
are dropped); every request is bounded by ``timeout``. The merged default
graph goes to its own named graph (``urn:x-rightsgraph:merged`` unless told otherwise), since a server's
default graph is usually the union of its graphs.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable

import pyoxigraph as ox

from rightsgraph.errors import PublishError

MERGED = "urn:x-rightsgraph:merged"


class _Client:
    def __init__(self, endpoint: str, graph_store: str | None, user: str | None, password: str | None,
                 timeout: float) -> None:
        self.endpoint, self.graph_store, self.timeout = endpoint, graph_store, timeout
        handlers = []
        if user:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in filter(None, (endpoint, graph_store)):
                passwords.add_password(None, url, user, password or "")
            handlers = [urllib.request.HTTPDigestAuthHandler(passwords),
                        urllib.request.HTTPBasicAuthHandler(passwords)]
        self.opener = urllib.request.build_opener(*handlers)

    def send(self, request: urllib.request.Request, what: str) -> None:
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", errors="replace").strip()
            raise PublishError(f"{what}: {request.full_url} answered HTTP {exc.code} {exc.reason}: {detail}") from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            raise PublishError(f"{what}: cannot reach {request.full_url}: {getattr(exc, 'reason', exc)}") from None

    def update(self, text: str, what: str) -> None:
        data = urllib.parse.urlencode({"update": text}).encode("utf-8")
        self.send(urllib.request.Request(self.endpoint, data=data, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded"}), what)

    def put(self, graph: str, body: bytes, what: str) -> None:
        """PUT the first part, POST (append) the others: servers that ask for credentials answer 401 before
        reading a body, and a large one would then meet a closed connection."""
        url = f"{self.graph_store}?{urllib.parse.urlencode({'graph': graph})}"
        for i, part in enumerate(_parts(body)):
            self.send(urllib.request.Request(url, data=part, method="PUT" if i == 0 else "POST", headers={
                "Content-Type": "text/turtle; charset=utf-8"}), what)  # N-Triples is Turtle


def _parts(body: bytes, size: int = 1 << 17) -> list[bytes]:
    """``body`` in whole lines of at most about ``size`` bytes (at least one part, maybe empty)."""
    parts, start = [], 0
    while start < len(body):
        end = body.rfind(b"\n", start, start + size) + 1
        if end <= start:  # one line longer than size
            end = body.find(b"\n", start + size) + 1 or len(body)
        parts.append(body[start:end])
        start = end
    return parts or [b""]


def _ntriples(store, graph: str | None) -> bytes:
    """A named graph's statements as N-Triples (``None``: the merged default graph)."""
    buffer = io.BytesIO()
    store.dump(buffer, ox.RdfFormat.N_TRIPLES, graph, merged=graph is None)
    return buffer.getvalue()


def _staging(name: str) -> str:
    return "urn:x-rightsgraph:staging:" + hashlib.sha1(name.encode("utf-8")).hexdigest()


def push(store, endpoint: str, graph_store: str | None = None, user: str | None = None,
         password: str | None = None, merged_graph: str | None = MERGED, timeout: float = 60,
         progress: Callable[[str, int], None] | None = None) -> list[tuple[str, int]]:
    """Replace the store's named graphs (and the merged graph) on the server as one release; (graph, statements).

    All graphs are staged before any is swapped in; a failure while staging changes no live graph.
    """
    client = _Client(endpoint, graph_store, user, password, timeout)
    targets = [(g, g) for g in store.graphs()]
    if merged_graph:
        targets.append((merged_graph, None))
    done, staged = [], []
    try:
        for name, source in targets:
            body = _ntriples(store, source)
            staging = _staging(name)
            staged.append(staging)
            if graph_store:
                client.put(staging, body, f"staging {name}")
            else:
                client.update(f"DROP SILENT GRAPH <{staging}>", f"clearing the staging graph for {name}")
                # in the parts a Graph Store is sent in: 5,000 triples to an INSERT DATA exhausted Virtuoso's SPARQL
                # compiler on the reference graph ('memory exhausted', SP030; round 50)
                for part in _parts(body):
                    chunk = part.decode("utf-8")
                    client.update(f"INSERT DATA {{ GRAPH <{staging}> {{\n{chunk}\n}} }}", f"staging {name}")
            count = body.count(b"\n")
            done.append((name, count))
            if progress:
                progress(name, count)
    except PublishError as exc:
        for staging in staged:  # best effort: the live graphs were not touched
            with contextlib.suppress(PublishError):
                client.update(f"DROP SILENT GRAPH <{staging}>", "dropping a staging graph")
        raise PublishError(f"{exc}; no live graph was changed (the release is swapped in only once every graph "
                           "is staged)") from None
    swap = " ;\n".join(f"MOVE SILENT <{_staging(name)}> TO <{name}>" for name, _ in done)
    try:
        client.update(swap, "swapping the release in")
    except PublishError as exc:
        raise PublishError(f"{exc}; the server may have swapped in some of the {len(done)} graphs before it "
                           "failed: push again to complete the release") from None
    return done
