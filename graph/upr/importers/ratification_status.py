"""Ratification status of the 18 core human-rights instruments, one CSV file per instrument (year precision).

The layout of World Politics Datalab's ``hr_status_<instrument>.csv`` (derived from the UN Treaty
Collection, chapter IV): ``iso2,member,state party,year ratification or accession,signatory,no action,status,note``
(``note`` may be missing), one row per UN member state.  The instrument comes from the file name
(``hr_status_op_crc_ac.csv`` is OP-CRC-AC); the ``status`` column is read (the 0/1 flags beside it sometimes
disagree with it), the year only for a state party.  States are resolved by the ``member`` name.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from rightsgraph.curation.states import StateIndex
from rightsgraph.errors import DataError
from rightsgraph.textio import TextInfo, open_text
from rightsgraph.upr.importers import BadRow, Progress, bad_row, bounded_lines, csv_header, csv_rows
from rightsgraph.upr.instruments import INSTRUMENTS
from rightsgraph.upr.ratifications import TreatyStatus

COLUMNS = ("member", "year ratification or accession", "status")
STATUSES = {"state party": "party", "signatory state": "signatory", "signatory": "signatory", "no action": "no-action"}
#: File name (without .csv) -> instrument id.
FILES = {f"hr_status_{name.replace('-', '_')}": name for name in INSTRUMENTS}


def instrument_of_file(path: Path) -> str:
    """The instrument a file's name names; a :class:`DataError` for any other name."""
    name = FILES.get(path.stem.lower())
    if name is None:
        raise DataError(f"the file name does not name one of the 18 instruments: expected one of "
                        f"{', '.join(sorted(f + '.csv' for f in FILES))}", path)
    return name


def read(path: Path, info: TextInfo, states: StateIndex,
         progress: Progress | None = None) -> Iterator[TreatyStatus | BadRow]:
    treaty = instrument_of_file(path)
    with open_text(path, info) as handle:
        reader = csv.reader(bounded_lines(handle, path), strict=True)
        first = _First(reader)
        index, width = csv_header(first, path, info.encoding, COLUMNS, "a treaty ratification status file",
                                  lower=True)
        header = [h.strip().lstrip("\ufeff").lower() for h in first.row]
        note = header.index("note") if "note" in header else None
        seen: dict[str, int] = {}
        for row in csv_rows(reader, handle, path, info.encoding, progress):
            if isinstance(row, BadRow):
                yield row
                return
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != width:
                yield BadRow(line, f"{len(row)} fields where the header has {width}", ",".join(row))
                continue
            try:
                record = _record(row, index, note, line, path, states, treaty)
            except (DataError, ValueError) as exc:
                yield bad_row(line, exc, ",".join(row))
                continue
            if record.state.iso3 in seen:
                yield BadRow(line, f"{record.state.name} is listed twice (first on line {seen[record.state.iso3]})",
                             ",".join(row))
                continue
            seen[record.state.iso3] = line
            yield record


def _record(row: list[str], index: dict[str, int], note_at: int | None, line: int, path: Path, states: StateIndex,
            treaty: str) -> TreatyStatus:
    member = row[index["member"]].strip()
    state = states.resolve(member, path, line)
    if state is None:
        raise ValueError("no state named in 'member'")
    status_text = " ".join(row[index["status"]].split()).lower()
    if status_text not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {row[index['status']]!r}")
    year = row[index["year ratification or accession"]].strip()
    if year and not (len(year) == 4 and year.isdigit() and 1945 <= int(year) <= 2100):
        raise ValueError(f"the year of ratification must be a year such as 1982, not {year!r}")
    note = row[note_at] if note_at is not None else ""
    return TreatyStatus(state, treaty, STATUSES[status_text], line, ratified=year or None,
                        note=" ".join(note.split()) or None)



class _First:
    """A csv reader that keeps its first row (the header, for the optional ``note`` column)."""

    def __init__(self, reader) -> None:
        self.reader, self.row = reader, []

    def __iter__(self):
        return self

    def __next__(self) -> list[str]:
        row = next(self.reader)
        if not self.row:
            self.row = row
        return row
