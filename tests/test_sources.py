"""A source has an identity of its own: nothing replaces it by accident; `sources` lists, `remove` takes out.

Runs on UPR Info files that the test writes itself (the export's layout), so it needs nothing beside
the repository.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ID, upr_info_file
from rightsgraph.build import build
from rightsgraph.cli import main
from rightsgraph.errors import DataError
from rightsgraph.store import GraphStore, live_name, read_meta
from rightsgraph.upr.ingest import ingest

COUNT = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a rg:Recommendation }"
CYCLE_1 = [("Viet Nam", f"Strengthen the rule of law, measure {n}", "France", 5) for n in range(6)]
CYCLE_2 = [("Viet Nam", f"Strengthen the rule of law, measure {n}", "France", 18) for n in range(4)]


@pytest.fixture
def store(built) -> Path:
    """A store of the bundled data of this test's own (conftest's copy of a store built once)."""
    return built


def _count(path: Path, query: str = COUNT) -> int:
    store = GraphStore.open(path)
    try:
        return int(next(iter(store.query(query)))[0])
    finally:
        store.close()


def test_a_file_with_a_loaded_name_and_other_content_is_refused(store, tmp_path):
    first = upr_info_file(tmp_path / "a" / "export.csv", CYCLE_1)
    other = upr_info_file(tmp_path / "b" / "export.csv", CYCLE_2)
    ingest("upr-info", [first], store)
    before = (live_name(store), read_meta(store))
    with pytest.raises(DataError) as err:
        ingest("upr-info", [other], store)
    message = str(err.value)
    assert str(other) in message and str(first.resolve()) in message and "--replace" in message
    assert (live_name(store), read_meta(store)) == before  # nothing was written
    assert _count(store) == len(CYCLE_1)


def test_replace_and_a_declared_id_are_explicit_acts(store, tmp_path):
    first = upr_info_file(tmp_path / "a" / "export.csv", CYCLE_1)
    other = upr_info_file(tmp_path / "b" / "export.csv", CYCLE_2)
    ingest("upr-info", [first], store)
    [report] = ingest("upr-info", [other], store, source_id="upr-info-cycle-2")
    assert report.graph == ID + "source/upr-info-cycle-2"
    assert _count(store) == len(CYCLE_1) + len(CYCLE_2)
    changed = upr_info_file(tmp_path / "c" / "export.csv", CYCLE_1[:3])
    [report] = ingest("upr-info", [changed], store, replace=True)
    assert report.replaced["file"] == str(first.resolve())
    assert _count(store) == 3 + len(CYCLE_2)


def test_the_same_content_under_another_name_is_refused_and_again_is_a_no_op(store, tmp_path):
    first = upr_info_file(tmp_path / "14-17.csv", CYCLE_1)
    copy = tmp_path / "17-20.csv"
    shutil.copy(first, copy)
    ingest("upr-info", [first], store)
    with pytest.raises(DataError, match="already loaded as source 'upr-info-14-17'"):
        ingest("upr-info", [copy], store)
    with pytest.raises(DataError, match="already loaded"):
        ingest("upr-info", [copy], store, replace=True)
    live = live_name(store)
    [again] = ingest("upr-info", [first], store)
    assert again.unchanged and live_name(store) == live


def test_two_files_for_one_source_in_one_command_are_refused(store, tmp_path):
    a = upr_info_file(tmp_path / "a" / "x.csv", CYCLE_1)
    b = upr_info_file(tmp_path / "b" / "x.csv", CYCLE_2)
    with pytest.raises(DataError, match="same source 'upr-info-x'"):
        ingest("upr-info", [a, b], store)
    with pytest.raises(DataError, match="one file"):
        ingest("upr-info", [a, b], store, source_id="both")


def test_sources_lists_and_remove_takes_out(store, tmp_path):
    runner = CliRunner()
    first = upr_info_file(tmp_path / "1-5.csv", CYCLE_1)
    second = upr_info_file(tmp_path / "18.csv", [(*row[:3], 18) for row in CYCLE_1])
    ingest("upr-info", [first, second], store)
    links = "SELECT (COUNT(*) AS ?n) WHERE { ?l a rg:SimilarityLink }"
    assert _count(store, links) == len(CYCLE_1)  # each cycle II recommendation follows its cycle I one
    result = runner.invoke(main, ["sources", "--store", str(store), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in json.loads(result.output)}
    assert rows["upr-info-1-5"]["kind"] == "ingested" and rows["upr-info-1-5"]["file"] == str(first.resolve())
    store_ = GraphStore.open(store)
    counted = int(next(iter(store_.query(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH id:source\\/upr-info-1-5 { ?s ?p ?o } }")))[0])
    store_.close()
    assert rows["upr-info-1-5"]["statements"] == counted
    assert rows["vna-2022-midterm-report-launch"]["kind"] == "curated"

    result = runner.invoke(main, ["remove", "upr-info-1-5", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert _count(store) == len(CYCLE_1)
    assert _count(store, links) == 0  # links to what was removed go with it
    assert _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?r rg:atSession id:session\\/upr-wg-5 }") == 0
    assert "upr-info-1-5" not in {r["id"] for r in json.loads(
        runner.invoke(main, ["sources", "--store", str(store), "--format", "json"]).output)}


def test_remove_refuses_what_it_cannot_take_out(store):
    runner = CliRunner()
    live = live_name(store)
    for name, message in (("vna-2022-midterm-report-launch", "curated source"), ("nothing-here", "no ingested")):
        result = runner.invoke(main, ["remove", name, "--store", str(store)])
        assert result.exit_code == 1 and message in result.output, result.output
    assert live_name(store) == live


def test_two_interleaved_ingests_both_keep_their_source(store, tmp_path, monkeypatch):
    """Ingest A plans, then B runs to its end, then A takes the lock: A reads the metadata again under
    the lock, so B's source survives (before, A wrote back what it had read and B's source was lost)."""
    import rightsgraph.upr.ingest as ingest_module

    a = upr_info_file(tmp_path / "a.csv", CYCLE_1)
    b = upr_info_file(tmp_path / "b.csv", CYCLE_2)
    real = ingest_module.updating
    ran = []

    def b_first(*args, **kwargs):
        if not ran:  # the pause point: between A's first look at the store and its lock
            ran.append(b)
            ingest("upr-info", [b], store)
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest_module, "updating", b_first)
    ingest("upr-info", [a], store)
    assert ran
    ids = {e["id"] for e in read_meta(store).ingested}
    assert ids == {"upr-info-a", "upr-info-b"}
    assert _count(store) == len(CYCLE_1) + len(CYCLE_2)
    build(store)  # a rebuild keeps both
    assert _count(store) == len(CYCLE_1) + len(CYCLE_2)


def _stated_and_scanned(path: Path) -> tuple[dict[str, int], dict[str, int]]:
    """Per graph: the statement count the store states (VoID, in its statistics graph) and a scan's count."""
    store = GraphStore.open(path)
    try:
        stated = {str(g): int(n) for g, n in store.query(
            "SELECT ?g ?n WHERE { ?subset dcterms:source ?g ; void:triples ?n }")}
        scanned = {str(g): int(n) for g, n in store.query(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}
        return stated, scanned
    finally:
        store.close()


def test_the_stated_statement_counts_follow_every_write(store, tmp_path):
    stated, scanned = _stated_and_scanned(store)
    assert stated == scanned and len(stated) > 5 and ID + "dataset/statistics" in stated  # its own count too
    first = upr_info_file(tmp_path / "1-5.csv", CYCLE_1)
    ingest("upr-info", [first, upr_info_file(tmp_path / "18.csv", [(*row[:3], 18) for row in CYCLE_1])], store)
    stated, scanned = _stated_and_scanned(store)
    assert stated == scanned and stated[ID + "source/upr-info-1-5"] > len(CYCLE_1)
    ingest("upr-info", [upr_info_file(tmp_path / "c" / "1-5.csv", CYCLE_1[:2])], store, replace=True)
    stated, scanned = _stated_and_scanned(store)
    assert stated == scanned
    assert CliRunner().invoke(main, ["remove", "upr-info-1-5", "--store", str(store)]).exit_code == 0
    stated, scanned = _stated_and_scanned(store)
    assert stated == scanned and ID + "source/upr-info-1-5" not in stated
