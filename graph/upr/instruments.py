"""The 18 core human-rights instruments: their ids, and recognising them in recommendations that ask to ratify.

The ids are those of the curated treaties (``data/treaties.yaml``: ``treaty/<id>``); the importers of
ratification data map file names and titles to them.  :func:`recognise` reads a recommendation's words
and returns the instruments it asks the state under review to ratify, accede or become party to: a
ratifying verb (English or Vietnamese) must be in the same sentence, and a mention right after words such
as "reservations to", "article 22 of", "implement" or "ratified" is not a request to ratify.  An optional
protocol is never its convention ("the Optional Protocol to the Convention against Torture" is OPCAT only).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rightsgraph.text import fold_same_length

#: id -> the full English title (UN Treaty Collection), in the order of the curated file.
TITLES = {
    "icerd": "International Convention on the Elimination of All Forms of Racial Discrimination",
    "iccpr": "International Covenant on Civil and Political Rights",
    "iccpr-op1": "Optional Protocol to the International Covenant on Civil and Political Rights",
    "iccpr-op2": "Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at "
                 "the abolition of the death penalty",
    "icescr": "International Covenant on Economic, Social and Cultural Rights",
    "icescr-op": "Optional Protocol to the International Covenant on Economic, Social and Cultural Rights",
    "cedaw": "Convention on the Elimination of All Forms of Discrimination against Women",
    "op-cedaw": "Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women",
    "cat": "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
    "opcat": "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment "
             "or Punishment",
    "crc": "Convention on the Rights of the Child",
    "op-crc-ac": "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in "
                 "armed conflict",
    "op-crc-sc": "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child "
                 "prostitution and child pornography",
    "op-crc-ic": "Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
    "icmw": "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their "
            "Families",
    "crpd": "Convention on the Rights of Persons with Disabilities",
    "op-crpd": "Optional Protocol to the Convention on the Rights of Persons with Disabilities",
    "cped": "International Convention for the Protection of All Persons from Enforced Disappearance",
}
INSTRUMENTS = tuple(TITLES)
BIT = {name: 1 << n for n, name in enumerate(INSTRUMENTS)}


def instrument_of_title(title: str) -> str | None:
    """The id of the instrument a status page or export is titled with (case, spacing, commas folded)."""
    return _BY_TITLE.get(_title_key(title))


def _title_key(title: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", title.casefold()))


_BY_TITLE = {_title_key(t): i for i, t in TITLES.items()}
_BY_TITLE.update({_title_key(t.split(",")[0]): i for i, t in TITLES.items() if i in ("iccpr-op2",)})

# ---- recognition ---------------------------------------------------------------------------------------------
# Conventions: names (folded, lower case) and acronyms (as printed).  Each regex part is a phrase with spaces
# standing for any run of white space.
_THE = r"(?:the )?(?:(?:un|united nations) )?"
CONVENTIONS: dict[str, tuple[list[str], list[str]]] = {
    "icerd": ([r"(?:international )?convention (?:on|for) the elimination of (?:all forms of )?racial discrimination",
               r"convention against racial discrimination",
               r"cong uoc (?:quoc te )?ve (?:viec )?xoa bo (?:moi|tat ca cac) hinh thuc phan biet chung toc"],
              ["ICERD", "CERD"]),
    "iccpr": ([r"(?:international )?covenant on civil (?:and|&) political rights?",
               r"cong uoc quoc te ve (?:cac )?quyen dan su,? (?:va )?chinh tri"], ["ICCPR", "CCPR"]),
    "icescr": ([r"(?:international )?covenant on economic,? social,? (?:and|&) cultural rights",
                r"cong uoc quoc te ve (?:cac )?quyen kinh te,? xa hoi,? (?:va )?van hoa"],
               ["ICESCR", "CESCR"]),
    "cedaw": ([r"convention (?:on|for) the elimination of (?:all forms of )?discrimination against women",
               r"cong uoc (?:ve )?(?:viec )?xoa bo (?:moi|tat ca cac) hinh thuc phan biet doi xu "
               r"(?:voi|chong lai) phu nu"],
              ["CEDAW"]),
    "cat": ([r"convention (?:against|on) torture(?:,? and other cruel,? inhumane?,? (?:or|and) degrading treatment,? "
             r"(?:or|of|and) punishment)?", r"torture convention",
             r"cong uoc (?:quoc te )?(?:cua lien hop quoc )?(?:ve )?chong tra tan"], ["CAT", "UNCAT"]),
    "crc": ([r"convention on the rights of (?:the )?child(?:ren)?",
             r"cong uoc (?:cua lien hop quoc )?(?:lien hop quoc )?ve (?:cac )?quyen (?:cua )?tre em"],
            ["CRC", "UNCRC"]),
    "icmw": ([r"(?:international )?convention (?:on|for) (?:the )?protection of (?:the )?rights of all "
              r"migrants?'? workers?"
              r"(?:,? and (?:the )?(?:members? of )?their famil(?:y|ies))?",
              r"(?:international )?convention on (?:the rights of )?(?:all )?migrants?'? workers?",
              r"migrants?'? workers?'? (?:rights )?convention",
              r"cong uoc (?:quoc te )?(?:ve )?(?:bao ve )?quyen (?:cua )?(?:tat ca )?nguoi lao dong di tru"
              r"(?: va (?:cac )?thanh vien gia dinh ho)?"],
             ["ICRMW", "ICMW", "CMW", "MWC", "ICPMW"]),
    "crpd": ([r"convention (?:on|of|for) the (?:rights|protection) of (?:persons|people) with disabilit(?:y|ies)",
              r"(?:disability|disabilities) convention",
              r"cong uoc (?:cua lien hop quoc )?(?:ve )?(?:cac )?quyen (?:cua )?nguoi khuyet tat"], ["CRPD", "ICRPD"]),
    "cped": ([r"(?:international )?convention (?:for|on) the protection of all persons (?:from|against) enforced "
              r"disappearances?",
              r"convention (?:on|against) enforced disappearances?", r"enforced disappearances? convention",
              r"cong uoc (?:quoc te )?(?:ve )?bao ve (?:tat ca )?moi nguoi khoi bi cuong buc mat tich"],
             ["CPED", "CED", "ICED", "ICPPED"]),
}
#: The optional protocols of each convention, in the order "first", "second" ... refer to.
PROTOCOLS = {"iccpr": ["iccpr-op1", "iccpr-op2"], "icescr": ["icescr-op"], "cedaw": ["op-cedaw"], "cat": ["opcat"],
             "crc": ["op-crc-ac", "op-crc-sc", "op-crc-ic"], "crpd": ["op-crpd"]}
#: Protocols by their own acronyms (as printed) or subject (folded).
PROTOCOL_ACRONYMS = {
    "opcat": [r"OP[- ]?CAT", r"CAT[- ]OP", r"OPTCAT"], "op-cedaw": [r"OP[- ]?CEDAW", r"CEDAW[- ]OP"],
    "icescr-op": [r"OP[- ]?ICESCR", r"ICESCR[- ]OP"], "op-crpd": [r"OP[- ]?CRPD", r"CRPD[- ]OP"],
    "iccpr-op1": [r"OP1[- ]?ICCPR", r"ICCPR[- ]OP1", r"OP[- ]?ICCPR", r"ICCPR[- ]OP"],
    "iccpr-op2": [r"OP2[- ]?ICCPR", r"ICCPR[- ]OP[- ]?2", r"OP[- ]2[- ]ICCPR"],
    "op-crc-ac": [r"OP[- ]?CRC[- ]AC", r"OP[- ]?AC", r"OPAC", r"CRC[- ]OP[- ]AC"],
    "op-crc-sc": [r"OP[- ]?CRC[- ]SC", r"OP[- ]?SC", r"OPSC", r"CRC[- ]OP[- ]SC"],
    "op-crc-ic": [r"OP[- ]?CRC[- ]IC", r"OP[- ]?IC", r"OPIC", r"OP3[- ]?CRC", r"CRC[- ]OP3?[- ]IC"],
}
CRC_SUBJECTS = {"op-crc-ac": r"armed conflicts?|xung dot vu trang",
                "op-crc-sc": r"sale of children|child prostitution|child pornography|sexual exploitation|"
                             r"buon ban tre em|mai dam tre em",
                "op-crc-ic": r"communications? procedure|individual (?:complaints?|communications?)|khieu nai"}


def _phrase(pattern: str) -> str:
    return pattern.replace(" ", r"\s+")


def _names(conventions: list[str] | None = None) -> str:
    parts = []
    for name, (names, acronyms) in CONVENTIONS.items():
        if conventions is None or name in conventions:
            parts += [_phrase(n) for n in names] + [a.lower() for a in acronyms]
    return "|".join(parts)


_CONVENTION_NAME = {name: re.compile(r"\b(?:" + _THE.replace(" ", r"\s+") + r")?(?:" + "|".join(
    _phrase(n) for n in names) + r")\b") for name, (names, _) in CONVENTIONS.items()}
_CONVENTION_ACRONYM = {name: re.compile(r"(?<![A-Za-z0-9-])(?:" + "|".join(acronyms) + r")(?![A-Za-z0-9])")
                       for name, (_, acronyms) in CONVENTIONS.items()}
_PROTOCOL_ACRONYM = {name: re.compile(r"(?<![A-Za-z0-9-])(?:" + "|".join(
    a.replace("[- ]?", r"[-\s]{0,2}").replace("[- ]", r"[-\s]{1,2}") for a in acronyms)
                                      + r")(?![A-Za-z0-9])") for name, acronyms in PROTOCOL_ACRONYMS.items()}
_ORDINAL = r"(?:(?P<ord>first|second|third|1st|2nd|3rd|two|both|three|all) )?"
_PROTOCOL_WORD = r"(?:(?:optional|additional|facultative) )*(?P<plural>protocol|protocols|op|ops)"
_PROTOCOL_TO = re.compile(_phrase(
    r"\b" + _ORDINAL + _PROTOCOL_WORD + r"(?: (?:no\.? ?)?[123])? (?:to|of|on|under|for) "
    r"(?:the )?(?:un |united nations )?"
    r"(?P<conv>" + _names() + r")\b").replace(r"\s+?", " ?"))
_PROTOCOL_VI = re.compile(_phrase(r"\bnghi dinh thu "
                                  r"(?:(?:khong bat buoc|tuy chon|bo sung|thu (?P<vord>nhat|hai|ba)) )*"
                                  r"(?:(?:cua|cho|ve|bo sung|kem theo) )*(?P<conv>" + _names() + r")"))
_PROTOCOL_SUBJECT = re.compile(_phrase(r"\b(?:(?:optional|additional) )+protocols? (?:to the crc |to the "
                                       r"convention on the rights of the child )?(?:on|concerning) (?:the )?"
                                       r"(?:involvement of children in armed conflicts?|sale of children|"
                                       r"a communications? procedure)"))
_ITS_PROTOCOL = re.compile(_phrase(r"\b(?:(?:its|their) (?P<ord>first |second |two |both )?"
                                   r"(?:(?:optional|additional) )*(?P<plural>protocol|protocols|op|ops)|"
                                   r"the (?:optional )?(?P<plural2>protocol|protocols) thereto)\b"))
_GAP = re.compile(r"(?:[\s,)(]|\b(?:and|as well as|with|including|together|consider|to|sign|signing|ratify|"
                  r"ratifying|accede|acceding|become|becoming|a|party|join|joining)\b)*")
_TRIGGER = re.compile(_phrase(
    r"\b(?:ratif(?!ied)\w*|accede|accedes|acceding|accession|adhere|adheres|adhering|adhesion|"
    r"become (?:a )?(?:state )?part(?:y|ies)|becoming (?:a )?(?:state )?part(?:y|ies)|join|joining|"
    r"phe chuan|gia nhap|tham gia)\b"))
_NOT_TRIGGER = re.compile(_phrase(r"\b(?:upon|on|after|following|since|at the time of|at|its recent|recent|prior to)"
                                  r" (?:(?:its|the|their) )?(?:ratification|accession)s?\b"))
_BLOCK = re.compile(_phrase(
    r"\b(?:reservations?|declarations?|articles?|art\.|obligations?|implement\w*|withdraw\w*|provisions?|in line with|"
    r"in accordance with|in conformity with|compl(?:y|ies|iance|iant)|committee|recommendations|report\w*|"
    r"ratified|acceded|"
    r"principles|standards|harmoni[sz]\w*|align\w*|incorporat\w*|domesticat\w*|under|pursuant to|"
    r"bao luu|thuc hien|thuc thi)\b"))
_SENTENCE = re.compile(r"(?<![A-Z])[.;](?=\s+[A-Z0-9]|\s*$)|;|\n")


def _ascii(text: str) -> str:
    """The text folded to lower case without diacritics, one character for one (offsets stay valid)."""
    return fold_same_length(text)


@lru_cache(maxsize=4096)
def recognise(text: str) -> tuple[str, ...]:
    """The instruments (ids, in :data:`INSTRUMENTS` order) that a recommendation asks to ratify or accede to."""
    if not _TRIGGER.search(_ascii(text)):  # most texts ask nothing of the kind: a sentence's match is the text's
        return ()
    found: set[str] = set()
    start = 0
    for end in [m.start() for m in _SENTENCE.finditer(text)] + [len(text)]:
        sentence = text[start:end]
        start = end + 1
        if sentence.strip():
            found |= _in_sentence(sentence)
    return tuple(i for i in INSTRUMENTS if i in found)


def asks_to_ratify(text: str) -> bool:
    """Whether the words ask to ratify or accede to anything (one of the 18 or another instrument)."""
    low = _ascii(text)
    return any(not _NOT_TRIGGER.match(low, max(0, m.start() - 25)) and _valid_trigger(low, m)
               for m in _TRIGGER.finditer(low))


def _valid_trigger(low: str, match: re.Match) -> bool:
    before = low[max(0, match.start() - 25):match.end()]
    return not _NOT_TRIGGER.search(before)


def ratification_key(text: str) -> int:
    """-1 for words that ask to ratify nothing, else a bit per instrument asked for (0: none of the 18)."""
    if not asks_to_ratify(text):
        return -1
    key = 0
    for name in recognise(text):
        key |= BIT[name]
    return key


def _in_sentence(sentence: str) -> set[str]:
    low = _ascii(sentence)
    triggers = [m for m in _TRIGGER.finditer(low) if _valid_trigger(low, m)]
    if not triggers:
        return set()
    mentions: list[tuple[int, int, tuple[str, ...]]] = []  # (start, end, instruments)
    for m in _PROTOCOL_TO.finditer(low):
        mentions.append((m.start(), m.end(), _protocols(low, m, _convention(m["conv"]))))
    for m in _PROTOCOL_VI.finditer(low):
        vord = {"nhat": "first", "hai": "second", "ba": "third"}.get(m["vord"] or "")
        mentions.append((m.start(), m.end(), _protocols(low, m, _convention(m["conv"]), vord)))
    for m in _PROTOCOL_SUBJECT.finditer(low):
        mentions.append((m.start(), m.end(), _crc_subjects(low[m.start():m.end()]) or ()))
    for name, pattern in _PROTOCOL_ACRONYM.items():
        mentions += [(m.start(), m.end(), (name,)) for m in pattern.finditer(sentence)]
    conventions = []
    for name in CONVENTIONS:
        conventions += [(m.start(), m.end(), (name,)) for m in _CONVENTION_NAME[name].finditer(low)]
        conventions += [(m.start(), m.end(), (name,)) for m in _CONVENTION_ACRONYM[name].finditer(sentence)]
    # a convention's name inside a protocol's mention is not the convention
    # (nor is its acronym printed right after it: "the Optional Protocol to the Covenant ... (ICCPR)")
    mentions += [c for c in conventions if not any(s <= c[0] and (c[1] <= e or not low[e:c[0]].strip(" ()"))
                                                   for s, e, _ in mentions)]
    for m in _ITS_PROTOCOL.finditer(low):  # "CRPD and its Optional Protocol": the protocol of the last convention
        last = [c for c in conventions if c[1] <= m.start() and _GAP.fullmatch(low[c[1]:m.start()])]
        if last:
            name = max(last)[2][0]
            mentions.append((m.start(), m.end(), _protocols(low, m, name)))
    # a mention inside a longer one is part of it ("ICCPR-OP" of "ICCPR-OP 2")
    mentions = [m for m in mentions if not any(s <= m[0] and m[1] <= e and (s, e) != m[:2] for s, e, _ in mentions)]
    first_trigger = triggers[0].start()
    out: set[str] = set()
    for s, _e, names in mentions:
        if s < first_trigger and not _follows_mention(low, s, triggers):
            continue
        window = " ".join(low[max(0, s - 40):s].split()[-4:])
        if _BLOCK.search(window) and not _TRIGGER.search(window):  # "ratify and implement CRPD" asks to ratify
            continue
        out.update(names)
    return out


def _follows_mention(low: str, start: int, triggers: list[re.Match]) -> bool:
    """A mention before the verb still counts when the verb refers back to it ("CAT, with a view to ratifying it")."""
    between = [low[start:t.start()] for t in triggers if t.start() > start]
    return any(re.match(_phrase(r"[^.;]{0,60}(?:with a view to|towards?|to) "), b) for b in between) or any(
        re.fullmatch(r"[\w ()-]{0,25}", b) and low[start + len(b):].startswith(("ratification", "accession"))
        for b in between)


def _convention(found: str) -> str:
    key = " ".join(found.split())
    for name, (names, acronyms) in CONVENTIONS.items():
        if key in {a.lower() for a in acronyms} or any(re.fullmatch(n.replace(" ", r"\s+"), key) for n in names):
            return name
    raise ValueError(f"no convention called {found!r}")  # the patterns come from CONVENTIONS: cannot happen


def _protocols(low: str, match: re.Match, convention: str, vord: str | None = None) -> tuple[str, ...]:
    """The protocols a protocol mention of ``convention`` names (``()`` when it cannot tell which)."""
    options = PROTOCOLS.get(convention, [])
    ordinal = vord or (match.groupdict().get("ord") or "").strip()
    word = match.groupdict().get("plural") or match.groupdict().get("plural2") or ""
    plural = word in ("protocols", "ops") or ordinal in ("two", "both", "three", "all")
    if convention == "crc":
        subjects = _crc_subjects(low[match.start():match.end() + 120])
        if subjects:
            return subjects
        if ordinal in ("third", "3rd"):
            return ("op-crc-ic",)
        return ("op-crc-ac", "op-crc-sc") if plural else ()
    if convention == "iccpr":
        tail = low[match.end():match.end() + 80]
        if ordinal in ("second", "2nd") or re.search(r"death penalty|2\b", low[match.start():match.end()] + tail[:40]):
            return ("iccpr-op2",) if not plural else tuple(options)
        return tuple(options) if plural else ("iccpr-op1",)
    return tuple(options)


def _crc_subjects(text: str) -> tuple[str, ...]:
    return tuple(name for name, pattern in CRC_SUBJECTS.items() if re.search(pattern, text))
