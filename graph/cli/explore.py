"""Looking at the graph: `viz`, `graph-export`."""

from __future__ import annotations

from pathlib import Path

import click

from rightsgraph.cli.common import PARAMS, STORE, _errors, _is_query_file, _parse_params, main


def _view_options(func):
    """The options that choose what `viz` and `graph-export` show."""
    for option in reversed([
        click.option("--focus", metavar="NAME_OR_IRI", default=None,
                     help="Show the neighbourhood of one resource: an IRI, a prefixed name or a label."),
        click.option("--depth", type=click.IntRange(0, 6), default=1, show_default=True,
                     help="Links out from --focus."),
        click.option("--query", "view_query", metavar="NAME|FILE", default=None,
                     help="Show what a CONSTRUCT query returns: a library query name or a .rq file."),
        click.option("--voting", metavar="TEXT", default=None,
                     help="Show a recorded vote of the Human Rights Council: each state by its vote on the text "
                          "(an IRI such as id:resolution/hrc-52-30, or a label)."),
        PARAMS,
        click.option("--types", multiple=True, metavar="CLASS",
                     help="Only resources of these classes (Person, rg:State, ...; repeatable or comma-separated)."),
        click.option("--lang", type=click.Choice(["en", "vi"]), default="en", show_default=True,
                     help="Language of the labels."),
        click.option("--limit", type=click.IntRange(1), default=10000, show_default=True,
                     help="At most this many resources (the best connected)."),
        click.option("--group-by", default="recommender,theme", show_default=True, metavar="WHAT[,WHAT]",
                     help="Above 2,000 resources, draw recommendations as groups by these: recommender, theme, "
                          "response, cycle."),
        STORE,
    ]):
        func = option(func)
    return func


def _select(store_path, focus, depth, view_query, voting, params, types, limit, group_by):
    from rightsgraph.store import GraphStore
    from rightsgraph.viz import Vocabulary, select_view

    if sum(1 for chosen in (focus, view_query, voting) if chosen) > 1:
        raise click.UsageError("give one of --focus, --query and --voting")
    store = GraphStore.open(store_path)
    text = bindings = None
    if view_query:
        from rightsgraph.library import find
        from rightsgraph.library.queryfile import load_query_file

        parsed = load_query_file(Path(view_query)) if _is_query_file(view_query) else find(view_query)
        text, bindings = parsed.text, parsed.bindings(_parse_params(params), store.meta.base)
    elif params:
        raise click.UsageError("--param goes with --query")
    wanted = [t.strip() for group in types for t in group.split(",") if t.strip()]
    by = tuple(g.strip() for g in group_by.split(",") if g.strip())
    from rightsgraph.viz import GROUPINGS

    unknown = [g for g in by if g not in GROUPINGS]
    if unknown or not by:
        raise click.BadParameter(f"group by one or more of {', '.join(GROUPINGS)}, not {group_by!r}",
                                 param_hint="--group-by")
    selection = select_view(store, focus, depth, text, bindings, wanted, limit, voting=voting, group_by=by)
    if not selection.nodes:
        raise click.ClickException("nothing to show: the view selects no resources")
    return store, selection, Vocabulary(store)


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("explorer.html"),
              show_default=True, help="The HTML file to write.")
@click.option("--title", default=None, help="The page's title.")
@_view_options
@_errors
def viz(output: Path, title: str | None, store_path, focus, depth, view_query, voting, params, types, lang,
        limit, group_by) -> None:
    """Write the interactive explorer: one self-contained HTML page (works offline, from file://)."""
    from rightsgraph.viz import write_explorer

    _store, selection, vocabulary = _select(store_path, focus, depth, view_query, voting, params, types, limit,
                                            group_by)
    title = title or ("rightsgraph: " + (focus or view_query or (voting and f"the vote on {voting}")
                                         or "what the sources state"))
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
def graph_export(fmt: str, output: str, literals_as_nodes: bool, store_path, focus, depth, view_query, voting,
                 params, types, lang, limit, group_by) -> None:
    """Export a view of the graph as a NetworkX graph file."""
    from rightsgraph.textio import write_output
    from rightsgraph.viz import serialise, to_networkx

    _store, selection, vocabulary = _select(store_path, focus, depth, view_query, voting, params, types, limit,
                                            group_by)
    graph = to_networkx(selection, vocabulary, lang, literals_as_nodes)
    write_output(serialise(graph, fmt), output)
    if output != "-":
        click.echo(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", err=True)
