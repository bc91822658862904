"""Building the store and putting sources in and out: `build`, `ingest`, `ingest-articles`, `review`,
`eval-extract`, `sources`, `remove`, `reconcile`, `stats`, `validate`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from rightsgraph.cli.common import STORE, _errors, _ProgressBars, built_data, main
from rightsgraph.store import default_path
from rightsgraph.upr.importers import FORMATS as INPUT_FORMATS  # what importers read; outputs: formats

REVIEWS = click.option("--reviews", type=click.Path(file_okay=False, path_type=Path), default=None,
                       envvar="RIGHTSGRAPH_REVIEWS",
                       help="Directory of the editors' review files [default: $RIGHTSGRAPH_REVIEWS, else the one "
                            "the store was built with, else the user data directory, "
                            "$XDG_DATA_HOME/rightsgraph/reviews].")


@main.command()
@STORE
@click.option("--data", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Directory of curated .yaml files [default: the bundled knowledge base].")
@click.option("--base", default=None, envvar="RIGHTSGRAPH_BASE", help="Base IRI of resources.")
@click.option("--texts", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              envvar="RIGHTSGRAPH_TEXTS",
              help="Folder of the sources' local copies: every quote is checked against its text and its "
                   "evidence gets character offsets.")
@REVIEWS
@_errors
def build(store_path: Path | None, data: Path | None, base: str | None, texts: Path | None,
          reviews: Path | None) -> None:
    """Build the graph store from the ontology, the curated data and the editors' review files.

    The new store replaces the old one only when the whole build succeeded.
    """
    from rightsgraph.build import build as run_build

    meta = run_build(store_path, data, base, texts, reviews)
    click.echo(f"built {store_path or default_path()}: {meta.statements} statements from "
               f"{len(meta.sources)} sources", err=True)


FILES = click.argument("files", nargs=-1, required=True,
                       type=click.Path(exists=True, dir_okay=False, path_type=Path))
ENCODING = click.option("--encoding", default=None, help="Character encoding of the files [default: detected].")


class _Ingest(click.Command):
    """``ingest article ...`` is ``ingest-articles ...``: its own options, its own --help."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args[:1] == ["article"]:
            ctx.meta["rightsgraph.articles"] = args[1:]
            return []
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context):
        rest = ctx.meta.get("rightsgraph.articles")
        if rest is None:
            return super().invoke(ctx)
        with ingest_articles.make_context("ingest article", list(rest), parent=ctx.parent) as sub:
            return ingest_articles.invoke(sub)


