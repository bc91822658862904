"""Human Rights Council resolutions with the action taken on each: an OpenDocument spreadsheet whose sheet
``data`` has the columns Session typ | Adopted text | Title | Action taken | year | status (and DW's codings).

An adopted text is identified by its symbol (``51/3``, ``S-3/1``: :func:`~.council_texts.symbol_of_resolution`),
``S-`` marking a special session (the sheet drops it from two texts it files as special, and files a few
``S-`` texts as regular: the symbol wins, then the row's session type); a withdrawn or
rejected draft has none (``N/A``) and is named by its year and title instead.  "Action taken" is OHCHR's
wording in its many shapes over the years (:func:`action`): the outcome, whether the text was adopted with or
without a vote, orally revised or amended, the meeting, the date and the tally.  A row whose symbol or action
cannot be read is a bad row, numbered as the spreadsheet numbers it (the header is row 1).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rightsgraph.curation.states import StateIndex
from rightsgraph.errors import DataError
from rightsgraph.text import slugify
from rightsgraph.textio import TextInfo
from rightsgraph.upr.importers import BadRow, Progress, bad_row
from rightsgraph.upr.importers.council_texts import CouncilText, states_in_title, symbol_of_resolution

SHEET = "data"
COLUMNS = ("Session typ", "Adopted text", "Title", "Action taken", "year", "status")
STATUSES = {"adopted": "adopted", "withdrawn": "withdrawn", "rejected": "rejected"}
MONTHS = {m: n for n, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"), 1)}
_DAY_MONTH = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")
_DOTTED = re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2(\d{2}|\d{4})\b")
_TO = re.compile(r"(\d+) to (\d+),? with (no|\d+)(?: abstentions?)?\b")
_IN_FAVOUR = re.compile(r"(\d+) in favour, (\d+) against(?:, (no|\d+) abstentions?)?")
_BY_VOTE = re.compile(r"\bby (?:a )?(?:recorded )?vote\b")
_WITHOUT = re.compile(r"\bwithout (?:a |d )?vote\b|confidential procedure")
_MEETING = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th) meeting\b")


@dataclass(frozen=True)
class Action:
    """What "Action taken" says."""

    outcome: str | None = None
    mode: str | None = None
    orally_revised: bool = False
    amended: bool = False
    meeting: int | None = None
    date: dt.date | None = None
    tally: tuple[int, int, int | None, None] | None = None


def action(text: str) -> Action:
    """Read OHCHR's "Action taken" (``Adopted by a recorded vote | 29 to 13, with 5 abstentions, 40th meeting,
    6 October 2022``, ``Adopted on 28 March 2008 [without a vote]``, ``Adopted by a vote on 26.9.13 [46 in
    favour, 1 against, 0 abstentions]``, ``Withdrawn by the sponsor``, ``Voting Record``); ValueError for
    wording it does not know.  A later clause on another vote ("Amendment proposed by ... rejected by vote
    [...]") is not this text's and is left out."""
    clean = " ".join(text.replace("\xa0", " ").split()).lower()
    if not clean:
        return Action()
    if clean == "voting record":  # a link to the record of a vote: a recorded vote, its figures not given
        return Action(mode="recorded-vote")
    first = re.match(r"(adopted|rejected|withdrawn)\b", clean)
    if not first:
        raise ValueError(f"Action taken is not adopted, rejected or withdrawn: {text.strip()[:80]!r}")
    main = re.split(r"\bamendment proposed\b", clean)[0]
    tally = None
    if m := _TO.search(main) or _IN_FAVOUR.search(main):
        tally = (int(m[1]), int(m[2]), None if m[3] is None else 0 if m[3] == "no" else int(m[3]), None)
    without, by_vote = _WITHOUT.search(main), _BY_VOTE.search(main) or tally
    if without and by_vote:
        raise ValueError(f"Action taken says both with and without a vote: {text.strip()[:80]!r}")
    meeting = _MEETING.search(main)
    return Action(first[1], "without-vote" if without else "recorded-vote" if by_vote else None,
                  "orally revis" in main, bool(re.search(r"\bamended\b", main)),
                  int(meeting[1]) if meeting else None, _date(main), tally)


def _date(text: str) -> dt.date | None:
    """The date in ``text``: ``6 October 2022``, ``26.9.13``, ``28/3/2014`` (day first); ValueError if invalid."""
    try:
        if m := _DAY_MONTH.search(text):
            return dt.date(int(m[3]), MONTHS[m[2]], int(m[1]))
        if m := _DOTTED.search(text):
            year = int(m[4]) + (2000 if len(m[4]) == 2 else 0)
            return dt.date(year, int(m[3]), int(m[1]))
    except ValueError as exc:
        raise ValueError(f"not a date: {m[0]!r} ({exc})") from None
    return None


def _cell(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


MAX_INFLATED = 64 << 20
"""Bytes the parts of the spreadsheet may inflate to (the real file: about 1.5 MB)."""
MAX_RATIO = 200
"""How many times its compressed size a part may inflate to."""


def _check_zip(path: Path) -> None:
    """Refuse a zip whose parts would inflate past :data:`MAX_INFLATED` or :data:`MAX_RATIO` (a decompression
    bomb) before calamine reads it."""
    if not zipfile.is_zipfile(path):
        return  # not a zip: calamine says what it is not
    with zipfile.ZipFile(path) as archive:
        parts = archive.infolist()
    total = sum(p.file_size for p in parts)
    if total > MAX_INFLATED or any(p.file_size > MAX_RATIO * max(p.compress_size, 1) for p in parts):
        raise DataError(f"the spreadsheet would inflate to {total:,} bytes (limits: {MAX_INFLATED:,} bytes, "
                        f"{MAX_RATIO} times a part's compressed size): refused as a decompression bomb", path)


def _rows(path: Path) -> list[list]:
    from python_calamine import CalamineError, CalamineWorkbook

    _check_zip(path)
    try:
        book = CalamineWorkbook.from_path(str(path))
        if SHEET not in book.sheet_names:
            raise DataError(f"not the HRC resolutions spreadsheet: no sheet {SHEET!r} (sheets: "
                            f"{', '.join(book.sheet_names)})", path)
        return book.get_sheet_by_name(SHEET).to_python(skip_empty_area=False)
    except (CalamineError, OSError, ValueError) as exc:
        if isinstance(exc, DataError):
            raise
        raise DataError(f"not a readable spreadsheet (ODS/XLSX/XLS): {exc}", path) from None


def read(path: Path, info: TextInfo | None, states: StateIndex,
         progress: Progress | None = None) -> Iterator[CouncilText | BadRow]:
    rows = _rows(path)
    if not rows:
        raise DataError(f"sheet {SHEET!r} is empty", path, 1)
    header = [_cell(h).strip() for h in rows[0]]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise DataError(f"not the HRC resolutions spreadsheet: missing column(s) {', '.join(missing)}", path, 1)
    index = {c: header.index(c) for c in COLUMNS}
    drafts: Counter = Counter()
    seen: dict[str, int] = {}
    for line, row in enumerate(rows[1:], 2):
        cells = {c: _cell(row[i]) if i < len(row) else "" for c, i in index.items()}
        if not any(v.strip() for v in cells.values()):
            continue
        try:
            text = _text(cells, line, states, drafts)
        except ValueError as exc:
            yield bad_row(line, exc, " | ".join(cells.values()))
            continue
        if text.path in seen:
            yield BadRow(line, f"{text.symbol.short if text.symbol else text.title!r} is also on row {seen[text.path]}",
                         " | ".join(cells.values()))
            continue
        seen[text.path] = line
        yield text
    if progress:
        progress(path.stat().st_size)


def _text(cells: dict[str, str], line: int, states: StateIndex, drafts: Counter) -> CouncilText:
    status = STATUSES.get(cells["status"].strip().lower())
    if status is None:
        raise ValueError(f"status must be Adopted, Withdrawn or Rejected, not {cells['status']!r}")
    if cells["Session typ"].strip().lower() not in ("regular", "special"):
        raise ValueError(f"Session typ must be regular or special, not {cells['Session typ']!r}")
    title = " ".join(cells["Title"].split())
    done = action(cells["Action taken"])
    if done.outcome and done.outcome != status:
        raise ValueError(f"Action taken says {done.outcome}, the status column {status}")
    concerns = tuple(states_in_title(title, states))
    common = dict(title=title, date=done.date, outcome=status, mode=done.mode, orally_revised=done.orally_revised,
                  amended=done.amended, meeting=done.meeting, tally=done.tally, concerns=concerns)
    symbol_text = cells["Adopted text"].strip()
    if status != "adopted" and symbol_text.upper() in ("", "N/A"):
        year = cells["year"].strip()
        if not re.fullmatch(r"20\d\d", year) or not title:
            raise ValueError("a draft without a symbol needs its year and title")
        key = f"draft/hrc-{year}-{slugify(title, max_words=12)}"
        drafts[key] += 1
        path = key if drafts[key] == 1 else f"{key}-{drafts[key]}"
        return CouncilText(path, "draft", line, **common)
    symbol = symbol_of_resolution(symbol_text, cells["Session typ"].strip().lower() == "special")
    return CouncilText(symbol.path, "resolution", line, symbol=symbol, session=symbol.session_path, **common)
