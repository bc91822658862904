"""Importers of UPR data, one module per format, each yielding :class:`~rightsgraph.recommendations.Item`s
(and :class:`BadRow`s for rows it cannot read)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Progress = Callable[[int], None]
"""Called now and then with the number of bytes of the input read so far."""


@dataclass(frozen=True)
class BadRow:
    """A row an importer could not read: where, why, and the raw text."""

    line: int
    message: str
    raw: str = ""


@dataclass(frozen=True)
class Membership:
    """A state's membership of an organisation, read from a data row."""

    org_id: str
    state: object


FORMATS = ("upr-info", "ohchr-list", "ohchr-matrix", "uhri")


def importer(name: str):
    """The ``read`` function of the importer called ``name``."""
    if name == "upr-info":
        from .upr_info import read
        return read
    if name == "ohchr-list":
        from .ohchr_list import read
        return read
    if name == "ohchr-matrix":
        from .ohchr_matrix import read
        return read
    if name == "uhri":
        from .uhri import read
        return read
    raise KeyError(name)
