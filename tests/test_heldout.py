"""The held-out record (tests/gold/unseen/first-scorings.csv) and the calibration it feeds: every row agrees with
the gold it was judged against, and calibration.yaml is what the record and the development counts give."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import needs_seeds
from rightsgraph.cli import main
from rightsgraph.errors import DataError
from rightsgraph.extract.evaluate import calibrate
from rightsgraph.extract.heldout import (
    COLUMNS,
    HELD_OUT_WEIGHT,
    FirstScoring,
    band_map,
    on_new_text,
    read_record,
    write_record,
)
from rightsgraph.extract.rules import Candidate

SEED_GOLD = Path(__file__).parent / "gold"
UNSEEN = SEED_GOLD / "unseen"
RECORD = UNSEEN / "first-scorings.csv"
CALIBRATION_FILE = Path(__file__).parents[1] / "graph" / "extract" / "calibration.yaml"


@pytest.fixture(scope="module")
def record():
    return read_record(RECORD)


def _row(rule="person.speaker", confidence=0.95, correct=True, k=14):
    return FirstScoring(k, "abc1234", "177_a", "person", "person/x", rule, confidence, correct)


def test_every_row_is_judged_as_the_gold_file_says(record):
    """Each candidate's 'correct' is whether its key is among its gold file's facts of its kind, read here from the
    YAML directly (not through the extractor's reader); each set's articles are that set's gold files."""
    facts = {}
    for path in UNSEEN.glob("*.yaml"):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        facts[path.stem] = {kind: {" ".join(str(v).split()) for v in values or []}
                            for kind, values in doc["facts"].items()}
    assert len(record) > 2000
    for r in record:
        assert r.article in facts, r
        assert r.set == (int(r.article.split("_")[0]) - 21) // 12 + 1, r
        assert r.kind in facts[r.article], r  # only the kinds a gold file scores are judged
        assert r.correct == (r.key in facts[r.article][r.kind]), r
    commits = {k: {r.commit for r in record if r.set == k} for k in {r.set for r in record}}
    assert all(len(c) == 1 for c in commits.values()), commits


def test_the_record_reads_back_as_written(tmp_path, record):
    path = tmp_path / "record.csv"
    write_record(path, record)
    assert sorted(read_record(path), key=repr) == sorted(record, key=repr)
    assert path.read_bytes() == RECORD.read_bytes()  # the file is written sorted, as the script leaves it


@pytest.mark.parametrize("text, line, message", [
    ("set,commit\n", 1, "header"),
    (",".join(COLUMNS) + "\n14,abc,177_a,person,person/x,person.speaker,0.9\n", 2, "7 fields"),
    (",".join(COLUMNS) + "\n14,abc,177_a,person,person/x,person.speaker,high,1\n", 2, "no number"),
    (",".join(COLUMNS) + "\n14,abc,177_a,person,person/x,person.speaker,0.9,1\nx,abc,a,b,c,d,0.5,1\n", 3, "set is"),
    (",".join(COLUMNS) + "\n14,abc,177_a,person,person/x,person.speaker,1.5,1\n", 2, "0-1"),
    (",".join(COLUMNS) + "\n14,abc,177_a,person,person/x,person.speaker,0.5,yes\n", 2, "0 or 1"),
    (",".join(COLUMNS) + "\n\u00b2,abc,177_a,person,person/x,person.speaker,0.5,1\n", 2, "set is"),
    (",".join(COLUMNS) + "\n14,abc,177_a,person,person/x,person.speaker,0.5,1\n14,def,178_b,person,person/y,"
     "person.speaker,0.5,1\n", 3, "first scored by abc"),
    (",".join(COLUMNS) + "\n", 2, "no candidate"),
])
def test_a_bad_row_is_an_error_naming_its_line(tmp_path, text, line, message):
    path = tmp_path / "record.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as err:
        read_record(path)
    assert err.value.line == line and message in err.value.message and str(path) in str(err.value)


def test_a_confidence_is_worth_its_bands_share_on_new_text():
    """Three of four candidates at 0.92-0.95 were correct: the band 0.9-0.95 is worth (3 + 0.925) / 5; an empty
    band keeps its middle; 0.98 and above is its own band."""
    rows = [_row(confidence=c, correct=ok) for c, ok in ((0.92, True), (0.93, True), (0.94, False), (0.9, True))]
    worth = band_map([*rows, _row(confidence=0.99, correct=False)])
    assert worth(0.91) == pytest.approx((3 + 0.925) / 5)
    assert worth(0.85) == pytest.approx(0.85)
    assert worth(0.99) == pytest.approx((0 + 0.99) / 2)


@pytest.mark.parametrize("confidence, band", [(0.9, 0.9), (0.9499, 0.9), (0.95, 0.95), (0.9799, 0.95), (0.98, 0.98),
                                              (1.0, 0.98), (0.0, 0.0), (0.8999, 0.8)])
def test_a_band_holds_its_low_edge_and_the_top_band_holds_one(confidence, band):
    """One correct candidate at each band's middle: every band is then worth its middle, so what a confidence is
    worth names the band it fell in."""
    middles = {0.0: 0.25, 0.5: 0.55, 0.6: 0.65, 0.7: 0.75, 0.8: 0.85, 0.9: 0.925, 0.95: 0.965, 0.98: 0.99}
    worth = band_map([_row(confidence=m, correct=True) for m in middles.values()])
    assert worth(confidence) == pytest.approx((1 + middles[band]) / 2)


def test_a_rules_own_record_weighs_against_what_its_band_is_worth():
    """Five of eight held-out candidates correct, the development share's band worth 0.8: (5 + 7 * 0.8) / 15."""
    assert HELD_OUT_WEIGHT == 7
    assert on_new_text(0.97, 8, 5, lambda _: 0.8) == pytest.approx((5 + 7 * 0.8) / 15)
    assert on_new_text(0.97, 0, 0, lambda c: c - 0.1) == pytest.approx(0.87)  # no record: the band alone


def test_calibrate_with_a_record_keeps_the_development_share_beside_it():
    seen = [(Candidate("person", f"person/p{i}", 0, 1, "person.speaker", 0.9), i != 0) for i in range(20)]
    record = [_row(confidence=0.93, correct=i < 6) for i in range(10)]  # the rule: 6 of 10 on new text
    plain, held = calibrate(seen)["person.speaker"], calibrate(seen, record=record)["person.speaker"]
    assert plain["confidence"] == round((19 + 7 * 0.9) / 27, 2) == 0.94
    worth = (6 + 0.925) / 11  # the record's 0.9-0.95 band (0.94's), one pseudo-candidate at its middle
    assert held["development"] == 0.94 and held["held_out_candidates"] == 10 and held["held_out_correct"] == 6
    assert held["confidence"] == round((6 + 7 * worth) / 17, 2)


def test_the_package_calibration_is_the_records(record):
    """calibration.yaml names the record's sets and commits, and each rule's confidence is what the record and
    its development share give, recomputed here by hand from the CSV (the bands and the formula written out, not
    the module's functions); each development share is its own counts shrunk by seven pseudo-candidates."""
    doc = yaml.safe_load(CALIBRATION_FILE.read_text(encoding="utf-8"))
    assert doc["held_out_sets"] == {r.set: r.commit for r in record}
    edges = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 1.0001]
    bands = []
    for low, high in pairwise(edges):
        inside = [r.correct for r in record if low <= r.confidence < high]
        bands.append((low, high, (sum(inside) + (low + min(high, 1.0)) / 2) / (len(inside) + 1)))
    counts, correct = Counter(r.rule for r in record), Counter(r.rule for r in record if r.correct)
    for rule, entry in doc["rules"].items():
        assert entry["held_out_candidates"] == counts[rule] and entry["held_out_correct"] == correct[rule], rule
        shrunk = (entry["correct"] + 7 * entry["rule_confidence"]) / (entry["candidates"] + 7)
        assert abs(entry["development"] - shrunk) <= 0.011, rule  # rule_confidence is stored rounded
        worth = next(w for low, high, w in bands if low <= entry["development"] < high)
        assert entry["confidence"] == round((correct[rule] + 7 * worth) / (counts[rule] + 7), 2), rule
    unread = [r for r in record if r.rule not in doc["rules"]]  # rules since renamed or removed
    assert len(unread) <= 0.01 * len(record), Counter(r.rule for r in unread)


