"""Recommendations and voluntary pledges as RDF: identity, matching and the statements each becomes.

Identity and matching.  A recommendation's IRI is derived from what identifies it, not from where it
was read: the state under review, the Working Group session, the recommending states (sorted ISO
codes) and the text normalised (case, diacritics, punctuation and spacing folded), plus an
occurrence number for identical recommendations repeated in the same review.  The same
recommendation arriving from two sources therefore gets the same IRI; each source states it in its
own named graph, with its own row, so it carries both provenances.  Re-ingesting a file produces
the same IRIs and statements.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import BinaryIO

from rightsgraph.curation.states import State
from rightsgraph.namespaces import ONTOLOGY_IRI, PREFIXES, RGC
from rightsgraph.text import fold
from rightsgraph.upr.instruments import ratification_key, recognise
from rightsgraph.upr.nquads import integer, iri, literal, quad

RG = ONTOLOGY_IRI + "#"
RDF_TYPE = iri(f"{PREFIXES['rdf']}type")
LABEL = iri(f"{PREFIXES['rdfs']}label")
DERIVED = iri(f"{PREFIXES['prov']}wasDerivedFrom")
HAS_MEMBER = iri(f"{PREFIXES['org']}hasMember")
SKOS = PREFIXES["skos"]
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI"}


_iri = lru_cache(maxsize=65536)(iri)

BUCKETS = 16
"""Parts the rows of recommendations are kept in, by state under review (the similarity links compare
recommendations of one state under review only, so each part is linked on its own, in bounded memory)."""


def bucket_of(state_under_review: str) -> int:
    return zlib.crc32(state_under_review.encode()) % BUCKETS


class Rows:
    """Recommendations as rows ``(iri, state under review, recommending states, session, text[, ratification key])``,
    appended to one file a bucket (:func:`bucket_of`) in ``folder``: memory stays the same whatever the data's size."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0
        self._files: dict[int, BinaryIO] = {}
        folder.mkdir(parents=True, exist_ok=True)

    def append(self, row: tuple) -> None:
        bucket = bucket_of(row[1])
        handle = self._files.get(bucket)
        if handle is None:
            handle = self._files[bucket] = open(self.folder / f"{bucket}.rows", "wb")  # noqa: SIM115
        marshal.dump(tuple(row), handle)  # marshal: the fastest of the standard library's formats for tuples
        self.count += 1

    def close(self) -> None:
        for handle in self._files.values():
            handle.close()
        self._files = {}

    @staticmethod
    def read(folder: Path, bucket: int) -> Iterator[tuple]:
        """The rows of one bucket written to ``folder``."""
        path = folder / f"{bucket}.rows"
        if not path.exists():
            return
        with open(path, "rb") as handle:
            while True:
                try:
                    yield marshal.load(handle)
                except EOFError:
                    return


def cycle_of(session: int) -> int:
    """UPR cycle of a Working Group session: I = 1-12, II = 13-26, III = 27-40, IV = 41 on."""
    if session < 1:
        raise ValueError(f"no UPR session {session}")
    return 1 if session <= 12 else 2 if session <= 26 else 3 if session <= 40 else 4


def text_key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


@cache
def _p(name: str) -> str:
    return iri(RG + name)


@lru_cache(maxsize=65536)
def _concept(path: str) -> str:
    return iri(f"{RGC}{path}")


@dataclass
class Item:
    """One recommendation or voluntary pledge read from a source row."""

    text: str
    state: State
    session: int
    line: int
    recommending: tuple[State, ...] = ()
    pledge: bool = False
    response: str | None = None  # supported | noted
    action: int | None = None
    issues: tuple[str, ...] = ()  # concept ids, e.g. "upr-info-issue/justice"
    sdgs: tuple[int, ...] = ()
    affected: tuple[str, ...] = ()
    paragraph: str | None = None
    document: str | None = None
    lang: str = "en"
    #: Concepts read from the data itself (UHRI themes): (concept id, label, notation or None).
    concepts: tuple[tuple[str, str, str | None], ...] = ()


