"""Confidence on new text: the held-out record's candidates, as first scored and as its calibration would score them.

    .venv/bin/python bench/heldout_calibration.py [--weights 3 7 15]

Reads tests/gold/unseen/first-scorings.csv (bench/first_scorings.py; no article text is needed). The baseline is
each candidate's development share of its day: the confidence it was scored with (but set 30's, scored with the
record; sets 14-19's shares were shrunk by two pseudo-candidates, the later ones by seven). The project's figure:
each set's candidates with the confidence a calibration on the record of the *earlier* sets gives them
(rightsgraph.extract.heldout.on_new_text), which reads nothing of the set's own labels; the first set has no
earlier one and is left out. Leaving only the set itself out is printed too, but it leaks: a later set's
development share was computed on gold that holds the set, by rules fixed after its errors.

Per weight: the expected calibration error over the bands, the Brier score, the >= 0.9 band (kept, share correct,
the worst set) and the 0.8-0.9 band. Then, for the weight in use, the >= 0.9 band by fact type; the baseline's
best candidates, as many as the record keeps at >= 0.9 (so that a better ranking, not a higher bar, shows); and
the rules whose record falls furthest below their development share (at least ``--min-record`` candidates in the
record), with the confidence calibration.yaml gives them: where new text goes wrong.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

import yaml
from gold_sets import ROOT

from rightsgraph.extract.evaluate import reliability
from rightsgraph.extract.heldout import HELD_OUT_WEIGHT, FirstScoring, band_map, counts, on_new_text, read_record
from rightsgraph.extract.rules import Candidate

#: (the candidate, the confidence given it)
Scored = list[tuple[FirstScoring, float]]


def figures(name: str, scored: Scored) -> None:
    items = [(Candidate(r.kind, r.key, 0, 0, r.rule, confidence), r.correct) for r, confidence in scored]
    bands = {row["low"]: row for row in reliability(items)}
    ece = sum(row["candidates"] * abs(row["share"] - row["mean_confidence"])
              for row in bands.values() if row["candidates"]) / len(items)
    brier = sum((c - r.correct) ** 2 for r, c in scored) / len(scored)
    per_set = defaultdict(list)
    for r, confidence in scored:
        if round(confidence, 2) >= 0.9:
            per_set[r.set].append(r.correct)
    worst = min(per_set, key=lambda k: sum(per_set[k]) / len(per_set[k]))
    top, mid = bands[0.9], bands[0.8]
    print(f"{name:<40} {ece:>7.4f} {brier:>7.4f} {top['candidates']:>6} {top['share']:>8.3f} "
          f"{f'{sum(per_set[worst])}/{len(per_set[worst])} (set {worst})':>17} "
          f"{mid['candidates']:>6} {mid['share']:>8.2f} {mid['mean_confidence']:>6.2f}")


def calibrated(record: list[FirstScoring], k: int, others: list[FirstScoring], weight: float) -> Scored:
    """Set ``k``'s candidates with the confidence the record ``others`` gives them."""
    worth, held = band_map(others), counts(others)
    return [(r, on_new_text(r.confidence, *held.get(r.rule, (0, 0)), worth, weight)) for r in record if r.set == k]


def by_order(record: list[FirstScoring], sets: list[int], earlier: bool, weight: float) -> Scored:
    scored = []
    for k in sets:
        scored += calibrated(record, k, [r for r in record if (r.set < k if earlier else r.set != k)], weight)
    return scored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weights", type=float, nargs="+", default=[3, 7, 15])
    parser.add_argument("--min-record", type=int, default=8)
    args = parser.parse_args()
    record = read_record(ROOT / "tests" / "gold" / "unseen" / "first-scorings.csv")
    sets = sorted({r.set for r in record})
    print(f"{len(record)} candidates of {len(sets)} held-out sets ({sets[0]}-{sets[-1]}), each as first scored")
    header = (f"{'':<40} {'ECE':>7} {'Brier':>7} {'>= 0.9':>6} {'correct':>8} {'worst set':>17} {'0.8-0.9':>6} "
              f"{'correct':>8} {'mean':>6}")
    for earlier in (True, False):
        later = sets[1:] if earlier else sets
        print(f"\nsets {later[0]}-{later[-1]}, each calibrated on the record of "
              + ("the earlier sets" if earlier else "all the other sets (leaks, see above)"))
        print(header)
        figures("baseline: the day's development share", [(r, r.confidence) for r in record if r.set in later])
        for weight in args.weights:
            figures(f"held-out record, weight {weight:g}", by_order(record, later, earlier, weight))

    later = sets[1:]
    baseline = [(r, r.confidence) for r in record if r.set in later]
    scored = by_order(record, later, True, HELD_OUT_WEIGHT)
    print(f"\nat >= 0.9 by fact type, sets {later[0]}-{later[-1]}, earlier sets' record, weight {HELD_OUT_WEIGHT:g}: "
          "correct/kept, baseline -> record")
    for kind in sorted({r.kind for r, _ in scored}):
        cells = []
        for rows in (baseline, scored):
            top = [r.correct for r, c in rows if r.kind == kind and round(c, 2) >= 0.9]
            cells.append(f"{sum(top)}/{len(top)}")
        print(f"  {kind:<14} {cells[0]:>10} -> {cells[1]:<10}")
    kept = sum(round(c, 2) >= 0.9 for _, c in scored)
    best = sorted(baseline, key=lambda x: -x[1])[:kept]
    print(f"the baseline's best {kept} (as many as the record keeps at >= 0.9): "
          f"{sum(r.correct for r, _ in best)} correct, {kept - sum(r.correct for r, _ in best)} wrong "
          f"(the record's: {sum(r.correct for r, c in scored if round(c, 2) >= 0.9)} correct)")

    rules = yaml.safe_load((ROOT / "graph" / "extract" / "calibration.yaml").read_text(encoding="utf-8"))["rules"]
    below = sorted(((e["held_out_correct"] / e["held_out_candidates"] - e["development"], rule, e)
                    for rule, e in rules.items() if e.get("held_out_candidates", 0) >= args.min_record))
    print(f"\nrules furthest below their development share on new text (>= {args.min_record} in the record)")
    print(f"{'rule':<32} {'development':>11} {'held out':>12} {'confidence':>10}")
    for _, rule, e in below[:12]:
        record_of = f"{e['held_out_correct']}/{e['held_out_candidates']}"
        print(f"{rule:<32} {e['development']:>11.2f} {record_of:>12} {e['confidence']:>10.2f}")


if __name__ == "__main__":
    main()
