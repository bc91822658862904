"""Follow a recommendation across cycles: links to earlier, similar recommendations.

A recommendation is compared with the recommendations that the same recommending state made to the
same state under review in earlier cycles.  Texts are compared by the cosine of their TF-IDF vectors
over diacritics-folded words (English stop words left out; the IDF is computed over every
recommendation in the store).  For each earlier cycle the best match scoring at least the threshold
is linked, so a cycle IV recommendation can be followed back to cycles III, II and I.  Two recommendations
that both ask to ratify are compared only if they name a common instrument, or the same none of the 18
(:func:`rightsgraph.upr.instruments.ratification_key`): "ratify CAT" is not "ratify the Rome Statute".

The links live in a derived named graph, which describes its method and the graphs it was computed
from.  The computation is deterministic: the same recommendations give the same statements.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyoxigraph as ox
from scipy import sparse

from rightsgraph.namespaces import PREFIXES
from rightsgraph.store import GraphStore, Workspace
from rightsgraph.text import fold
from rightsgraph.upr.instruments import ratification_key
from rightsgraph.upr.nquads import XSD, iri, literal, quad
from rightsgraph.upr.recommendations import BUCKETS, DERIVED, RDF_TYPE, RG, Rows, cycle_of

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
    key: int | None = None  # the text's ratification_key, when its converter computed it


def words(text: str) -> list[str]:
    return [w for w in _WORDS.findall(fold(text)) if w not in STOP_WORDS and len(w) > 1]


def _counts(texts: list[str], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    """Term counts of ``texts``, one row a text, one column a word of ``vocabulary`` (new words added to it)."""
    indptr, columns = [0], []
    for text in texts:
        columns += [vocabulary.setdefault(w, len(vocabulary)) for w in words(text)]
        indptr.append(len(columns))
    rows = np.repeat(np.arange(len(texts)), np.diff(indptr))
    counts = sparse.csr_matrix((np.ones(len(columns), dtype=np.float32), (rows, columns)),
                               shape=(len(texts), len(vocabulary)))
    counts.sum_duplicates()
    return counts


def _weights(counts: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """Unit-length TF-IDF rows (sublinear TF) of term counts."""
    data = (1 + np.log(counts.data.astype(np.float64))) * idf[counts.indices]
    rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=counts.shape[0]))
    return sparse.csr_matrix((data / np.where(norms > 0, norms, 1.0)[rows], counts.indices, counts.indptr),
                             shape=(counts.shape[0], len(idf)))


def _idf(document_frequency: np.ndarray, n: int) -> np.ndarray:
    return np.log((n + 1) / (document_frequency + 1)) + 1


def vectors(texts: dict[str, str]) -> dict[str, dict[str, float]]:
    """Unit-length TF-IDF vectors of ``texts`` (key → text) as word → weight, the IDF computed over these texts."""
    keys, vocabulary = list(texts), {}
    counts = _counts([texts[k] for k in keys], vocabulary)
    matrix = _weights(counts, _idf(np.bincount(counts.indices, minlength=len(vocabulary)), len(keys)))
    names = list(vocabulary)
    return {k: {names[c]: float(v) for c, v in zip(matrix.indices[matrix.indptr[i]:matrix.indptr[i + 1]],
                                                    matrix.data[matrix.indptr[i]:matrix.indptr[i + 1]], strict=True)}
            for i, k in enumerate(keys)}


PAIRS_PER_BLOCK = 2_000_000
"""Pairs of recommendations scored at once: bounds the memory of a block's product (16 bytes a pair)."""


@dataclass
class _Part:
    """The recommendations of some states under review, compactly: IRIs and cycles in (session, IRI) order,
    term counts, and the groups (recommending state, state under review) as lists of row numbers."""

    iris: list[str]
    cycles: np.ndarray
    counts: sparse.csr_matrix
    groups: list[np.ndarray]
    keys: np.ndarray  # ratification_key of each text


