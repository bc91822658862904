"""Votes, resolutions and ratifications reach every way out of the store: the dumps (N-Quads, JSON-LD), the VoID
description, the served resource pages and the GEXF of a voting view. Expected values are read from the small
files the tests write, with sqlite3 and csv, not from the store."""

from __future__ import annotations

import csv
import json
import re
import shutil
import sqlite3
import urllib.request
from collections import Counter
from pathlib import Path

import pycountry
import pyoxigraph as ox
import pyshacl
import pytest
from click.testing import CliRunner
from hrc_fixtures import fixture_ods, fixture_votes
from rdflib import Graph, URIRef
from rdflib.namespace import SH
from treaty_fixtures import ratification_files

from conftest import ID
from rightsgraph.cli import main
from rightsgraph.curation.validation import union_graph, validate
from rightsgraph.namespaces import RG, RGC
from rightsgraph.resources import shapes_file
from rightsgraph.store import GraphStore
from rightsgraph.upr.ingest import ingest
from web import served

VOTES_GRAPH = ID + "source/hrc-votes-votes"
CAT_GRAPH = ID + "source/ratification-status-hr-status-cat"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
POSITIONS = {"YES": "yes", "NO": "no", "ABSTAIN": "abstain", "NO_VOTE": "non-voting"}


@pytest.fixture(scope="module")
def council(_built_once, tmp_path_factory) -> dict:
    """A store of the bundled data with the small votes, resolutions and ratification files ingested."""
    folder = tmp_path_factory.mktemp("council")
    store = folder / "rg"
    shutil.copytree(_built_once, store)
    files = {"votes": fixture_votes(folder), "sheet": fixture_ods(folder), **ratification_files(folder)}
    ingest("hrc-votes", [files["votes"]], store)
    ingest("hrc-resolutions", [files["sheet"]], store)
    ingest("ratification-status", [files["cat"], files["icescr"]], store)
    ingest("ohchr-ratification", [files["xls"]], store)
    return {"store": store, **files}


