"""The reviewers' own sentences, judged: the wrong candidates per confidence band, code version beside code version.

    .venv/bin/python bench/review_sentences.py [--commit 3d7de3b ...]

tests/gold/reviews/ keeps three reviews' 250 made-up sentences each and their blind judgment of every candidate at
>= 0.8 that the code before the reviews (3d7de3b) or the code under review proposed: the eleventh review (abe8154),
the twelfth (d4ee4b5) and the thirteenth (f7d362b, the session's final rules) (rightsgraph.extract.sentences). This
prints, per review, for each commit given (checked out of git into a temporary directory, run on its own bundled
data: bench/commit_tree.py) and for the working tree: the candidates at >= 0.9 and at 0.8-0.9, how many the review
judged wrong, and how many nobody judged (a candidate neither version proposed: judge it before trusting the count).
The baseline is the code before the reviews, in the same run.
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
REVIEW = ROOT / "tests" / "gold" / "reviews"


def run(sentences: Path, out: Path, date: str, title: str) -> None:
    """In a checked-out commit's interpreter: each sentence's candidates as the review read them (an article file
    under the title line, of the date, rightsgraph.extract.sentences gives), with only the API every commit has."""
    from rightsgraph.build import memory
    from rightsgraph.extract.article import read_article
    from rightsgraph.extract.gazetteer import from_store
    from rightsgraph.extract.rules import extract
    from rightsgraph.namespaces import base_iri

    gazetteer = from_store(memory(), base_iri())
    lines = [x for x in sentences.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")]
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, line in enumerate(lines, 1):
            language, _, text = line.partition("|")
            path = Path(tmp) / "sentence.txt"
            path.write_text(f"{title}\n\n" + text.replace("\\n", "\n") + "\n", encoding="utf-8")
            for c in extract(read_article(path, language, date), gazetteer, "made-up"):
                rid = (c.record or {}).get("id", "") if c.kind in ("term", "resolution", "holding") else ""
                found.append([n, c.kind, c.key, rid, c.confidence])
    out.write_text(json.dumps(found), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commit", action="append", default=[], help="a version to score beside the working tree")
    parser.add_argument("--run", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run(Path(args.run[0]), Path(args.run[1]), *args.run[2:])
        return
    from commit_tree import unpack

    from rightsgraph.extract.sentences import SENTENCE_DATE, SENTENCE_TITLE, read_judgments, read_sentences

    versions = [(rev, subprocess.check_output(["git", "-C", str(ROOT), "rev-parse", "--short", rev], text=True).strip())
                for rev in args.commit] + [("working tree", None)]
    with tempfile.TemporaryDirectory() as tmp:
        paths = {commit: unpack(commit, Path(tmp) / commit) for _, commit in versions if commit}
        for review in ("eleventh", "twelfth", "thirteenth"):
            sentences = REVIEW / f"{review}-sentences.txt"
            judged = read_judgments(REVIEW / f"{review}-judged.txt", len(read_sentences(sentences)))
            print(f"the {review} review: {len(read_sentences(sentences))} sentences, {len(judged)} judged candidates "
                  f"({sum(not v for v in judged.values())} wrong)")
            for name, commit in versions:
                tree, out = (Path(tmp) / commit if commit else ROOT), Path(tmp) / f"found-{commit or 'tree'}.json"
                env = dict(os.environ, PYTHONPATH=str(paths[commit])) if commit else dict(os.environ)
                subprocess.run([sys.executable, __file__, "--run", str(sentences), str(out), SENTENCE_DATE,
                                SENTENCE_TITLE], check=True, cwd=tree, env=env)
                rows = json.loads(out.read_text(encoding="utf-8"))
                for label, low, high in ((">= 0.9", 0.9, 2.0), ("0.8-0.9", 0.8, 0.9)):
                    band = [tuple(r[:4]) for r in rows if low <= r[4] < high]
                    wrong = sum(judged.get(k) is False for k in band)
                    unjudged = sum(k not in judged for k in band)
                    shown = name + (f" ({commit})" if commit and commit != name else "")
                    print(f"  {shown:<24} {label:>8}: {len(band):>4} candidates, {wrong:>3} wrong, "
                          f"{unjudged:>3} not judged", flush=True)


if __name__ == "__main__":
    main()
