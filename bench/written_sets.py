"""The written sets, scored: precision, recall and F1 per fact type, code version beside code version.

    .venv/bin/python bench/written_sets.py [--commit c488e12 ...]

tests/gold/written/ keeps sets of short articles that independent writers wrote and labelled blind, in the gold
format (rightsgraph.extract.evaluate): set A is development, set B is held out and scored once at the end of the
round that tuned on set A. This prints, per set, each commit given (checked out of git into a temporary directory
and run on its own bundled data: bench/commit_tree.py) beside the working tree, as scored by that version's own
`rightsgraph eval-extract`: per fact type the gold facts, then precision / recall per version, and for all types
the F1 and the candidates at >= 0.9 with how many of them the gold has. The baseline is the code before the
written sets, in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WRITTEN = ROOT / "tests" / "gold" / "written"
_CLI = "from rightsgraph.cli import main; main()"


def score(gold: list[Path], tree: Path, env: dict[str, str], store: Path) -> dict:
    """One version's `eval-extract --format json --reliability` of ``gold`` (its bundled data, no store)."""
    out = subprocess.run([sys.executable, "-c", _CLI, "eval-extract", "--store", str(store), "--format", "json",
                          "--reliability", *map(str, gold)], check=True, cwd=tree, env=env, capture_output=True,
                         text=True).stdout
    return json.loads(out)


def _cell(x: float | None) -> str:
    return "  –  " if x is None else f"{x:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commit", action="append", default=[], help="a version to score beside the working tree")
    args = parser.parse_args()
    from commit_tree import unpack

    from rightsgraph.extract.evaluate import TARGETS, TYPES

    versions = [(rev, subprocess.check_output(["git", "-C", str(ROOT), "rev-parse", "--short", rev], text=True).strip())
                for rev in args.commit] + [("working tree", None)]
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "no-store"  # eval-extract then builds the version's bundled data in memory
        paths = {commit: unpack(commit, Path(tmp) / commit) for _, commit in versions if commit}
        for folder in sorted(p for p in WRITTEN.iterdir() if p.is_dir()):
            gold = sorted(folder.glob("*.yaml"))
            scored = []
            for _, commit in versions:
                env = dict(os.environ, PYTHONPATH=str(paths[commit])) if commit else dict(os.environ)
                scored.append(score(gold, Path(tmp) / commit if commit else ROOT, env, store))
            names = [name + (f" ({commit})" if commit and commit != name else "") for name, commit in versions]
            print(f"\n{folder.name}: {len(gold)} articles; precision / recall per version: {' | '.join(names)}")
            for kind in (*TARGETS, *(k for k in TYPES if k not in TARGETS)):  # the targeted types first
                rows = [s.get(kind) for s in scored]
                if not any(rows):
                    continue
                facts = next(r["gold"] for r in rows if r)
                cells = [f"{_cell(r and r['precision'])} / {_cell(r and r['recall'])}" for r in rows]
                print(f"  {kind + (' *' if kind in TARGETS else ''):<14} {facts:>4} gold   " + "   |   ".join(cells))
            totals = []
            for s in scored:
                tp = sum(v["correct"] for k, v in s.items() if k != "reliability")
                found = sum(v["found"] for k, v in s.items() if k != "reliability")
                facts = sum(v["gold"] for k, v in s.items() if k != "reliability")
                p, r = tp / found if found else 0.0, tp / facts if facts else 0.0
                top = [b for b in s.get("reliability", []) if b["low"] >= 0.9]
                totals.append(f"P {p:.2f} R {r:.2f} F1 {2 * p * r / (p + r) if p + r else 0.0:.2f}, at >= 0.9 "
                              f"{sum(b['correct'] for b in top)} of {sum(b['candidates'] for b in top)} in the gold")
            for name, total in zip(names, totals, strict=True):
                print(f"  all types, {name}: {total}")


if __name__ == "__main__":
    main()
