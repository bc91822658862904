"""OHCHR thematic lists of UPR recommendations (text or markdown copies), older and newer layout.

Each recommendation is a paragraph line ``<para> <text> (<State>) (<State>);`` (older lists put
joint states in one bracket, ``(Portugal, Slovakia)``), then ``Source of position: <symbol> - Para. N``,
then ``Supported`` or ``Noted``, then themes: ``A12 Acceptance of international norms`` (older
UHRI codes) or ``- Ratification of & accession to …`` (newer), the persons concerned after
``Affected persons:`` or ``Groups of Persons:``, and SDG lines ``- 1 - NO POVERTY``.  The session and
the state under review come from the title (``# UPR 48th Session - Slovenia - …``) or a
``**Session:**`` line.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from rightsgraph.curation.states import StateIndex
from rightsgraph.errors import DataError, UnknownNameError
from rightsgraph.text import slugify
from rightsgraph.textio import TextInfo, open_text
from rightsgraph.upr.importers import BadRow, Progress, bad_row
from rightsgraph.upr.recommendations import Item

PARA = re.compile(r"^(\d{1,3}\.\d{1,3})\.?\s+(.+?)\s*$")
TITLE = re.compile(r"^#\s*UPR\s+(\d+)(?:st|nd|rd|th)?\s+Session\s*[-–]\s*(.+?)\s*[-–]", re.I)
SESSION = re.compile(r"^\*\*Session:\*\*\s*(\d+)", re.I)
SOURCE = re.compile(r"^Source of position:\s*(\S+)", re.I)
POSITION = {"supported": "supported", "noted": "noted"}
OLD_THEME = re.compile(r"^([A-Z]\d{1,2})\s+(.+)$")
SDG = re.compile(r"^-\s*(\d{1,2})\s*-\s*[A-Z]")
# Matrices (and lists in their layout) put the SDGs among the themes, coded S01-S17: "S16 SDG 16 - peace, justice
# and strong institutions" (sometimes with a no-break space before the dash).  They are goals, not UHRI themes;
# "S Sustainable Development Goal implementation" names no goal and stays a theme (notation "S").
CODED_SDG = re.compile(r"^S(\d{1,2})\s+SDG\s*(\d{1,2})(?!\d)")
SDG_THEME = re.compile(r"^(S)\s+(Sustainable Development Goals?\b.*)$", re.I)
GROUPS = re.compile(r"^(Affected persons|Groups of Persons)\s*:", re.I)


def split_states(text: str, states: StateIndex) -> tuple[str, list]:
    """A paragraph's text and every state it credits, in order.

    The UN numbers a paragraph, not each state's words in it: a cluster such as
    ``Ensure … (Egypt); continue … (Peru); take … (Azerbaijan);`` is one recommendation credited to the
    three states, and its text is the paragraph as printed.  A paragraph with one credit (one or several
    states, as in a joint recommendation) gives its text without the bracket.
    """
    parts = segments(text, states)
    credited = list(dict.fromkeys(s for _, group in parts for s in group))
    if len(parts) == 1:
        return parts[0][0], credited
    return text.rstrip().rstrip(";.").rstrip(), credited


def segments(text: str, states: StateIndex) -> list[tuple[str, list]]:
    """The pieces of a paragraph, each with the states its bracket credits: ``[(words, [State, …]), …]``.

    A credit is one or more bracketed groups of state names (``(Portugal, Slovakia)`` or
    ``(Portugal) (Slovakia)``) closing a piece, before a semicolon or at the end.  Brackets that name
    no state (``(2009–2014)``) stay in the words.  Unknown names in the last bracket raise
    :class:`UnknownNameError` (the importer reports them); words after the last credit join it.
    """
    body = text.rstrip().rstrip(";.").rstrip()
    ends = [m.start() for m in re.finditer(r"\)\s*(?=;|$)", body)]
    parts: list[tuple[str, list]] = []
    start = 0
    for k, end in enumerate(ends):
        last = k == len(ends) - 1
        cut, found = _credit(body, start, end + 1, states, strict=last)
        if found:
            parts.append((body[start:cut].strip(" ;,"), found))
            start = end + 1
    rest = body[start:].strip(" ;,")
    if rest and parts:
        words, group = parts[-1]
        parts[-1] = (f"{words}; {rest}", group)
    elif rest or not parts:
        parts.append((rest, []))
    return parts


def _credit(body: str, start: int, end: int, states: StateIndex, strict: bool) -> tuple[int, list]:
    """Peel the bracketed state names ending at ``end`` (exclusive) back to ``start``: (where they begin, states)."""
    found: list = []
    while body[start:end].rstrip().endswith(")"):
        end = start + len(body[start:end].rstrip())
        depth, open_at = 0, None
        for i in range(end - 1, start - 1, -1):
            depth += body[i] == ")"
            depth -= body[i] == "("
            if depth == 0:
                open_at = i
                break
        if open_at is None:
            break
        try:
            group = _names(body[open_at + 1 : end - 1], states)
        except UnknownNameError:
            if found or not strict:
                break
            raise
        found = [s for s in group if s] + found
        end = open_at
    return end, found


def _names(inner: str, states: StateIndex) -> list:
    """The states a bracket names: its comma-separated names, or failing that the fewest known state names its
    words make up, ``and`` between them left out (``Mexico; Egypt``, ``Peru and Spain``, ``Brazil/Spain``,
    ``United Kingdom France``).  Raises :class:`UnknownNameError` for the first name when neither reads."""
    try:
        return [states.resolve(n) for n in _split_names(inner)]
    except UnknownNameError as exc:
        error = exc
    words = re.findall(r"[^\s,;/]+", inner)
    best: dict[int, list] = {0: []}  # words read -> fewest states reading them
    for i in range(1, len(words) + 1):
        for j in range(max(0, i - 8), i):
            if j not in best:
                continue
            span = " ".join(words[j:i])
            if span.lower() == "and":
                found = best[j]
            elif state := states.known(span):
                found = [*best[j], state]
            else:
                continue
            if i not in best or len(found) < len(best[i]):
                best[i] = found
    if best.get(len(words)):
        return best[len(words)]
    raise error


def _split_names(inner: str) -> list[str]:
    """Split 'Portugal, Slovakia' but keep 'Bolivia (Plurinational State of)' whole."""
    names, depth, current = [], 0, ""
    for ch in inner:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            names.append(current)
            current = ""
        else:
            current += ch
    names.append(current)
    return [n.strip() for n in names if n.strip()]


def read(path: Path, info: TextInfo, states: StateIndex,
         progress: Progress | None = None) -> Iterator[Item | BadRow]:
    """Recommendations of a thematic list in text form."""
    with open_text(path, info) as handle:
        try:
            lines = [html.unescape(line.rstrip("\r\n")) for line in handle.read().splitlines()]
        except UnicodeDecodeError as exc:
            raise DataError(f"cannot be read as {info.encoding}: {exc.reason}", path) from None
    session, state = None, None
    for number, line in enumerate(lines[:20], 1):
        if m := TITLE.match(line):
            session = int(m[1])
            state = states.resolve(m[2], path, number)
        elif (m := SESSION.match(line)) and session is None:
            session = int(m[1])
    if session is None or state is None:
        raise DataError("not an OHCHR thematic list: no title '# UPR <n>th Session - <State> - …' in the first "
                        "20 lines", path, 1)
    starts = [i for i, line in enumerate(lines) if PARA.match(line)]
    if not starts:
        raise DataError("no recommendation paragraphs ('115.1 …') found", path)
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        yield entry(lines[start:end], start + 1, session, state, states, path)


def entry(lines: list[str], line: int, session: int, state, states: StateIndex, path: Path) -> Item | BadRow:
    """One recommendation from its lines (paragraph line first); a :class:`BadRow` if it cannot be read."""
    try:
        return _entry(lines, line, session, state, states, path)
    except (DataError, ValueError) as exc:
        return bad_row(line, exc, lines[0] if lines else "")


def _entry(lines: list[str], line_no: int, session: int, state, states: StateIndex, path: Path) -> Item:
    m = PARA.match(lines[0].strip())
    if not m:
        raise ValueError("a recommendation starts with its paragraph number (115.1 …)")
    paragraph, text = m[1], m[2]
    try:
        body, recommending = split_states(text, states)
    except UnknownNameError as exc:
        raise DataError(f"unknown recommending state {exc.value!r}", path, line_no, exc.value) from None
    if not recommending:
        raise ValueError("no recommending state in brackets at the end of the recommendation")
    document = response = None
    themes, groups, sdgs, concepts = [], [], [], []
    in_groups = False
    for line in (x.strip() for x in lines[1:]):
        if not line or line.lower().startswith("theme:"):
            continue
        if m := SOURCE.match(line):
            document = m[1]
        elif line.lower() in POSITION:
            response = POSITION[line.lower()]
        elif GROUPS.match(line):
            in_groups = True
        elif m := SDG.match(line):
            sdgs.append(_goal(m[1]))
        elif m := CODED_SDG.match(line):
            if int(m[1]) != int(m[2]):
                raise ValueError(f"theme code S{m[1]} but SDG {m[2]} in {line!r}")
            sdgs.append(_goal(m[2]))
        elif in_groups and line.startswith("-"):
            groups.append(line.lstrip("- ").strip())
        elif m := OLD_THEME.match(line) or SDG_THEME.match(line):
            themes.append(f"uhri-theme/{m[1].lower()}")
            concepts.append((themes[-1], m[2].strip(), m[1]))
        elif line.startswith("-"):
            label = line.lstrip("- ").strip()
            themes.append(f"uhri-theme/{slugify(label)}")
            concepts.append((themes[-1], label, None))
    if response is None:
        raise ValueError("no position (Supported or Noted) after the recommendation")
    return Item(text=body, state=state, session=session, line=line_no, recommending=tuple(recommending),
                response=response, issues=tuple(dict.fromkeys(themes)), sdgs=tuple(dict.fromkeys(sdgs)),
                affected=tuple(dict.fromkeys(groups)), paragraph=paragraph, document=document,
                concepts=tuple(dict.fromkeys(concepts)))


def _goal(number: str) -> int:
    """An SDG's number, checked to be one of the 17 goals."""
    if not 1 <= int(number) <= 17:
        raise ValueError(f"no SDG {int(number)}")
    return int(number)
