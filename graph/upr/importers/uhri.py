"""Universal Human Rights Index (UHRI) CSV exports.

Columns as OHCHR exports them, typos included: Text, Countries Concerned, Reccomending Body,
Document Symbol, Themes, Affected Persons, Sdgs, Document Publication Date, UPR Reccomending States,
UPR Position, Type, OHCHR Annotation Id, UPR Session, Regions Concerned, Recommending Regions,
Date of publication on UHRI.  Lists inside a cell are separated by ``;`` (``|`` and new lines are
accepted too).  Only UPR recommendations are imported; rows of other bodies (treaty bodies, special
procedures) are counted and skipped.  Themes become concepts of the UHRI theme scheme.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from rightsgraph.curation.states import StateIndex
from rightsgraph.errors import DataError, UnknownNameError
from rightsgraph.text import slugify
from rightsgraph.textio import TextInfo, open_text
from rightsgraph.upr.importers import BadRow, Progress, bad_row, bounded_lines, csv_rows
from rightsgraph.upr.recommendations import Item

REQUIRED = ("Text", "Countries Concerned", "Reccomending Body", "Document Symbol", "Themes", "Affected Persons",
            "Sdgs", "UPR Reccomending States", "UPR Position", "UPR Session")
PARA = re.compile(r"^\s*(\d{1,3}\.\d{1,3})\.?\s+")
POSITIONS = {"supported": "supported", "noted": "noted", "accepted": "supported"}


def _list(value: str) -> list[str]:
    return [v.strip() for v in re.split(r"[;|\n]", value or "") if v.strip()]


def read(path: Path, info: TextInfo, states: StateIndex, progress: Progress | None = None) -> Iterator[Item | BadRow]:
    with open_text(path, info) as handle:
        reader = csv.DictReader(bounded_lines(handle, path), strict=True)
        try:
            header = [h.strip().lstrip("\ufeff") for h in (reader.fieldnames or [])]
        except (csv.Error, UnicodeDecodeError) as exc:
            raise DataError(f"unreadable header: {exc}", path, 1) from None
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise DataError(f"not a UHRI export: missing column(s) {', '.join(missing)}", path, 1)
        reader.fieldnames = header
        for row in csv_rows(reader, handle, path, info.encoding, progress):
            if isinstance(row, BadRow):
                yield row
                return
            if None in row or any(v is None for v in row.values()):
                yield BadRow(reader.line_num, "the row does not have the header's number of fields (truncated row?)")
                continue
            if row["Reccomending Body"].strip().upper() != "UPR":
                continue
            try:
                yield _item(row, reader.line_num, path, states)
            except (DataError, ValueError) as exc:
                yield bad_row(reader.line_num, exc, row.get("Text", ""))


def _item(row: dict[str, str], line: int, path: Path, states: StateIndex) -> Item:
    text = " ".join(row["Text"].split())
    if not text:
        raise ValueError("empty Text")
    paragraph = None
    if m := PARA.match(text):
        paragraph, text = m[1], text[m.end():]
    concerned = [s for s in (states.resolve(n, path, line) for n in _list(row["Countries Concerned"])) if s]
    if len(concerned) != 1:
        raise ValueError("a UPR recommendation concerns exactly one state (Countries Concerned)")
    recommending = [s for s in (states.resolve(n, path, line) for n in _list(row["UPR Reccomending States"])) if s]
    position = POSITIONS.get(row["UPR Position"].strip().lower())
    if row["UPR Position"].strip() and position is None:
        raise ValueError(f"UPR Position must be Supported or Noted, not {row['UPR Position']!r}")
    m = re.search(r"\d+", row["UPR Session"])
    if not m or int(m[0]) < 1:
        raise ValueError(f"no session number in UPR Session {row['UPR Session']!r}")
    sdgs = []
    for goal in _list(row["Sdgs"]):
        g = re.match(r"\s*(?:Goal\s*)?(\d{1,2})\b", goal, re.I)
        if not g or not 1 <= int(g[1]) <= 17:
            raise UnknownNameError("not an SDG", path, line, goal)
        sdgs.append(int(g[1]))
    themes = [(f"uhri-theme/{slugify(t)}", t, None) for t in _list(row["Themes"])]
    return Item(text=text, state=concerned[0], session=int(m[0]), line=line, recommending=tuple(recommending),
                response=position, issues=tuple(t[0] for t in themes), sdgs=tuple(dict.fromkeys(sdgs)),
                affected=tuple(_list(row["Affected Persons"])), paragraph=paragraph,
                document=row["Document Symbol"].strip() or None, concepts=tuple(themes))
