"""The written sets (tests/gold/written): read strictly, and the code scores on them what their README says."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from rightsgraph.build import memory
from rightsgraph.extract.article import read_article
from rightsgraph.extract.evaluate import TYPES, evaluate, judged, read_gold
from rightsgraph.extract.gazetteer import from_store
from rightsgraph.namespaces import base_iri

WRITTEN = Path(__file__).parent / "gold" / "written"
SETS = sorted(p.name for p in WRITTEN.iterdir() if p.is_dir())
#: a row of the README's table: | set | role | articles | gold facts | found | correct | P | R | F1 | at >= 0.9 |
_ROW = re.compile(r"^\| (set-[a-z]+) \| [^|]+ \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| [\d.]+ \| [\d.]+ \| [\d.]+ \| "
                  r"(\d+) of (\d+) \|$")


@pytest.fixture(scope="module")
def gazetteer():
    return from_store(memory(), base_iri())


def test_there_are_written_sets():
    assert SETS and all(name.startswith("set-") for name in SETS)


@pytest.mark.parametrize("name", SETS)
def test_each_text_has_its_gold_and_each_gold_its_text(name):
    folder = WRITTEN / name
    assert {p.stem for p in folder.glob("*.txt")} == {p.stem for p in folder.glob("*.yaml")}


@pytest.mark.parametrize("name", SETS)
def test_each_gold_file_lists_every_type_and_agrees_with_its_texts_header(name):
    """Every type is listed (an empty list where the article states none), so a type missing from a file is never
    scored as if it had no facts; the gold's date and language are the text's own."""
    for path in sorted((WRITTEN / name).glob("*.yaml")):
        gold = read_gold(path)
        article = read_article(gold.article, "auto", None)
        assert set(gold.facts) == set(TYPES), path.name
        assert (article.date, article.language) == (gold.date, gold.language), path.name
        assert article.url is None and article.publisher is None, f"{path.name}: no publisher wrote it"


def _readme_rows() -> dict[str, tuple[int, ...]]:
    rows = {}
    for line in (WRITTEN / "README.md").read_text(encoding="utf-8").splitlines():
        if m := _ROW.match(line):
            rows[m[1]] = tuple(int(x) for x in m.groups()[1:])
    return rows


def test_the_readme_has_a_row_for_every_set():
    assert sorted(_readme_rows()) == SETS


@pytest.mark.parametrize("name", SETS)
def test_the_code_scores_what_the_readme_says(gazetteer, name):
    """Articles, gold facts, candidates found and correct (every type), and the candidates at >= 0.9 with how many
    the gold has, as the README's table gives them: a rule change that changes them must say so there."""
    golds = [read_gold(p) for p in sorted((WRITTEN / name).glob("*.yaml"))]
    scores = evaluate(golds, gazetteer)
    top = [ok for cand, ok in judged(golds, gazetteer) if round(cand.confidence, 2) >= 0.9]  # as the bands are
    measured = (len(golds), sum(s.tp + s.fn for s in scores.values()), sum(s.tp + s.fp for s in scores.values()),
                sum(s.tp for s in scores.values()), sum(top), len(top))
    assert measured == _readme_rows()[name]


def test_the_rounds_file_names_every_held_out_set_and_its_commit():
    """bench/written_reliability.py scores each held-out set with the commit of its round (its first scoring): every
    set but the first, development from the start, has its round and commit."""
    with (WRITTEN / "rounds.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["set"] for r in rows] == [s for s in SETS if s != "set-a"]
    assert all(re.fullmatch(r"[0-9a-f]{7,40}", r["commit"]) and int(r["round"]) >= 1 for r in rows)
    assert [int(r["round"]) for r in rows] == sorted(int(r["round"]) for r in rows)


def test_the_written_record_is_judged_as_the_gold_says_and_calibrates_the_newer_rules():
    """tests/gold/written/first-scorings.csv (bench/written_first_scorings.py) keeps every candidate of each held-out
    set's first scoring; each row's 'correct' is whether today's gold has its key, and the rules calibration.yaml does
    not know take their confidence from it: (correct + 7 x own) / (candidates + 7), in calibration-written.yaml, which
    extraction reads."""
    from importlib import resources

    import yaml

    from rightsgraph.extract.heldout import read_record
    from rightsgraph.extract.lexicon import CALIBRATION, MAIN_CALIBRATION, WRITTEN_CALIBRATION

    record = read_record(WRITTEN / "first-scorings.csv")
    with (WRITTEN / "rounds.csv").open(encoding="utf-8") as f:
        rounds = {r["set"]: r["commit"] for r in csv.DictReader(f)}
    assert {(r.set, r.commit) for r in record} == set(rounds.items())
    golds = {(name, p.stem): read_gold(p) for name in rounds for p in (WRITTEN / name).glob("*.yaml")}
    assert all(r.correct == golds[r.set, r.article].has(r.kind, r.key) for r in record)
    path = resources.files("rightsgraph.extract").joinpath("calibration-written.yaml")
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]
    assert entries and not set(entries) & set(MAIN_CALIBRATION)
    for rule, entry in entries.items():
        rows = [r.correct for r in record if r.rule == rule]
        assert (entry["held_out_candidates"], entry["held_out_correct"]) == (len(rows), sum(rows)), rule
        n, k, own = len(rows), sum(rows), entry["own"]
        # both numbers are printed to two decimals: the confidence's rounding, and the own's weighted by 7 / (n + 7)
        assert abs(entry["confidence"] - (k + 7 * own) / (n + 7)) <= 0.005 + 0.005 * 7 / (n + 7) + 1e-9, rule
        assert CALIBRATION[rule] == WRITTEN_CALIBRATION[rule] == entry["confidence"]
