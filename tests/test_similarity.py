"""Recommendations followed across cycles: similarity links, on hand-made cases, on Slovenia's real lists (when
../shared is there) and on miniatures of them the tests write."""

from __future__ import annotations

import difflib
import html
import re
from pathlib import Path

import pytest
from rdflib import URIRef

from conftest import needs_realdata, write_slovenia_lists
from rightsgraph.build import build
from rightsgraph.store import GraphStore, read_meta
from rightsgraph.upr.ingest import ingest
from rightsgraph.upr.recommendations import cycle_of
from rightsgraph.upr.similarity import THRESHOLD, Rec, find_links, graph_name, vectors

REAL = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "slovenia-upr"
LISTS = ["cycle2_Thematic_List_of_Recommendations.md", "cycle4_Thematic_List_of_Recommendations.md"]


def rec(name: str, session: int, text: str, frm: str = "fra", sur: str = "svn") -> Rec:
    return Rec(name, session, text, {frm}, sur)


FILLER = [rec(f"f{i}", 5, t) for i, t in enumerate([  # a corpus, so that IDF means something
    "Strengthen the independence of the judiciary", "Guarantee freedom of expression online",
    "Improve prison conditions", "Combat trafficking in persons", "Protect human rights defenders"])]


def test_links_go_back_to_earlier_cycles_only_within_the_same_pair_of_states():
    recs = [*FILLER,
            rec("c1", 3, "Ratify the Optional Protocol to the Convention against Torture"),
            rec("c2", 20, "Ratify the Optional Protocol to the Convention against Torture promptly"),
            rec("c3", 30, "Ratify the Optional Protocol to the Convention against Torture"),
            rec("same-cycle", 31, "Ratify the Optional Protocol to the Convention against Torture"),
            rec("other-recommender", 3, "Ratify the Optional Protocol to the Convention against Torture", frm="deu"),
            rec("other-sur", 3, "Ratify the Optional Protocol to the Convention against Torture", sur="aut")]
    links = {(link.later, link.earlier): link.score for link in find_links(recs)}
    assert set(links) == {("c2", "c1"), ("c3", "c1"), ("c3", "c2"), ("same-cycle", "c1"), ("same-cycle", "c2")}
    assert links[("c3", "c1")] == 1.0 and THRESHOLD <= links[("c2", "c1")] < 1.0


def test_the_best_match_per_earlier_cycle_above_the_threshold():
    recs = [*FILLER,
            rec("close", 2, "Abolish the death penalty for all crimes"),
            rec("closer", 4, "Abolish the death penalty in law for all crimes"),
            rec("unrelated", 6, "Improve access to education for Roma children"),
            rec("later", 15, "Abolish the death penalty in law for all crimes and ratify the Second Optional Protocol")]
    links = find_links(recs)
    assert [(link.later, link.earlier) for link in links] == [("later", "closer")]
    assert find_links(recs, threshold=0.99) == []
    assert sorted(find_links(list(reversed(recs)))) == links  # the input order does not matter


def test_ratify_recommendations_naming_different_instruments_are_not_linked():
    recs = [*FILLER,
            rec("rome", 3, "Ratify the Rome Statute of the International Criminal Court"),
            rec("cat", 20, "Ratify the Convention against Torture"),
            rec("opcat", 4, "Ratify the Optional Protocol to the Convention against Torture"),
            rec("both", 30, "Ratify the Convention against Torture and its Optional Protocol"),
            rec("rome-again", 31, "Ratify the Rome Statute of the International Criminal Court promptly")]
    links = {(link.later, link.earlier) for link in find_links(recs)}
    assert ("cat", "rome") not in links and ("cat", "opcat") not in links
    assert {("both", "cat"), ("both", "opcat"), ("rome-again", "rome")} <= links


