"""The names the graph already knows, matched in text: diacritics, case and spelling variants ignored.

Every labelled resource of a kind extraction cares about (persons, posts, organisations, states,
places, cycles, sessions, mechanisms, instruments) contributes its labels, alternative names and
acronyms in every language.  Names are compared as sequences of folded tokens (``Hà Nội`` and
``Ha Noi`` are the same); acronyms must match exactly (``UN``, not ``un``).  Matching is greedy
longest-first from each token, so the cost is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property

from rightsgraph.ids import KEYED, id_key
from rightsgraph.text import fold_same_length

TOKEN = re.compile(r"[^\W_]+")
#: the longest name found, in tokens: the Council's mandates' official names run to 32 in Vietnamese ('Báo cáo viên
#: đặc biệt của Liên hợp quốc về quyền của mọi người được hưởng …'); a bound keeps each word's lookup short (16 left
#: ten names of the reference data unfound: the code review of round 37)
MAX_NAME_TOKENS = 32
#: a capital and a small letter of Latin script, Vietnamese's included, as regex classes: the code points from À to
#: ỹ alternate between the cases ('Đ' U+0110, 'đ' U+0111), so a range of them is no class of either ('đã' after
#: 'Lào' was a capital, and the list 'Cuba và Lào' lost Laos)
UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha()) + "]"
LOWER = "[" + "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.islower() and c.isalpha()) + "]"
# glued page text: 'theHRC's' (lower case, then an acronym), '1Assistant' (a digit, then a word): where to cut
_GLUED = re.compile(rf"{LOWER}(?=[A-Z]{{2}})|\d(?={UPPER}{LOWER})")


def tokens(text: str) -> list[tuple[int, int]]:
    """The word tokens of ``text`` as (start, end), glued words split ('theHRC' → 'the', 'HRC')."""
    spans = list(map(re.Match.span, TOKEN.finditer(text)))
    cuts = [g.end() for g in _GLUED.finditer(text)]
    if not cuts:
        return spans
    starts = [s for s, _ in spans]
    found, done = [], 0
    for cut in cuts:  # few: each splits the token it falls in
        i = bisect.bisect_right(starts, cut) - 1
        if i < done - 1 or not spans[i][0] < cut < spans[i][1]:
            continue
        if i >= done:
            found += spans[done:i + 1]
            done = i + 1
        start, end = found.pop()
        found += [(start, cut), (cut, end)]
    return found + spans[done:]


_GAP = re.compile(r"[ \t\u00a0\-–'’]*")  # what may separate the words of one name ('Lao động – Thương binh')
_COMMA_GAP = re.compile(r"[ \t\u00a0\-–'’]*,?[ \t\u00a0]*")

#: rg: class (local name) → the kind of thing extraction treats it as
KINDS = {
    "Person": "person", "Post": "post", "State": "state", "Place": "place", "ReviewCycle": "cycle",
    "Session": "session", "Mechanism": "mechanism", "Instrument": "instrument", "Treaty": "instrument",
    "Organisation": "organisation", "UNBody": "organisation", "Ministry": "organisation",
    "GovernmentBody": "organisation", "RegionalOrganisation": "organisation", "PoliticalParty": "organisation",
}
#: kinds whose names start with a capital letter in running text (a lower-case match is a common word)
CAPITALISED = {"person", "state", "place", "organisation", "mechanism", "instrument", "session"}
_SPELLING = {"organisation": "organization", "organization": "organisation", "programme": "program",
             "program": "programme", "labour": "labor", "labor": "labour"}
_VIET_NAM = [("viet", "nam"), ("vietnam",)]
#: the one-syllable Vietnamese state names that are no given name nor word when written so (a capital and their
#: tones: 'Lào', not 'Lao động'): found as written, where 'Nga', 'Anh' or 'Pháp' are found only beside a title, in a
#: list or after 'Cộng hòa' ('Cộng hòa Séc': a bare 'Séc' is a cheque too, the code review of rounds 31-32). Laos was
#: lost in 15 Vietnamese articles of the written sets, 'Cộng hòa Dân chủ Nhân dân Lào' too.
SPELT_STATES = frozenset({"Lào", "Síp", "Bỉ", "Úc", "Ma-rốc"})
_QUALIFIERS = [(w, *vn) for w in ("of", "in", "tai") for vn in _VIET_NAM]


@dataclass(frozen=True)
class Entity:
    id: str  # relative to the base: ``org/undp``
    type: str  # record type name: ``UNBody``
    kind: str  # ``organisation``
    label: str


@dataclass
class Mention:
    start: int  # character offsets in the text
    end: int
    entities: tuple[Entity, ...]
    acronym: bool = False

    @property
    def entity(self) -> Entity:
        return self.entities[0]

    @property
    def kind(self) -> str:
        return self.entities[0].kind


@dataclass
class Gazetteer:
    entities: dict[str, Entity] = field(default_factory=dict)
    #: a post's organisation, a body's parent (``post/minister-foreign-affairs-vnm`` → ``org/mofa-vnm``)
    parent: dict[str, str] = field(default_factory=dict)
    #: a national post's or body's state: such a record is the template of the other states' counterparts
    state: dict[str, str] = field(default_factory=dict)
    #: one-syllable Vietnamese state names ('Nga', 'Lào'), folded: not names to find (they are given names too), but
    #: a state right after a title ('Bộ Ngoại giao Nga')
    short_states: dict[str, str] = field(default_factory=dict)
    #: a place's id → its state's (rg:inCountry)
    country: dict[str, str] = field(default_factory=dict)
    #: a body's id → the bodies it is part of (org:subOrganizationOf: the UN Secretariat is the UN's)
    part_of: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: a person's id → the posts the graph records them holding (rg:PostHolding) → when the first tenure it dates
    #: began and the last ended (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), or None
    holdings: dict[str, dict[str, tuple[str | None, str | None]]] = field(default_factory=lambda: defaultdict(dict))
    #: folded words → (entity, the name as it must be written or None, whether that is an acronym)
    _names: dict[tuple[str, ...], list[tuple[Entity, str | None, bool]]] = field(
        default_factory=lambda: defaultdict(list))
    _lengths: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    #: the names written with a comma ('Committee on Economic, Social and Cultural Rights'): after which of their
    #: words one may stand
    _commas: dict[tuple[str, ...], frozenset[int]] = field(default_factory=dict)

    @cached_property
    def heads(self) -> frozenset[str]:
        """The bodies whose posts the graph knows (the National Assembly's Chairman, ASEAN's Secretary-General): a
        head of one named by a bare title is one of those, not a post the rules would make."""
        return frozenset(self.parent[e.id] for e in self.entities.values() if e.kind == "post" and e.id in self.parent)

    def add(self, entity: Entity, name: str, acronym: bool = False, spelt: bool = False) -> None:
        """Add one name of ``entity`` (with its spelling variants); an acronym, or a name ``spelt``, is found only
        as written."""
        self.entities.setdefault(entity.id, entity)
        if acronym or spelt:
            key = tuple(fold_same_length(name[s:e]) for s, e in tokens(name))  # as find() folds
            self._put(key, entity, name, acronym)
            return
        commas = _comma_gaps(name)
        base = _fold_tokens(name)
        if entity.kind == "person" and len(base) < 2:
            return  # a person's one word ('Hang', 'Duterte', as an editor may accept it) would find every namesake
        for key in _variants(base, entity.kind):
            self._put(key, entity, None, False)
            if commas and len(key) == len(base):  # (a variant of another length, without its leading 'the'
                # too, is found without the comma)
                self._commas[key] = self._commas.get(key, frozenset()) | commas

    def _put(self, key: tuple[str, ...], entity: Entity, exact: str | None, acronym: bool) -> None:
        if not key or len(key) > MAX_NAME_TOKENS:
            return
        entries = self._names[key]
        if all(e.id != entity.id or x != exact for e, x, _ in entries):
            entries.append((entity, exact, acronym))
            self._lengths[key[0]].add(len(key))

    def without(self, kind: str) -> Gazetteer:
        """A copy that does not know the entities of one kind (to measure the rules on their own)."""
        copy = Gazetteer({k: e for k, e in self.entities.items() if e.kind != kind}, self.parent, self.state,
                         self.short_states, self.country)  # (the entities no name finds, too: a post known by its id)
        for key, entries in self._names.items():
            for entity, exact, acronym in entries:
                if entity.kind != kind:
                    copy._put(key, entity, exact, acronym)
        copy._commas = dict(self._commas)
        return copy

    def find(self, text: str, spans: list[tuple[int, int]] | None = None) -> list[Mention]:
        """Every longest non-overlapping mention of a known name in ``text`` (``spans``: its tokens)."""
        spans = spans if spans is not None else tokens(text)
        whole = fold_same_length(text)
        folded = [whole[s:e] for s, e in spans]
        found: list[Mention] = []
        i, n = 0, len(spans)
        lengths = self._lengths
        while i < n:
            if folded[i] not in lengths:  # (most words start no name: no call for them, 1.5 M a 10 MB text)
                i += 1
                continue
            mention, length = self._longest(text, spans, folded, i)
            # a name one of whose words starts a longer name that goes on past a possessive: 'Chairman of the
            # National Assembly's Judicial Committee' is the committee's chairman, no Chairman of the National Assembly
            if mention and text.startswith(("'s", "’s"), mention.end) and any(
                    (x := self._longest(text, spans, folded, j))[0] and j + x[1] > i + length
                    for j in range(i + 1, i + length)):
                mention = None
            if mention:
                found.append(mention)
            i += length if mention else 1
        return found

    def _longest(self, text: str, spans: list[tuple[int, int]], folded: list[str], i: int) -> tuple[Mention | None,
                                                                                                     int]:
        """The longest mention of a known name at the ``i``-th token, and its length in tokens."""
        # 'Trưởng ban Tôn giáo Chính phủ': a board's name in lower case after its head's title (round 17)
        lower = i > 0 and folded[i - 1] == "truong" and folded[i] == "ban"
        for length in sorted(self._lengths.get(folded[i], ()), reverse=True):
            if i + length > len(spans):
                continue
            key = tuple(folded[i:i + length])
            entries = self._names.get(key)
            if not entries or not _joined(text, spans, i, length, self._commas.get(key, frozenset())):
                continue
            if mention := _accept(text, spans, i, length, entries, lower):
                return mention, length
        return None, 0

    @cached_property
    def _by_key(self) -> dict[str, str]:
        return {id_key(rid): rid for rid in self.entities if rid.startswith(KEYED)}

    def known_id(self, rid: str) -> str | None:
        """The id the graph knows ``rid``'s resource by: ``rid``, or the known body or post it spells otherwise
        (:func:`rightsgraph.ids.id_key`); ``None`` for a resource the graph lacks."""
        return rid if rid in self.entities else self._by_key.get(id_key(rid))

    def lookup(self, name: str, kind: str | None = None) -> list[Entity]:
        """The entities one name (folded) denotes, optionally of one kind."""
        key = _fold_tokens(name)
        return [e for e, _, _ in self._names.get(key, ()) if kind is None or e.kind == kind]

    def __len__(self) -> int:
        return len(self.entities)


def _fold_tokens(name: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(fold_same_length(name)))


def _joined(text: str, spans: list[tuple[int, int]], i: int, length: int, commas: frozenset[int] = frozenset()) -> bool:
    """The words of a candidate name are separated by spaces, hyphens or apostrophes only, and by a comma where the
    name has one (``commas``: after which of its words)."""
    return all((_COMMA_GAP if j - i in commas else _GAP).fullmatch(text, spans[j][1], spans[j + 1][0])
               for j in range(i, i + length - 1))


def _comma_gaps(name: str) -> frozenset[int]:
    """After which words of ``name`` it has a comma; none for an inverted name ('Korea, Republic of', 'Moldova,
    Republic of': in running text 'Moldova, Republic of Korea' is two states)."""
    if "," not in name:
        return frozenset()
    spans = list(map(re.Match.span, TOKEN.finditer(fold_same_length(name))))
    if not spans or fold_same_length(name[spans[-1][0]:spans[-1][1]]) in ("of", "the"):
        return frozenset()
    return frozenset(j for j in range(len(spans) - 1) if "," in name[spans[j][1]:spans[j + 1][0]])


def _accept(text: str, spans: list[tuple[int, int]], i: int, length: int,
            entries: list[tuple[Entity, str | None, bool]], lower: bool = False) -> Mention | None:
    words = [text[s:e] for s, e in spans[i:i + length]]
    start, end = spans[i][0], spans[i + length - 1][1]
    kept, acronym = [], False
    for entity, exact, spelt_acronym in entries:
        if exact is not None:
            if words == _words(exact):
                kept.append(entity)
                acronym = acronym or spelt_acronym
        elif entity.kind not in CAPITALISED or words[0][:1].isupper() or words[0][:1].isdigit() or lower:
            kept.append(entity)
    return Mention(start, end, tuple(kept), acronym) if kept else None


@cache
def _words(name: str) -> list[str]:
    """The words of an acronym as written (asked once per match: cached)."""
    return [name[s:e] for s, e in tokens(name)]


def _variants(key: tuple[str, ...], kind: str) -> Iterator[tuple[str, ...]]:
    """A name and its usual variants: Viet Nam/Vietnam, United Nations/UN, British/American spelling,
    without a leading 'the' (or 'các'), and (posts) without 'of Viet Nam'; 'X of Viet Nam' → 'Vietnamese X'."""
    if key[:1] in (("the",), ("cac",), ("nhung",)):  # 'the', and the Vietnamese plural markers
        key = key[1:]
    seen: set[tuple[str, ...]] = set()
    todo = [key]
    while todo:
        current = todo.pop()
        if current in seen or not current:
            continue
        seen.add(current)
        yield current
        todo.extend(_respell(current))
        for qualifier in _QUALIFIERS:
            n = len(qualifier)
            if len(current) > n and current[-n:] == qualifier:
                if kind == "post" and len(current) - n > 1:  # not a bare 'President' of 'President of Viet Nam'
                    todo.append(current[:-n])
                if qualifier[0] == "of":
                    todo.append(("vietnamese", *current[:-n]))


def _respell(key: tuple[str, ...]) -> Iterable[tuple[str, ...]]:
    for j, word in enumerate(key):
        if word in _SPELLING:
            yield (*key[:j], _SPELLING[word], *key[j + 1:])
        if key[j:j + 2] == ("viet", "nam"):
            yield (*key[:j], "vietnam", *key[j + 2:])
        if word == "vietnam":
            yield (*key[:j], "viet", "nam", *key[j + 1:])
        if key[j:j + 2] == ("united", "nations"):
            yield (*key[:j], "un", *key[j + 2:])
        if key[j:j + 2] == ("national", "assembly") and len(key) > 2:  # 'the NA's Law Committee' (round 31), but
            yield (*key[:j], "na", *key[j + 2:])  # no bare 'NA'

        if key[j:j + 3] == ("lien", "hop", "quoc"):  # Liên hợp quốc, abbreviated LHQ, also spelt Liên Hiệp Quốc
            yield (*key[:j], "lhq", *key[j + 3:])
            yield (*key[:j], "lien", "hiep", "quoc", *key[j + 3:])


LABELS = """
PREFIX rg: <https://w3id.org/rightsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s ?cls ?name ?acronym ?main WHERE {
  VALUES ?cls { %s }
  ?s a ?cls .
  { ?s rdfs:label ?name BIND(false AS ?acronym) BIND(true AS ?main) }
  UNION { ?s skos:altLabel ?name BIND(false AS ?acronym) }
  UNION { ?s rg:acronym ?name BIND(true AS ?acronym) }
}
"""


#: classes whose resources extraction may link to without knowing a name for them
IDENTIFIED = ("Resolution", "LegalAct", "Candidacy", "MembershipTerm", "Event", "PostHolding")


def from_store(store, base: str) -> Gazetteer:
    """The gazetteer of a store's merged graph (its reviewed facts and reference data)."""
    from rightsgraph.namespaces import RG, SCHEMA, local_name

    classes = " ".join(f"<{RG[name]}>" for name in KINDS)
    rows = store.select(LABELS % classes)
    gazetteer = Gazetteer()
    identified = " ".join(f"<{RG[name]}>" for name in IDENTIFIED)
    for s, cls in store.select(f"SELECT ?s ?cls {{ VALUES ?cls {{ {identified} }} ?s a ?cls }}"):
        if s.value.startswith(base):
            name = local_name(cls.value)
            rid = s.value[len(base):]
            gazetteer.entities.setdefault(rid, Entity(rid, name, name.lower(), rid))
    national = " ".join(f"<{RG[name]}>" for name in ("Post", "Ministry", "GovernmentBody", "PoliticalParty"))
    for s, parent, state in store.select(
            f"PREFIX org: <http://www.w3.org/ns/org#> SELECT ?s ?p ?st {{ VALUES ?cls {{ {national} }} ?s a ?cls "
            f"OPTIONAL {{ ?s org:postIn|org:subOrganizationOf ?p }} OPTIONAL {{ ?s <{RG.ofState}> ?st }} }}"):
        rid = s.value[len(base):]
        if parent is not None and parent.value.startswith(base):
            gazetteer.parent.setdefault(rid, parent.value[len(base):])
        if state is not None and state.value.startswith(base):
            gazetteer.state[rid] = state.value[len(base):]
    for s, whole in store.select(
            "PREFIX org: <http://www.w3.org/ns/org#> SELECT ?s ?p { ?s org:subOrganizationOf ?p }"):
        if s.value.startswith(base) and whole.value.startswith(base):
            gazetteer.part_of[s.value[len(base):]].add(whole.value[len(base):])
    for person, post, start, end in store.select(
            f"SELECT ?h ?p (MIN(STR(?s)) AS ?start) (MAX(STR(?e)) AS ?end) {{ ?x a <{RG.PostHolding}> ; "
            f"<{RG.holder}> ?h ; <{RG.post}> ?p OPTIONAL {{ ?x <{SCHEMA.startDate}> ?s }} "
            f"OPTIONAL {{ ?x <{SCHEMA.endDate}> ?e }} }} GROUP BY ?h ?p"):
        if person.value.startswith(base) and post.value.startswith(base):
            gazetteer.holdings[person.value[len(base):]][post.value[len(base):]] = (
                start.value if start else None, end.value if end else None)
    for s, country in store.select(f"SELECT ?s ?c {{ ?s a <{RG.Place}> ; <{RG.inCountry}> ?c }}"):
        if s.value.startswith(base) and country.value.startswith(base):
            gazetteer.country[s.value[len(base):]] = country.value[len(base):]
    labels: dict[str, tuple[int, str]] = {}
    found: list[tuple[str, str, str, bool]] = []
    republics: list[tuple[str, str]] = []  # the one-syllable states, found as written after 'Cộng hòa' ('Cộng hòa Séc')
    for s, cls, name, acronym, main in rows:
        if not s.value.startswith(base):
            continue
        if name.language == "vi" and len(name.value.split()) == 1 and len(name.value) < 7:
            if local_name(cls.value) == "State":
                gazetteer.short_states[fold_same_length(name.value).lower()] = s.value[len(base):]
                republics.append((s.value[len(base):], name.value))
            if name.value not in SPELT_STATES:
                continue  # one-syllable Vietnamese names ("Nga", "Đức") are also given names: too ambiguous (a
                # longer word, 'Campuchia', is none)
        rid, type_ = s.value[len(base):], local_name(cls.value)
        found.append((rid, type_, name.value, acronym.value == "true"))
        if acronym.value != "true":  # the label: the English rdfs:label, else any rdfs:label, else any name
            rank = (main is None) * 2 + (name.language != "en")
            if rank < labels.get(rid, (9, ""))[0]:
                labels[rid] = (rank, name.value)
    types: dict[str, str] = {}
    for rid, type_, _, _ in found:  # the most specific class: any but Organisation when there are two
        if types.get(rid) in (None, "Organisation"):
            types[rid] = type_
    for rid, _, name, acronym in sorted(found):
        type_ = types[rid]
        gazetteer.add(Entity(rid, type_, KINDS[type_], labels.get(rid, (0, name))[1]), name, acronym,
                      name in SPELT_STATES)
    for rid, name in republics:
        if rid in gazetteer.entities:
            for republic in ("Cộng hòa", "Cộng hoà"):
                gazetteer.add(gazetteer.entities[rid], f"{republic} {name}", spelt=True)
    return gazetteer
