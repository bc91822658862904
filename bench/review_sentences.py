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
    """In a checked-out commit's interpreter: each sentence (read by the working tree's read_sentences, passed as
    JSON) as the review read it, an article file under the title line, of the date, with only the API every commit
    has; each candidate with its record's id."""
    from rightsgraph.build import memory
    from rightsgraph.extract.article import read_article
    from rightsgraph.extract.gazetteer import from_store
    from rightsgraph.extract.rules import extract
    from rightsgraph.namespaces import base_iri

    gazetteer = from_store(memory(), base_iri())
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sentence.txt"
        for n, (language, text) in enumerate(json.loads(sentences.read_text(encoding="utf-8")), 1):
            path.write_text(f"{title}\n\n{text}\n", encoding="utf-8")
            found += [[n, c.kind, c.key, (c.record or {}).get("id", ""), c.confidence]
                      for c in extract(read_article(path, language, date), gazetteer, "made-up")]
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

    from rightsgraph.extract.sentences import SENTENCE_DATE, SENTENCE_TITLE, judged_key, read_judgments, read_sentences

    versions = [(rev, subprocess.check_output(["git", "-C", str(ROOT), "rev-parse", "--short", rev], text=True).strip())
                for rev in args.commit] + [("working tree", None)]
    with tempfile.TemporaryDirectory() as tmp:
        paths = {commit: unpack(commit, Path(tmp) / commit) for _, commit in versions if commit}
        for review in ("eleventh", "twelfth", "thirteenth"):
            read = read_sentences(REVIEW / f"{review}-sentences.txt")
            judged = read_judgments(REVIEW / f"{review}-judged.txt", len(read))
            sentences = Path(tmp) / f"{review}.json"
            sentences.write_text(json.dumps(read), encoding="utf-8")
            print(f"the {review} review: {len(read)} sentences, {len(judged)} judged candidates "
                  f"({sum(not v for v in judged.values())} wrong)")
            for name, commit in versions:
                tree, out = (Path(tmp) / commit if commit else ROOT), Path(tmp) / f"found-{commit or 'tree'}.json"
                env = dict(os.environ, PYTHONPATH=str(paths[commit])) if commit else dict(os.environ)
                subprocess.run([sys.executable, __file__, "--run", str(sentences), str(out), SENTENCE_DATE,
                                SENTENCE_TITLE], check=True, cwd=tree, env=env)
                rows = json.loads(out.read_text(encoding="utf-8"))
                for label, low, high in ((">= 0.9", 0.9, 2.0), ("0.8-0.9", 0.8, 0.9)):
                    band = [judged_key(*r[:4]) for r in rows if low <= r[4] < high]
                    wrong = sum(judged.get(k) is False for k in band)
                    unjudged = sum(k not in judged for k in band)
                    shown = name + (f" ({commit})" if commit and commit != name else "")
                    print(f"  {shown:<24} {label:>8}: {len(band):>4} candidates, {wrong:>3} wrong, "
                          f"{unjudged:>3} not judged", flush=True)


if __name__ == "__main__":
    main()
