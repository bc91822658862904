"""What a confidence was worth on text the rules had not been tuned on: the written sets' first scorings, pooled.

    .venv/bin/python bench/written_reliability.py

tests/gold/written/rounds.csv names, for each written set held out, the commit whose rules scored it once when it was
new. This runs each such commit (checked out of git into a temporary directory, on its own bundled data:
bench/commit_tree.py) on its held-out sets, pools their candidates and prints the reliability table: per confidence
band the candidates, how many the gold has, that share beside the band's mean confidence, and the calibration error
(the candidates' weighted gap between share and confidence). Beside it, the working tree on the same sets, most of them
development sets since: the gap between the two is what tuning on a set flatters.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections import defaultdict
from pathlib import Path

from commit_tree import unpack
from written_sets import ROOT, WRITTEN, score

ROUNDS = WRITTEN / "rounds.csv"


def pooled(runs: list[dict]) -> list[dict]:
    """The reliability bands of several `eval-extract --reliability` runs, summed."""
    bands: dict[float, dict] = defaultdict(lambda: {"candidates": 0, "correct": 0, "confidence": 0.0})
    for run in runs:
        for b in run.get("reliability", []):
            band = bands[b["low"]]
            band["band"] = b["band"]
            band["candidates"] += b["candidates"]
            band["correct"] += b["correct"]
            band["confidence"] += b["mean_confidence"] * b["candidates"] if b["candidates"] else 0.0
    return [{"low": low, **band} for low, band in sorted(bands.items())]


def table(bands: list[dict]) -> tuple[list[str], float]:
    rows, gap, total = [], 0.0, sum(b["candidates"] for b in bands)
    for b in bands:
        n = b["candidates"]
        share, mean = (b["correct"] / n, b["confidence"] / n) if n else (None, None)
        gap += abs(share - mean) * n if n else 0.0
        rows.append(f"| {b['band']} | {n} | {b['correct']} | " + (f"{share:.2f} | {mean:.2f} |" if n else "– | – |"))
    return rows, gap / total if total else 0.0


def main() -> None:
    with ROUNDS.open(encoding="utf-8") as f:
        rounds = list(csv.DictReader(f))
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "no-store"  # eval-extract then builds the version's bundled data in memory
        trees = {c: unpack(c, Path(tmp) / c) for c in sorted({r["commit"] for r in rounds})}
        first, today = [], []
        for r in rounds:
            gold = sorted((WRITTEN / r["set"]).glob("*.yaml"))
            env = dict(os.environ, PYTHONPATH=str(trees[r["commit"]]))
            first.append(score(gold, Path(tmp) / r["commit"], env, store))
            today.append(score(gold, ROOT, dict(os.environ), store))
    sets = ", ".join(f"{r['set'][4:].upper()} ({r['commit']})" for r in rounds)
    for title, runs in ((f"first scorings, each set with the code of its round: {sets}", first),
                        ("the working tree on the same sets", today)):
        rows, error = table(pooled(runs))
        print(f"\n{title}\n\n| confidence | candidates | in the gold | share | mean confidence |")
        print("|---|---|---|---|---|")
        print("\n".join(rows))
        print(f"\ncalibration error (candidates' weighted |share - confidence|): {error:.3f}")


if __name__ == "__main__":
    main()
