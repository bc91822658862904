"""Follow a recommendation across cycles: links to earlier, similar recommendations.

A recommendation is compared with the recommendations that the same recommending state made to the
same state under review in earlier cycles.  Texts are compared by the cosine of their TF-IDF vectors
over diacritics-folded words (English stop words left out; the IDF is computed over every
recommendation in the store).  For each earlier cycle the best match scoring at least the threshold
is linked, so a cycle IV recommendation can be followed back to cycles III, II and I.

The links live in a derived named graph, which describes its method and the graphs it was computed
from.  The computation is deterministic: the same recommendations give the same statements.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from rightsgraph.namespaces import PREFIXES
from rightsgraph.store import GraphStore, Workspace
from rightsgraph.text import fold
from rightsgraph.upr.nquads import XSD, iri, literal, quad
from rightsgraph.upr.recommendations import DERIVED, RDF_TYPE, RG, cycle_of

THRESHOLD = 0.35
METHOD = ("Cosine similarity of TF-IDF vectors over diacritics-folded words (English stop words left out, IDF over "
          "all recommendations in the store); for each earlier cycle, the best match from the same recommending "
          "state to the same state under review, if it scores at least {threshold}.")
DCTERMS = PREFIXES["dcterms"]

_STOP = """a an and are as at be been by for from has have in into is it its of on or that the their them these
this those to which with within all any such other also well more further should would shall will"""
STOP_WORDS = frozenset(_STOP.split())

_WORDS = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, order=True)
class Link:
    later: str
    earlier: str
    score: float


@dataclass
class Rec:
    iri: str
    session: int
    text: str
    recommenders: set[str]
    sur: str


def words(text: str) -> list[str]:
    return [w for w in _WORDS.findall(fold(text)) if w not in STOP_WORDS and len(w) > 1]


def vectors(texts: dict[str, str]) -> dict[str, dict[str, float]]:
    """Unit-length TF-IDF vectors of ``texts`` (key → text), the IDF computed over these texts."""
    tokens = {key: Counter(words(text)) for key, text in texts.items()}
    df = Counter(w for counts in tokens.values() for w in counts)
    n = len(texts)
    idf = {w: math.log((n + 1) / (d + 1)) + 1 for w, d in df.items()}
    out = {}
    for key, counts in tokens.items():
        vec = {w: (1 + math.log(c)) * idf[w] for w, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out[key] = {w: v / norm for w, v in vec.items()}
    return out


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[w] for w, v in a.items() if w in b)


def find_links(recs: Iterable[Rec], threshold: float = THRESHOLD) -> list[Link]:
    """For each recommendation and each earlier cycle, the best match from the same state to the same state."""
    recs = list(recs)
    vecs = vectors({r.iri: r.text for r in recs})
    groups: dict[tuple[str, str], list[Rec]] = defaultdict(list)
    for r in recs:
        for recommender in r.recommenders:
            groups[(recommender, r.sur)].append(r)
    best: dict[tuple[str, int], tuple[float, str]] = {}  # (later, earlier cycle) → (score, earlier)
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda r: (r.session, r.iri))
        for i, later in enumerate(members):
            cycle = cycle_of(later.session)
            for earlier in members[:i]:
                earlier_cycle = cycle_of(earlier.session)
                if earlier_cycle >= cycle:
                    continue
                score = cosine(vecs[later.iri], vecs[earlier.iri])
                if score < threshold:
                    continue
                key = (later.iri, earlier_cycle)
                if key not in best or score > best[key][0]:  # a tie keeps the first in (session, IRI) order
                    best[key] = (score, earlier.iri)
    return sorted(Link(later, earlier, round(score, 3)) for (later, _), (score, earlier) in best.items())


QUERY = """
PREFIX rg: <https://w3id.org/rightsgraph/ontology#>
SELECT ?g ?r ?sur ?from ?n ?text WHERE {
  GRAPH ?g { ?r a rg:Recommendation ; rg:stateUnderReview ?sur ; rg:recommendingState ?from ; rg:text ?text ;
                rg:atSession ?s . ?s rg:sessionNumber ?n }
}
"""

Row = tuple[str, str, list[str], int, str]
"""A recommendation as its converter reports it: IRI, state under review, recommending states, session, text."""


def stored_rows(store: Workspace, graph: str) -> list[Row]:
    """The recommendations of one named graph of ``store``."""
    rows: dict[str, Row] = {}
    for _, r, sur, recommender, n, text in store.select(QUERY, substitutions={ox.Variable("g"): ox.NamedNode(graph)}):
        if r.value in rows:
            rows[r.value][2].append(recommender.value)
        else:
            rows[r.value] = (r.value, sur.value, [recommender.value], int(n.value), text.value)
    return list(rows.values())


def merge(rows_by_graph: dict[str, list[Row]]) -> list[Rec]:
    """One record per recommendation IRI: a recommendation two sources state is compared once."""
    recs: dict[str, Rec] = {}
    for rows in rows_by_graph.values():
        for iri_, sur, recommenders, session, text in rows:
            rec = recs.get(iri_)
            if rec is None:
                recs[iri_] = Rec(iri_, session, text, set(recommenders), sur)
            else:
                rec.recommenders.update(recommenders)
                rec.text = min(rec.text, text)  # two sources, two wordings: keep one, the same every time
    return list(recs.values())


def read_recommendations(store: Workspace, fresh: dict[str, list[Row]] | None = None) -> dict[str, list[Row]]:
    """The recommendations of every named graph, by graph; ``fresh`` gives some graphs' rows already."""
    fresh = fresh or {}
    out = dict(fresh)
    for graph in store.graphs():
        if graph not in out and (rows := stored_rows(store, graph)):
            out[graph] = rows
    return {graph: rows for graph, rows in out.items() if rows}


