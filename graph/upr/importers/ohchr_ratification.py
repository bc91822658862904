"""OHCHR's status-of-ratification dashboard export of one treaty (XLS, full dates).

Row 1 is the title, the treaty's full name and "[Last Updated: dd/mm/yyyy hh:mm:ss]"; row 2 the columns
Country, Date of Signature (dd/mm/yyyy), Date of Ratification/Accession and, for some treaties, the dates
of acceptance of the individual communications and inquiry procedures; then one row per state, an empty
row and notes on the source.  Dates are Excel dates (or dd/mm/yyyy text).  A state with a date of
ratification is a party, one with only a signature a signatory, others no action.  Countries are resolved
through the states table; an entity outside it (Cook Islands, Niue, the European Union) is a bad row.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from rightsgraph.curation.states import StateIndex
from rightsgraph.errors import DataError
from rightsgraph.textio import TextInfo
from rightsgraph.upr.importers import BadRow, Progress, bad_row
from rightsgraph.upr.instruments import instrument_of_title
from rightsgraph.upr.ratifications import AsOf, TreatyStatus

MAX_ROWS = 1000
"""Rows a dashboard export may have (about 200 states): a larger sheet is not one."""
COLUMNS = ("country", "date of signature", "date of ratification/accession")
OPTIONAL = {"communications": "date of acceptance of individual communications procedure",
            "inquiry": "date of acceptance of inquiry procedure"}
_TITLE = re.compile(r"\s*(?P<title>.+?)\s*\[\s*last updated:\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})[^\]]*\]\s*$",
                    re.IGNORECASE)


def read(path: Path, info: TextInfo, states: StateIndex,
         progress: Progress | None = None) -> Iterator[TreatyStatus | AsOf | BadRow]:
    rows = _sheet(path)
    if not rows:
        raise DataError("the spreadsheet is empty", path, 1)
    title = _TITLE.match(str(rows[0][0] if rows[0] else ""))
    if not title:
        raise DataError("not an OHCHR ratification export: row 1 must read '<treaty> [Last Updated: dd/mm/yyyy …]'",
                        path, 1, str(rows[0][0] if rows[0] else "")[:200])
    treaty = instrument_of_title(title["title"])
    if treaty is None:
        raise DataError("the title names none of the 18 core human-rights instruments", path, 1, title["title"][:200])
    try:
        yield AsOf(dt.date(int(title["y"]), int(title["m"]), int(title["d"])).isoformat())
    except ValueError:
        raise DataError("the 'Last Updated' date is not a date", path, 1, title.group(0)[:200]) from None
    header = [" ".join(str(c).split()).lower() for c in (rows[1] if len(rows) > 1 else [])]
    columns = {}
    for name in COLUMNS:
        found = [n for n, h in enumerate(header) if h.startswith(name)]
        if not found:
            raise DataError(f"not an OHCHR ratification export: no column {name!r} in row 2", path, 2)
        columns[name] = found[0]
    columns.update({key: header.index(h) for key, h in OPTIONAL.items() if h in header})
    seen: dict[str, int] = {}
    for number, row in enumerate(rows[2:], start=3):
        cells = [c.strip() if isinstance(c, str) else c for c in row]
        if not any(c not in ("", None) for c in cells):
            break  # the states end at the first empty row; notes on the source follow
        yield from _row(cells, columns, number, path, states, treaty, seen)
    if progress:
        progress(path.stat().st_size)


def _sheet(path: Path) -> list[list]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        if sheet.total_height > MAX_ROWS:
            raise DataError(f"{sheet.total_height:,} rows: not a ratification export (at most {MAX_ROWS:,})", path)
        return sheet.to_python()
    except DataError:
        raise
    except Exception as exc:  # calamine's errors: not a spreadsheet, a damaged one
        raise DataError(f"not a readable XLS spreadsheet: {exc}", path) from None


def _row(cells: list, columns: dict[str, int], number: int, path: Path, states: StateIndex, treaty: str,
         seen: dict[str, int]) -> Iterator[TreatyStatus | BadRow]:
    raw = " | ".join("" if c is None else str(c) for c in cells)[:1000]
    try:
        country = str(cells[columns["country"]])
        state = states.resolve(country, path, number)
        if state is None:
            raise ValueError("no country named")
        dates = {key: _date(cells[i] if i < len(cells) else "") for key, i in columns.items() if key != "country"}
        ratified, signed = dates["date of ratification/accession"], dates["date of signature"]
        status = "party" if ratified else "signatory" if signed else "no-action"
        record = TreatyStatus(state, treaty, status, number, ratified=ratified, signed=signed,
                              communications=dates.get("communications"), inquiry=dates.get("inquiry"))
    except (DataError, ValueError) as exc:
        yield bad_row(number, exc, raw)
        return
    if state.iso3 in seen:
        yield BadRow(number, f"{state.name} is listed twice (first on row {seen[state.iso3]})", raw)
        return
    seen[state.iso3] = number
    yield record


def _date(cell) -> str | None:
    """An ISO date from an Excel date or dd/mm/yyyy text; None for an empty cell or a dash."""
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    text = str(cell).strip()
    if text in ("", "-", "–", "—"):
        return None
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if not match:
        raise ValueError(f"not a date: {text[:50]!r}")
    return dt.date(int(match[3]), int(match[2]), int(match[1])).isoformat()
