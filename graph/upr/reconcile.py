"""One recommendation, however many sources report it: per-state rows matched to the UN's paragraphs.

The UN document of a review (an OHCHR matrix or thematic list) numbers its recommendations as
paragraphs, a paragraph crediting one state, several (a joint recommendation) or a cluster of several
states' words.  UPR Info exports one row per recommending state.  When both cover a review, each row
is matched to the paragraph that credits its state with the same words (folded text, RapidFuzz ratio
≥ :data:`THRESHOLD`), each paragraph credit taking one row; the row's statements then move, inside
its own source's graph, onto the paragraph's resource.  The recommendation is one resource with all
its recommending states, and each source's record of it (row or paragraph number, wording,
response) stays in that source's graph, so counts come from things, not from records.

What cannot be matched (rows no paragraph credits, credits no row gives) stays as it is and is
listed by :func:`report` (``rightsgraph reconcile``), never merged silently.  Matching only moves
statements of row records within their own graph, so taking the paragraph source out again means
reading the row files again (:func:`rightsgraph.upr.ingest.reconvert`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

import pyoxigraph as ox
from rapidfuzz.fuzz import ratio

from rightsgraph.curation.states import default_index
from rightsgraph.errors import UnknownNameError
from rightsgraph.namespaces import RG
from rightsgraph.store import GraphStore
from rightsgraph.upr.importers.ohchr_list import segments
from rightsgraph.upr.recommendations import text_key

THRESHOLD = 90.0
"""Least RapidFuzz ratio (0-100) between a row's folded words and a paragraph credit's.  On China's 2013
review, all 284 UPR Info rows score at least 98.9 against their paragraph (measured)."""

_RG = str(RG)


@dataclass
class Record:
    iri: str
    graph: str
    states: frozenset[str]  # state IRIs
    text: str
    paragraph: str | None = None


@dataclass
class Match:
    row: Record
    paragraph: Record
    score: float


@dataclass
class Outcome:
    """What one reconciliation did: the matches made, and what no match took."""

    matches: list[Match] = field(default_factory=list)
    rows_left: list[Record] = field(default_factory=list)
    moved: dict[str, int] = field(default_factory=dict)  # row graph -> statements moved


def _records(store: GraphStore) -> dict[tuple[str, str], dict[str, list[Record]]]:
    """Per review (state under review, session): its paragraph records and the row records not yet identified.

    A row record is one whose resource no source states a paragraph number for.  Only the named graphs
    are read: the merged default graph may be waiting for its rebuild.
    """
    reviews = list(store.select(f"""PREFIX rg: <{_RG}> SELECT DISTINCT ?sur ?session WHERE {{
        GRAPH ?pg {{ ?p rg:paragraph ?n ; rg:stateUnderReview ?sur ; rg:atSession ?session }} }}"""))
    if not reviews:  # no UN document numbers any review: nothing to match (and no need to read every row)
        return {}
    values = " ".join(f"({sur} {session})" for sur, session in reviews)  # IRIs from the store, written as terms
    rows = store.select(f"""
        PREFIX rg: <{_RG}>
        SELECT ?g ?rec ?sur ?session ?text ?para (GROUP_CONCAT(STR(?by); SEPARATOR=" ") AS ?states) WHERE {{
          VALUES (?sur ?session) {{ {values} }}
          GRAPH ?g {{ ?rec a rg:Recommendation ; rg:stateUnderReview ?sur ; rg:atSession ?session ;
                              rg:text ?text ; rg:recommendingState ?by
                     OPTIONAL {{ ?rec rg:paragraph ?para }} }}
        }} GROUP BY ?g ?rec ?sur ?session ?text ?para""")
    out: dict[tuple[str, str], dict[str, list[Record]]] = defaultdict(lambda: {"paragraphs": [], "rows": []})
    numbered: set[str] = set()
    found = []
    for g, rec, sur, session, text, para, states in rows:
        record = Record(rec.value, g.value, frozenset(states.value.split()), text.value,
                        para.value if para is not None else None)
        if record.paragraph:
            numbered.add(record.iri)
        found.append(((sur.value, session.value), record))
    for review, record in found:
        if record.paragraph:
            out[review]["paragraphs"].append(record)
        elif record.iri not in numbered:
            out[review]["rows"].append(record)
    return out


def _credits(paragraph: Record, names: dict[str, str]) -> list[tuple[str, str]]:
    """(state IRI, folded words) for each credit of a paragraph (one per state and piece)."""
    index = default_index()
    try:
        pieces = segments(paragraph.text, index)
    except UnknownNameError:  # words that end in a bracket naming no state, "(CRPD)": one credit, the whole text
        pieces = [(paragraph.text, [])]
    if len(pieces) == 1 and not pieces[0][1]:  # the text without its bracket: the whole text, every state
        return [(state, text_key(paragraph.text)) for state in sorted(paragraph.states)]
    out = []
    for words, group in pieces:
        for state in group:
            iri = names.get(state.id)
            if iri in paragraph.states:
                out.append((iri, text_key(words)))
    # states the pieces do not name (a joint bracket the text keeps) take the whole text
    named = {iri for iri, _ in out}
    out += [(state, text_key(paragraph.text)) for state in sorted(paragraph.states - named)]
    return out


def match(paragraphs: list[Record], rows: list[Record], base: str) -> tuple[list[Match], list[Record]]:
    """Match each row to the paragraph credit of its state with the closest words (greedy, best first)."""
    names = {state.id: f"{base}{state.id}" for state in default_index().states.values()}
    slots: dict[str, list[tuple[int, Record, str]]] = defaultdict(list)  # state -> (slot, paragraph, words)
    for paragraph in paragraphs:
        for state, words in _credits(paragraph, names):
            slots[state].append((len(slots[state]), paragraph, words))
    scored = []
    for n, row in enumerate(rows):
        words = text_key(row.text)
        for state in row.states:
            for slot, paragraph, credit in slots.get(state, ()):
                score = ratio(words, credit)
                if score >= THRESHOLD:
                    scored.append((-score, n, state, slot, paragraph))
    scored.sort(key=lambda item: (item[0], item[1], item[2], item[3]))
    taken_rows: set[int] = set()
    taken_slots: set[tuple[str, int]] = set()
    matches = []
    for negative, n, state, slot, paragraph in scored:
        if n in taken_rows or (state, slot) in taken_slots:
            continue
        taken_rows.add(n)
        taken_slots.add((state, slot))
        matches.append(Match(rows[n], paragraph, -negative))
    return matches, [row for n, row in enumerate(rows) if n not in taken_rows]


#: Which source's resource a paragraph numbered by several sources keeps: OHCHR's own documents first.
RANK = {"ohchr-matrix": 0, "ohchr-list": 0, "uhri": 1, "ohchr-reports": 2}


def _rank(record: Record, formats: dict[str, str]) -> tuple:
    """The order in which sources' records of a paragraph are preferred (then by graph, for determinism)."""
    return RANK.get(formats.get(record.graph, ""), 9), record.graph, record.iri


