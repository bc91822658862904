"""Write the held-out record: each held-out set scored again by the commit that first scored it.

    .venv/bin/python bench/first_scorings.py --articles DIR [--set 30=HEAD ...]

Every held-out set of tests/gold/unseen was scored once by the code of its day, before any rule was tuned on
it. This script checks each such commit out of git (into a temporary directory), runs its extractor on its set's
articles, judges every candidate against today's gold and writes the rows, each with its rule's share on that
day's development gold (what the calibration reads through the record), to
tests/gold/unseen/first-scorings.csv (rightsgraph.extract.heldout). The commits are the record's own; ``--set
K=REV`` adds set K (or replaces its commit), e.g. ``--set 30=HEAD`` once set 30 is scored for the first time.
It prints each set's figures as first scored (compare them with tests/gold/unseen/README.md).
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
RECORD = ROOT / "tests" / "gold" / "unseen" / "first-scorings.csv"


def run(jobs: Path, out: Path) -> None:
    """In the checked-out commit's interpreter: extract each job's article, each candidate with its rule's share
    on that commit's development gold (``development`` in its calibration.yaml, or ``confidence`` before the
    record existed; the rule's own confidence where it was not calibrated). Only the API every scored commit has
    (extract, read_article, from_store over the bundled data)."""
    import yaml

    from rightsgraph.build import memory
    from rightsgraph.extract.article import read_article
    from rightsgraph.extract.gazetteer import from_store
    from rightsgraph.extract.rules import extract
    from rightsgraph.namespaces import base_iri

    gazetteer = from_store(memory(), base_iri())
    rules = yaml.safe_load(Path("graph/extract/calibration.yaml").read_text(encoding="utf-8"))["rules"]
    development = {rule: entry.get("development", entry["confidence"]) for rule, entry in rules.items()}
    found = []
    for job in json.loads(jobs.read_text(encoding="utf-8")):
        article = read_article(Path(job["article"]), job["language"], job["date"])
        found += [{"article": job["stem"], "kind": c.kind, "key": c.key, "rule": c.rule,
                   "confidence": development.get(c.rule, c.confidence)}
                  for c in extract(article, gazetteer, job["stem"], calibrated=False)]
    out.write_text(json.dumps(found), encoding="utf-8")


def first_scoring(key: int | str, commit: str, tree: Path, golds: dict, tmp: Path) -> list:
    """A held-out set's first scoring: the commit's extractor, unpacked at ``tree``, run (``--run``) on the articles
    of ``golds`` (stem → Gold), each candidate of a kind the gold scores judged against today's gold."""
    from rightsgraph.extract.heldout import FirstScoring

    jobs, out = tmp / f"jobs-{key}.json", tmp / f"found-{key}.json"
    jobs.write_text(json.dumps([{"article": str(g.article), "language": g.language, "date": g.date, "stem": stem}
                                for stem, g in golds.items()]), encoding="utf-8")
    subprocess.run([sys.executable, __file__, "--run", str(jobs), str(out)], check=True, cwd=tree,
                   env=dict(os.environ, PYTHONPATH=str(tree / "pkg")))
    found = [c for c in json.loads(out.read_text(encoding="utf-8")) if c["kind"] in golds[c["article"]].facts]
    return [FirstScoring(key, commit, c["article"], c["kind"], c["key"], c["rule"], round(c["confidence"], 2),
                         golds[c["article"]].has(c["kind"], c["key"])) for c in found]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, action="append", default=[ROOT.parent / "shared" / "articles"])
    parser.add_argument("--set", dest="sets", action="append", default=[], metavar="K=REV")
    parser.add_argument("--run", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run(*args.run)
        return
    from commit_tree import unpack
    from gold_sets import gold_sets

    from rightsgraph.extract.heldout import read_record, write_record

    commits = {r.set: r.commit for r in read_record(RECORD)} if RECORD.exists() else {}
    for item in args.sets:
        k, rev = item.split("=", 1)
        commits[int(k)] = subprocess.check_output(["git", "-C", str(ROOT), "rev-parse", "--short", rev],
                                                  text=True).strip()
    sets = gold_sets(args.articles)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, commit in sorted(commits.items()):
            tree = Path(tmp) / commit
            if not tree.exists():
                unpack(commit, tree)
            scored = first_scoring(k, commit, tree, {g.path.stem: g for g in sets[k]}, Path(tmp))
            rows += scored
            top = [r.correct for r in scored if r.confidence >= 0.9]
            print(f"set {k:>2} ({commit}): {len(scored)} candidates, {sum(top)} of {len(top)} correct at >= 0.9",
                  flush=True)
    write_record(RECORD, rows)
    print(f"{len(rows)} candidates of {len(commits)} sets: {RECORD.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
