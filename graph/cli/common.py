"""What every command shares: the ``rightsgraph`` group, the store option, error handling, parameters."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from rightsgraph import __version__, formats
from rightsgraph.errors import ArgumentError, QueryError, RightsgraphError

STORE = click.option("--store", "store_path", type=click.Path(path_type=Path), envvar="RIGHTSGRAPH_STORE",
                     default=None, help="Store directory [default: ./.rightsgraph, or $RIGHTSGRAPH_STORE].")


def _errors(func):
    """Turn library errors into click errors (exit 1) and a closed pipe into a quiet exit."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except QueryError as exc:
            if "parameter" in str(exc):
                raise click.UsageError(str(exc)) from None
            raise click.ClickException(str(exc)) from None
        except ArgumentError as exc:
            raise click.UsageError(str(exc)) from None
        except RightsgraphError as exc:
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rightsgraph")
def main() -> None:
    """A linked-data knowledge graph of actors, bodies and commitments in the UN human-rights system."""


def _is_query_file(text: str) -> bool:
    """Whether a query argument names a file (a query text can be too long to be a file name at all)."""
    if text.endswith((".rq", ".sparql")):
        return True
    try:
        return "\n" not in text and Path(text).is_file()
    except OSError:
        return False


def _read_query(query: str) -> tuple[str, str]:
    if query == "-":
        return sys.stdin.read(), "stdin"
    path = Path(query)
    if _is_query_file(query):
        from rightsgraph.library.queryfile import load_query_file

        return load_query_file(path).text, str(path)
    return query, "query"


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.UsageError(f"--param takes key=value, not {pair!r}")
        values[key.strip()] = value
    return values


def _endpoint_options(func):
    """--endpoint and its credentials, timeout and dataset, shared by `sparql` and `query`."""
    options = [
        click.option("--endpoint", default=None, metavar="URL",
                     help="Run on this SPARQL 1.1 endpoint instead of the local store."),
        click.option("--user", envvar="RIGHTSGRAPH_ENDPOINT_USER", default=None,
                     help="User for the endpoint [$RIGHTSGRAPH_ENDPOINT_USER]."),
        click.option("--password", envvar="RIGHTSGRAPH_ENDPOINT_PASSWORD", default=None,
                     help="Password for the endpoint [$RIGHTSGRAPH_ENDPOINT_PASSWORD]."),
        click.option("--timeout", type=click.FloatRange(min=1), default=60, show_default=True,
                     help="Seconds to wait for the endpoint."),
        click.option("--default-graph", "default_graphs", multiple=True, metavar="IRI",
                     help="The endpoint's default graph for this query (repeatable; default: the endpoint's)."),
        click.option("--named-graph", "named_graphs", multiple=True, metavar="IRI",
                     help="A named graph GRAPH ?g may reach on the endpoint (repeatable)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


FORMAT = click.option("--format", "fmt", type=click.Choice(["table", *formats.names(formats.RESULTS)]), default="table",
                      show_default=True, help="Result format for SELECT and ASK (CONSTRUCT/DESCRIBE print Turtle).")
PARAMS = click.option("--param", "params", multiple=True, metavar="KEY=VALUE",
                      help="Bind a parameter declared in the query's header (repeatable).")


class _ProgressBars:
    """One progress bar per file on standard error (shown only on a terminal)."""

    def __init__(self) -> None:
        self.bar, self.path, self.done = None, None, 0
        self.shown = sys.stderr.isatty()

    def __call__(self, path: Path, done: int, total: int) -> None:
        if not self.shown:
            return
        if path != self.path:
            self.close()
            self.path, self.done = path, 0
            self.bar = click.progressbar(length=total, label=path.name, file=sys.stderr, show_eta=True,
                                         show_percent=True, width=30)
            self.bar.__enter__()
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None

    def __enter__(self) -> _ProgressBars:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def built_data(meta) -> Path | None:
    """The curated data folder a store was built from (``None``: the bundled data)."""
    return Path(meta.data) if meta.data else None