def _one_per_resource(paragraphs: list[Record], formats: dict[str, str]) -> list[Record]:
    """One record a resource: the preferred source's words, with every state any source credits."""
    by_iri: dict[str, list[Record]] = defaultdict(list)
    for record in paragraphs:
        by_iri[record.iri].append(record)
    return [replace(min(records, key=lambda r: _rank(r, formats)), states=frozenset().union(
        *(r.states for r in records))) for records in by_iri.values()]


def _same_paragraphs(paragraphs: list[Record], formats: dict[str, str]) -> dict[str, str]:
    """Paragraph records of one review that two sources number alike: old IRI -> the IRI they keep.

    A paragraph number is the UN's identity of a recommendation within its review, so the records of
    ``128.3`` in a matrix and in a report parsed from the same review are one recommendation, however
    their words were copied."""
    by_number: dict[str, list[Record]] = defaultdict(list)
    for record in paragraphs:
        by_number[record.paragraph.rstrip(".")].append(record)
    moves = {}
    for records in by_number.values():
        iris = {r.iri for r in records}
        if len(iris) < 2:
            continue
        keep = min(records, key=lambda r: _rank(r, formats)).iri
        moves.update({iri: keep for iri in iris if iri != keep})
    return moves


def reconcile(store: GraphStore, base: str) -> Outcome:
    """Identify the paragraphs that several UN documents number alike, then match the rows of every review
    that a UN document also covers, moving matched rows' statements onto their paragraph's resource in the
    rows' own graphs.  Returns what was done."""
    outcome = Outcome()
    formats = {e["graph"]: e.get("format", "") for e in store.meta.ingested}
    reviews = list(_records(store).values())
    moves = {old: new for review in reviews for old, new in _same_paragraphs(review["paragraphs"], formats).items()}
    for old, new in sorted(moves.items()):
        for graph, n in store.move_resource(old, new).items():
            outcome.moved[graph] = outcome.moved.get(graph, 0) + n
    if moves:
        reviews = list(_records(store).values())  # read again: the paragraphs are fewer now
    for review in reviews:
        if not review["paragraphs"] or not review["rows"]:
            continue
        matches, left = match(_one_per_resource(review["paragraphs"], formats), review["rows"], base)
        outcome.matches += matches
        outcome.rows_left += left
    for m in outcome.matches:
        if m.row.iri == m.paragraph.iri:
            continue
        moved = store.move_resource(m.row.iri, m.paragraph.iri, m.row.graph)[m.row.graph]
        outcome.moved[m.row.graph] = outcome.moved.get(m.row.graph, 0) + moved
    return outcome  # the store redoes the merged default graph for the moves


DEPENDENTS = """
PREFIX rg: <https://w3id.org/rightsgraph/ontology#>
SELECT DISTINCT ?g WHERE {
  VALUES ?source { %s }
  GRAPH ?source { ?rec rg:paragraph ?n }
  GRAPH ?g { ?rec rg:sourceRow ?row }
}"""