def _recorded_votes(path: Path) -> set[tuple[str, str, str]]:
    """(text symbol, state iso3, position) for every state vote in the SQLite file."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return {(name, country.lower(), POSITIONS[vote]) for name, country, vote in
                db.execute("SELECT resolution_name, country_short, vote FROM votes")}


def _csv_ratifications(path: Path) -> set[tuple[str, str]]:
    """(state iso3, year) for every state party row of a ratification CSV table."""
    with path.open(encoding="utf-8", newline="") as f:
        return {(pycountry.countries.get(alpha_2=row["iso2"]).alpha_3.lower(), row["year ratification or accession"])
                for row in csv.DictReader(f) if row["state party"] == "1"}


def _export(council, fmt: str, tmp_path) -> Path:
    out = tmp_path / f"dump.{fmt}"
    result = CliRunner().invoke(main, ["export", "--format", fmt, "-o", str(out), "--store", str(council["store"])])
    assert result.exit_code == 0, result.output
    return out


def _local(term) -> str:
    return term.value.rsplit("/", 1)[1]


def test_the_quad_dump_holds_every_recorded_vote_and_ratification_in_its_source_graph(council, tmp_path):
    quads = list(ox.parse(path=_export(council, "nquads", tmp_path), format=ox.RdfFormat.N_QUADS))
    in_votes = [q for q in quads if q.graph_name.value == VOTES_GRAPH]
    facts: dict[str, dict[str, str]] = {}
    for q in in_votes:
        facts.setdefault(q.subject.value, {})[q.predicate.value] = q.object
    symbols = {s: f[str(RG.documentSymbol)].value for s, f in facts.items() if str(RG.documentSymbol) in f}
    dumped = {(symbols[f[str(RG.onText)].value], _local(f[str(RG.voter)]), _local(f[str(RG.votePosition)]))
              for f in facts.values() if f.get(RDF_TYPE) == ox.NamedNode(str(RG.Vote))}
    assert dumped == _recorded_votes(council["votes"]) and len(dumped) == 15
    ratified = {(_local(q.subject).split("--")[0], q.object.value) for q in quads
                if q.graph_name.value == CAT_GRAPH and q.predicate.value == str(RG.ratifiedOn)}
    assert ratified == _csv_ratifications(council["cat"]) == {("vnm", "2015"), ("tha", "2007")}


def test_the_jsonld_dump_names_votes_with_the_context_terms(council, tmp_path):
    doc = json.loads(_export(council, "jsonld", tmp_path).read_text(encoding="utf-8"))
    votes = [n for n in doc["@graph"] if n.get("@type") == "rg:Vote"]  # classes keep their prefixed names
    assert len(votes) == len(_recorded_votes(council["votes"]))
    assert all({"voter", "votePosition", "onText"} <= set(v) for v in votes)


def test_the_dataset_description_counts_the_vote_graph_and_class(council, tmp_path):
    from rdflib import Literal
    from rdflib.namespace import VOID

    quads = list(ox.parse(path=_export(council, "nquads", tmp_path), format=ox.RdfFormat.N_QUADS))
    in_votes = sum(1 for q in quads if q.graph_name.value == VOTES_GRAPH)
    result = CliRunner().invoke(main, ["void", "--store", str(council["store"])])
    assert result.exit_code == 0, result.output
    void = Graph().parse(data=result.output, format="turtle")
    subsets = [s for s in void.subjects(URIRef("http://purl.org/dc/terms/source"), URIRef(VOTES_GRAPH))]
    assert [void.value(s, VOID.triples) for s in subsets] == [Literal(in_votes)]
    partitions = {void.value(p, VOID.entities) for p in void.subjects(VOID["class"], URIRef(str(RG.Vote)))}
    assert partitions == {Literal(len(_recorded_votes(council["votes"])))}


@pytest.fixture(scope="module")
def pages(council):
    with served(GraphStore.open(council["store"]), workers=1) as url:
        yield url


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def test_resource_pages_of_a_resolution_its_votes_and_a_ratification(council, pages):
    recorded = {(c, p) for name, c, p in _recorded_votes(council["votes"]) if name == "A/HRC/RES/52/30"}
    page = _get(pages + "/id/resolution/hrc-52-30")
    assert '<h1 id="title">HRC resolution 52/30</h1>' in page
    assert "Situation of human rights in the Syrian Arab Republic" in page
    assert all(f'href="/id/vote/hrc-52-30-{c}"' in page for c, _ in recorded)  # linked from each state's vote
    for country, position in recorded:
        vote = _get(pages + f"/id/vote/hrc-52-30-{country}")
        assert f'href="/id/state/{country}"' in vote and f'href="/concept/vote-position/{position}"' in vote
    vote = _get(pages + "/id/vote/hrc-52-30-vnm")
    assert ">No</a>" in vote and ">Viet Nam</a>" in vote and ">HRC resolution 52/30</a>" in vote
    assert '<h1 id="title">HRC resolution 52/30 · No · Viet Nam</h1>' in vote  # named by what it links
    ratification = _get(pages + "/id/ratification/vnm--cat")
    assert re.search(r">\s*2015\s*<", ratification) and "hr_status_cat" in ratification  # date, and its source


def test_the_voting_view_in_gexf(council, tmp_path):
    import networkx as nx

    out = tmp_path / "vote.gexf"
    result = CliRunner().invoke(main, ["graph-export", "--format", "gexf", "--voting", "id:resolution/hrc-28-23",
                                       "-o", str(out), "--store", str(council["store"])])
    assert result.exit_code == 0, result.output
    graph = nx.read_gexf(out)
    drawn = Counter(d["group"].rsplit("/", 1)[1] for _, d in graph.nodes(data=True) if "group" in d)
    assert drawn == Counter(p for name, _, p in _recorded_votes(council["votes"]) if name == "A/HRC/RES/28/23")


def test_ingested_votes_texts_sessions_and_ratifications_conform_to_the_shapes(council):
    findings = validate(GraphStore.open(council["store"]), ingested=True)
    assert [f for f in findings if f.severity == "Violation"] == []
    # Thailand's ICESCR: the CSV says 1998, OHCHR's export 1999-09-05, kept side by side and reported
    assert any(f.focus == "id:ratification/tha--icescr" and f.path == "rg:ratifiedOn" for f in findings)


def test_the_shapes_catch_a_vote_without_position_by_a_non_state_or_on_no_text(council):
    graph = union_graph(GraphStore.open(council["store"]), ingested=True)
    vote, position = URIRef(ID + "vote/hrc-52-30-vnm"), URIRef(str(RG.votePosition))
    graph.remove((vote, position, None))
    other = URIRef(ID + "vote/hrc-52-30-fra")
    graph.set((other, position, URIRef(str(RGC) + "vote-position/maybe")))
    third = URIRef(ID + "vote/hrc-52-30-deu")
    graph.set((third, URIRef(str(RG.voter)), URIRef(ID + "org/un-human-rights-council")))
    graph.set((third, URIRef(str(RG.onText)), URIRef(ID + "session/hrc-52")))
    _, report, _ = pyshacl.validate(graph, shacl_graph=Graph().parse(shapes_file()), allow_warnings=True,
                                    inference="none")
    violations = {(str(report.value(r, SH.focusNode)).rsplit("/", 1)[1], str(report.value(r, SH.resultPath)))
                  for r in report.subjects(SH.resultSeverity, SH.Violation)}
    assert violations == {("hrc-52-30-vnm", str(RG.votePosition)), ("hrc-52-30-fra", str(RG.votePosition)),
                          ("hrc-52-30-deu", str(RG.voter)), ("hrc-52-30-deu", str(RG.onText))}
