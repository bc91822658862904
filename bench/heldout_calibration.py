"""Confidence on new text: the held-out record's candidates, as first scored and as its calibration would score them.

    .venv/bin/python bench/heldout_calibration.py [--weights 3 7 15]

Reads tests/gold/unseen/first-scorings.csv (bench/first_scorings.py; no article text is needed). The baseline is
each candidate's confidence as its day's code gave it (calibrated on the development gold only). The project's
figure: each set's candidates with the confidence a calibration on the held-out record of the *other* sets gives
them (rightsgraph.extract.heldout.on_new_text, the development share being the day's confidence), leave one set
out and, stricter, from the earlier sets only (the first set then has no figure and is left out of both rows).
Per weight: the expected calibration error over the bands, the >= 0.9 band (kept, share correct, the worst set)
and the 0.8-0.9 band. Then the rules whose record falls furthest below their development share (at least
``--min-record`` candidates in the record), with the confidence calibration.yaml gives them: where new text
goes wrong.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

import yaml
from gold_sets import ROOT

from rightsgraph.extract.evaluate import reliability
from rightsgraph.extract.heldout import FirstScoring, band_map, on_new_text, read_record
from rightsgraph.extract.rules import Candidate


def figures(name: str, scored: list[tuple[int, float, bool]]) -> None:
    items = [(Candidate("", "", 0, 0, "", confidence), ok) for _, confidence, ok in scored]
    bands = {row["low"]: row for row in reliability(items)}
    ece = sum(row["candidates"] * abs(row["share"] - row["mean_confidence"])
              for row in bands.values() if row["candidates"]) / len(items)
    per_set = defaultdict(list)
    for k, confidence, ok in scored:
        if round(confidence, 2) >= 0.9:
            per_set[k].append(ok)
    worst = min(per_set, key=lambda k: sum(per_set[k]) / len(per_set[k]))
    top, mid = bands[0.9], bands[0.8]
    print(f"{name:<40} {ece:>7.4f} {top['candidates']:>6} {top['share']:>8.3f} "
          f"{f'{sum(per_set[worst])}/{len(per_set[worst])} (set {worst})':>17} "
          f"{mid['candidates']:>6} {mid['share']:>8.2f} {mid['mean_confidence']:>6.2f}")


def calibrated(record: list[FirstScoring], k: int, others: list[FirstScoring], weight: float) -> list:
    worth = band_map(others)
    held: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in others:
        held[r.rule][0] += 1
        held[r.rule][1] += r.correct
    return [(k, on_new_text(r.confidence, *held[r.rule], worth, weight), r.correct) for r in record if r.set == k]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weights", type=float, nargs="+", default=[3, 7, 15])
    parser.add_argument("--min-record", type=int, default=8)
    args = parser.parse_args()
    record = read_record(ROOT / "tests" / "gold" / "unseen" / "first-scorings.csv")
    sets = sorted({r.set for r in record})
    print(f"{len(record)} candidates of {len(sets)} held-out sets ({sets[0]}-{sets[-1]}), each as first scored")
    print(f"{'':<40} {'ECE':>7} {'>= 0.9':>6} {'correct':>8} {'worst set':>17} {'0.8-0.9':>6} {'correct':>8} "
          f"{'mean':>6}")
    for order in ("leave one set out", "earlier sets only"):
        later = sets[1:] if order == "earlier sets only" else sets
        figures(f"baseline, as scored ({len(later)} sets)", [(r.set, r.confidence, r.correct) for r in record
                                                             if r.set in later])
        for weight in args.weights:
            scored = []
            for k in later:
                others = [r for r in record if (r.set < k if order == "earlier sets only" else r.set != k)]
                scored += calibrated(record, k, others, weight)
            figures(f"held-out record, {order}, {weight:g}", scored)
    rules = yaml.safe_load((ROOT / "graph" / "extract" / "calibration.yaml").read_text(encoding="utf-8"))["rules"]
    below = sorted(((e["held_out_correct"] / e["held_out_candidates"] - e["development"], rule, e)
                    for rule, e in rules.items() if e.get("held_out_candidates", 0) >= args.min_record))
    print(f"\nrules furthest below their development share on new text (>= {args.min_record} in the record)")
    print(f"{'rule':<32} {'development':>11} {'held out':>12} {'confidence':>10}")
    for _, rule, e in below[:12]:
        record = f"{e['held_out_correct']}/{e['held_out_candidates']}"
        print(f"{rule:<32} {e['development']:>11.2f} {record:>12} {e['confidence']:>10.2f}")


if __name__ == "__main__":
    main()