def dependents(store, graph: str) -> list[str]:
    """The sources whose records share resources with paragraphs of ``graph`` (rows matched to them, or
    the same paragraphs numbered by another document): they are read again when ``graph`` goes or changes
    (reading a source whose records were its own all along changes nothing)."""
    rows = store.select(DEPENDENTS % ox.NamedNode(graph))  # a checked IRI, written as a term
    return sorted(g.value for (g,) in rows if g.value != graph)


# ---- the report ------------------------------------------------------------------------------------------

REPORT = """
PREFIX rg: <https://w3id.org/rightsgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?g ?format (COUNT(DISTINCT ?rec) AS ?n) (COUNT(DISTINCT ?row) AS ?rows) WHERE {
  VALUES ?review { %s }
  ?rec rg:review ?review .
  GRAPH ?g { ?rec a rg:Recommendation }
  OPTIONAL { GRAPH ?g { ?rec rg:sourceRow ?row } }  # apart: inside GRAPH, Oxigraph read every graph for it
  OPTIONAL { GRAPH ?g { ?g rg:importFormat ?format } }
} GROUP BY ?g ?format ORDER BY ?g"""

REVIEWS = """
PREFIX rg: <https://w3id.org/rightsgraph/ontology#>
SELECT ?review (COUNT(DISTINCT ?g) AS ?sources) WHERE {
  GRAPH ?g { ?rec a rg:Recommendation ; rg:review ?review }
} GROUP BY ?review HAVING (COUNT(DISTINCT ?g) > 1) ORDER BY ?review"""

TOTAL = """
PREFIX rg: <https://w3id.org/rightsgraph/ontology#>
SELECT (COUNT(DISTINCT ?rec) AS ?n) WHERE { VALUES ?review { %s } ?rec a rg:Recommendation ; rg:review ?review }"""

ROWS_LEFT = """
PREFIX rg: <https://w3id.org/rightsgraph/ontology#>
SELECT ?g ?rec ?row ?text WHERE {
  VALUES ?review { %s }
  ?rec rg:review ?review ; a rg:Recommendation .
  FILTER NOT EXISTS { ?rec rg:paragraph ?any }
  GRAPH ?g { ?rec rg:sourceRow ?row ; rg:text ?text }
} ORDER BY ?g ?row"""

CREDITS_LEFT = """
PREFIX rg: <https://w3id.org/rightsgraph/ontology#>
SELECT ?g ?rec ?para ?state ?rowgraph WHERE {
  VALUES ?review { %s }
  VALUES ?rowgraph { %s }
  ?rec rg:review ?review .
  GRAPH ?g { ?rec rg:paragraph ?para ; rg:recommendingState ?state }
  FILTER NOT EXISTS { GRAPH ?rowgraph { ?rec rg:recommendingState ?state } }
} ORDER BY ?para ?state"""

NUMBERING = """
PREFIX rg: <https://w3id.org/rightsgraph/ontology#>
SELECT DISTINCT ?g WHERE { VALUES ?review { %s } ?rec rg:review ?review . GRAPH ?g { ?rec rg:paragraph ?p } }"""


def report(store, review: str) -> dict:
    """How the recommendations of ``review`` (its IRI) are counted: per source, reconciled, and what is left."""
    node = ox.NamedNode(review)

    def run(text: str):
        return store.select(text % node)  # a checked IRI, written as a term

    per_source = [{"graph": g.value, "format": f.value if f is not None else "curated", "rows": int(rows.value),
                   "recommendations": int(n.value)} for g, f, n, rows in run(REPORT)]
    total = int(next(iter(run(TOTAL)))[0].value)
    numbering = {g.value for (g,) in run(NUMBERING)}  # the UN documents that number the review, if any
    row_sources = [s["graph"] for s in per_source if s["graph"] not in numbering and s["rows"]]
    rows_left, credits_left = [], []
    if numbering:  # rows and credits are left unmatched only where a UN document numbers the review
        rows_left = [{"graph": g.value, "recommendation": r.value, "row": int(row.value), "text": t.value}
                     for g, r, row, t in run(ROWS_LEFT)]
    if numbering and row_sources:
        sources = " ".join(str(ox.NamedNode(x)) for x in row_sources)
        found = {}  # a credit two documents state is listed once
        for g, r, p, s, rg in store.select(CREDITS_LEFT % (node, sources)):
            found.setdefault((r.value, s.value, rg.value), {"graph": g.value, "recommendation": r.value,
                                                            "paragraph": p.value, "state": s.value, "not in": rg.value})
        credits_left = list(found.values())
    return {"review": review, "sources": per_source, "recommendations": total,
            "rows_unmatched": rows_left, "credits_unmatched": credits_left}


def review_iri(name: str, base: str) -> str:
    """A review's IRI from its IRI, ``id:review/chn-cycle-2``, ``review/chn-cycle-2`` or ``chn-cycle-2``."""
    if name.startswith(("http://", "https://")):
        return name
    return base + "review/" + name.removeprefix("id:").removeprefix("review/")


def reviews_with_several_sources(store) -> list[str]:
    """The reviews whose recommendations more than one source reports."""
    return [review.value for review, _ in store.select(REVIEWS)]
