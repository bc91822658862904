"""Trust by construction: unreviewed article candidates never reach an analyst surface.

After the seed articles are ingested (nothing accepted), the store an analyst reads is the store
without them, statement for statement, so every library query, export format, explorer file and
endpoint answer is the same; only ``review`` (the review workspace) sees the candidates.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conftest import SEEDS
from rightsgraph.build import build
from rightsgraph.cli import main
from rightsgraph.extract.ingest import ingest_articles
from rightsgraph.library import library
from rightsgraph.publish.export import FORMATS
from rightsgraph.publish.server import serve
from rightsgraph.store import GraphStore

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the repository")


@pytest.fixture(scope="module")
def pair(tmp_path_factory) -> tuple[Path, Path]:
    """Two stores built from the same data; the second has the five seed articles ingested."""
    root = tmp_path_factory.mktemp("integrity")
    plain, with_articles = root / "plain", root / "articles"
    build(plain)
    build(with_articles)
    reports = ingest_articles(sorted(SEEDS.glob("*.txt")), with_articles)
    assert len(reports) == 5 and sum(r.candidates for r in reports) > 50
    return plain, with_articles


def _quads(path: Path) -> set[str]:
    store = GraphStore.open(path)
    try:
        return {str(q) for q in store.quads()}
    finally:
        store.close()


def test_the_analyst_store_holds_no_candidate(pair):
    plain, with_articles = pair
    assert _quads(with_articles) == _quads(plain)
    store = GraphStore.open(with_articles)
    assert not store.query("ASK { GRAPH ?g { ?c a rg:Candidate } }").askAnswer
    assert not store.query("ASK { ?c a rg:Candidate }").askAnswer
    assert sum(1 for _ in store.candidates.quads(
        None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        ox.NamedNode("https://w3id.org/rightsgraph/ontology#Candidate"))) > 50


def test_every_library_query_answers_as_without_the_articles(pair):
    plain, with_articles = pair
    a, b = GraphStore.open(plain), GraphStore.open(with_articles)
    names = [q.name for q in library()]
    assert len(names) >= 28
    for name in names:
        assert _answer(a, name) == _answer(b, name), name


def _answer(store: GraphStore, name: str) -> list[str]:
    """A library query's rows, or a CONSTRUCT query's statements, sorted."""
    query = next(q for q in library() if q.name == name)
    result = store.query(query.text, query.bindings({}, store.meta.base))
    if result.type == "CONSTRUCT":
        return sorted(" ".join(t.n3() for t in triple) for triple in result.graph)
    return sorted(repr(tuple(row)) for row in result)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_export_format_is_the_same_file(pair, fmt):
    outputs = []
    for path in pair:
        result = CliRunner().invoke(main, ["export", "--store", str(path), "--format", fmt, "-o", "-"])
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout_bytes)
    assert outputs[0] == outputs[1]


def test_explorer_files_are_the_same(pair, tmp_path):
    outputs = []
    for n, path in enumerate(pair):
        out = tmp_path / f"{n}.json"
        result = CliRunner().invoke(main, ["graph-export", "--store", str(path), "--format", "json", "-o", str(out)])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_the_endpoint_answers_as_without_the_articles(pair):
    answers = []
    for path in pair:
        server = serve(GraphStore.open(path), "127.0.0.1", 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
            url = f"http://127.0.0.1:{server.server_address[1]}/sparql?" + urllib.parse.urlencode({"query": query})
            request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
            with urllib.request.urlopen(request, timeout=30) as response:
                answers.append(json.load(response)["results"]["bindings"])
        finally:
            server.shutdown()
            server.server_close()
    assert answers[0] == answers[1] and len(answers[0]) >= 6
