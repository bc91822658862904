"""The ``rightsgraph`` command: a thin click layer over the library."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from . import __version__, formats
from .errors import QueryError, RightsgraphError
from .importers import FORMATS as INPUT_FORMATS  # what importers read; output formats are in .formats
from .store import default_path

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


@main.command()
@STORE
@click.option("--data", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Directory of curated .yaml files [default: the bundled knowledge base].")
@click.option("--base", default=None, envvar="RIGHTSGRAPH_BASE", help="Base IRI of resources.")
@click.option("--texts", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              envvar="RIGHTSGRAPH_TEXTS",
              help="Folder of the sources' local copies: every quote is checked against its text and its "
                   "evidence gets character offsets.")
@_errors
def build(store_path: Path | None, data: Path | None, base: str | None, texts: Path | None) -> None:
    """Build the graph store from the ontology and the curated data.

    The new store replaces the old one only when the whole build succeeded.
    """
    from .build import build as run_build

    meta = run_build(store_path, data, base, texts)
    click.echo(f"built {store_path or default_path()}: {meta['statements']} statements from "
               f"{len(meta['sources'])} sources", err=True)


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
        from .queryfile import load_query_file

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


def _run(parsed, params: tuple[str, ...], store_path: Path | None, fmt: str, endpoint: str | None, **remote) -> None:
    """Bind the parameters, run locally or on the endpoint, print the result."""
    from .results import render

    if endpoint:
        from .namespaces import base_iri, prefixes
        from .remote import run as run_remote

        base = base_iri()
        bindings = parsed.bindings(_parse_params(params), base)
        result = run_remote(endpoint, parsed.text, bindings, base, **remote)
        click.echo(render(result, fmt, prefixes(base)), nl=False)
        return
    from .store import GraphStore

    store = GraphStore.open(store_path)
    bindings = parsed.bindings(_parse_params(params), store.meta.get("base"))
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
    from .queryfile import parse_query_file

    text, name = _read_query(query)
    _run(parse_query_file(text, name), params, store_path, fmt, endpoint, **remote)


@main.command("queries")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_errors
def list_queries(fmt: str) -> None:
    """List the query library: name, group, title and parameters."""
    from .library import library

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
    from .library import find

    _run(find(name), params, store_path, fmt, endpoint, **remote)


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


ARTICLE_OPTIONS = ("lang", "date", "url", "publisher", "title", "source_id", "max_bytes")


@main.command()
@click.argument("fmt", metavar="FORMAT",
                type=click.Choice([*INPUT_FORMATS, "article"]))
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@STORE
@click.option("--skip-bad", is_flag=True, help="Load the good rows of a file with bad ones (default: load nothing).")
@click.option("--rejects", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the bad rows (file, line, problem, row) to this CSV file.")
@click.option("--encoding", default=None, help="Character encoding of the files [default: detected].")
@click.option("--lang", type=click.Choice(["auto", "en", "vi"]), default=None, help="article: its language [auto].")
@click.option("--date", default=None, help="article: its date, YYYY[-MM[-DD]]; dates without a year resolve to it.")
@click.option("--url", default=None, help="article: where it was published.")
@click.option("--publisher", default=None, help="article: the publisher's id in the graph (org/vna).")
@click.option("--title", default=None, help="article: its title [default: its first line].")
@click.option("--id", "source_id", default=None,
              help="The source's id (one file) [default: data files, FORMAT-FILENAME; articles, from date and title].")
@click.option("--replace", is_flag=True,
              help="Let a file replace the loaded source of the same id when its content differs.")
@click.option("--max-bytes", type=click.IntRange(1), default=None,
              help="article: refuse larger files [default: 2 MB].")
@click.option("--data", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="article: the curated data with the editors' reviews [default: the one the store was built from].")
@_errors
def ingest(fmt: str, files: tuple[Path, ...], store_path: Path | None, skip_bad: bool, rejects: Path | None,
           encoding: str | None, data: Path | None, replace: bool, **article) -> None:
    """Ingest UPR data files or news articles in FORMAT into the built store.

    upr-info: UPR Info database CSV exports (recommendations and voluntary pledges).
    ohchr-list: OHCHR thematic lists of recommendations (text or markdown), older and newer layout.
    ohchr-matrix: OHCHR matrices of recommendations as Word .docx files.
    ohchr-reports: recommendations of OHCHR Working Group reports as CSV (text,to,decision,From,year), one row
    per piece of a paragraph; the rows of a paragraph make one recommendation.
    uhri: Universal Human Rights Index CSV exports (UPR recommendations).
    article: news articles (text or HTML, English or Vietnamese): candidate facts with their evidence,
    for `rightsgraph review`.
    A data file becomes one named graph, the graph of its source; a bad row stops the whole file (nothing
    is loaded) unless --skip-bad is given. A file whose content differs from the loaded source of the same
    id is refused unless --replace is given; content already loaded as another source is refused.
    """
    if fmt == "article":
        if skip_bad or rejects or replace:
            raise click.UsageError("--skip-bad, --rejects and --replace are for data files, not articles")
        _ingest_articles(files, store_path, encoding, data, **article)
        return
    source_id = article.pop("source_id")
    given = [f"--{k.replace('_', '-')}" for k in ARTICLE_OPTIONS if article.get(k) is not None]
    if given or data:
        raise click.UsageError(f"{', '.join(given or ['--data'])}: only for articles")
    from .ingest import ingest as run

    with _ProgressBars() as progress:
        reports = run(fmt, list(files), store_path, skip_bad, rejects, encoding, progress, source_id, replace)
    for r in reports:
        if r.unchanged:
            click.echo(f"{r.path}: unchanged since it was ingested, nothing to do", err=True)
            continue
        if r.replaced:
            click.echo(f"{r.path}: replaces the source loaded from {r.replaced.get('file')}", err=True)
        skipped = f", {len(r.bad)} bad row(s) skipped" if r.bad else ""
        click.echo(f"{r.path}: {r.recommendations} recommendations, {r.pledges} pledges, {r.statements} statements "
                   f"({r.encoding}){skipped} -> graph <{r.graph}>", err=True)
    if any(not r.unchanged for r in reports):
        from .store import read_meta

        for derived in read_meta(store_path).get("derived", []):
            click.echo(f"{derived['links']} links to similar recommendations of earlier cycles -> graph "
                       f"<{derived['graph']}>", err=True)


def _ingest_articles(files, store_path, encoding, data, lang, date, url, publisher, title, source_id,
                     max_bytes) -> None:
    from .extract.article import MAX_BYTES
    from .extract.ingest import ingest_articles
    from .store import read_meta

    data = data or _built_data(read_meta(store_path))
    reports = ingest_articles(list(files), store_path, data, lang or "auto", date, url, publisher, title,
                              source_id, encoding, max_bytes or MAX_BYTES)
    for r in reports:
        dropped = f", {r.dropped} rejected before and not proposed again" if r.dropped else ""
        click.echo(f"{r.path}: {r.candidates} candidates ({r.new} propose new resources){dropped}, "
                   f"{r.language} -> graph <{r.graph}>; review with: rightsgraph review {r.source_id}", err=True)


def _built_data(meta: dict) -> Path | None:
    data = meta.get("data")
    return Path(data) if data else None


@main.command()
@click.argument("source", required=False)
@STORE
@click.option("--accept", "accept", default=None, metavar="WHICH",
              help="Accept candidates: numbers and ranges as listed (1,3-5), ids, or 'all'.")
@click.option("--reject", "reject", default=None, metavar="WHICH", help="Reject candidates (as --accept).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="With 'all': only candidates at least this confident.")
@click.option("--status", type=click.Choice(["all", "unreviewed", "accepted", "rejected"]), default="all",
              show_default=True, help="List only candidates in this state.")
@click.option("--note", default=None, help="A note kept with the decisions.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--data", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="The curated data to write decisions into [default: the one the store was built from].")
@_errors
def review(source: str | None, store_path: Path | None, accept: str | None, reject: str | None,
           min_confidence: float, status: str, note: str | None, fmt: str, data: Path | None) -> None:
    """List an article's candidate facts, or accept and reject them.

    Without SOURCE: every ingested article with its candidates by status. With SOURCE: its
    candidates, numbered in text order, with their evidence. --accept and --reject write the
    decisions into the curated data (data/reviews/SOURCE.yaml) and rebuild the store: accepted
    candidates become facts of the article, rejected ones are not proposed again.
    """
    from .extract.ingest import candidate_rows
    from .extract.reviews import record_decisions
    from .resources import reviews_digest
    from .store import GraphStore, read_meta

    meta = read_meta(store_path)
    data = data or _built_data(meta)
    if meta.get("reviews") != reviews_digest(data):  # decisions written but not applied (a killed review)
        from .build import build as run_build

        click.echo("the review files changed since the store was built: rebuilding first", err=True)
        meta = run_build(store_path, data)
    articles = {e["source"]: e for e in meta.get("ingested", []) if e.get("format") == "article"}
    if source is None:
        if accept or reject:
            raise click.UsageError("name the SOURCE whose candidates to accept or reject")
        _review_summary(GraphStore.open(store_path), articles, fmt)
        return
    if source not in articles:
        known = ", ".join(sorted(articles)) or "none yet (rightsgraph ingest article FILE)"
        raise click.UsageError(f"no ingested article {source!r}; ingested: {known}")
    store = GraphStore.open(store_path)
    rows = candidate_rows(store, store.meta["base"], source)
    store.close()
    if not (accept or reject):
        shown = [(n, r) for n, r in enumerate(rows, 1) if status in ("all", r["status"])]
        _show_candidates(shown, fmt)
        return
    chosen_accept = _choose(accept, rows, min_confidence) if accept else []
    chosen_reject = _choose(reject, rows, min_confidence) if reject else []
    if accept and accept.strip() == "all":  # 'all' means all but those named for the other decision
        chosen_accept = [r for r in chosen_accept if r not in chosen_reject]
    elif reject and reject.strip() == "all":
        chosen_reject = [r for r in chosen_reject if r not in chosen_accept]
    both = {r["id"] for r in chosen_accept} & {r["id"] for r in chosen_reject}
    if both:
        raise click.UsageError(f"accepted and rejected at once: {', '.join(sorted(both))}")
    header = next((e.get("header") for e in meta.get("ingested", [])
                   if e.get("format") == "article-source" and e.get("source") == source), None)
    evidence = [r for r in chosen_accept if not r["record"]]
    chosen_accept = [r for r in chosen_accept if r["record"]]
    if evidence and accept != "all":
        raise click.UsageError(f"{evidence[0]['id']} is a date (evidence for other candidates): nothing to accept")
    path = record_decisions(source, header, chosen_accept, chosen_reject, data, note)
    from .build import build as run_build

    run_build(store_path, data)
    click.echo(f"{len(chosen_accept)} accepted, {len(chosen_reject)} rejected -> {path}; store rebuilt", err=True)


def _choose(spec: str, rows: list[dict], min_confidence: float) -> list[dict]:
    """``all``, numbers and ranges as listed (``1,3-5``), or candidate ids."""
    if spec.strip() == "all":
        return [r for r in rows if r["confidence"] >= min_confidence and r["status"] == "unreviewed"]
    by_id = {r["id"]: r for r in rows}
    chosen: list[dict] = []
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        if part in by_id:
            chosen.append(by_id[part])
            continue
        lo, _, hi = part.partition("-")
        if not (lo.isdigit() and (not hi or hi.isdigit())):
            raise click.UsageError(f"{part!r} is neither a candidate number, a range (3-5) nor a candidate id")
        first, last = int(lo), int(hi or lo)
        if not 1 <= first <= last <= len(rows):
            raise click.UsageError(f"{part!r}: the candidates are numbered 1 to {len(rows)}")
        chosen += rows[first - 1:last]
    return list({r["id"]: r for r in chosen}.values())


def _show_candidates(shown: list[tuple[int, dict]], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps([{"number": n, **r} for n, r in shown], indent=2, ensure_ascii=False))
        return
    for n, r in shown:
        new = " NEW" if r["new"] else ""
        more = f" (+{r['mentions'] - 1} more)" if r["mentions"] > 1 else ""
        click.echo(f"{n:>3}. [{r['status']}] {r['type']:<12} {r['id']}{new}  {r['confidence']:.2f} {r['rule']}")
        click.echo(f"       \"{' '.join(r['quote'].split())[:110]}\"{more} @{r['start']}")


def _review_summary(store, articles: dict[str, dict], fmt: str) -> None:
    from .extract.ingest import candidate_rows

    summary = []
    for sid in sorted(articles):
        counts = {"unreviewed": 0, "accepted": 0, "rejected": 0}
        for row in candidate_rows(store, store.meta["base"], sid):
            counts[row["status"]] += 1
        summary.append({"source": sid, **counts})
    if fmt == "json":
        click.echo(json.dumps(summary, indent=2))
        return
    if not summary:
        click.echo("no articles ingested yet: rightsgraph ingest article FILE", err=True)
    for s in summary:
        click.echo(f"{s['source']}: {s['unreviewed']} unreviewed, {s['accepted']} accepted, {s['rejected']} rejected")


@main.command("eval-extract")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@STORE
@click.option("--articles", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A directory to look for the gold files' articles in (repeatable).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)
@click.option("--without-known-people", is_flag=True,
              help="Forget the persons the graph knows: measure the person rules on their own.")
@click.option("--errors", "show_errors", is_flag=True, help="List every false positive and false negative.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_errors
def eval_extract(gold: tuple[Path, ...], store_path: Path | None, articles: tuple[Path, ...], min_confidence: float,
                 without_known_people: bool, show_errors: bool, fmt: str) -> None:
    """Score the extractor against hand-labelled GOLD files: precision and recall per fact type.

    The gazetteer is the store's (or, with no store, the bundled curated data built in memory).
    """
    from .errors import StoreError
    from .extract.evaluate import evaluate, read_gold, table
    from .extract.gazetteer import from_store
    from .namespaces import base_iri
    from .store import GraphStore

    golds = [read_gold(p, articles) for p in gold]
    try:
        store = GraphStore.open(store_path)
        base = store.meta.get("base") or base_iri()
    except StoreError:
        from .build import memory

        store, base = memory(), base_iri()
    gazetteer = from_store(store, base)
    if without_known_people:
        gazetteer = gazetteer.without("person")
    scores = evaluate(golds, gazetteer, min_confidence)
    if fmt == "json":
        click.echo(json.dumps({k: {"gold": s.tp + s.fn, "found": s.tp + s.fp, "correct": s.tp,
                                   "precision": s.precision, "recall": s.recall, "f1": s.f1,
                                   "false_positives": s.false_positives, "false_negatives": s.false_negatives}
                               for k, s in scores.items()}, indent=2, ensure_ascii=False))
        return
    click.echo(f"{len(golds)} gold file(s); * marks the fact types with a target (precision and recall >= 0.9)\n")
    click.echo(table(scores))
    if show_errors:
        for kind, s in scores.items():
            for item in s.false_positives:
                click.echo(f"false positive  {kind:<12} {item}")
            for item in s.false_negatives:
                click.echo(f"false negative  {kind:<12} {item}")


@main.command()
@STORE
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_errors
def sources(store_path: Path | None, fmt: str) -> None:
    """The sources in the store: id, kind, format, file, SHA-256, statements, when loaded."""
    from .sources import listing

    rows = [s.as_dict() for s in listing(store_path)]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    click.echo(f"{'id':<52} {'kind':<10} {'format':<14} {'statements':>10}  {'sha256':<12}  {'when':<25} file")
    for r in rows:
        n = "-" if r["statements"] is None else f"{r['statements']:,}"
        click.echo(f"{r['id']:<52} {r['kind']:<10} {r['format']:<14} {n:>10}  {(r['sha256'] or '-')[:12]:<12}  "
                   f"{r['when'] or '-':<25} {r['file'] or '-'}")


@main.command()
@click.argument("source")
@STORE
@_errors
def remove(source: str, store_path: Path | None) -> None:
    """Take an ingested SOURCE (its id, as `rightsgraph sources` lists it) out of the store.

    The merged graph and the similarity links are recomputed without it; an article's candidates go
    with it (its review file under data/reviews, if any, stays: it is curated data).
    """
    from .sources import remove as run

    for graph in run(source, store_path):
        click.echo(f"removed <{graph}>", err=True)


@main.command()
@click.argument("reviews", nargs=-1)
@STORE
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_errors
def reconcile(reviews: tuple[str, ...], store_path: Path | None, fmt: str) -> None:
    """How the recommendations of a UPR REVIEW are counted (review/chn-cycle-2, or chn-cycle-2).

    Per source: its records (rows, or the UN's numbered paragraphs) and the recommendations they make
    up; the reconciled count (each recommendation once); the rows no paragraph took and the paragraph
    credits no row gave. Without REVIEW: a line for every review that more than one source reports.
    """
    from .reconcile import report, review_iri, reviews_with_several_sources
    from .store import GraphStore

    store = GraphStore.open(store_path)
    base = store.meta["base"]
    names = [review_iri(r, base) for r in reviews] or reviews_with_several_sources(store)
    reports = [report(store, name) for name in names]
    unknown = [r["review"] for r in reports if not r["sources"]]
    if unknown:
        raise click.UsageError(f"no recommendations of {', '.join(unknown)} are loaded")
    if fmt == "json":
        click.echo(json.dumps(reports, indent=2, ensure_ascii=False))
        return
    if not reports:
        click.echo("no review is reported by more than one source", err=True)
    if not reviews:  # the summary: one line a review; name a review for its unmatched rows and credits
        for r in reports:
            per = ", ".join(f"{s['format']} {s['rows']}" for s in r["sources"])
            click.echo(f"{r['review'].removeprefix(base):<24} {r['recommendations']:>5} recommendations from {per} "
                       f"records; unmatched: {len(r['rows_unmatched'])} rows, {len(r['credits_unmatched'])} credits")
        return
    for r in reports:
        click.echo(f"{r['review'].removeprefix(base)}: {r['recommendations']} recommendations")
        for s in r["sources"]:
            click.echo(f"  {s['graph'].removeprefix(base):<60} {s['format']:<13} {s['rows']:>5} records -> "
                       f"{s['recommendations']:>5} recommendations")
        for row in r["rows_unmatched"]:
            click.echo(f"  unmatched row {row['graph'].removeprefix(base)}:{row['row']}: {row['text'][:90]}")
        for c in r["credits_unmatched"]:
            click.echo(f"  unmatched credit: paragraph {c['paragraph']} ({c['state'].removeprefix(base)}) has no row "
                       f"in {c['not in'].removeprefix(base)}")


@main.command()
@STORE
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_errors
def stats(store_path: Path | None, fmt: str) -> None:
    """Triples, instances per class and triples per source."""
    from rdflib import URIRef

    from .results import shorten
    from .stats import stats as compute
    from .store import GraphStore

    store = GraphStore.open(store_path)
    figures = compute(store)
    if fmt == "json":
        click.echo(json.dumps(figures, indent=2, ensure_ascii=False))
        return
    ns = {prefix: str(iri) for prefix, iri in store.dataset.namespaces()}

    def short(iri: str) -> str:
        return shorten(URIRef(iri), ns)

    click.echo(f"statements in source graphs: {figures['statements']}")
    click.echo(f"distinct triples (their merge): {figures['triples']}")
    click.echo("\ninstances per class:")
    for cls, n in figures["classes"].items():
        click.echo(f"  {n:>7}  {short(cls)}")
    click.echo("\ntriples per source graph:")
    for graph, n in figures["graphs"].items():
        click.echo(f"  {n:>7}  {short(graph)}")


@main.command()
@STORE
@click.option("--warnings/--no-warnings", default=True, show_default=True,
              help="List warnings (sources that disagree) as well as violations.")
@click.option("--ingested", is_flag=True,
              help="Validate the ingested datasets too (slow on large ones: pySHACL works in memory).")
@_errors
def validate(store_path: Path | None, warnings: bool, ingested: bool) -> None:
    """Validate the graph against the SHACL shapes; exit code 1 on violations.

    The curated sources and the ontology are validated; the ingested datasets with --ingested.
    """
    from .store import GraphStore
    from .validation import report_text
    from .validation import validate as run

    findings = run(GraphStore.open(store_path), ingested)
    shown = findings if warnings else [f for f in findings if f.severity == "Violation"]
    click.echo(report_text(shown), nl=False)
    if any(f.severity == "Violation" for f in findings):
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()


def _view_options(func):
    """The options that choose what `viz` and `graph-export` show."""
    for option in reversed([
        click.option("--focus", metavar="NAME_OR_IRI", default=None,
                     help="Show the neighbourhood of one resource: an IRI, a prefixed name or a label."),
        click.option("--depth", type=click.IntRange(0, 6), default=1, show_default=True,
                     help="Links out from --focus."),
        click.option("--query", "view_query", metavar="NAME|FILE", default=None,
                     help="Show what a CONSTRUCT query returns: a library query name or a .rq file."),
        PARAMS,
        click.option("--types", multiple=True, metavar="CLASS",
                     help="Only resources of these classes (Person, rg:State, ...; repeatable or comma-separated)."),
        click.option("--lang", type=click.Choice(["en", "vi"]), default="en", show_default=True,
                     help="Language of the labels."),
        click.option("--limit", type=click.IntRange(1), default=10000, show_default=True,
                     help="At most this many resources (the best connected)."),
        STORE,
    ]):
        func = option(func)
    return func


def _select(store_path, focus, depth, view_query, params, types, limit):
    from .store import GraphStore
    from .viz import Vocabulary, select_view

    if focus and view_query:
        raise click.UsageError("give --focus or --query, not both")
    store = GraphStore.open(store_path)
    text = bindings = None
    if view_query:
        from .library import find
        from .queryfile import load_query_file

        parsed = load_query_file(Path(view_query)) if _is_query_file(view_query) else find(view_query)
        text, bindings = parsed.text, parsed.bindings(_parse_params(params), store.meta.get("base"))
    elif params:
        raise click.UsageError("--param goes with --query")
    wanted = [t.strip() for group in types for t in group.split(",") if t.strip()]
    selection = select_view(store, focus, depth, text, bindings, wanted, limit)
    if not selection.nodes:
        raise click.ClickException("nothing to show: the view selects no resources")
    return store, selection, Vocabulary(store)


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("explorer.html"),
              show_default=True, help="The HTML file to write.")
@click.option("--title", default=None, help="The page's title.")
@_view_options
@_errors
def viz(output: Path, title: str | None, store_path, focus, depth, view_query, params, types, lang, limit) -> None:
    """Write the interactive explorer: one self-contained HTML page (works offline, from file://)."""
    from .viz import write_explorer

    _store, selection, vocabulary = _select(store_path, focus, depth, view_query, params, types, limit)
    title = title or ("rightsgraph: " + (focus or view_query or "what the sources state"))
    write_explorer(selection, vocabulary, output, title, lang)
    click.echo(f"wrote {output}: {len(selection.nodes)} resources, {len(selection.edges)} links", err=True)
    for note in selection.notes:
        click.echo(note, err=True)


@main.command("graph-export")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json"]), required=True,
              help="GraphML (Gephi, igraph, yEd), GEXF (Gephi, with time intervals) or node-link JSON.")
@click.option("-o", "--output", default="-", show_default=True, help="The file to write, or - for standard output.")
@click.option("--literals-as-nodes", is_flag=True, help="Draw literal values as nodes instead of attributes.")
@_view_options
@_errors
def graph_export(fmt: str, output: str, literals_as_nodes: bool, store_path, focus, depth, view_query, params,
                 types, lang, limit) -> None:
    """Export a view of the graph as a NetworkX graph file."""
    from .textio import write_output
    from .viz import serialise, to_networkx

    _store, selection, vocabulary = _select(store_path, focus, depth, view_query, params, types, limit)
    graph = to_networkx(selection, vocabulary, lang, literals_as_nodes)
    write_output(serialise(graph, fmt), output)
    if output != "-":
        click.echo(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", err=True)


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
    from .export import serialise, source_graph, statements
    from .store import GraphStore
    from .textio import write_output
    from .void import describe_dump, description_path, to_turtle

    store = GraphStore.open(store_path)
    graph = source_graph(store, graph_name) if graph_name else None
    rows = statements(store, fmt, graph, provenance=not no_provenance)
    data = "".join(serialise(rows, fmt, store.meta.get("base"))).encode("utf-8")
    write_output(data, output)
    if output != "-":
        target = Path(output)
        void_path = description_path(target)
        url = dump_url or target.resolve().as_uri()
        description = describe_dump(store, rows, fmt, url, target.name, endpoint_url, graph)
        write_output(to_turtle(description, store.meta.get("base")).encode("utf-8"), void_path)
        click.echo(f"wrote {output}: {len(rows)} statements; its description: {void_path}", err=True)


@main.command()
@click.option("-o", "--output", default="-", show_default=True, help="The file to write, or - for standard output.")
@click.option("--endpoint", "endpoint_url", default=None, metavar="URL", help="The SPARQL endpoint to describe.")
@STORE
@_errors
def void(output: str, endpoint_url: str | None, store_path: Path | None) -> None:
    """Print the dataset's VoID/DCAT description (Turtle)."""
    from .store import GraphStore
    from .textio import write_output
    from .void import describe, to_turtle

    store = GraphStore.open(store_path)
    write_output(to_turtle(describe(store, None, endpoint_url), store.meta.get("base")).encode("utf-8"), output)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--timeout", "query_timeout", type=click.FloatRange(0.1), default=10.0, show_default=True,
              help="Seconds a query may run before the client gets a 503.")
@click.option("--max-rows", type=click.IntRange(1), default=10000, show_default=True,
              help="Rows a SELECT returns at most (a Warning header says when results were cut).")
@click.option("--max-memory", type=click.IntRange(64), default=1024, show_default=True, metavar="MiB",
              help="Heap one query's process may use; a query that needs more gets a 503.")
@click.option("--max-queue", type=click.IntRange(0), default=32, show_default=True,
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
    from .server import Limits
    from .server import serve as make_server
    from .store import GraphStore

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
    from .push import push as run_push
    from .store import GraphStore

    store = GraphStore.open(store_path)
    done = run_push(store, endpoint_url, graph_store, user, password, merged_graph, timeout,
                    progress=lambda name, n: click.echo(f"staged {name}: {n} statements", err=True))
    click.echo(f"pushed {len(done)} graphs, {sum(n for _, n in done)} statements, swapped in at once", err=True)
