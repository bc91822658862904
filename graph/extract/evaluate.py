"""Scoring the extractor against hand-labelled gold: precision and recall per fact type.

A gold file (YAML) names its article and the facts a careful reader finds in it, per type, as keys:

``holding``       ``person/<id> post/<id>``: a person holding a post
``person``, ``organisation``, ``state``, ``place``, ``session``, ``cycle``: the resource's id
``term``          the term as printed (``2023-2025``)
``resolution``, ``legal_act``: the symbol (``52/19``, ``1975/QĐ-TTg``)
``figure``        ``<measure>=<value>`` (``recommendations-received=291``)
``date``          the resolved date, ``YYYY-MM-DD`` or ``YYYY-MM`` (bare years are not labelled)
``event``         the event kind, and its date when the text gives one (``ceremony 2022-12-12``)

Facts are compared as sets per article (a fact stated three times is one fact); the counts are
summed over articles (micro-averaged).  A type a gold file does not list is not scored for it.

A labeller's id and the extractor's are the same fact when they are two spellings of one body's or post's id
(``org/international-organisations-department-mofa-vnm``, ``org/department-international-organizations-mofa-vnm``:
:func:`rightsgraph.ids.id_key`, by which the graph itself keeps one id per body); the table counts how many correct
facts were so matched, and ``exact_ids`` compares the ids letter for letter instead.

Each gold fact is also placed by how far the project reaches it (:func:`reach`): everything it names is in
the graph and the concept schemes (``known``); it names a person, post or body the graph lacks, so a rule
must propose it under the id the labeller chose (``new``); or its measure or event kind is in no concept
scheme, so no candidate can state it until the vocabulary grows (``outside``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from rightsgraph.curation.curated import concept_ids
from rightsgraph.errors import DataError
from rightsgraph.extract.article import check_date, read_article
from rightsgraph.extract.gazetteer import Gazetteer
from rightsgraph.extract.heldout import FirstScoring, band_map, counts, on_new_text
from rightsgraph.extract.rules import Candidate, extract
from rightsgraph.ids import fact_key
from rightsgraph.yamlfile import Mapping, Sequence, load_yaml

#: confidence bands of the reliability table: [low, high)
BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)
#: weight of a rule's own confidence when its share of correct candidates is estimated (pseudo-candidates).  7,
#: measured leave-one-set-out on the 19 held-out sets (bench/calibration_prior.py): the expected calibration error
#: was lowest (0.0121; 0.0143 at the 2 used before) and the 0.8-0.9 band 0.84 correct (0.74 at 2); the >= 0.9 band
#: stayed 0.98 correct and kept 5 % fewer candidates
PRIOR_WEIGHT = 7.0

TYPES = ("holding", "person", "organisation", "state", "place", "session", "cycle", "term", "resolution",
         "legal_act", "figure", "date", "event")
#: the types the issue sets a target for (issue 16: precision >= 0.9 and recall >= 0.85 on unseen articles)
TARGETS = ("holding", "organisation", "session", "cycle", "figure", "term", "event")
#: how far the project reaches a gold fact (:func:`reach`)
REACHES = ("known", "new", "outside")
_NAMED = ("holding", "person", "organisation", "state", "place", "session", "cycle")


@dataclass
class Gold:
    path: Path
    article: Path
    language: str
    date: str | None
    facts: dict[str, set[str]]
    _keyed: dict[tuple[str, bool], set[str]] = field(default_factory=dict, repr=False)

    def has(self, kind: str, fact: str, exact_ids: bool = False) -> bool:
        """Whether the gold states ``fact`` of ``kind``, its ids compared by their key (:mod:`rightsgraph.ids`) or,
        with ``exact_ids``, letter for letter."""
        if (kind, exact_ids) not in self._keyed:
            self._keyed[kind, exact_ids] = set(_compared(self.facts.get(kind, set()), exact_ids))
        return _compared_form(fact, exact_ids) in self._keyed[kind, exact_ids]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)
    #: correct facts found under another spelling of an id (:func:`rightsgraph.ids.id_key`)
    respelt: int = 0
    #: per reach (:data:`REACHES`): [gold facts, found]
    reached: dict[str, list[int]] = field(default_factory=lambda: {r: [0, 0] for r in REACHES})

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)


def read_gold(path: Path, articles: Iterable[Path] = ()) -> Gold:
    """Read and check one gold file; its article is found beside it, or in one of ``articles``."""
    path = Path(path)
    doc = load_yaml(path)
    if not isinstance(doc, Mapping):
        raise DataError("a gold file is a mapping with 'article', 'language', 'date' and 'facts'", path, 1)
    for key in doc:
        if key not in ("article", "language", "date", "publisher", "facts"):
            raise DataError(f"unknown field {key!r} in a gold file", path, doc.lines[key])
    name = doc.get("article")
    if not isinstance(name, str):
        raise DataError("'article' must name the article's file", path, doc.lines.get("article", doc.line))
    candidates = [path.parent / name, *(Path(d) / Path(name).name for d in articles)]
    article = next((p for p in candidates if p.is_file()), None)
    if article is None:
        raise DataError(f"the article {name!r} is not found (looked in {', '.join(map(str, candidates))})", path,
                        doc.lines["article"])
    facts = doc.get("facts")
    if not isinstance(facts, Mapping):
        raise DataError("'facts' must map fact types to lists", path, doc.lines.get("facts", doc.line))
    found: dict[str, set[str]] = {}
    for kind, values in facts.items():
        if kind not in TYPES:
            raise DataError(f"unknown fact type {kind!r}; known: {', '.join(TYPES)}", path, facts.lines[kind])
        if not isinstance(values, Sequence):
            raise DataError(f"the {kind} facts must be a list", path, facts.lines[kind])
        found[kind] = {" ".join(str(v).split()) for v in values}
    date = doc.get("date")
    try:
        date = check_date(str(date)) if date is not None else None
    except DataError as exc:
        raise DataError(exc.message, path, doc.lines["date"], date) from None
    language = str(doc.get("language", "auto"))
    return Gold(path, article, language, date, found)


def keys(candidates: Iterable[Candidate], min_confidence: float = 0.0) -> dict[str, set[str]]:
    """The candidates' evaluation keys per fact type."""
    found: dict[str, set[str]] = {kind: set() for kind in TYPES}
    for cand in candidates:
        if cand.kind in found and cand.confidence >= min_confidence:
            found[cand.kind].add(cand.key)
    return found