def test_joint_recommendations_link_through_each_recommender():
    joint = Rec("joint", 30, "Establish a national human rights institution", {"fra", "deu"}, "svn")
    recs = [*FILLER, joint, rec("by-germany", 14, "Establish a national human rights institution", frm="deu")]
    assert [(link.later, link.earlier) for link in find_links(recs)] == [("joint", "by-germany")]


def test_vectors_are_unit_length_and_ignore_case_and_diacritics():
    vecs = vectors({"a": "Protect the rights of Roma", "b": "PROTECT THE RIGHTS OF RÓMA", "c": "the of"})
    assert vecs["a"] == vecs["b"] and abs(sum(v * v for v in vecs["a"].values()) - 1) < 1e-9
    assert vecs["c"] == {}  # stop words only


@pytest.fixture(scope="module", params=["mini", pytest.param("real", marks=needs_realdata)])
def lists(request, tmp_path_factory, new_store) -> tuple[Path, list[Path]]:
    """A store with Slovenia's thematic lists of cycles II and IV, and the two files: real, or in miniature."""
    if request.param == "real":
        return request.getfixturevalue("slovenia_store"), [REAL / name for name in LISTS]
    files = write_slovenia_lists(tmp_path_factory.mktemp("lists"))
    path = new_store("slovenia")
    ingest("ohchr-list", files, path)
    return path, files


