"""Texts the Human Rights Council acted on (resolutions, decisions, amendments, drafts) as RDF.

Both HRC importers (:mod:`.hrc_votes`, :mod:`.hrc_resolutions`) read a text's symbol into a :class:`Symbol`
and write it through :class:`CouncilText`, so the same text gets the same IRI from either file: a resolution
``52/19`` is ``resolution/hrc-52-19`` (the IRI the curated data gives it), special-session ``S-29/1`` is
``resolution/hrc-s-29-1``, decision ``22/117`` is ``decision/hrc-22-117``, amendment ``A/HRC/52/L.64`` is
``amendment/hrc-52-l-64``.  Tallies are stated with single-valued properties, so two sources' differing
tallies of one text show up in the disagreements query.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from rightsgraph.curation.states import State, StateIndex, normalise
from rightsgraph.namespaces import PREFIXES, RGC
from rightsgraph.text import slugify
from rightsgraph.upr.nquads import XSD, integer, iri, literal, quad
from rightsgraph.upr.recommendations import DERIVED, LABEL, RDF_TYPE, RG

COUNCIL = "org/un-human-rights-council"
TITLE = iri(PREFIXES["dcterms"] + "title")
_SESSION = r"(?P<session>S-\d{1,2}|\d{1,2})"


@dataclass(frozen=True)
class Symbol:
    """What identifies a text: its kind, the session part (``52``, ``S-29``, ``OM/1``) and its number (``19``,
    ``L.64``)."""

    kind: str  # resolution | decision | amendment
    session: str
    number: str

    @property
    def short(self) -> str:
        """The symbol as the Council cites it: ``52/19``; an amendment's in full, ``A/HRC/52/L.64``."""
        return f"A/HRC/{self.session}/{self.number}" if self.kind == "amendment" else f"{self.session}/{self.number}"

    @property
    def document(self) -> str:
        """The UN document symbol: ``A/HRC/RES/52/19``, ``A/HRC/DEC/22/117``, ``A/HRC/52/L.64``."""
        part = {"resolution": "RES/", "decision": "DEC/", "amendment": ""}[self.kind]
        return f"A/HRC/{part}{self.session}/{self.number}"

    @property
    def path(self) -> str:
        return f"{self.kind}/hrc-{slugify(self.session)}-{slugify(self.number)}"

    @property
    def session_path(self) -> str | None:
        """The HRC session's resource (``session/hrc-52``, ``session/hrc-special-29``); None for an
        organizational meeting (OM)."""
        if self.session.startswith("OM"):
            return None
        if self.session.startswith("S-"):
            return f"session/hrc-special-{int(self.session[2:])}"
        return f"session/hrc-{int(self.session)}"


_RECORDED = re.compile(rf"A/HRC/(?:(?P<res>RES)/|(?P<dec>DEC)/?)?{_SESSION}/(?P<number>L\.\d{{1,3}}|\d{{1,4}})"
                       r"(?P<revised>\s+as orally revised)?")


def symbol_of_vote(name: str) -> tuple[Symbol, bool]:
    """The text a recorded vote's ``name`` (``A/HRC/RES/52/19``, ``A/HRC/52/L.64 as orally revised``,
    ``A/HRC/DEC22/117``) is on, and whether it was orally revised; ValueError for another shape.
    An ``L.`` document is an amendment, also when the scrape filed it under ``RES``."""
    m = _RECORDED.fullmatch(name.strip())
    if not m:
        raise ValueError(f"not an HRC symbol: {name!r}")
    number = m["number"]
    kind = "amendment" if number.startswith("L.") else "decision" if m["dec"] else "resolution"
    return Symbol(kind, m["session"], number), bool(m["revised"])


_ADOPTED = re.compile(r"(?:A/HRC/RES/)?(?P<session>S-\d{1,2}|OM/\d|\d{1,2})/(?P<number>\d{1,4})\.?")
_CORRIGENDUM = re.compile(r"(?P<s>\d{1,2})/(?P<n>\d{1,4})(?P=s)/(?P=n)/Corr\.\d")


def symbol_of_resolution(text: str, special: bool = False) -> Symbol:
    """The symbol of an adopted text as the resolutions sheet gives it (``51/3``, ``S-3/1.``,
    ``A/HRC/RES/51/3``, ``OM/1/1.`` of the organizational meeting; a corrigendum glued on, ``27/2127/21/Corr.1``,
    is dropped); ValueError for another shape.  A text of a ``special`` session whose symbol lacks the ``S-``
    gets it (the sheet prints ``22/1`` for S-22/1); an ``S-`` symbol is a special session's whatever the row says."""
    clean = " ".join(text.replace("\xa0", " ").split())
    m = _ADOPTED.fullmatch(clean) or _CORRIGENDUM.fullmatch(clean)
    if not m:
        raise ValueError(f"not a resolution symbol: {text!r}")
    if "s" in m.groupdict():
        return Symbol("resolution", m["s"], m["n"])
    session = m["session"]
    if special and session.isdigit():
        session = f"S-{session}"
    return Symbol("resolution", session, m["number"])


@cache
def _mentions(states: StateIndex) -> tuple[re.Pattern, dict[str, str]]:
    """A pattern of every English name and other name of ``states`` (longest first), and name -> ISO code."""
    keys: dict[str, str] = {}
    for state in states.states.values():
        for name in (state.name, *state.alt_names):
            key = normalise(name)
            if len(key) > 3:
                keys.setdefault(key, state.iso3)
    alternatives = sorted(keys, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in alternatives) + r")\b"), keys