def reach(kind: str, fact: str, gazetteer: Gazetteer, concepts: set[str]) -> str:
    """How far the project reaches a gold fact: ``outside`` (a measure or event kind no concept scheme has),
    ``new`` (a person, post or body the gazetteer does not know) or ``known``."""
    if kind == "figure":
        return "known" if f"measure/{fact.split('=')[0]}" in concepts else "outside"
    if kind == "event":
        return "known" if f"event-kind/{fact.split()[0]}" in concepts else "outside"
    if kind in _NAMED:
        return "known" if all(gazetteer.known_id(rid) for rid in fact.split()) else "new"
    return "known"


def _compared_form(fact: str, exact_ids: bool) -> str:
    """What is compared of a fact: its ids' keys (:func:`rightsgraph.ids.fact_key`), or itself with ``exact_ids``."""
    return fact if exact_ids else fact_key(fact)


def _compared(facts: set[str], exact_ids: bool) -> dict[str, str]:
    """Each fact by what is compared of it (:func:`_compared_form`)."""
    return {_compared_form(fact, exact_ids): fact for fact in sorted(facts)}


def evaluate(golds: list[Gold], gazetteer: Gazetteer, min_confidence: float = 0.0,
             exact_ids: bool = False) -> dict[str, Score]:
    """Scores per fact type, summed over the gold files."""
    scores = {kind: Score() for kind in TYPES}
    concepts = concept_ids()
    for gold in golds:
        article = read_article(gold.article, gold.language, gold.date)
        predicted = keys(extract(article, gazetteer, gold.path.stem), min_confidence)
        for kind, facts in gold.facts.items():
            got, truth, score = _compared(predicted[kind], exact_ids), _compared(facts, exact_ids), scores[kind]
            score.tp += len(got.keys() & truth.keys())
            score.fp += len(got.keys() - truth.keys())
            score.fn += len(truth.keys() - got.keys())
            score.respelt += sum(got[k] != truth[k] for k in got.keys() & truth.keys())
            score.false_positives += [f"{gold.path.stem}: {got[k]}" for k in sorted(got.keys() - truth.keys())]
            score.false_negatives += [f"{gold.path.stem}: {truth[k]}" for k in sorted(truth.keys() - got.keys())]
            for key, fact in truth.items():
                counts = score.reached[reach(kind, fact, gazetteer, concepts)]
                counts[0] += 1
                counts[1] += key in got
    return {kind: s for kind, s in scores.items() if s.tp + s.fp + s.fn}


#: the order of the tables' rows: the targeted types first
_ORDER = (*TARGETS, *(k for k in TYPES if k not in TARGETS))


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def _label(kind: str) -> str:
    return f"{kind} *" if kind in TARGETS else kind


