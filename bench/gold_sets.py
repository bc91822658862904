"""The gold files by set, for the benchmarks that score each held-out set in turn."""

from __future__ import annotations

import collections
from pathlib import Path

from rightsgraph.extract.evaluate import Gold, read_gold

ROOT = Path(__file__).resolve().parents[1]


def gold_sets(articles: list[Path]) -> dict[int, list[Gold]]:
    """Set 0: the 20 articles of ../shared (tests/gold/articles); set k: the k-th twelve unseen articles (numbered
    21-32, 33-44, ... in tests/gold/unseen). ``articles``: the directories the texts are in."""
    sets: dict[int, list[Gold]] = collections.defaultdict(list)
    for path in sorted((ROOT / "tests" / "gold" / "articles").glob("[0-9]*.yaml")):
        sets[0].append(read_gold(path, articles))
    for path in sorted((ROOT / "tests" / "gold" / "unseen").glob("*.yaml")):
        sets[(int(path.name.split("_")[0]) - 21) // 12 + 1].append(read_gold(path, articles))
    return sets
