"""Writing N-Quads text fast and safely: every term is escaped here, nowhere else.

Importers emit N-Quads lines and Oxigraph's Rust parser loads them (``bulk_load``); building
Python term objects for a million statements would cost several times more.  Strings from data
only ever reach the output through :func:`literal` (escaped per the N-Triples grammar) or
:func:`iri` (refused unless it is a clean absolute IRI).
"""

from __future__ import annotations

import re

XSD = "http://www.w3.org/2001/XMLSchema#"
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def iri(value: str) -> str:
    """``<value>``; raises ValueError for anything that is not a clean absolute IRI."""
    if _IRI_BAD.search(value) or ":" not in value:
        raise ValueError(f"not a valid IRI: {value!r}")
    return f"<{value}>"


def literal(value: str, lang: str | None = None, datatype: str | None = None) -> str:
    """A quoted literal with ``\\``, ``"``, LF and CR escaped; optional language tag or datatype IRI."""
    text = f'"{value.translate(_ESCAPES)}"'
    if lang:
        if not re.fullmatch(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*", lang):
            raise ValueError(f"not a language tag: {lang!r}")
        return f"{text}@{lang}"
    if datatype and datatype != XSD + "string":
        return f"{text}^^{iri(datatype)}"
    return text


def integer(value: int) -> str:
    return f'"{int(value)}"^^<{XSD}integer>'


def quad(s: str, p: str, o: str, g: str | None) -> str:
    """One N-Quads line from already-encoded terms (``g`` None: the default graph)."""
    return f"{s} {p} {o} {g} .\n" if g else f"{s} {p} {o} .\n"