def states_in_title(title: str, states: StateIndex) -> list[State]:
    """The states a title names (``Situation of human rights in the Syrian Arab Republic``), by their English
    names and other names in the states table, longest name first; none for a thematic title."""
    pattern, keys = _mentions(states)
    return [states.states[code] for code in dict.fromkeys(keys[m[0]] for m in pattern.finditer(normalise(title)))]


@dataclass
class CouncilText:
    """One text the Council acted on, as one source records it (a :class:`~rightsgraph.upr.importers.Record`)."""

    path: str  # the resource under the base: Symbol.path, or draft/... for a text without a symbol
    kind: str  # resolution | decision | amendment | draft
    line: int
    title: str = ""
    symbol: Symbol | None = None
    session: str | None = None  # session/hrc-52
    date: dt.date | None = None
    outcome: str | None = None  # adopted | rejected | withdrawn
    mode: str | None = None  # recorded-vote | without-vote
    orally_revised: bool = False
    amended: bool = False
    meeting: int | None = None
    agenda_item: int | None = None
    tally: tuple[int, int, int | None, int | None] | None = None  # yes, no, abstentions, non-voting
    amends: str | None = None  # the path of the text an amendment amends
    concerns: tuple[State, ...] = ()
    votes: tuple[tuple[State, str], ...] = ()  # (state, position)

    def statements(self, writer) -> list[str]:
        s, g = writer.resource(self.path), None
        out = [quad(s, RDF_TYPE, _p(cls), g) for cls in CLASSES[self.kind]]
        add = out.append
        add(quad(s, DERIVED, iri(writer.graph), g))
        add(quad(s, _p("ofBody"), writer.resource(COUNCIL), g))
        add(quad(s, _p("sourceRow"), integer(self.line), g))
        if self.symbol:
            add(quad(s, _p("symbol"), literal(self.symbol.short), g))
            add(quad(s, _p("documentSymbol"), literal(self.symbol.document), g))
            add(quad(s, LABEL, literal(LABELS[self.kind] + self.symbol.short, "en"), g))
        elif self.title:
            add(quad(s, LABEL, literal(self.title, "en"), g))
        if self.title:
            add(quad(s, TITLE, literal(self.title, "en"), g))
        if self.session:
            add(quad(s, _p("atSession"), writer.resource(self.session), g))
            out += _session(writer, self.session)
        if self.date:
            add(quad(s, _p("actionDate"), literal(self.date.isoformat(), datatype=XSD + "date"), g))
            if self.outcome == "adopted":
                add(quad(s, _p("adoptedOn"), literal(self.date.isoformat(), datatype=XSD + "date"), g))
        for prop, scheme, value in (("outcome", "vote-outcome", self.outcome), ("adoptionMode", "adoption-mode",
                                                                                 self.mode)):
            if value:
                add(quad(s, _p(prop), _concept(f"{scheme}/{value}"), g))
        if self.orally_revised:
            add(quad(s, _p("orallyRevised"), _TRUE, g))
        if self.amended:
            add(quad(s, _p("asAmended"), _TRUE, g))
        if self.meeting is not None:
            add(quad(s, _p("meetingNumber"), integer(self.meeting), g))
        if self.agenda_item is not None:
            add(quad(s, _p("agendaItem"), integer(self.agenda_item), g))
        if self.tally:
            for prop, value in zip(("votesFor", "votesAgainst", "abstentions", "nonVoting"), self.tally, strict=True):
                if value is not None:
                    add(quad(s, _p(prop), integer(value), g))
        if self.amends:
            add(quad(s, _p("amends"), writer.resource(self.amends), g))
        for state in self.concerns:
            add(quad(s, _p("concernsState"), writer.resource(state.id), g))
        for state, position in self.votes:
            v = writer.resource(f"vote/{self.path.split('/', 1)[1]}-{state.iso3.lower()}")
            out += [quad(v, RDF_TYPE, _p("Vote"), g), quad(v, _p("voter"), writer.resource(state.id), g),
                    quad(v, _p("onText"), s, g), quad(v, _p("votePosition"), _concept(f"vote-position/{position}"), g)]
        return out


CLASSES = {"resolution": ("Resolution",), "decision": ("Resolution", "Decision"), "amendment": ("Amendment",),
           "draft": ("DraftResolution",)}
LABELS = {"resolution": "HRC resolution ", "decision": "HRC decision ", "amendment": "Amendment ", "draft": ""}
_TRUE = literal("true", datatype=XSD + "boolean")


@cache
def _p(name: str) -> str:
    return iri(RG + name)


@cache
def _concept(path: str) -> str:
    return iri(RGC + path)


def _session(writer, path: str) -> list[str]:
    """A session's statements, once per file: its type, body, number, labels (worded as the curated sessions'
    of data/reference.yaml) and its source; a special one is marked so."""
    if path in writer.done:
        return []
    writer.done.add(path)
    s, number = writer.resource(path), int(path.rsplit("-", 1)[1])
    out = [quad(s, RDF_TYPE, _p("Session"), None), quad(s, _p("ofBody"), writer.resource(COUNCIL), None),
           quad(s, _p("sessionNumber"), integer(number), None), quad(s, DERIVED, iri(writer.graph), None)]
    if "special" in path:
        out += [quad(s, _p("specialSession"), _TRUE, None),
                quad(s, LABEL, literal(f"Special session {number} of the Human Rights Council", "en"), None),
                quad(s, LABEL, literal(f"Khóa họp đặc biệt lần thứ {number} của Hội đồng Nhân quyền", "vi"), None)]
    else:
        out += [quad(s, LABEL, literal(f"{_ordinal(number)} regular session of the Human Rights Council", "en"),
                     None),
                quad(s, LABEL, literal(f"Khóa họp thường kỳ lần thứ {number} của Hội đồng Nhân quyền", "vi"), None)]
    return out


def _ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 52nd."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
