"""Giving the graph to others: `export`, `void`, `serve`, `push`."""

from __future__ import annotations

from pathlib import Path

import click

from rightsgraph import formats
from rightsgraph.cli.common import STORE, _errors, main


@main.command()
@click.option("--format", "fmt", type=click.Choice(formats.names(formats.GRAPH, formats.DATASET)),
              default="trig", show_default=True,
              help="trig and nquads keep each source's named graph; the others carry the merged graph.")
@click.option("-o", "--output", default="-", show_default=True, help="The file to write, or - for standard output.")
@click.option("--graph", "graph_name", metavar="SOURCE", default=None,
              help="Only one source's graph: its identifier, prefixed name or IRI.")
@click.option("--no-provenance", is_flag=True, help="Leave out source descriptions and evidence (quotes, rows).")
@click.option("--dump-url", default=None, metavar="URL",
              help="Where the file will be published, for its dataset description [default: its file: URL].")
@click.option("--endpoint", "endpoint_url", default=None, metavar="URL", help="The SPARQL endpoint to describe.")
@STORE
@_errors
def export(fmt: str, output: str, graph_name: str | None, no_provenance: bool, dump_url: str | None,
           endpoint_url: str | None, store_path: Path | None) -> None:
    """Dump the graph as RDF, deterministically: the same store gives a byte-identical file.

    A file output gets the VoID/DCAT description of exactly what it holds beside it, named after the
    whole file name (dump.trig -> dump.trig.void.ttl).
    """
    from rightsgraph.publish.export import serialise, source_graph, statements
    from rightsgraph.publish.void import describe_dump, description_path, to_turtle
    from rightsgraph.store import GraphStore
    from rightsgraph.textio import write_output

    store = GraphStore.open(store_path)
    graph = source_graph(store, graph_name) if graph_name else None
    rows = statements(store, fmt, graph, provenance=not no_provenance)
    data = "".join(serialise(rows, fmt, store.meta.base)).encode("utf-8")
    write_output(data, output)
    if output != "-":
        target = Path(output)
        void_path = description_path(target)
        url = dump_url or target.resolve().as_uri()
        description = describe_dump(store, rows, fmt, url, target.name, endpoint_url, graph)
        write_output(to_turtle(description, store.meta.base).encode("utf-8"), void_path)
        click.echo(f"wrote {output}: {len(rows)} statements; its description: {void_path}", err=True)


@main.command()
@click.option("-o", "--output", default="-", show_default=True, help="The file to write, or - for standard output.")
@click.option("--endpoint", "endpoint_url", default=None, metavar="URL", help="The SPARQL endpoint to describe.")
@STORE
@_errors
def void(output: str, endpoint_url: str | None, store_path: Path | None) -> None:
    """Print the dataset's VoID/DCAT description (Turtle)."""
    from rightsgraph.publish.void import describe, to_turtle
    from rightsgraph.store import GraphStore
    from rightsgraph.textio import write_output

    store = GraphStore.open(store_path)
    write_output(to_turtle(describe(store, None, endpoint_url), store.meta.base).encode("utf-8"), output)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--timeout", "query_timeout", type=click.FloatRange(0.1), default=10.0, show_default=True,
              help="Seconds a query may run before the client gets a 503.")
@click.option("--max-rows", type=click.IntRange(1), default=10000, show_default=True,
              help="Rows a SELECT returns at most (a Warning header says when results were cut).")
@click.option("--max-memory", type=click.IntRange(64), default=1024, show_default=True, metavar="MiB",
              help="Heap one query's process may use; a query that needs more gets a 503.")
@click.option("--max-queue", type=click.IntRange(0), default=64, show_default=True,
              help="Queries that may wait for a free process; more get a 503 with Retry-After.")
@click.option("--workers", type=click.IntRange(1), default=2, show_default=True, help="Query processes.")
@click.option("--idle", type=click.FloatRange(1), default=30.0, show_default=True,
              help="Seconds an idle connection stays open.")
@click.option("--max-body", type=click.IntRange(1), default=1 << 20, show_default=True, metavar="BYTES",
              help="Largest request body (a POSTed query).")
@click.option("--allow-service", multiple=True, metavar="URL",
              help="An endpoint that SERVICE clauses may call (repeatable); by default federated queries are refused.")
@click.option("--public-url", default=None, metavar="URL",
              help="The URL the server is reached at, for its dataset description [default: http://HOST:PORT].")
@STORE
@_errors
def serve(host: str, port: int, query_timeout: float, max_rows: int, max_memory: int, max_queue: int,
          workers: int, idle: float, max_body: int, allow_service: tuple[str, ...], public_url: str | None,
          store_path: Path | None) -> None:
    """Serve the graph read-only: SPARQL 1.1 Protocol at /sparql, resource pages at /id/..., VoID."""
    from rightsgraph.publish.server import Limits
    from rightsgraph.publish.server import serve as make_server
    from rightsgraph.store import GraphStore

    limits = Limits(query_timeout, max_rows, max_body, max_memory << 20, max_queue, idle, allow_service)
    server = make_server(GraphStore.open(store_path), host, port, limits, workers, public_url)
    click.echo(f"serving on http://{host}:{server.server_address[1]}/ (SPARQL at /sparql); Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command()
@click.option("--endpoint", "endpoint_url", required=True, metavar="URL",
              help="The server's SPARQL Update endpoint (Virtuoso: http://HOST:8890/sparql-auth).")
@click.option("--graph-store", metavar="URL", default=None,
              help="Its Graph Store Protocol endpoint (Virtuoso: http://HOST:8890/sparql-graph-crud-auth); "
                   "without it, SPARQL Update INSERT DATA in chunks.")
@click.option("--user", envvar="RIGHTSGRAPH_ENDPOINT_USER", default=None)
@click.option("--password", envvar="RIGHTSGRAPH_ENDPOINT_PASSWORD", default=None)
@click.option("--merged-graph", default="urn:x-rightsgraph:merged", show_default=True,
              help="The named graph that receives the merged default graph.")
@click.option("--timeout", type=click.FloatRange(1), default=60.0, show_default=True,
              help="Seconds each request to the server may take.")
@STORE
@_errors
def push(endpoint_url: str, graph_store: str | None, user: str | None, password: str | None, merged_graph: str,
         timeout: float, store_path: Path | None) -> None:
    """Load the graph into a SPARQL server: every graph is staged, then the release is swapped in at once."""
    from rightsgraph.publish.push import push as run_push
    from rightsgraph.store import GraphStore

    store = GraphStore.open(store_path)
    done = run_push(store, endpoint_url, graph_store, user, password, merged_graph, timeout,
                    progress=lambda name, n: click.echo(f"staged {name}: {n} statements", err=True))
    click.echo(f"pushed {len(done)} graphs, {sum(n for _, n in done)} statements, swapped in at once", err=True)
