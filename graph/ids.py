"""When two ids name the same body or post: the key every reader of ids compares them by.

Ids of bodies and posts are made from their names (``org/international-organizations-department-mofa-vnm``), by the
curators, by the extractor from an article's words and by the editors who correct a candidate.  The same body comes out
under several spellings: British or American (``organisations``), the words in another order (``department-
international-organisations``), with or without a joining word (``association-of-the-elderly``), an acronym or its
words (``mofa``, ``ministry-foreign-affairs``), ``viet-nam`` or ``vietnam``, ``un-`` or not.  Two such ids would be two
resources in the graph, and a holding stated under one would be missing from the other.

:func:`id_key` is what they have in common: the id's kind, its words spelt one way without the joining words, in any
order, and its states in their order where that tells one state's envoy to another (``embassy-vnm-tha``, Viet Nam's
embassy in Thailand, is not ``embassy-tha-vnm``; the code reviews of rounds 23-25 and 26).  The curated data may not
declare two bodies or posts with one key (:func:`collisions`); the extractor proposes a body or post the graph knows
under the graph's id, and one it names twice under one id; the evaluation compares a labeller's ids with the
extractor's by it.  Only ``org/`` and ``post/`` ids are keyed: names of people, places and the rest are not composed of
such words; a person's id is keyed only without its middle initials (``person/teodoro-l-locsin-jr`` is
``person/teodoro-locsin-jr``: the code review of round 35).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rightsgraph.curation.states import default_index

#: the kinds of id whose words are folded
KEYED = ("org/", "post/")

#: one spelling of a word
_SPELLING = {"organisation": "organization", "organisations": "organizations", "labor": "labour",
             "program": "programme", "programs": "programmes", "center": "centre", "centers": "centres",
             "defense": "defence", "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
             "womens": "women", "peoples": "people", "childrens": "children"}
#: the acronyms of Viet Nam's ministries in the reference data's ids, as their words (``org/molisa-vnm``,
#: ``org/ministry-labour-invalids-social-affairs-vnm``; another state's ``mofa-tha`` alike, and ``mfa``, as labellers
#: write Thailand's: round 27)
ACRONYMS = {"mofa": "ministry foreign affairs", "mfa": "ministry foreign affairs",
             "molisa": "ministry labour invalids social affairs", "moj": "ministry justice",
             "mps": "ministry public security", "moet": "ministry education training",
             "moh": "ministry health", "moha": "ministry home affairs", "moit": "ministry industry trade",
             "mic": "ministry information communications", "mocst": "ministry culture sports tourism",
             "mof": "ministry finance", "mond": "ministry national defence",
             "monre": "ministry natural resources environment", "mpi": "ministry planning investment"}
#: one portfolio's other names, as the rules read them (lexicon.yaml's ``portfolios``: 'Ministry of Interior' is the
#: home-affairs ministry, 'Ministry of Manpower' the labour ministry; round 25)
_PORTFOLIOS = {"interior": "home affairs", "manpower": "labour"}
#: two words written as one
_JOINED = {("viet", "nam"): "vietnam", ("ha", "noi"): "hanoi"}
#: words that do not tell two bodies or posts apart: joining words, the possessive's ``s`` ('women-s'), ``department``
#: and ``situation`` ('the International Organisations Department', 'the Special Rapporteur on the situation of human
#: rights in Myanmar')
_IGNORED = {"of", "and", "for", "the", "on", "in", "at", "to", "s", "department", "situation"}
#: … and in a post's id, ``un`` (a special rapporteur and the Council's president are the UN's either way) and
#: ``ministry`` (a minister's portfolio is its ministry: 'deputy-minister-molisa-vnm',
#: 'deputy-minister-labour-invalids-social-affairs-vnm'); a body's ``un`` only after its first word
#: ('permanent-mission-un-geneva-vnm'; ``un-commission-on-human-rights`` is no state's ``commission-on-human-rights``)
_IGNORED_IN_POSTS = _IGNORED | {"un", "ministry"}
#: words whose order tells bodies apart: the states' codes (the states table's) and the EU's, in the ids of one state's
#: envoys to another (``embassy-vnm-tha``, ``ambassador-tha-vnm``); the others' states in any order (a joint committee,
#: a dialogue or a friendship association of two states is both's)
_ORDERED_EXTRA = {"eu"}
_DIRECTED = frozenset({"embassy", "consulate", "ambassador", "mission", "delegation", "attache", "representative",
                       "counsellor", "envoy", "office", "consul", "charge"})


@lru_cache(maxsize=1)
def _ordered() -> frozenset[str]:
    return frozenset({iso3.lower() for iso3 in default_index().states} | _ORDERED_EXTRA)


@lru_cache(maxsize=65536)
def id_key(rid: str) -> str:
    """What every spelling of a body's or post's id has in common (``org/...``, ``post/...``); another id itself.

    >>> id_key("org/department-international-organisations-mofa-vnm")
    'org/affairs foreign international ministry organizations | vnm'
    """
    if rid.startswith("person/"):  # a middle initial is no part of who: 'teodoro-l-locsin-jr' is 'teodoro-locsin-jr'
        words = rid[len("person/"):].split("-")
        return "person/" + "-".join(w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and len(w) == 1))
    if not rid.startswith(KEYED):
        return rid
    kind, _, slug = rid.partition("/")
    words = slug.split("-")
    joined: list[str] = []
    for word in words:
        if joined and (joined[-1], word) in _JOINED:
            joined[-1] = _JOINED[joined[-1], word]
        else:
            joined.append(word)
    spelt = [w for word in joined
             for w in ACRONYMS.get(word, _PORTFOLIOS.get(word, _SPELLING.get(word, word))).split()]
    ignored = _IGNORED_IN_POSTS if kind == "post" else _IGNORED
    kept = [w for i, w in enumerate(spelt) if w not in ignored and not (w == "un" and i and kind == "org")]
    ordered = _ordered()
    states = [w for w in kept if w in ordered]
    if not _DIRECTED.intersection(kept):
        states.sort()  # ('joint-committee-vnm-lao' is 'joint-committee-lao-vnm': the code review of round 26)
    return f"{kind}/{' '.join(sorted(w for w in kept if w not in ordered))} | {' '.join(states)}"


def fact_key(fact: str) -> str:
    """A fact of ids separated by spaces (``person/x post/y``) with each id keyed."""
    return " ".join(id_key(part) for part in fact.split(" "))


def collisions(ids: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs ``(first, later)`` of ``ids`` that share a key, in the order given."""
    first: dict[str, str] = {}
    found = []
    for rid in ids:
        key = id_key(rid)
        if first.setdefault(key, rid) != rid:
            found.append((first[key], rid))
    return found
