"""The store: atomic builds, a failed or killed build loses nothing, reopening never re-parses sources."""

from __future__ import annotations

import gc
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from rdflib import URIRef

from conftest import ID
from rightsgraph import build as builder
from rightsgraph.errors import DataError, StoreError
from rightsgraph.store import GraphStore, building

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _snapshot(path: Path) -> dict[str, bytes]:
    """Every file of the store but the lock and RocksDB's own diagnostic logs (written by readers too)."""
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*"))
            if p.is_file() and p.name != "build.lock" and not p.name.startswith("LOG")}


def _count(path: Path) -> int:
    store = GraphStore.open(path)
    count = int(next(iter(store.query(COUNT)))[0])
    store.close()
    gc.collect()
    return count


def test_open_without_a_store_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="run `rightsgraph build`"):
        GraphStore.open(tmp_path / "nothing")


def test_reopening_reads_the_built_store_without_the_sources(tmp_path, data_copy):
    builder.build(tmp_path / "rg", data_copy)
    before = _count(tmp_path / "rg")
    shutil.rmtree(data_copy)  # the sources are gone: opening must not need them
    assert _count(tmp_path / "rg") == before > 1000


def test_failed_build_leaves_the_previous_store_exactly(tmp_path, data_copy):
    path = tmp_path / "rg"
    builder.build(path, data_copy)
    before, files = _count(path), _snapshot(path)
    broken = data_copy / "sources" / "vietnamnet-2024-upr-dialogue.yaml"
    broken.write_text(broken.read_text(encoding="utf-8") + "  - {type: Person, id: person/x, name: [unclosed\n",
                      encoding="utf-8")
    with pytest.raises(DataError):
        builder.build(path, data_copy)
    assert _snapshot(path) == files
    assert _count(path) == before


def test_error_inside_the_write_discards_the_new_database(tmp_path, data_copy):
    path = tmp_path / "rg"
    builder.build(path, data_copy)
    files = _snapshot(path)
    with pytest.raises(RuntimeError), building(path, {}) as store:
        store.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
        raise RuntimeError("disk full")
    assert _snapshot(path) == files
    assert len(list(path.glob("db-*"))) == 1


def test_killed_build_leaves_the_live_store_and_is_cleaned_up(tmp_path, data_copy):
    path = tmp_path / "rg"
    builder.build(path, data_copy)
    before, files = _count(path), _snapshot(path)
    # A build that is killed while writing: it holds the lock and has a half-written database.
    script = textwrap.dedent(f"""
        import sys, time
        from rightsgraph.store import building
        with building({str(path)!r}, {{}}) as store:
            store.update("INSERT DATA {{ GRAPH <urn:g> {{ <urn:a> <urn:b> <urn:c> }} }}")
            print("writing", flush=True)
            time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    with pytest.raises(StoreError, match=rf"being written \(a build, process {proc.pid}\)"):
        builder.build(path, data_copy)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _count(path) == before
    assert {k: v for k, v in _snapshot(path).items() if k in files} == files
    builder.build(path, data_copy)  # the next build removes what the killed one left
    assert len(list(path.glob("db-*"))) == 2  # the new live database and its predecessor
    assert _count(path) == before


def test_in_memory_store_answers_queries():
    store = builder.memory()
    ha = URIRef(ID + "person/ha-kim-ngoc")
    rows = list(store.query("SELECT ?p ?name WHERE { ?p rdfs:label ?name }", {"p": ha}))
    assert {(str(r[1]), r[1].language) for r in rows} == {("Ha Kim Ngoc", "en"), ("Hà Kim Ngọc", "vi")}


def test_default_graph_is_the_set_merge_of_sources(seed):
    # Do Hung Viet's English name is stated by three sources, but the merged default graph holds it once.
    rows = list(seed.query('SELECT ?n WHERE { <https://w3id.org/rightsgraph/id/person/do-hung-viet> rdfs:label ?n }'))
    assert sorted(str(r[0]) for r in rows) == ["Do Hung Viet", "Đỗ Hùng Việt"]
    graphs = list(seed.query('SELECT ?g WHERE { GRAPH ?g { <https://w3id.org/rightsgraph/id/person/do-hung-viet> '
                             'rdfs:label "Do Hung Viet"@en } }'))
    assert len(graphs) == 3


def test_base_iri_is_configurable(tmp_path, data_copy):
    meta = builder.build(tmp_path / "rg", data_copy, base="https://example.org/kg/")
    store = GraphStore.open(tmp_path / "rg")
    assert meta.base == "https://example.org/kg/"
    assert store.query("ASK { <https://example.org/kg/person/do-hung-viet> a rg:Person }").askAnswer is True


def test_only_the_store_module_reaches_into_oxigraph():
    """One way into the store: no other module opens an Oxigraph database, holds one or keeps the merged
    default graph's bookkeeping."""
    import re

    import rightsgraph
    from rightsgraph import viz

    roots = [Path(rightsgraph.__file__).parent, Path(viz.__file__).parent]
    pattern = re.compile(r"\.ox\b|\b_ox\b|\bStore\(|Store\.read_only|merge_needed|quads_for_pattern|named_graphs\(")
    offenders = sorted(f"{path.name}:{n}" for root in roots for path in root.rglob("*.py") if path.name != "store.py"
                       for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                       if pattern.search(line))
    assert offenders == []