def _paragraphs(path: Path) -> list[tuple[str, list[str]]]:
    """(text, recommending states) of each recommendation, read from the file with a regular expression."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"^\d+\.\d+ (.*?)((?: \([^()]+\))+);?\s*$", line):
            states = [s.strip() for group in re.findall(r"\(([^()]+)\)", m[2]) for s in group.split(",")]
            out.append((html.unescape(m[1].strip()), states))
    return out


LINKS = """
SELECT ?later ?earlier ?score ?lt ?et ?ln ?en WHERE {
  ?link a rg:SimilarityLink ; rg:laterRecommendation ?later ; rg:earlierRecommendation ?earlier ;
        rg:similarityScore ?score .
  ?later rg:text ?lt ; rg:atSession/rg:sessionNumber ?ln ; rg:stateUnderReview ?sur ; rg:similarToEarlier ?earlier .
  ?earlier rg:text ?et ; rg:atSession/rg:sessionNumber ?en ; rg:stateUnderReview ?sur .
  FILTER EXISTS { ?later rg:recommendingState ?s . ?earlier rg:recommendingState ?s }
}"""


def test_slovenia_cycle_iv_recommendations_followed_back_to_cycle_ii(lists):
    slovenia_store, files = lists
    store = GraphStore.open(slovenia_store)
    rows = list(store.query(LINKS))
    total = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?l a rg:SimilarityLink }")))[0])
    assert rows and len({(r[0], r[1]) for r in rows}) == total == read_meta(slovenia_store).derived[0]["links"]
    for _, _, score, _, _, ln, en in rows:  # every link: same pair of states, later → earlier, scored
        assert cycle_of(int(en)) < cycle_of(int(ln)) and THRESHOLD <= float(score) <= 1
    linked = {str(r[3]) for r in rows}
    # Independently: recommendations repeated almost word for word by the same state must be linked.
    old, new = _paragraphs(files[0]), _paragraphs(files[1])
    repeats = {text for text, states in new for old_text, old_states in old
               if set(states) & set(old_states) and difflib.SequenceMatcher(None, text, old_text).ratio() > 0.9}
    assert repeats  # one in these two lists; the UPR Info test checks dozens
    assert repeats <= linked
    # The source graph of the links says how they were made and from what.
    described = store.query("SELECT ?d ?t ?g WHERE { GRAPH ?g { ?g a rg:DerivedDataset ; dcterms:description ?d ; "
                            "rg:similarityThreshold ?t } }", {"g": URIRef(graph_name(store.meta.base))})
    (description, threshold, _), = list(described)
    assert "TF-IDF" in str(description) and float(threshold) == THRESHOLD


def test_links_are_stable_across_reingest_and_rebuild(lists, built):
    slovenia_store, files = lists

    def links(path: Path) -> set:
        store = GraphStore.open(path)
        out = {tuple(map(str, r)) for r in store.query(
            "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(graph_name(store.meta.base))})}
        store.close()
        return out

    before = links(slovenia_store)
    build(slovenia_store)  # a rebuild keeps the ingested and derived graphs
    assert links(slovenia_store) == before
    fresh = built  # the files in the other order, one at a time: the same links
    ingest("ohchr-list", [files[1]], fresh)
    ingest("ohchr-list", [files[0]], fresh)
    assert links(fresh) == before


def test_ingested_and_derived_graphs_conform_to_the_shapes(lists):
    from rightsgraph.curation.validation import validate

    store = GraphStore.open(lists[0])
    assert [f for f in validate(store, ingested=True) if f.severity == "Violation"] == []


def _links_pair_by_pair(recs: list[Rec], threshold: float = THRESHOLD) -> list[tuple[str, str, float]]:
    """The definition, written out pair by pair in plain Python: the oracle for the sparse products."""
    import math
    from collections import Counter

    from rightsgraph.upr.similarity import words

    tokens = {r.iri: Counter(words(r.text)) for r in recs}
    df = Counter(w for counts in tokens.values() for w in counts)
    idf = {w: math.log((len(recs) + 1) / (d + 1)) + 1 for w, d in df.items()}
    vecs = {}
    for key, counts in tokens.items():
        vec = {w: (1 + math.log(c)) * idf[w] for w, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vecs[key] = {w: v / norm for w, v in vec.items()}
    from rightsgraph.upr.instruments import ratification_key

    def compatible(a: int, b: int) -> bool:  # both ask to ratify: the same instruments, or one in common
        return a < 0 or b < 0 or a == b or bool(a & b)

    keys = {r.iri: ratification_key(r.text) for r in recs}
    best: dict[tuple[str, int], tuple[float, str]] = {}
    ordered = sorted(recs, key=lambda r: (r.session, r.iri))
    for later in ordered:
        for earlier in ordered:
            if not (later.recommenders & earlier.recommenders) or later.sur != earlier.sur:
                continue
            if cycle_of(earlier.session) >= cycle_of(later.session):
                continue
            if not compatible(keys[later.iri], keys[earlier.iri]):
                continue
            score = sum(v * vecs[later.iri].get(w, 0.0) for w, v in vecs[earlier.iri].items())
            key = (later.iri, cycle_of(earlier.session))
            if score >= threshold - 1e-12 and (key not in best or score > best[key][0] + 1e-12):
                best[key] = (score, earlier.iri)
    return sorted((later, earlier, round(score, 3)) for (later, _), (score, earlier) in best.items())


@pytest.mark.parametrize("seed", range(5))
def test_sparse_products_give_the_links_of_the_pair_by_pair_definition(seed, monkeypatch):
    import random

    import rightsgraph.upr.similarity as similarity

    rng = random.Random(seed)
    vocabulary = ["ratify", "torture", "protocol", "death", "penalty", "abolish", "women", "girls", "rights", "child",
                  "education", "roma", "judiciary", "independence", "expression", "freedom", "defenders",
                  "trafficking", "prison", "CAT", "OPCAT", "CEDAW", "Rome Statute"]
    states = ["fra", "deu", "bra", "jpn"]
    recs = [Rec(f"r{i:03d}", rng.randint(1, 50), " ".join(rng.choices(vocabulary, k=rng.randint(1, 8))),
                set(rng.sample(states, rng.randint(1, 2))), rng.choice(["svn", "vnm"])) for i in range(150)]
    monkeypatch.setattr(similarity, "PAIRS_PER_BLOCK", 40)  # many blocks, as at full scale
    links = [(link.later, link.earlier, link.score) for link in find_links(recs)]
    assert links == _links_pair_by_pair(recs)
    assert len(links) > 20
