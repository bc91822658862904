"""Importers of UPR data, one module per format, each yielding :class:`~rightsgraph.upr.recommendations.Item`s
(and :class:`BadRow`s for rows it cannot read)."""

from __future__ import annotations

import csv
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

Progress = Callable[[int], None]
"""Called now and then with the number of bytes of the input read so far."""


@dataclass(frozen=True)
class BadRow:
    """A row an importer could not read: where, why, and the raw text."""

    line: int
    message: str
    raw: str = ""


def bad_row(line: int, exc: ValueError, raw: str = "", where: str = "") -> BadRow:
    """The :class:`BadRow` of a row whose reading raised ``exc`` (a ValueError or a DataError with its value)."""
    from rightsgraph.errors import DataError

    message = str(exc)
    if isinstance(exc, DataError):
        message = exc.message + ("" if exc.value is None else f" (got {exc.value!r})")
    return BadRow(line, where + message, raw)


@dataclass(frozen=True)
class Membership:
    """A state's membership of an organisation, read from a data row."""

    org_id: str
    state: object


MAX_LINE = 1 << 20
"""Characters a line of a CSV file may hold: the real exports' longest are a few thousand.  A longer line
is refused before the csv module splits it (a 200 MB line of short fields took 16 times its size)."""


def bounded_lines(handle, path, limit: int = MAX_LINE) -> Iterator[str]:
    """The lines of a text ``handle`` (any line ending), refusing one longer than ``limit`` characters."""
    from rightsgraph.errors import DataError

    number = 0
    while line := handle.readline(limit + 1):
        number += 1
        if len(line) > limit and not line.endswith(("\n", "\r")):
            raise DataError(f"line longer than {limit:,} characters: not a CSV export this importer reads", path,
                            number)
        yield line


def csv_header(reader, path, encoding: str, columns: tuple[str, ...], what: str,
               lower: bool = False) -> tuple[dict[str, int], int]:
    """Read a csv reader's header row: the position of each of ``columns`` (names stripped of spaces and a
    BOM, lower-cased with ``lower``) and the number of columns; a missing column, an empty file or an
    unreadable header is a :class:`~rightsgraph.errors.DataError` that says the file is not ``what``."""
    from rightsgraph.errors import DataError
    from rightsgraph.textio import undecodable_line

    try:
        header = next(reader)
    except StopIteration:
        raise DataError("the file has no header row", path, 1) from None
    except csv.Error as exc:
        raise DataError(f"unreadable header: {exc}", path, 1) from None
    except UnicodeDecodeError as exc:
        line, reason = undecodable_line(path, encoding) or (1, exc.reason)
        raise DataError(f"cannot be read as {encoding}: {reason}", path, line) from None
    header = [h.strip().lstrip("\ufeff") for h in header]
    header = [h.lower() for h in header] if lower else header
    missing = [c for c in columns if c not in header]
    if missing:
        raise DataError(f"not {what}: missing column(s) {', '.join(missing)}; found {', '.join(header)}", path, 1)
    return {name: header.index(name) for name in columns}, len(header)


def csv_rows(reader, handle, path, encoding: str, progress: Progress | None = None, resume: bool = False) -> Iterator:
    """The rows of a csv reader over ``handle``, reporting progress now and then.

    A malformed row is a :class:`BadRow` that ends the file, or with ``resume`` reading goes on at the
    next line (where the csv parser starts afresh); bytes that do not decode in ``encoding`` raise a
    :class:`~rightsgraph.errors.DataError` naming the line.
    """
    from rightsgraph.errors import DataError
    from rightsgraph.textio import bytes_read, undecodable_line

    rows = 0
    while True:
        rows += 1
        if progress and rows % 2000 == 0:
            progress(bytes_read(handle))
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield BadRow(reader.line_num, f"malformed CSV: {exc}")
            if not resume:
                return
        except UnicodeDecodeError as exc:
            line, reason = undecodable_line(path, encoding) or (reader.line_num + 1, exc.reason)
            raise DataError(f"cannot be read as {encoding}: {reason}", path, line) from None


#: Format name -> the module of its importer.  Each module's ``read(path, info, states, progress)`` yields
#: :class:`~rightsgraph.upr.recommendations.Item`\ s, :class:`Membership`\ s, :class:`BadRow`\ s, or records of
#: other kinds that write their own statements (:class:`Record`).
MODULES = {
    "upr-info": "upr_info",
    "ohchr-list": "ohchr_list",
    "ohchr-matrix": "ohchr_matrix",
    "ohchr-reports": "ohchr_reports",
    "uhri": "uhri",
    "hrc-votes": "hrc_votes",
    "hrc-resolutions": "hrc_resolutions",
    "ratification-status": "ratification_status",
    "ohchr-ratification": "ohchr_ratification",
}
FORMATS = tuple(MODULES)
#: Formats whose files are not text (no encoding is detected): format -> what the file is.
BINARY = {"ohchr-matrix": "docx (zip)", "hrc-votes": "SQLite database", "hrc-resolutions": "ODS spreadsheet",
          "ohchr-ratification": "XLS spreadsheet"}


class Record(Protocol):
    """A record of a dataset that is not a recommendation (a vote, a resolution, a ratification): it writes
    its own statements, as N-Triples lines in the writer's graph (see :mod:`rightsgraph.upr.nquads`)."""

    def statements(self, writer) -> list[str]:
        """The lines; ``writer`` is the file's :class:`~rightsgraph.upr.recommendations.Writer` (base, graph)."""


def importer(name: str):
    """The ``read`` function of the importer called ``name``."""
    return importlib.import_module(f"rightsgraph.upr.importers.{MODULES[name]}").read
