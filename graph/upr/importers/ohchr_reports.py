"""OHCHR Working Group reports parsed to CSV (Terman's ``<year>data.csv``): one row per piece of a paragraph.

Columns ``text, to, decision, From, year`` and ``notes`` (header names in any case; ``notes``, the
state's comments, is optional and not read).  ``text`` is a paragraph of the report's recommendations
as printed, number first and recommending states in brackets last:
``99.3   Accede to CAT in a timely manner (Australia, Sweden);``.

**One UN paragraph, one recommendation.**  The file repeats a joint paragraph once per state and
splits a clustered one into pieces it numbers itself (``99.3.1``, ``186.1..1``; the UN prints only
``99.3``: on China 2013 the pieces 186.1..1 to 186.1..9 are the rest of the matrix's paragraph 186.1).
All rows of a paragraph ``P.N`` of one review make one :class:`Item`: its distinct pieces in file
order, joined by ``; `` (the clustered paragraph as the UN prints it), credited to every state their
brackets name (:func:`.ohchr_list.split_states`); its line is the first row's.  A text that begins
with another number of the same paragraph series (``128.116..1 128.117. Continue …``) is that paragraph.
In the eight files 443 rows merge into 257 joint paragraphs and 3,864 into 1,548 clustered ones.

**Recommending states** come from the text's brackets; the ``From`` column (one state per row) is read
only for a piece whose last bracket names no known state (``(Azerbeijan)``, or none at all).  Where both
name states and they differ (7 rows), the bracket wins.  The parser's stray close after the bracket
(``(Kuwait). );``, ``(Malaysia)3; )``) is dropped.

**Session.**  The file gives the year of the Working Group's report (measured: every row but Guinea's
in 2014data.csv matches its state's report year; the review year misses the 5,055 rows of sessions 3, 6
and 9, which sat late in the year and reported in the next).  The session is looked up by state and year
(report year, or the review year) in ``data/upr-sessions.csv`` (iso3, session, review_year,
report_year), generated from ``uprinfo-terman/sessions.csv`` (which sessions 1-20 reviewed which state)
and ``upr-years.csv`` (each state's review and report years) by
``python -m rightsgraph.upr.importers.ohchr_reports SESSIONS.csv UPR-YEARS.csv > data/upr-sessions.csv``.
A state and year the table does not hold is a bad row.

**Response** (the author's coding of the report's sections): ``support`` and ``implemented`` (listed as
supported, already implemented or under way) → supported; ``reject`` and ``noted`` → noted; ``consider``
(to be examined, answered later in an addendum the file does not have) and ``unknown`` → none.  Of the
rows UPR Info also has (sessions 1-17), UPR Info gives Accepted for 99.5 % of ``support``, 99.7 % of
``implemented``, Noted for 97.7 % of ``reject``, and Accepted for 62 % of ``consider``.

**Text.**  The files went through old Mac Excel and back, some more than once: ``’`` is stored as
``0xD5`` (Mac Roman), ``0xCD`` or ``0xEA``.  A character the detected encoding reads as typographic
punctuation stays; any other non-ASCII byte is read as Mac Roman and each Windows-1252 → Mac Roman round
trip undone until it is a lower-case letter or typographic punctuation (``Õ`` → ``’``, ``™`` → ``ô``).
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from rightsgraph.curation.states import StateIndex, default_index, normalise
from rightsgraph.errors import DataError, UnknownNameError
from rightsgraph.resources import data_dir
from rightsgraph.textio import TextInfo, open_text
from rightsgraph.upr.importers import BadRow, Progress, bad_row, bounded_lines, csv_header, csv_rows
from rightsgraph.upr.importers.ohchr_list import split_states
from rightsgraph.upr.recommendations import Item

COLUMNS = ("text", "to", "decision", "from", "year")
RESPONSES = {"support": "supported", "implemented": "supported", "implement": "supported", "reject": "noted",
             "noted": "noted", "consider": None, "unknown": None, "": None}
# "96.1", "96.1.1", "186.1..3", "136 1.", "111. 29": the UN's paragraph P.N, then the file's piece numbers
NUMBER = re.compile(r"\s*(\d{1,3})(?:\s*\.\s*|\s+)(\d{1,3})((?:\.{1,3}\d{1,3})*)\.?(?!\d)[\s.,/]*")
SESSIONS = "upr-sessions.csv"
_STRAY = re.compile(r"(?<=\))[\s.,;\d]*\)[\s;]*$")


def read(path: Path, info: TextInfo, states: StateIndex,
         progress: Progress | None = None) -> Iterator[Item | BadRow]:
    """The recommendations of one file, a paragraph each, after every row of it was read."""
    paragraphs: dict[tuple[str, int, str], _Paragraph] = {}
    for thing in _pieces(path, info, states, progress):
        if isinstance(thing, BadRow):
            yield thing
            continue
        key = (thing.state.iso3, thing.session, thing.paragraph)
        paragraphs.setdefault(key, _Paragraph(thing.state, thing.session, thing.paragraph)).pieces.append(thing)
    for paragraph in paragraphs.values():
        yield paragraph.item()


@dataclass
class _Piece:
    line: int
    state: object
    session: int
    paragraph: str
    text: str  # as printed, bracket included
    words: str  # without the bracket that credits one state or several
    recommending: list
    response: str | None


@dataclass
class _Paragraph:
    state: object
    session: int
    number: str
    pieces: list[_Piece] = field(default_factory=list)

    def item(self) -> Item | BadRow:
        first = self.pieces[0]
        responses = {p.response for p in self.pieces}
        if len(responses) > 1:
            lines = ", ".join(str(p.line) for p in self.pieces)
            return BadRow(first.line, f"the rows of paragraph {self.number} (lines {lines}) code different "
                                      "decisions", first.text)
        texts = list(dict.fromkeys(p.text for p in self.pieces))
        recommending = list(dict.fromkeys(s for p in self.pieces for s in p.recommending))
        text = first.words if len(texts) == 1 else "; ".join(t.rstrip(" ;.") for t in texts)
        return Item(text=text, state=self.state, session=self.session, line=first.line,
                    recommending=tuple(recommending), response=first.response, paragraph=self.number)


def _pieces(path: Path, info: TextInfo, states: StateIndex, progress: Progress | None) -> Iterator[_Piece | BadRow]:
    with open_text(path, info) as handle:
        reader = csv.reader(bounded_lines(handle, path), strict=True)
        index, width = csv_header(reader, path, info.encoding, COLUMNS,
                           "an OHCHR reports file (text,to,decision,From,year,notes)", lower=True)
        needed = max(index.values()) + 1
        end = reader.line_num
        for row in csv_rows(reader, handle, path, info.encoding, progress, resume=True):
            start, end = end + 1, reader.line_num
            if isinstance(row, BadRow):
                yield row
                continue
            if not any(cell.strip() for cell in row):
                continue
            if not needed <= len(row) <= width:
                yield BadRow(start, f"{len(row)} fields where the header has {width} (truncated row?)",
                             ",".join(row))
                continue
            try:
                yield _piece({c: repair(row[index[c]], info.encoding) for c in COLUMNS}, start, path, states)
            except (DataError, ValueError) as exc:
                yield bad_row(start, exc, ",".join(row))


def _piece(row: dict[str, str], line: int, path: Path, states: StateIndex) -> _Piece:
    state = states.resolve(row["to"], path, line)
    if state is None:
        raise ValueError("the state under review (to) is unknown")
    year = row["year"].strip()
    if not re.fullmatch(r"(19|20)\d\d", year):
        raise ValueError(f"year must be a year, not {year!r}")
    session = session_of(state.iso3, int(year))
    if session is None:
        known = ", ".join(f"session {s} (reviewed {rv}, reported {rp})" for s, rv, rp in sessions().get(state.iso3, ()))
        raise ValueError(f"no UPR Working Group session of {state.name} reviewed or reported in {year}; "
                         f"data/{SESSIONS} knows {known or 'none'}")
    decision = normalise(row["decision"])
    if decision not in RESPONSES:
        raise ValueError(f"decision must be one of {', '.join(k for k in RESPONSES if k)}, not {row['decision']!r}")
    text = " ".join(row["text"].split())
    m = NUMBER.match(text)
    if not m:
        raise ValueError("the text does not start with a paragraph number (96.1 …)")
    paragraph, text = f"{m[1]}.{m[2]}", text[m.end():]
    if (again := NUMBER.match(text)) and again[1] == m[1] and not again[3]:  # the UN's number, printed in the text
        paragraph, text = f"{again[1]}.{again[2]}", text[again.end():]
    if text.count(")") > text.count("("):  # the parser's stray close: "(Kuwait). );", "(Malaysia)3; )"
        text = _STRAY.sub("", text)
    text = text.strip()
    if not text:
        raise ValueError(f"paragraph {paragraph} has no text")
    unknown = None
    try:
        words, recommending = split_states(text, states)
    except UnknownNameError as exc:  # a last bracket that names no known state: From says who
        unknown, words, recommending = exc.value, text.rstrip(" ;."), []
    if not recommending:
        given = row["from"].strip()
        by = states.known(given)
        if by is None:
            why = f"the last bracket names {unknown!r}" if unknown else "no bracket ends the text"
            raise DataError(f"no known recommending state: {why} and From is {given!r}", path, line, given)
        recommending = [by]
    return _Piece(line, state, session, paragraph, text, words, recommending, RESPONSES[decision])


# ---- the text ----------------------------------------------------------------------------------------------

_PUNCT = frozenset("’‘“”–—…•°")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def repair(text: str, encoding: str) -> str:
    """``text`` read in ``encoding`` with the Mac Roman round trips undone (see the module's docstring)."""
    if text.isascii():
        return text
    return _NON_ASCII.sub(lambda m: _unmangle(m[0], encoding), text)


def _plausible(char: str) -> bool:
    return char in _PUNCT or (unicodedata.category(char) == "Ll" and ord(char) < 0x250)


@lru_cache(maxsize=1024)
def _unmangle(char: str, encoding: str) -> str:
    if char in _PUNCT:
        return char
    try:
        byte = char.encode(encoding)
    except UnicodeEncodeError:
        return char
    if len(byte) != 1:  # a multi-byte encoding (UTF-8): the text is as written
        return char
    first = got = byte.decode("mac_roman")
    for _ in range(3):
        if _plausible(got):
            return got
        try:
            got = got.encode("cp1252").decode("mac_roman")
        except UnicodeError:
            break
    return first


# ---- sessions ----------------------------------------------------------------------------------------------

@cache
def sessions() -> dict[str, list[tuple[int, int, int]]]:
    """ISO code -> [(session, review year, report year), …], from ``data/upr-sessions.csv``."""
    path = data_dir() / SESSIONS
    out: dict[str, list[tuple[int, int, int]]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            out.setdefault(row["iso3"], []).append((int(row["session"]), int(row["review_year"]),
                                                    int(row["report_year"])))
    return out


def session_of(iso3: str, year: int) -> int | None:
    """The session that reviewed ``iso3`` and reported in ``year`` (or, failing that, reviewed it in ``year``)."""
    known = sessions().get(iso3, ())
    for column in (2, 1):
        found = [s[0] for s in known if s[column] == year]
        if found:
            return found[0]
    return None


def session_table(sessions_csv: Path, years_csv: Path, states: StateIndex) -> list[tuple[str, int, int, int]]:
    """(iso3, session, review year, report year) for every review ``sessions_csv`` lists.

    ``sessions_csv`` (``"","To","To_COW","Session"``) says which sessions reviewed a state;
    ``years_csv`` (``country,review1,review2,report1,report2``) a state's review and report years,
    first and second review.  A session's years are those most of its states give (a state's own may be
    missing, ``.``, or wrong: Haiti's first review is dated 2010, its session 12 sat in October 2011).
    """
    from rightsgraph.textio import detect

    def rows(path: Path) -> list[dict[str, str]]:
        with open_text(path, detect(path)) as handle:
            return list(csv.DictReader(handle))

    reviewed: dict[str, list[int]] = {}
    for row in rows(sessions_csv):
        state = states.resolve(row["To"], sessions_csv)
        reviewed.setdefault(state.iso3, []).append(int(row["Session"]))
    votes: dict[int, Counter] = {}
    for row in rows(years_csv):
        state = states.resolve(row["country"], years_csv)
        for k, session in enumerate(sorted(reviewed.get(state.iso3, ()))[:2], 1):
            years = (row[f"review{k}"].strip(), row[f"report{k}"].strip())
            if all(y.isdigit() for y in years):
                votes.setdefault(session, Counter())[tuple(int(y) for y in years)] += 1
    table = []
    for iso3, numbers in reviewed.items():
        for session in numbers:
            if session not in votes:
                raise DataError(f"no state of session {session} has its years in {years_csv.name}", years_csv)
            review, report = votes[session].most_common(1)[0][0]
            table.append((iso3, session, review, report))
    return sorted(table)


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        sys.exit("usage: python -m rightsgraph.upr.importers.ohchr_reports SESSIONS.csv UPR-YEARS.csv > data/"
                 + SESSIONS)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["iso3", "session", "review_year", "report_year"])
    writer.writerows(session_table(Path(argv[0]), Path(argv[1]), default_index()))


if __name__ == "__main__":
    main(sys.argv[1:])