@main.command(cls=_Ingest)
@click.argument("fmt", metavar="FORMAT", type=click.Choice([*INPUT_FORMATS, "article"]))
@FILES
@STORE
@click.option("--skip-bad", is_flag=True, help="Load the good rows of a file with bad ones (default: load nothing).")
@click.option("--rejects", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the bad rows (file, line, problem, row) to this CSV file.")
@ENCODING
@click.option("--id", "source_id", default=None, help="The source's id (one file) [default: FORMAT-FILENAME].")
@click.option("--replace", is_flag=True,
              help="Let a file replace the loaded source of the same id when its content differs.")
@_errors
def ingest(fmt: str, files: tuple[Path, ...], store_path: Path | None, skip_bad: bool, rejects: Path | None,
           encoding: str | None, source_id: str | None, replace: bool) -> None:
    """Ingest UPR data files in FORMAT into the built store.

    upr-info: UPR Info database CSV exports (recommendations and voluntary pledges).
    ohchr-list: OHCHR thematic lists of recommendations (text or markdown), older and newer layout.
    ohchr-matrix: OHCHR matrices of recommendations as Word .docx files.
    ohchr-reports: recommendations of OHCHR Working Group reports as CSV (text,to,decision,From,year), one row
    per piece of a paragraph; the rows of a paragraph make one recommendation.
    uhri: Universal Human Rights Index CSV exports (UPR recommendations).
    hrc-votes: HRC recorded votes, an SQLite database (resolutions, votes): texts, tallies, each state's vote.
    hrc-resolutions: HRC resolutions with OHCHR's "Action taken", an ODS spreadsheet (sheet data).
    A data file becomes one named graph, the graph of its source; a bad row stops the whole file (nothing
    is loaded) unless --skip-bad is given. A file whose content differs from the loaded source of the same
    id is refused unless --replace is given; content already loaded as another source is refused.
    article: news articles, with their own options: see `rightsgraph ingest article --help`.
    """
    from rightsgraph.upr.ingest import ingest as run

    with _ProgressBars() as progress:
        reports = run(fmt, list(files), store_path, skip_bad, rejects, encoding, progress, source_id, replace)
    for r in reports:
        if r.unchanged:
            click.echo(f"{r.path}: unchanged since it was ingested, nothing to do", err=True)
            continue
        if r.replaced:
            click.echo(f"{r.path}: replaces the source loaded from {r.replaced.get('file')}", err=True)
        skipped = f", {len(r.bad)} bad row(s) skipped" if r.bad else ""
        what = (f"{r.recommendations} recommendations, {r.pledges} pledges" if r.recommendations or r.pledges
                else f"{r.rows} records")
        click.echo(f"{r.path}: {what}, {r.statements} statements ({r.encoding}){skipped} -> graph <{r.graph}>",
                   err=True)
    if any(not r.unchanged for r in reports):
        from rightsgraph.store import read_meta

        for derived in read_meta(store_path).derived:
            click.echo(f"{derived['links']} links to similar recommendations of earlier cycles -> graph "
                       f"<{derived['graph']}>", err=True)


@main.command("ingest-articles")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A CSV file with a row per article: path,url,title,date,publisher,language (paths relative "
                   "to it; empty cells: the file's header).")
@STORE
@ENCODING
@click.option("--lang", type=click.Choice(["auto", "en", "vi"]), default="auto", show_default=True,
              help="The articles' language [default: their header's, else detected].")
@click.option("--date", default=None, help="Their date, YYYY[-MM[-DD]]; dates without a year resolve to it.")
@click.option("--url", default=None, help="Where it was published (one file).")
@click.option("--publisher", default=None,
              help="The publisher: an organisation's id (org/vna) or name; a name the graph lacks is proposed as "
                   "a new organisation.")
@click.option("--title", default=None, help="Its title (one file) [default: its header's, else its first line].")
@click.option("--id", "source_id", default=None,
              help="The source's id (one file) [default: the id it had, found by URL or file name; else from "
                   "date and title].")
@click.option("--max-bytes", type=click.IntRange(1), default=None, help="Refuse larger files [default: 2 MB].")
@click.option("--data", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="The curated data [default: the one the store was built from].")
@REVIEWS
@_errors
def ingest_articles(files: tuple[Path, ...], manifest: Path | None, store_path: Path | None, encoding: str | None,
                    lang: str, date: str | None, url: str | None, publisher: str | None, title: str | None,
                    source_id: str | None, max_bytes: int | None, data: Path | None, reviews: Path | None) -> None:
    """Extract candidate facts, with their evidence, from news articles (text or HTML, English or Vietnamese),
    into the review workspace, for `rightsgraph review`.

    A file may open with a header of KEY: value lines (URL, TITLE, DATE, PUBLISHER, LANGUAGE) ended by a
    line ---; a manifest row, then these options, take precedence over it. An article ingested again (the
    same URL, else the same file name) keeps its source id: its candidates are replaced, and the decisions
    on those still proposed hold.
    """
    from rightsgraph.extract.article import MAX_BYTES
    from rightsgraph.extract.ingest import ingest_articles as run
    from rightsgraph.extract.ingest import read_manifest
    from rightsgraph.store import read_meta

    if not files and not manifest:
        raise click.UsageError("give the article FILES, or a --manifest listing them")
    inputs = [*files, *(read_manifest(manifest) if manifest else [])]
    data = data or built_data(read_meta(store_path))
    reports = run(inputs, store_path, data, lang, date, url, publisher, title, source_id, encoding,
                  max_bytes or MAX_BYTES, reviews)
    for r in reports:
        for warning in r.warnings:
            click.echo(f"{r.path}: warning: {warning}", err=True)
        dropped = f", {r.dropped} rejected before and not proposed again" if r.dropped else ""
        again = f" (replacing its earlier candidates; {r.kept} accepted before still proposed)" if r.replaced else ""
        click.echo(f"{r.path}: {r.candidates} candidates ({r.new} propose new resources){dropped}{again}, "
                   f"{r.language} -> graph <{r.graph}>; review with: rightsgraph review {r.source_id}", err=True)
        if r.gone:
            click.echo(f"{r.path}: decided before, no longer proposed (their decisions stay in the review file): "
                       f"{', '.join(r.gone)}", err=True)


@main.command()
@click.argument("source", required=False)
@STORE
@click.option("--accept", "accept", default=None, metavar="WHICH",
              help="Accept candidates: numbers and ranges as listed (1,3-5), ids, or 'all'.")
@click.option("--set", "sets", multiple=True, metavar="FIELD=VALUE",
              help="Correct the one candidate --accept names while accepting it (repeatable): --set post=post/x, "
                   "--set value=271, --set date=2024-05-03; a date is accepted as an event's with --set event=N.")
@click.option("--reject", "reject", default=None, metavar="WHICH", help="Reject candidates (as --accept).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="With 'all': only candidates at least this confident.")
@click.option("--status", type=click.Choice(["all", "unreviewed", "accepted", "rejected"]), default="all",
              show_default=True, help="List only candidates in this state.")
@click.option("--note", default=None, help="A note kept with the decisions.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--data", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="The curated data [default: the one the store was built from].")
@REVIEWS
@_errors
def review(source: str | None, store_path: Path | None, accept: str | None, sets: tuple[str, ...],
           reject: str | None, min_confidence: float, status: str, note: str | None, fmt: str, data: Path | None,
           reviews: Path | None) -> None:
    """List an article's candidate facts, or accept, correct and reject them.

    Without SOURCE: every ingested article with its candidates by status. With SOURCE: its
    candidates, numbered in text order, with their evidence and the corrections made on them.
    --accept and --reject write the decisions into the article's review file (REVIEWS/SOURCE.yaml, kept
    with the comments an editor writes in it) and rebuild the store: accepted candidates become facts
    of the article (as corrected with --set), rejected ones are not proposed again.
    """
    from rightsgraph.build import build as run_build
    from rightsgraph.extract.ingest import candidate_rows
    from rightsgraph.extract.reviews import corrected, decide, decisions, digest, for_store, record_decisions
    from rightsgraph.store import GraphStore, read_meta

    meta = read_meta(store_path)
    data = data or built_data(meta)
    reviews = for_store(reviews, meta)
    texts = Path(meta.texts) if meta.texts else None

    def rebuild():
        return run_build(store_path, data, meta.base, texts, reviews)

    if meta.reviews != digest(data, reviews) or meta.reviews_dir != str(reviews.resolve()):
        click.echo("the review files changed since the store was built: rebuilding first", err=True)
        meta = rebuild()
    articles = {e["source"]: e for e in meta.ingested if e.get("format") == "article"}
    if source is None:
        if accept or reject or sets:
            raise click.UsageError("name the SOURCE whose candidates to accept or reject")
        _review_summary(GraphStore.open(store_path), articles, fmt, decisions(data, reviews))
        return
    if source not in articles:
        known = ", ".join(sorted(articles)) or "none yet (rightsgraph ingest-articles FILE)"
        raise click.UsageError(f"no ingested article {source!r}; ingested: {known}")
    store = GraphStore.open(store_path)
    rows = candidate_rows(store, store.meta.base, source)
    store.close()
    fixes = decisions(data, reviews).get(source)
    for row in rows:
        row["correction"] = fixes.corrected.get(row["id"]) if fixes else None
        row["note"] = fixes.why.get(row["id"], {}).get("note") if fixes else None
    if not (accept or reject or sets):
        shown = [(n, r) for n, r in enumerate(rows, 1) if status in ("all", r["status"])]
        # rejected before: not proposed again, so not in the candidate graph, but shown with the decision
        gone = [] if not fixes or status not in ("all", "rejected") else [
            {"id": cid, "status": "rejected", "proposed": False, **fixes.why.get(cid, {})}
            for cid in sorted(fixes.rejected - {r["id"] for r in rows})]
        _show_candidates(shown, fmt, gone)
        return
    if sets:
        chosen_accept = [corrected(rows, accept, sets)]
        _, chosen_reject = decide(rows, None, reject, min_confidence)
        clash = {chosen_accept[0].row["id"], *chosen_accept[0].also} & {r["id"] for r in chosen_reject}
        if clash:
            raise click.UsageError(f"accepted and rejected at once: {', '.join(sorted(clash))}")
    else:
        chosen_accept, chosen_reject = decide(rows, accept, reject, min_confidence)
    header = next((e.get("header") for e in meta.ingested
                   if e.get("format") == "article-source" and e.get("source") == source), None)
    path = record_decisions(source, header, chosen_accept, chosen_reject, data, note, reviews)
    rebuild()
    fixed = sum(1 for a in chosen_accept if getattr(a, "set", None))
    click.echo(f"{len(chosen_accept)} accepted ({fixed} corrected), {len(chosen_reject)} rejected -> {path}; "
               "store rebuilt", err=True)


def _show_candidates(shown: list[tuple[int, dict]], fmt: str, rejected: list[dict] | None = None) -> None:
    """The candidates, each with its rule's held-out record: how often the rule was right on text it had not been
    tuned on, the evidence its confidence rests on."""
    from rightsgraph.extract.lexicon import HELD_OUT

    rejected = rejected or []
    if fmt == "json":
        def held(r: dict) -> dict:
            n, k = HELD_OUT.get(r.get("rule", ""), (0, 0))
            return {"held_out": {"candidates": n, "correct": k}} if n else {}

        click.echo(json.dumps([{"number": n, **r, **held(r)} for n, r in shown]
                              + [{"number": None, **r} for r in rejected], indent=2, ensure_ascii=False))
        return
    if rejected:
        click.echo("  rejected before, not proposed again:")
    for r in rejected:
        note = f" ({r['note']})" if r.get("note") else ""
        click.echo(f"     - [rejected] {r['id']}  {r.get('rule', '')}{note}")
        if r.get("quote"):
            click.echo(f"       \"{' '.join(r['quote'].split())[:110]}\"")
    for n, r in shown:
        new = " NEW" if r["new"] else ""
        more = f" (+{r['mentions'] - 1} more)" if r["mentions"] > 1 else ""
        state = r["status"] + (", corrected" if r.get("correction") else "")
        record = HELD_OUT.get(r["rule"])
        on_new = f" (right on new text {record[1]} of {record[0]})" if record else ""
        click.echo(f"{n:>3}. [{state}] {r['type']:<12} {r['id']}{new}  {r['confidence']:.2f} {r['rule']}{on_new}")
        where = "the article's header" if r["start"] < 0 else f"@{r['start']}"
        click.echo(f"       \"{' '.join(r['quote'].split())[:110]}\"{more} {where}")
        if r.get("note"):
            click.echo(f"       note: {r['note']}")
        if r.get("correction"):
            fix = r["correction"]
            click.echo("       corrected: " + "; ".join(f"{k} = {v} (proposed: {fix['proposed'].get(k)})"
                                                     for k, v in fix["set"].items()))


def _review_summary(store, articles: dict[str, dict], fmt: str, decided: dict) -> None:
    from rightsgraph.extract.ingest import candidate_rows

    summary = []
    for sid in sorted(articles):
        counts = {"unreviewed": 0, "accepted": 0, "rejected": 0}
        rows = candidate_rows(store, store.meta.base, sid)
        for row in rows:
            counts[row["status"]] += 1
        if sid in decided:  # rejected before and not proposed again count as rejected
            counts["rejected"] += len(decided[sid].rejected - {r["id"] for r in rows})
        summary.append({"source": sid, **counts})
    if fmt == "json":
        click.echo(json.dumps(summary, indent=2))
        return
    if not summary:
        click.echo("no articles ingested yet: rightsgraph ingest-articles FILE", err=True)
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
@click.option("--reliability", "show_reliability", is_flag=True,
              help="Also print the reliability table: candidates and the share correct per confidence band.")
@click.option("--reach", "show_reach", is_flag=True,
              help="Also print the gold facts by reach: all they name known to the graph and the concept schemes, "
                   "new to the graph, or outside the vocabulary; and the recall on each.")
@click.option("--exact-ids", is_flag=True,
              help="Compare ids letter for letter: a body or post found under another spelling of the gold's id "
                   "(rightsgraph.ids: 'organisations' or 'organizations', 'mofa' or 'ministry-foreign-affairs') "
                   "counts as wrong.")
@click.option("--calibrate", "calibrate_to", type=click.Path(dir_okay=False, path_type=Path),
              help="Write each rule's confidence, the share of its candidates correct on GOLD, to this YAML file "
                   "(extraction reads the package's calibration.yaml, and calibration-written.yaml for the rules it "
                   "lacks).")
@click.option("--held-out-record", "record_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="With --calibrate: the first scorings of the held-out sets (tests/gold/unseen/first-scorings.csv); "
                   "each rule's confidence is then what it is worth on text it was not tuned on.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_errors
def eval_extract(gold: tuple[Path, ...], store_path: Path | None, articles: tuple[Path, ...], min_confidence: float,
                 without_known_people: bool, show_errors: bool, show_reliability: bool, show_reach: bool,
                 exact_ids: bool, calibrate_to: Path | None, record_path: Path | None, fmt: str) -> None:
    """Score the extractor against hand-labelled GOLD files: precision and recall per fact type.

    The gazetteer is the store's (or, with no store, the bundled curated data built in memory).
    """
    from rightsgraph.errors import DataError, StoreError
    from rightsgraph.extract.evaluate import (
        PRIOR_WEIGHT,
        calibrate,
        evaluate,
        judged,
        reach_table,
        read_gold,
        reliability,
        reliability_table,
        table,
    )
    from rightsgraph.extract.gazetteer import from_store
    from rightsgraph.extract.heldout import HELD_OUT_WEIGHT, read_record
    from rightsgraph.namespaces import base_iri
    from rightsgraph.store import GraphStore

    if record_path is not None and calibrate_to is None:
        raise click.UsageError("--held-out-record is read only with --calibrate")
    record = read_record(record_path) if record_path is not None else []  # a bad record fails before any work
    golds = [read_gold(p, articles) for p in gold]
    try:
        store = GraphStore.open(store_path)
        base = store.meta.base
    except StoreError:
        from rightsgraph.build import memory

        store, base = memory(), base_iri()
    gazetteer = from_store(store, base)
    if without_known_people:
        gazetteer = gazetteer.without("person")
    if calibrate_to is not None:
        import yaml

        rules = calibrate(judged(golds, gazetteer, calibrated=False, exact_ids=exact_ids), record=record)
        unknown = sum(r.rule not in rules for r in record)
        if record and unknown * 2 > len(record):  # another project's record, or one from before its rules' names
            raise DataError(f"{unknown} of the {len(record)} candidates of the held-out record name a rule the "
                            "gold gives no candidate of: is it this extractor's record?", record_path)
        header = ("# Each extraction rule's confidence: the share of its candidates that were correct on the\n"
                  "# gold files below, shrunk towards the rule's own confidence (rule_confidence) by\n"
                  f"# {PRIOR_WEIGHT:g} pseudo-candidates.\n")
        if record:
            header += ("# Then what that share is worth on new text: the rule's own first scorings on the held-out\n"
                       "# sets below (held_out_candidates, held_out_correct), shrunk towards what confidences like\n"
                       f"# its development share scored there, by {HELD_OUT_WEIGHT:g} pseudo-candidates.\n")
        header += "# Written by `rightsgraph eval-extract --calibrate`; do not edit by hand.\n"
        doc = {"gold": sorted(p.name for p in gold)}
        if record:
            doc["held_out_sets"] = dict(sorted({r.set: r.commit for r in record}.items()))  # one commit a set
        body = yaml.safe_dump(doc | {"rules": rules}, sort_keys=False, allow_unicode=True)
        calibrate_to.write_text(header + body, encoding="utf-8")
        click.echo(f"calibrated {len(rules)} rules on {len(golds)} gold file(s)"
                   + (f" and a held-out record of {len(record)} candidates" if record else "")
                   + (f" ({unknown} of them of rules the gold gives no candidate of, not read)" if unknown else "")
                   + f": {calibrate_to}", err=True)
    scores = evaluate(golds, gazetteer, min_confidence, exact_ids)
    rows = reliability(judged(golds, gazetteer, exact_ids=exact_ids)) if show_reliability else None
    if fmt == "json":
        click.echo(json.dumps({k: {"gold": s.tp + s.fn, "found": s.tp + s.fp, "correct": s.tp,
                                   "correct_under_another_spelling": s.respelt,
                                   "precision": s.precision, "recall": s.recall, "f1": s.f1,
                                   "false_positives": s.false_positives, "false_negatives": s.false_negatives,
                                   "reach": {r: {"gold": g, "found": f} for r, (g, f) in s.reached.items()}}
                               for k, s in scores.items()} | ({"reliability": rows} if rows else {}),
                              indent=2, ensure_ascii=False))
        return
    click.echo(f"{len(golds)} gold file(s); * marks the fact types with a target (precision >= 0.9, recall >= 0.85)\n")
    click.echo(table(scores))
    if respelt := sum(s.respelt for s in scores.values()):
        click.echo(f"\n{respelt} of the correct facts name a body or post under another spelling of the gold's id "
                   "(rightsgraph.ids; --exact-ids counts them wrong)")
    if show_reach:
        click.echo("\nreach: the gold facts by how far the graph and the concept schemes reach them\n")
        click.echo(reach_table(scores))
    if rows:
        click.echo("\nreliability: candidates of the scored fact types per confidence band\n")
        click.echo(reliability_table(rows))
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
    from rightsgraph.upr.sources import listing

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
    with it (its review file in the reviews directory, if any, stays: it is the editors' data).
    """
    from rightsgraph.upr.sources import remove as run

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
    from rightsgraph.store import GraphStore
    from rightsgraph.upr.reconcile import report, review_iri, reviews_with_several_sources

    store = GraphStore.open(store_path)
    base = store.meta.base
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

    from rightsgraph.library.results import shorten
    from rightsgraph.publish.stats import stats as compute
    from rightsgraph.store import GraphStore

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
@click.option("--candidates", is_flag=True,
              help="Validate the review workspace too: the articles' candidate graphs and their sources.")
@_errors
def validate(store_path: Path | None, warnings: bool, ingested: bool, candidates: bool) -> None:
    """Validate the graph against the SHACL shapes; exit code 1 on violations.

    The curated sources and the ontology are validated; the ingested datasets with --ingested; the
    candidates extracted from articles, as if all accepted, with --candidates.
    """
    from rightsgraph.curation.validation import report_text
    from rightsgraph.curation.validation import validate as run
    from rightsgraph.store import GraphStore

    findings = run(GraphStore.open(store_path), ingested, candidates)
    shown = findings if warnings else [f for f in findings if f.severity == "Violation"]
    click.echo(report_text(shown), nl=False)
    if any(f.severity == "Violation" for f in findings):
        sys.exit(1)
