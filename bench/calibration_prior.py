"""How much a rule's own confidence should weigh when it is calibrated: leave-one-set-out, on the gold files.

    .venv/bin/python bench/calibration_prior.py --articles DIR [--weights 2 3 5 7 10 15]

Each held-out set of unseen articles (twelve articles, numbered 21-32, 33-44, ... in tests/gold/unseen) is in turn
scored with a calibration computed on all the other gold files (the 20 of ../shared/articles included), as a
new article would be. Prints, per prior weight (pseudo-candidates at the rule's own confidence, see
rightsgraph.extract.evaluate.PRIOR_WEIGHT): the expected calibration error over the confidence bands, the
candidates kept at >= 0.9 and the share of them correct, and the share correct in the 0.8-0.9 band. The first
weight given is the baseline (2, the weight used before this measurement); the confidences are rounded to two
decimals, as calibration.yaml stores them.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from gold_sets import ROOT, gold_sets

from rightsgraph.build import memory
from rightsgraph.extract.evaluate import calibrate, judged, reliability
from rightsgraph.extract.gazetteer import from_store
from rightsgraph.namespaces import base_iri


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, action="append", default=[ROOT.parent / "shared" / "articles"])
    parser.add_argument("--weights", type=float, nargs="+", default=[2, 3, 5, 7, 10, 15])
    args = parser.parse_args()
    gazetteer = from_store(memory(), base_iri())
    # 0: the 20 development articles; k: unseen set k
    sets = {k: judged(golds, gazetteer, calibrated=False) for k, golds in gold_sets(args.articles).items()}
    held = sorted(k for k in sets if k)
    print(f"{len(held)} held-out sets, {sum(len(v) for v in sets.values())} candidates judged")
    print(f"{'prior weight':>12} {'ECE':>7} {'kept >= 0.9':>12} {'correct':>8} {'0.8-0.9 correct':>16}")
    for weight in args.weights:
        pooled = []  # every held-out candidate, with the confidence a calibration without its set gives it
        for k in held:
            table = calibrate([x for j, items in sets.items() if j != k for x in items], weight)
            pooled += [(replace(cand, confidence=table[cand.rule]["confidence"]) if cand.rule in table else cand, ok)
                       for cand, ok in sets[k]]
        bands = {row["low"]: row for row in reliability(pooled)}
        ece = sum(row["candidates"] * abs(row["share"] - row["mean_confidence"])
                  for row in bands.values() if row["candidates"]) / len(pooled)
        top, mid = bands[0.9], bands[0.8]
        print(f"{weight:>12g} {ece:>7.4f} {top['candidates']:>12} {top['share']:>8.3f} {mid['share'] or 0:>16.2f}")

if __name__ == "__main__":
    main()
