"""Asking the graph: `sparql`, `queries`, `query`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from rightsgraph.cli.common import FORMAT, PARAMS, STORE, _endpoint_options, _errors, _parse_params, _read_query, main


def _run(parsed, params: tuple[str, ...], store_path: Path | None, fmt: str, endpoint: str | None, **remote) -> None:
    """Bind the parameters, run locally or on the endpoint, print the result."""
    from rightsgraph.library.results import render

    if endpoint:
        from rightsgraph.library.remote import run as run_remote
        from rightsgraph.namespaces import base_iri, prefixes

        base = base_iri()
        bindings = parsed.bindings(_parse_params(params), base)
        result = run_remote(endpoint, parsed.text, bindings, base, **remote)
        click.echo(render(result, fmt, prefixes(base)), nl=False)
        return
    from rightsgraph.store import GraphStore

    store = GraphStore.open(store_path)
    bindings = parsed.bindings(_parse_params(params), store.meta.base)
    result = store.query(parsed.text, bindings)
    click.echo(render(result, fmt, dict(store.dataset.namespaces())), nl=False)


@main.command()
@click.argument("query")
@STORE
@FORMAT
@PARAMS
@_endpoint_options
@_errors
def sparql(query: str, store_path: Path | None, fmt: str, params: tuple[str, ...], endpoint: str | None,
           **remote) -> None:
    """Run a SPARQL query: its text, a .rq file, or - for standard input.

    The default graph is the union of all sources; GRAPH ?source reaches each source's own graph.
    """
    from rightsgraph.library.queryfile import parse_query_file

    text, name = _read_query(query)
    _run(parse_query_file(text, name), params, store_path, fmt, endpoint, **remote)


@main.command("queries")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_errors
def list_queries(fmt: str) -> None:
    """List the query library: name, group, title and parameters."""
    from rightsgraph.library import library

    queries = library()
    if fmt == "json":
        click.echo(json.dumps([{"name": q.name, "group": q.group, "title": q.title, "description": q.description,
                                "params": [{"name": p.name, "type": p.type, "default": p.default,
                                            "description": p.description} for p in q.params.values()],
                                "examples": q.examples} for q in queries], indent=2, ensure_ascii=False))
        return
    group = None
    for q in queries:
        if q.group != group:
            group = q.group
            click.echo(f"\n{group}:")
        click.echo(f"  {q.name:<34} {q.title}")
        if q.params:
            click.echo(f"  {'':<34} parameters: {q.signature()}")


@main.command()
@click.argument("name")
@STORE
@FORMAT
@PARAMS
@_endpoint_options
@_errors
def query(name: str, store_path: Path | None, fmt: str, params: tuple[str, ...], endpoint: str | None,
          **remote) -> None:
    """Run the library query NAME (see `rightsgraph queries`), locally or on --endpoint."""
    from rightsgraph.library import find

    _run(find(name), params, store_path, fmt, endpoint, **remote)
