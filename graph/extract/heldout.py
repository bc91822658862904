"""The held-out record: how the rules scored on text they had not been tuned on.

Each held-out set of unseen articles (``tests/gold/unseen``) was scored once, by the code of the day, before
any rule was tuned on it. The record keeps every candidate of those first scorings: the set, the commit that
scored it, the article, the candidate's kind, key and rule, its rule's development share that day, and whether
the gold has it.
``bench/first_scorings.py`` writes it (by running each commit again); ``eval-extract --calibrate
--held-out-record`` reads it, so a rule's confidence is what such rules score on new text
(:func:`on_new_text`), not only on the text they were written against.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import astuple, dataclass, fields
from itertools import pairwise
from pathlib import Path

from rightsgraph.errors import DataError

#: the bands a development share is read through (:func:`band_map`): finer at the top, where most candidates are
RECORD_BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 1.0001)
#: pseudo-candidates at the development estimate, against a rule's own held-out record.  Seven: measured on the
#: record leave-one-set-out and set by set in order (bench/heldout_calibration.py)
HELD_OUT_WEIGHT = 7.0


@dataclass(frozen=True)
class FirstScoring:
    """One candidate of a held-out set's first scoring."""

    set: int | str  # an unseen set's number, or a written set's folder ('set-g')
    commit: str
    article: str  # the gold file's stem
    kind: str
    key: str
    rule: str
    confidence: float  # the rule's share on that day's development gold (its development calibration)
    correct: bool


COLUMNS = tuple(f.name for f in fields(FirstScoring))


def read_record(path: Path) -> list[FirstScoring]:
    """Read a held-out record (CSV with the header :data:`COLUMNS`); a bad row is an error naming its line."""
    path = Path(path)
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header is None or tuple(header) != COLUMNS:
            raise DataError(f"a held-out record's header is {','.join(COLUMNS)}", path, 1)
        rows: list[FirstScoring] = []
        commits: dict[int | str, str] = {}
        for row in reader:
            line = reader.line_num
            if len(row) != len(COLUMNS):
                raise DataError(f"{len(row)} fields, not {len(COLUMNS)}", path, line)
            s, commit, article, kind, key, rule, confidence, correct = row
            try:
                value = float(confidence)
            except ValueError:
                raise DataError(f"the confidence {confidence!r} is no number", path, line) from None
            if not re.fullmatch(r"[0-9]+|set-[a-z]+", s) or not 0 <= value <= 1 or correct not in ("0", "1"):
                raise DataError("set is a number or a written set's folder, confidence in 0-1, correct 0 or 1", path,
                                line)
            key_set = int(s) if s.isdigit() else s
            if commits.setdefault(key_set, commit) != commit:
                raise DataError(f"set {s} was first scored by {commits[key_set]} on an earlier line, not {commit}",
                                path, line)
            rows.append(FirstScoring(key_set, commit, article, kind, key, rule, value, correct == "1"))
    if not rows:
        raise DataError("the held-out record has no candidate", path, 2)
    return rows


def write_record(path: Path, rows: Iterable[FirstScoring]) -> None:
    """Write a held-out record, sorted by set, article and rule (one row per candidate)."""
    with Path(path).open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(COLUMNS)
        for r in sorted(rows, key=lambda r: (r.set, r.article, r.rule, r.kind, r.key)):
            writer.writerow((*astuple(r)[:6], f"{r.confidence:.2f}", int(r.correct)))


def counts(record: Iterable[FirstScoring]) -> dict[str, tuple[int, int]]:
    """Per rule, its candidates in the record and how many of them were correct."""
    by_rule: dict[str, tuple[int, int]] = {}
    for r in record:
        n, k = by_rule.get(r.rule, (0, 0))
        by_rule[r.rule] = (n + 1, k + r.correct)
    return by_rule


def band_map(record: Iterable[FirstScoring]) -> Callable[[float], float]:
    """What a confidence of the day turned out to be worth on new text: the share correct of the record's
    candidates in its band of :data:`RECORD_BANDS`, with one pseudo-candidate at the band's middle (an empty
    band keeps its middle)."""
    rows = list(record)
    shares = []
    for low, high in pairwise(RECORD_BANDS):
        band = [r.correct for r in rows if low <= r.confidence < high]
        shares.append((low, high, (sum(band) + (low + min(high, 1.0)) / 2) / (len(band) + 1)))

    def worth(confidence: float) -> float:
        return next(share for low, high, share in shares if low <= confidence < high)

    return worth


def on_new_text(development: float, candidates: int, correct: int, worth: Callable[[float], float],
                weight: float = HELD_OUT_WEIGHT) -> float:
    """A rule's confidence on new text: its own held-out record (``correct`` of ``candidates``) shrunk towards
    what its development share is worth on new text (``worth``, :func:`band_map`) by ``weight``
    pseudo-candidates."""
    return (correct + weight * worth(development)) / (candidates + weight)
