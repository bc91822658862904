"""What the review loop buys on new articles: each held-out set scored with the bundled gazetteer, and with the
persons that the gold files before it name added, as if editors had accepted them.

    .venv/bin/python bench/grown_gazetteer.py --articles DIR [--first 14]

The gazetteer is the store's: reference data and every fact editors accepted. A person accepted from one article
is known in the next, and a known name is read where a new one needs a title or an honorific before it. This
measures that, set by set (twelve articles, numbered 21-32, 33-44, ... in tests/gold/unseen): the baseline is the
bundled gazetteer; the grown one adds each person the 20 articles of ../shared and every earlier set name, under
the name its id spells (``person/volker-turk``: "volker turk", which finds "Volker Türk", for names are matched
folded). Only persons: a body's id is a labeller's slug ('org/moj-tls'), not its name. The rules are the same in
both runs and were tuned on every set, so the recall is in-sample; the difference between the runs is the
gazetteer's alone. Prints person and holding recall and precision, and all targeted types' F1, per set.
"""

from __future__ import annotations

import argparse
from copy import deepcopy
from pathlib import Path

from gold_sets import ROOT, gold_sets

from rightsgraph.build import memory
from rightsgraph.extract.evaluate import TARGETS, Score, evaluate
from rightsgraph.extract.gazetteer import Entity, Gazetteer, from_store
from rightsgraph.namespaces import base_iri


def grown(base: Gazetteer, persons: set[str]) -> Gazetteer:
    """A copy of ``base`` that also knows ``persons`` (ids), each under the words of its slug."""
    copy = deepcopy(base)
    for rid in sorted(persons - set(base.entities)):
        name = rid.split("/", 1)[1].replace("-", " ")
        copy.add(Entity(rid, "Person", "person", name.title()), name)
    return copy


def persons_of(gold) -> set[str]:
    named = set(gold.facts.get("person", ()))
    named |= {fact.split()[0] for fact in gold.facts.get("holding", ())}
    return {p for p in named if p.startswith("person/")}


def add(total: Score, s: Score) -> None:
    total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn


def score(golds, gazetteer) -> tuple[dict[str, Score], float]:
    """The scores per type, and the targeted types' F1 together."""
    scores, targeted = evaluate(golds, gazetteer), Score()
    for kind in TARGETS:
        add(targeted, scores.get(kind, Score()))
    return scores, targeted.f1 or 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, action="append", default=[ROOT.parent / "shared" / "articles"])
    parser.add_argument("--first", type=int, default=14, help="the first held-out set to score")
    args = parser.parse_args()
    base = from_store(memory(), base_iri())
    sets = gold_sets(args.articles)
    print(f"{'set':>4} {'added':>6}   {'person R':>15} {'person P':>15} {'holding R':>15} {'holding P':>15}"
          f" {'targets F1':>15}")
    pooled = {(kind, run): Score() for kind in ("person", "holding") for run in ("base", "grown")}
    for k in sorted(s for s in sets if s >= args.first):
        before = set().union(*(persons_of(g) for j in sets if j < k for g in sets[j]))
        more = grown(base, before)
        (b, bf1), (m, mf1) = score(sets[k], base), score(sets[k], more)
        cells = []
        for kind in ("person", "holding"):
            cells += [f"{b[kind].recall or 0:.2f} → {m[kind].recall or 0:.2f}",
                      f"{b[kind].precision or 0:.2f} → {m[kind].precision or 0:.2f}"]
            add(pooled[kind, "base"], b[kind])
            add(pooled[kind, "grown"], m[kind])
        print(f"{k:>4} {len(more.entities) - len(base.entities):>6}   " + " ".join(f"{c:>15}" for c in cells)
              + f" {bf1:>6.2f} → {mf1:.2f}")
    for kind in ("person", "holding"):
        b, m = pooled[kind, "base"], pooled[kind, "grown"]
        print(f"pooled {kind}: recall {b.recall:.2f} → {m.recall:.2f}, precision {b.precision:.2f} → "
              f"{m.precision:.2f}")


if __name__ == "__main__":
    main()