def test_the_record_is_the_table_of_first_scorings(record):
    """Per set, the CSV's commit, candidates and correct at >= 0.9 are those tests/gold/unseen/README.md lists: a
    dropped, added or re-judged row shows."""
    table = {}
    for line in (UNSEEN / "README.md").read_text(encoding="utf-8").splitlines():
        if m := re.match(r"\| (\d+) \| ([0-9a-f]{7,}) \| (\d+) \| (\d+)/(\d+) \|", line):
            table[int(m[1])] = (m[2], int(m[3]), int(m[4]), int(m[5]))
    found = {}
    for k in {r.set for r in record}:
        rows = [r for r in record if r.set == k]
        top = [r.correct for r in rows if r.confidence >= 0.9]
        found[k] = (rows[0].commit, len(rows), sum(top), len(top))
    assert found == table


def test_the_record_is_read_only_to_calibrate(tmp_path):
    result = CliRunner().invoke(main, ["eval-extract", str(next(UNSEEN.glob("*.yaml"))),
                                       "--held-out-record", str(RECORD)])
    assert result.exit_code == 2 and "--held-out-record is read only with --calibrate" in result.output


@needs_seeds
def test_a_record_of_other_rules_is_refused(tmp_path, record):
    """A record whose rules are not the extractor's (another project's, or before its rules were renamed) would
    leave every rule with no record: refused, and nothing written."""
    renamed = tmp_path / "record.csv"
    write_record(renamed, [replace(r, rule=f"old.{r.rule}") for r in record])
    out = tmp_path / "calibration.yaml"
    result = CliRunner().invoke(main, ["eval-extract", *map(str, sorted(SEED_GOLD.glob("*.yaml"))),
                                       "--calibrate", str(out), "--held-out-record", str(renamed)])
    assert result.exit_code == 1 and "is it this extractor's record?" in result.output and not out.exists()


def test_a_bad_record_stops_calibration_before_anything_is_written(tmp_path):
    seed = next(p for p in sorted(SEED_GOLD.glob("*.yaml")))  # the record is read first: no article is needed
    bad = tmp_path / "record.csv"
    bad.write_text(",".join(COLUMNS) + "\n14,abc,177_a,person,person/x,person.speaker,0.9\n", encoding="utf-8")
    out = tmp_path / "calibration.yaml"
    result = CliRunner().invoke(main, ["eval-extract", str(seed), "--calibrate", str(out),
                                       "--held-out-record", str(bad)])
    assert result.exit_code != 0 and f"{bad}:2" in result.output and not out.exists()
