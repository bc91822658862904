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
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pyoxigraph as ox
from scipy import sparse

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


def _matrix(texts: list[str]) -> tuple[sparse.csr_matrix, list[str]]:
    """Unit-length TF-IDF rows of ``texts`` (sublinear TF, smoothed IDF over these texts), one row a text,
    and the words of its columns."""
    vocabulary: dict[str, int] = {}
    indptr, columns = [0], []
    for text in texts:
        columns += [vocabulary.setdefault(w, len(vocabulary)) for w in words(text)]
        indptr.append(len(columns))
    n = len(texts)
    rows = np.repeat(np.arange(n), np.diff(indptr))
    counts = sparse.csr_matrix((np.ones(len(columns)), (rows, columns)), shape=(n, len(vocabulary)))
    counts.sum_duplicates()  # term frequencies
    idf = np.log((n + 1) / (np.bincount(counts.indices, minlength=len(vocabulary)) + 1)) + 1
    data = (1 + np.log(counts.data)) * idf[counts.indices]
    rows = np.repeat(np.arange(n), np.diff(counts.indptr))
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=n))
    counts.data = data / np.where(norms > 0, norms, 1.0)[rows]
    return counts, list(vocabulary)


def vectors(texts: dict[str, str]) -> dict[str, dict[str, float]]:
    """Unit-length TF-IDF vectors of ``texts`` (key → text) as word → weight, the IDF computed over these texts."""
    keys = list(texts)
    matrix, names = _matrix([texts[k] for k in keys])
    return {k: {names[c]: float(v) for c, v in zip(matrix.indices[matrix.indptr[i]:matrix.indptr[i + 1]],
                                                    matrix.data[matrix.indptr[i]:matrix.indptr[i + 1]], strict=True)}
            for i, k in enumerate(keys)}


PAIRS_PER_BLOCK = 2_000_000
"""Pairs of recommendations scored at once: bounds the memory of a block's product (16 bytes a pair)."""


def find_links(recs: Iterable[Rec], threshold: float = THRESHOLD) -> list[Link]:
    """For each recommendation and each earlier cycle, the best match from the same state to the same state.

    Ties keep the earlier recommendation first in (session, IRI) order.  The cosines of every pair within a
    group (recommending state, state under review) come from one sparse product per block of groups, the
    columns shifted by group so that no pair across groups is computed; a loop over the pairs in Python
    took 2.6 s for 100,000 recommendations and grew with the square of the group size (bench/bench_scale.py).
    """
    recs = sorted(recs, key=lambda r: (r.session, r.iri))
    if not recs:
        return []
    matrix, _ = _matrix([r.text for r in recs])
    cycles = np.asarray([cycle_of(r.session) for r in recs], dtype=np.int64)
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(recs):
        for recommender in r.recommenders:
            groups[(recommender, r.sur)].append(i)
    members = [m for m in groups.values() if len(m) > 1 and cycles[m[0]] < cycles[m[-1]]]
    best_of = []
    block: list[list[int]] = []
    size = 0
    for m in [*members, None]:
        if m is not None and (size + len(m) ** 2 <= PAIRS_PER_BLOCK or not block):
            block.append(m)
            size += len(m) ** 2
            continue
        if block:
            best_of.append(_score_block(matrix, cycles, block, threshold))
        block, size = ([m], len(m) ** 2) if m is not None else ([], 0)
    later, earlier, score = (np.concatenate(parts) for parts in zip(*best_of, strict=True)) if best_of else [[]] * 3
    if not len(later):
        return []
    key = later * 8 + cycles[earlier]
    order = np.lexsort((earlier, -score, key))  # per (later, earlier cycle): best score, then first in order
    first = order[np.r_[True, key[order][1:] != key[order][:-1]]]
    return sorted(Link(recs[later[i]].iri, recs[earlier[i]].iri, round(float(score[i]), 3)) for i in first)


def _score_block(matrix: sparse.csr_matrix, cycles: np.ndarray, block: list[list[int]], threshold: float):
    """(later, earlier, score) of the pairs within each group of ``block`` that score at least ``threshold``."""
    rows = np.fromiter((i for m in block for i in m), dtype=np.int64)
    group = np.repeat(np.arange(len(block)), [len(m) for m in block])
    sub = matrix[rows].tocsr()
    shifted = sparse.csr_matrix((sub.data, sub.indices + group[np.repeat(np.arange(len(rows)), np.diff(sub.indptr))]
                                 * matrix.shape[1], sub.indptr), shape=(len(rows), matrix.shape[1] * len(block)))
    product = (shifted @ shifted.T).tocoo()
    later, earlier = rows[product.row], rows[product.col]
    keep = (cycles[earlier] < cycles[later]) & (product.data >= threshold)
    return later[keep], earlier[keep], product.data[keep]


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
    store.update_graph(graph, text)
    return len(links)
