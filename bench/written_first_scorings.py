"""The written sets' held-out record, and the confidence it gives the rules the calibration does not know.

    .venv/bin/python bench/written_first_scorings.py

tests/gold/written/rounds.csv names, for each written set held out, the commit whose rules scored it once when it was
new. This checks each such commit out of git (bench/commit_tree.py), runs its extractor on its sets' articles and
judges every candidate against today's gold (bench/first_scorings.py's ``first_scoring``, as for the unseen sets'
record), and writes tests/gold/written/first-scorings.csv (rightsgraph.extract.heldout, the set named by its folder).

Then, for each rule of today's code that graph/extract/calibration.yaml does not know (it was written before the
held-out real texts were lost, and cannot be computed again), it writes graph/extract/calibration-written.yaml: the
rule's first scorings (candidates, correct) and its confidence, those shrunk towards the rule's own confidence by
seven pseudo-candidates (as the calibration shrinks: rightsgraph.extract.evaluate.PRIOR_WEIGHT). A rule with no first
scoring keeps its own confidence.

    .venv/bin/python bench/written_first_scorings.py --keep

keeps the candidates of the sets the record already holds (they are what each commit proposed, and do not change) and
judges them again against today's gold, as the evaluation compares facts (rightsgraph.extract.evaluate.Gold.has); only
the sets the record lacks are scored by their commits. It takes a minute where checking out every commit takes most of
an hour.
"""

from __future__ import annotations

import argparse
import csv
import tempfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import yaml
from commit_tree import unpack
from first_scorings import first_scoring
from written_sets import ROOT, WRITTEN

RECORD = WRITTEN / "first-scorings.csv"
OUT = ROOT / "graph" / "extract" / "calibration-written.yaml"
HEADER = """\
# The confidence of each rule graph/extract/calibration.yaml does not know (a rule added since it was computed), from
# the written sets' first scorings (tests/gold/written/first-scorings.csv: each held-out set scored by the commit of
# its round): (correct + 7 x the rule's own confidence) / (candidates + 7).
# Written by bench/written_first_scorings.py; do not edit by hand.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true",
                        help="keep the record's candidates, judged again; score only the sets it lacks")
    args = parser.parse_args()
    from rightsgraph.build import memory
    from rightsgraph.extract.article import read_article
    from rightsgraph.extract.evaluate import PRIOR_WEIGHT, read_gold
    from rightsgraph.extract.gazetteer import from_store
    from rightsgraph.extract.heldout import counts, read_record, write_record
    from rightsgraph.extract.lexicon import MAIN_CALIBRATION
    from rightsgraph.extract.rules import extract
    from rightsgraph.namespaces import base_iri

    with (WRITTEN / "rounds.csv").open(encoding="utf-8") as f:
        rounds = list(csv.DictReader(f))
    rows = []
    kept = defaultdict(list)
    if args.keep and RECORD.exists():
        for row in read_record(RECORD):
            kept[row.set, row.commit].append(row)
    with tempfile.TemporaryDirectory() as tmp:
        for r in rounds:
            golds = {p.stem: read_gold(p) for p in sorted((WRITTEN / r["set"]).glob("*.yaml"))}
            if (r["set"], r["commit"]) in kept:
                rows += [replace(row, correct=golds[row.article].has(row.kind, row.key))
                         for row in kept[r["set"], r["commit"]]]
                continue
            tree = Path(tmp) / r["commit"]
            if not tree.exists():
                unpack(r["commit"], tree)
            scored = first_scoring(r["set"], r["commit"], tree, golds, Path(tmp))
            rows += scored
            print(f"{r['set']} ({r['commit']}): {len(scored)} candidates", flush=True)
    write_record(RECORD, rows)
    # the rules of today's code and their own confidences, as they propose candidates on the written sets
    gazetteer = from_store(memory(), base_iri())
    own: dict[str, list[float]] = defaultdict(list)
    for folder in sorted(p for p in WRITTEN.iterdir() if p.is_dir()):
        for path in sorted(folder.glob("*.yaml")):
            gold = read_gold(path)
            for cand in extract(read_article(gold.article, gold.language, gold.date), gazetteer, path.stem, False):
                own[cand.rule].append(cand.confidence)
    held = counts(rows)
    entries = {}
    for rule in sorted(set(own) - set(MAIN_CALIBRATION)):
        prior = sum(own[rule]) / len(own[rule])
        n, k = held.get(rule, (0, 0))
        entries[rule] = {"confidence": round((k + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT), 2),
                         "own": round(prior, 2), "held_out_candidates": n, "held_out_correct": k}
    OUT.write_text(HEADER + yaml.safe_dump({"rules": entries}, sort_keys=True, allow_unicode=True), encoding="utf-8")
    print(f"{len(rows)} candidates of {len(rounds)} sets: {RECORD.relative_to(ROOT)}; "
          f"{len(entries)} rules: {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