def table(scores: dict[str, Score]) -> str:
    """A Markdown table of the scores, the targeted types first."""
    lines = ["| fact type | gold | found | correct | precision | recall | F1 |", "|---|---|---|---|---|---|---|"]
    total = Score(sum(s.tp for s in scores.values()), sum(s.fp for s in scores.values()),
                  sum(s.fn for s in scores.values()))
    rows = [(_label(kind), scores[kind]) for kind in _ORDER if kind in scores] + [("all", total)]
    for label, s in rows:
        lines.append(f"| {label} | {s.tp + s.fn} | {s.tp + s.fp} | {s.tp} | {_fmt(s.precision)} | "
                     f"{_fmt(s.recall)} | {_fmt(s.f1)} |")
    return "\n".join(lines)


def reach_table(scores: dict[str, Score]) -> str:
    """A Markdown table of the gold facts per type by reach (:func:`reach`), and the recall on each."""
    lines = ["| fact type | known: gold | recall | new to the graph: gold | recall | outside the vocabulary: gold "
             "| recall |", "|---|---|---|---|---|---|---|"]
    total = {r: [sum(s.reached[r][i] for s in scores.values()) for i in (0, 1)] for r in REACHES}
    rows = [(_label(kind), scores[kind].reached) for kind in _ORDER if kind in scores] + [("all", total)]
    for label, reached in rows:
        cells = []
        for r in REACHES:
            gold, found = reached[r]
            cells += [str(gold), _fmt(found / gold if gold else None)]
        lines.append(f"| {label} | {' | '.join(cells)} |")
    return "\n".join(lines)


def judged(golds: list[Gold], gazetteer: Gazetteer, calibrated: bool = True,
           exact_ids: bool = False) -> list[tuple[Candidate, bool]]:
    """Every candidate of a fact type the gold scores, and whether its key is in the gold."""
    found = []
    for gold in golds:
        article = read_article(gold.article, gold.language, gold.date)
        for cand in extract(article, gazetteer, gold.path.stem, calibrated):
            if cand.kind in gold.facts:
                found.append((cand, gold.has(cand.kind, cand.key, exact_ids)))
    return found


def reliability(items: list[tuple[Candidate, bool]]) -> list[dict]:
    """Candidates per confidence band: how many, how many correct, the share correct, the mean confidence."""
    rows = []
    for low, high in pairwise(BANDS):
        band = [(c, ok) for c, ok in items if low <= round(c.confidence, 2) < high]
        rows.append({"band": f"{low:.1f}-{min(high, 1.0):.1f}", "low": low, "candidates": len(band),
                     "correct": sum(ok for _, ok in band),
                     "share": sum(ok for _, ok in band) / len(band) if band else None,
                     "mean_confidence": sum(c.confidence for c, _ in band) / len(band) if band else None})
    return rows


def reliability_table(rows: list[dict]) -> str:
    lines = ["| confidence | candidates | correct | share correct | mean confidence |", "|---|---|---|---|---|"]
    for r in rows:
        share = "–" if r["share"] is None else f"{r['share']:.2f}"
        mean = "–" if r["mean_confidence"] is None else f"{r['mean_confidence']:.2f}"
        lines.append(f"| {r['band']} | {r['candidates']} | {r['correct']} | {share} | {mean} |")
    return "\n".join(lines)


def calibrate(items: list[tuple[Candidate, bool]], prior_weight: float = PRIOR_WEIGHT,
              record: Iterable[FirstScoring] = ()) -> dict[str, dict]:
    """Per rule, the share of its candidates that are correct, shrunk towards the rule's own confidence
    by ``prior_weight`` pseudo-candidates (a rule seen twice is not trusted as if seen fifty times).
    ``items`` must be judged without calibration (the rules' own confidences).

    With a held-out ``record`` (:mod:`rightsgraph.extract.heldout`), the confidence is what the rule is worth on
    new text: its own first scorings, shrunk towards what its development share was worth there
    (:func:`~rightsgraph.extract.heldout.on_new_text`)."""
    record = list(record)
    worth = band_map(record) if record else None
    held = counts(record)
    by_rule: dict[str, list[tuple[Candidate, bool]]] = {}
    for cand, ok in items:
        by_rule.setdefault(cand.rule, []).append((cand, ok))
    table = {}
    for rule, found in sorted(by_rule.items()):
        prior = sum(c.confidence for c, _ in found) / len(found)
        correct = sum(ok for _, ok in found)
        share = round((correct + prior_weight * prior) / (len(found) + prior_weight), 2)
        counted = {"candidates": len(found), "correct": correct, "rule_confidence": round(prior, 2)}
        if worth is None:
            table[rule] = {"confidence": share, **counted}
        else:
            n, k = held.get(rule, (0, 0))
            table[rule] = {"confidence": round(on_new_text(share, n, k, worth), 2), "development": share,
                           "held_out_candidates": n, "held_out_correct": k, **counted}
    return table