@dataclass
class Writer:
    """Writes the statements of one source's items as N-Triples (loaded into that source's graph)."""

    base: str
    graph: str
    seen: Counter = field(default_factory=Counter)
    done: set = field(default_factory=set)
    #: When given, each recommendation written is also appended to these :class:`Rows` as
    #: ``(iri, state under review, recommending states, session, text, ratification key)``, for the similarity
    #: links (the key computed here, in the converter's process, beside the loader).
    recommendations: Rows | None = None

    def _id(self, path: str) -> str:
        return _iri(self.base + path)

    def resource(self, path: str) -> str:
        """The encoded IRI of a resource under the base (``state/vnm``): for records of other kinds."""
        return self._id(path)

    def key(self, item: Item) -> str:
        parts = [item.state.iso3, str(item.session), ",".join(sorted(s.iso3 for s in item.recommending)),
                 "pledge" if item.pledge else "", text_key(item.text)]
        return "|".join(parts)

    def item_iri(self, item: Item) -> tuple[str, int]:
        key = self.key(item)
        self.seen[key] += 1
        n = self.seen[key]
        digest = hashlib.sha256(f"{key}|{n}".encode()).hexdigest()[:16]
        kind = "pledge" if item.pledge else "recommendation"
        return f"{kind}/{item.state.iso3.lower()}-s{item.session}-{digest}", n

    def context(self, item: Item) -> list[str]:
        """Session and review statements, once per source."""
        g, out = None, []
        session = f"session/upr-wg-{item.session}"
        cycle = cycle_of(item.session)
        review = f"review/{item.state.iso3.lower()}-cycle-{cycle}"
        if session not in self.done:
            self.done.add(session)
            s = self._id(session)
            out += [quad(s, RDF_TYPE, _p("Session"), g),
                    quad(s, _p("sessionNumber"), integer(item.session), g),
                    quad(s, _p("ofBody"), self._id("org/upr-working-group"), g),
                    quad(s, LABEL, literal(f"UPR Working Group session {item.session}", "en"), g),
                    quad(s, DERIVED, iri(self.graph), g)]
        if review not in self.done:
            self.done.add(review)
            r = self._id(review)
            out += [quad(r, RDF_TYPE, _p("Review"), g),
                    quad(r, _p("stateUnderReview"), self._id(item.state.id), g),
                    quad(r, _p("inCycle"), self._id(f"cycle/{cycle}"), g),
                    quad(r, _p("atSession"), self._id(session), g),
                    quad(r, _p("mechanism"), self._id("mechanism/upr"), g),
                    quad(r, LABEL, literal(f"UPR review of {item.state.name}, cycle {ROMAN[cycle]}", "en"), g),
                    quad(r, DERIVED, iri(self.graph), g)]
        return out

    def lines(self, item: Item) -> list[str]:
        g = None  # triples: the loader puts them into the source's graph
        path, occurrence = self.item_iri(item)
        s = self._id(path)
        cycle = cycle_of(item.session)
        out = self.context(item)
        add = out.append
        add(quad(s, RDF_TYPE, _p("Pledge" if item.pledge else "Recommendation"), g))
        add(quad(s, DERIVED, iri(self.graph), g))
        add(quad(s, _p("text"), literal(item.text, item.lang), g))
        add(quad(s, _p("sourceRow"), integer(item.line), g))
        add(quad(s, _p("atSession"), self._id(f"session/upr-wg-{item.session}"), g))
        add(quad(s, _p("inCycle"), self._id(f"cycle/{cycle}"), g))
        add(quad(s, _p("review"), self._id(f"review/{item.state.iso3.lower()}-cycle-{cycle}"), g))
        if occurrence > 1:
            add(quad(s, _p("occurrence"), integer(occurrence), g))
        if item.pledge:
            add(quad(s, _p("pledgedBy"), self._id(item.state.id), g))
        else:
            add(quad(s, _p("stateUnderReview"), self._id(item.state.id), g))
            for state in item.recommending:
                add(quad(s, _p("recommendingState"), self._id(state.id), g))
            for instrument in recognise(item.text):  # the treaties it asks to ratify
                add(quad(s, _p("concernsInstrument"), self._id(f"treaty/{instrument}"), g))
            if self.recommendations is not None and item.recommending:
                self.recommendations.append((self.base + path, self.base + item.state.id,
                                             [self.base + r.id for r in item.recommending], item.session, item.text,
                                             ratification_key(item.text)))
        if item.response:
            add(quad(s, _p("response"), _concept(f"response/{item.response}"), g))
        if item.action:
            add(quad(s, _p("actionCategory"), _concept(f"action/{item.action}"), g))
        for concept in item.issues:
            add(quad(s, _p("theme"), _concept(concept), g))
        for concept, label, notation in item.concepts:
            if concept not in self.done:
                self.done.add(concept)
                c, scheme = iri(f"{RGC}{concept}"), iri(f"{RGC}{concept.split('/', 1)[0]}")
                out += [quad(c, RDF_TYPE, iri(SKOS + "Concept"), g), quad(c, iri(SKOS + "inScheme"), scheme, g),
                        quad(c, iri(SKOS + "prefLabel"), literal(label, "en"), g)]
                if notation:
                    out.append(quad(c, iri(SKOS + "notation"), literal(notation), g))
        for goal in item.sdgs:
            add(quad(s, _p("sdg"), _concept(f"sdg/{goal}"), g))
        for group in item.affected:
            add(quad(s, _p("affectedGroup"), literal(group, "en"), g))
        if item.paragraph:
            add(quad(s, _p("paragraph"), literal(item.paragraph), g))
        if item.document:
            add(quad(s, _p("documentSymbol"), literal(item.document), g))
        return out

    def membership(self, org_id: str, state: State) -> list[str]:
        key = (org_id, state.iso3)
        if key in self.done:
            return []
        self.done.add(key)
        return [quad(self._id(org_id), HAS_MEMBER, self._id(state.id), None)]