def compatible(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether recommendations with ratification keys ``a`` and ``b`` may be linked: not both asking to ratify,
    or asking for the same instruments, or for at least one in common."""
    return (a < 0) | (b < 0) | (a == b) | ((a & b) != 0)


def _part(recs: list[Rec], vocabulary: dict[str, int]) -> _Part:
    recs = sorted(recs, key=lambda r: (r.session, r.iri))
    cycles = np.fromiter((cycle_of(r.session) for r in recs), dtype=np.int8, count=len(recs))
    members: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(recs):
        for recommender in r.recommenders:
            members[(recommender, r.sur)].append(i)
    groups = [np.asarray(m) for m in members.values() if len(m) > 1 and cycles[m[0]] < cycles[m[-1]]]
    keys = np.fromiter((ratification_key(r.text) if r.key is None else r.key for r in recs), dtype=np.int64,
                       count=len(recs))
    return _Part([r.iri for r in recs], cycles, _counts([r.text for r in recs], vocabulary), groups, keys)


def _links(parts: Iterable[list[Rec]], threshold: float) -> list[Link]:
    """The links within each part of the recommendations, the IDF computed over all of them.

    The cosines of every pair within a group come from one sparse product per block of groups, the columns
    shifted by group so that no pair across groups is computed; a loop over the pairs in Python took 2.6 s
    for 100,000 recommendations and grew with the square of the group size (bench/bench_scale.py).
    """
    vocabulary: dict[str, int] = {}
    compact = [_part(recs, vocabulary) for recs in parts if recs]
    frequency = np.zeros(len(vocabulary), dtype=np.int64)
    for part in compact:
        frequency += np.bincount(part.counts.indices, minlength=len(vocabulary))
    idf = _idf(frequency, sum(len(part.iris) for part in compact))
    links = []
    for part in compact:
        links += _part_links(part, _weights(part.counts, idf), threshold)
        part.counts = None  # done with: let it go
    return sorted(links)


def _part_links(part: _Part, matrix: sparse.csr_matrix, threshold: float) -> list[Link]:
    """For each recommendation of ``part`` and each earlier cycle, the best match of its groups."""
    found, block, size = [], [], 0
    for members in part.groups:
        if block and size + len(members) ** 2 > PAIRS_PER_BLOCK:
            found.append(_score_block(matrix, part.cycles, part.keys, block, threshold))
            block, size = [], 0
        block.append(members)
        size += len(members) ** 2
    if block:
        found.append(_score_block(matrix, part.cycles, part.keys, block, threshold))
    if not found:
        return []
    later, earlier, score = (np.concatenate(column) for column in zip(*found, strict=True))
    key = later.astype(np.int64) * 8 + part.cycles[earlier]
    order = np.lexsort((earlier, -score, key))  # per (later, earlier cycle): best score, then first in order
    first = order[np.r_[True, key[order][1:] != key[order][:-1]]] if len(order) else order
    return [Link(part.iris[later[i]], part.iris[earlier[i]], round(float(score[i]), 3)) for i in first]


def _score_block(matrix: sparse.csr_matrix, cycles: np.ndarray, keys: np.ndarray, block: list[np.ndarray],
                 threshold: float):
    """(later, earlier, score) of the pairs within each group of ``block`` that score at least ``threshold``
    and may be linked (:func:`compatible`)."""
    rows = np.concatenate(block)
    group = np.repeat(np.arange(len(block)), [len(m) for m in block])
    sub = matrix[rows]
    width = matrix.shape[1]
    shifted = sparse.csr_matrix(
        (sub.data, sub.indices.astype(np.int64) + np.repeat(group, np.diff(sub.indptr)) * width, sub.indptr),
        shape=(len(rows), width * len(block)))
    product = (shifted @ shifted.T).tocoo()
    later, earlier = rows[product.row], rows[product.col]
    keep = (cycles[earlier] < cycles[later]) & (product.data >= threshold)
    keep[keep] = compatible(keys[later[keep]], keys[earlier[keep]])
    return later[keep], earlier[keep], product.data[keep]


def find_links(recs: Iterable[Rec], threshold: float = THRESHOLD) -> list[Link]:
    """For each recommendation and each earlier cycle, the best match from the same state to the same state.

    Ties keep the earlier recommendation first in (session, IRI) order.
    """
    return _links([list(recs)], threshold)


QUERY = """
PREFIX rg: <https://w3id.org/rightsgraph/ontology#>
SELECT ?g ?r ?sur ?from ?n ?text WHERE {
  GRAPH ?g { ?r a rg:Recommendation ; rg:stateUnderReview ?sur ; rg:recommendingState ?from ; rg:text ?text ;
                rg:atSession ?s . ?s rg:sessionNumber ?n }
}
"""


def stored_rows(store: Workspace, graph: str, rows: Rows) -> None:
    """Append the recommendations of one named graph of ``store`` to ``rows`` (a row per recommending state)."""
    for _, r, sur, recommender, n, text in store.select(QUERY, substitutions={ox.Variable("g"): ox.NamedNode(graph)}):
        rows.append((r.value, sur.value, [recommender.value], int(n.value), text.value))


def _merged(folders: Iterable[Path], bucket: int) -> list[Rec]:
    """One record per recommendation IRI of a bucket: a recommendation two sources state is compared once."""
    recs: dict[str, Rec] = {}
    for folder in folders:
        for iri_, sur, recommenders, session, text, *key in Rows.read(folder, bucket):
            rec = recs.get(iri_)
            if rec is None:
                recs[iri_] = Rec(iri_, session, text, set(recommenders), sur, key[0] if key else None)
            else:
                rec.recommenders.update(recommenders)
                if text < rec.text:  # two sources, two wordings: keep one, the same every time
                    rec.text, rec.key = text, key[0] if key else None
    return list(recs.values())


def store_links(store: Workspace, fresh: dict[str, Path] | None = None, threshold: float = THRESHOLD,
                skip: Iterable[str] = ()) -> tuple[list[Link], list[str]]:
    """The links among every recommendation in ``store`` (but the graphs in ``skip``), and the graphs they
    were found in.

    ``fresh`` gives some graphs' rows already (the folders their converters wrote :class:`Rows` to); the
    other graphs are read from the store into files of rows, so memory stays bounded.
    """
    fresh = dict(fresh or {})
    with tempfile.TemporaryDirectory(prefix="rightsgraph-similarity-") as tmp:
        folders = {}
        for n, graph in enumerate(store.graphs()):
            if graph in fresh:
                folders[graph] = fresh[graph]
            elif graph not in skip:
                rows = Rows(Path(tmp) / str(n))
                stored_rows(store, graph, rows)
                rows.close()
                folders[graph] = rows.folder
        sources = sorted(g for g, folder in folders.items() if any(folder.glob("*.rows")))
        parts = (_merged([folders[g] for g in sources], bucket) for bucket in range(BUCKETS))
        return _links(parts, threshold), sources


def statements(links: list[Link], graph: str, base: str, sources: Iterable[str],
               threshold: float = THRESHOLD, date: str | None = None) -> Iterator[str]:
    """The derived graph as N-Triples lines: its description, then one resource per link.

    ``date`` is that of the newest source it was derived from (so that recomputing changes nothing).
    """
    g = iri(graph)
    yield from [quad(g, RDF_TYPE, iri(RG + "DerivedDataset"), None),
                quad(g, iri(DCTERMS + "title"), literal("Similar recommendations across UPR cycles", "en"), None),
                quad(g, iri(DCTERMS + "description"), literal(METHOD.format(threshold=threshold), "en"), None),
                quad(g, iri(DCTERMS + "language"), literal("en"), None),
                quad(g, iri(RG + "similarityThreshold"), literal(f"{threshold}", datatype=XSD + "decimal"), None)]
    if date:
        yield quad(g, iri(DCTERMS + "date"), literal(date, datatype=XSD + "date"), None)
    yield from (quad(g, DERIVED, iri(source), None) for source in sorted(sources))
    for link in links:
        node = iri(f"{base}similarity/{hashlib.sha256(f'{link.later}|{link.earlier}'.encode()).hexdigest()[:16]}")
        later, earlier = iri(link.later), iri(link.earlier)
        yield from [quad(node, RDF_TYPE, iri(RG + "SimilarityLink"), None),
                quad(node, iri(RG + "laterRecommendation"), later, None),
                quad(node, iri(RG + "earlierRecommendation"), earlier, None),
                quad(node, iri(RG + "similarityScore"), literal(f"{link.score:.3f}", datatype=XSD + "decimal"), None),
                quad(later, iri(RG + "similarToEarlier"), earlier, None)]


def graph_name(base: str) -> str:
    return f"{base}source/derived-similar-recommendations"


def update_links(store: GraphStore, base: str, fresh: dict[str, Path] | None = None,
                 threshold: float = THRESHOLD) -> int | None:
    """Recompute the links of every recommendation in ``store`` (being updated); return how many there are, or
    None when no source states recommendations (then there is no derived dataset: one derived from nothing
    would describe nothing, and have no date).

    ``fresh`` holds the rows of the graphs just loaded (read from the converter, not the store).  The same
    recommendations give the same statements, so an unchanged store stays unchanged.
    """
    graph = graph_name(base)
    links, sources = store_links(store, fresh, threshold, skip={graph})
    if not sources:
        store.replace_derived_graph(graph, None)
        return None
    date = max((q.object.value for g in sources for q in store.quads(
        ox.NamedNode(g), ox.NamedNode(DCTERMS + "date"))
        if isinstance(q.object, ox.Literal) and q.object.datatype.value == XSD + "date"), default=None)
    with tempfile.TemporaryFile() as ntriples:  # the links written out, then loaded in blocks
        ntriples.writelines(line.encode() for line in statements(links, graph, base, sources, threshold, date))
        ntriples.seek(0)
        store.replace_derived_graph(graph, ntriples)
    return len(links)
