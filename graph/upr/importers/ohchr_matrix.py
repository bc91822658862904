"""OHCHR matrices of recommendations as Word (.docx) files.

The matrix is one table (Recommendation | Position | Full list of themes | Assessment); single-cell
rows are theme headings.  Each recommendation row is read like an entry of a thematic list (see
:mod:`.ohchr_list`); the SDG lines among its themes (``S16 SDG 16 - peace, justice …``) become SDGs.
The state under review and the session come from the running header, "UPR of China (2nd Cycle – 17th
session)".  The document is read with the standard library (zip + XML).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from rightsgraph.curation.states import StateIndex
from rightsgraph.errors import DataError
from rightsgraph.textio import TextInfo
from rightsgraph.upr.importers import BadRow, Progress
from rightsgraph.upr.importers.ohchr_list import entry
from rightsgraph.upr.recommendations import Item

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADER = re.compile(r"UPR of (.+?)\s*\(\s*(\d)\s*(?:st|nd|rd|th)\s*Cycle\s*[–-]\s*(\d+)\s*(?:st|nd|rd|th)\s*session",
                    re.I)


def _paragraphs(element) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in element.iter(W + "p")]


MAX_XML = 32 << 20
"""Bytes a part of the .docx may inflate to (a matrix's document.xml is a few MB)."""
MAX_RATIO = 200
"""How many times its compressed size a part may inflate to (real Word XML: about 10)."""


def _xml(archive: zipfile.ZipFile, name: str, path: Path):
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise DataError(f"not a readable Word document (no {name})", path) from None
    if info.file_size > MAX_XML or info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise DataError(f"{name} would inflate to {info.file_size:,} bytes from {info.compress_size:,} (limits: "
                        f"{MAX_XML:,} bytes, {MAX_RATIO} times): refused as a decompression bomb", path)
    try:
        with archive.open(name) as part:  # read no more than the header declared
            data = part.read(MAX_XML + 1)
        if len(data) > MAX_XML:
            raise DataError(f"{name} inflates past {MAX_XML:,} bytes: refused", path)
        return ElementTree.fromstring(data)
    except (KeyError, ElementTree.ParseError) as exc:
        raise DataError(f"not a readable Word document ({name}: {exc})", path) from None


def read(path: Path, info: TextInfo | None, states: StateIndex,
         progress: Progress | None = None) -> Iterator[Item | BadRow]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise DataError(f"not a .docx (Word) file: {exc}", path) from None
    with archive:
        headers = [n for n in archive.namelist() if re.fullmatch(r"word/header\d*\.xml", n)]
        found = None
        for name in headers:
            if m := HEADER.search(" ".join(_paragraphs(_xml(archive, name, path)))):
                found = m
                break
        if not found:
            raise DataError("no running header 'UPR of <State> (<n>nd Cycle – <n>th session)' found", path)
        state = states.resolve(found[1], path)
        session = int(found[3])
        tables = _xml(archive, "word/document.xml", path).findall(f".//{W}tbl")
        if not tables:
            raise DataError("the document has no table of recommendations", path)
        for number, row in enumerate(tables[0].findall(W + "tr"), 1):
            cells = row.findall(W + "tc")
            if len(cells) < 3:
                continue  # a theme heading
            lines = [line for cell in cells[:3] for line in _paragraphs(cell) if line.strip()]
            if not lines or lines[0].strip().lower() == "recommendation":
                continue  # the header row
            yield entry(lines, number, session, state, states, path)