def statements(links: list[Link], graph: str, base: str, sources: Iterable[str],
               threshold: float = THRESHOLD, date: str | None = None) -> list[str]:
    """The derived graph as N-Triples lines: its description, then one resource per link.

    ``date`` is that of the newest source it was derived from (so that recomputing changes nothing).
    """
    g = iri(graph)
    out = [quad(g, RDF_TYPE, iri(RG + "DerivedDataset"), None),
           quad(g, iri(DCTERMS + "title"), literal("Similar recommendations across UPR cycles", "en"), None),
           quad(g, iri(DCTERMS + "description"), literal(METHOD.format(threshold=threshold), "en"), None),
           quad(g, iri(DCTERMS + "language"), literal("en"), None),
           quad(g, iri(RG + "similarityThreshold"), literal(f"{threshold}", datatype=XSD + "decimal"), None)]
    if date:
        out.append(quad(g, iri(DCTERMS + "date"), literal(date, datatype=XSD + "date"), None))
    out += [quad(g, DERIVED, iri(source), None) for source in sorted(sources)]
    for link in links:
        node = iri(f"{base}similarity/{hashlib.sha256(f'{link.later}|{link.earlier}'.encode()).hexdigest()[:16]}")
        later, earlier = iri(link.later), iri(link.earlier)
        out += [quad(node, RDF_TYPE, iri(RG + "SimilarityLink"), None),
                quad(node, iri(RG + "laterRecommendation"), later, None),
                quad(node, iri(RG + "earlierRecommendation"), earlier, None),
                quad(node, iri(RG + "similarityScore"), literal(f"{link.score:.3f}", datatype=XSD + "decimal"), None),
                quad(later, iri(RG + "similarToEarlier"), earlier, None)]
    return out


def graph_name(base: str) -> str:
    return f"{base}source/derived-similar-recommendations"


def update_links(store: GraphStore, base: str, fresh: dict[str, list[Row]] | None = None,
                 threshold: float = THRESHOLD) -> int:
    """Recompute the links of every recommendation in ``store`` (being updated); return how many there are.

    ``fresh`` holds the rows of the graphs just loaded (read from the converter, not the store).  Only
    the difference from the previous links is written, so an unchanged store stays unchanged.
    """
    graph = graph_name(base)
    by_graph = read_recommendations(store, {**fresh, graph: []} if fresh else {graph: []})
    links = find_links(merge(by_graph), threshold)
    date = max((q.object.value for g in by_graph for q in store.quads(
        ox.NamedNode(g), ox.NamedNode(DCTERMS + "date"))
        if isinstance(q.object, ox.Literal) and q.object.datatype.value == XSD + "date"), default=None)
    text = "".join(statements(links, graph, base, by_graph, threshold, date))
    store.update_graph(graph, set(ox.parse(text, ox.RdfFormat.N_TRIPLES)))
    return len(links)
