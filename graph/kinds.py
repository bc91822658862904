"""Kinds of value: one small converter per kind, shared by the curated YAML and by query parameters.

A converter takes a value (as YAML gives it: a string, a number, a boolean, a ``{en: ..., vi: ...}``
mapping) and where it comes from, and yields RDF terms, or raises :class:`DataError` naming the file,
line, field and value.  Query parameters arrive as text: :func:`from_text` reads the text as the kind's
Python value first (``"46"`` → 46), then uses the same converter, so both paths accept and refuse alike.
The kinds that need the compiler's tables (``ref``, ``concept``, ``term``, ``field``, ``evidence``) are the
compiler's own (:mod:`rightsgraph.curation.curated`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from rightsgraph.errors import DataError
from rightsgraph.namespaces import WD, expand

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_URI_BAD = re.compile(r'[\s<>"{}|\\^`]')


@dataclass(frozen=True)
class Where:
    """Where a value comes from, for error messages; ``language`` tags plain text."""

    key: str = "value"
    path: Path | None = None
    line: int | None = None
    language: str | None = None
    base: str | None = None

    def error(self, message: str, value: object = None, line: int | None = None) -> DataError:
        return DataError(f"{self.key!r} {message}", self.path, line or self.line, value)


def text(value: object, where: Where) -> Iterator[Literal]:
    """Language-tagged text: a string (in the source's language) or ``{en: ..., vi: ...}``."""
    if isinstance(value, dict):
        for lang, words in value.items():
            if not isinstance(lang, str) or not LANG.match(lang) or not isinstance(words, str | int | float):
                lines = getattr(value, "lines", {})
                raise DataError(f"{where.key!r}: text by language is {{en: ..., vi: ...}}", where.path,
                                lines.get(lang, where.line), lang)
            yield Literal(str(words), lang=lang)
    elif isinstance(value, str):
        yield Literal(value, lang=where.language)
    else:
        raise where.error("must be text", value)


def string(value: object, where: Where) -> Iterator[Literal]:
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise where.error("must be text", value)
    yield Literal(str(value))


def date(value: object, where: Where) -> Iterator[Literal]:
    yield parse_date(value, where.path, where.line, where.key)


def integer(value: object, where: Where) -> Iterator[Literal]:
    if isinstance(value, bool) or not isinstance(value, int):
        raise where.error("must be a whole number", value)
    yield Literal(value, datatype=XSD.integer)


def decimal(value: object, where: Where) -> Iterator[Literal]:
    try:
        if isinstance(value, bool):
            raise InvalidOperation
        number = Decimal(str(value))
        if not number.is_finite():
            raise InvalidOperation
    except InvalidOperation:
        raise where.error("must be a number", value) from None
    yield Literal(number, datatype=XSD.decimal)


def double(value: object, where: Where) -> Iterator[Literal]:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value or abs(value) == float("inf"):
        raise where.error("must be a finite number", value)
    yield Literal(float(value), datatype=XSD.double)


def boolean(value: object, where: Where) -> Iterator[Literal]:
    if not isinstance(value, bool):
        raise where.error("must be true or false", value)
    yield Literal(value)


def uri(value: object, where: Where) -> Iterator[URIRef]:
    """An http(s) address (a page, not a resource of the graph)."""
    if not isinstance(value, str) or not re.match(r"^https?://", value) or _URI_BAD.search(value):
        raise where.error("must be an http(s) address without spaces", value)
    yield URIRef(value)


def iri(value: object, where: Where) -> Iterator[URIRef]:
    """Any resource: ``<...>``, a prefixed name (``id:state/vnm``) or an absolute IRI."""
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        yield URIRef(expand(value, where.base))
    except ValueError:
        raise where.error("must be an IRI: <...>, prefix:name or an absolute IRI", value) from None


def wikidata(value: object, where: Where) -> Iterator[URIRef]:
    if not isinstance(value, str) or not re.fullmatch(r"Q[1-9]\d*", value):
        raise where.error("must be a Wikidata item id such as Q881", value)
    yield WD[value]


#: kind → converter
CONVERTERS: dict[str, Callable[[object, Where], Iterator]] = {
    "text": text, "string": string, "date": date, "integer": integer, "decimal": decimal, "double": double,
    "boolean": boolean, "uri": uri, "iri": iri, "wikidata": wikidata,
}


def _text_value(raw: str) -> object:
    """``words@vi`` → ``{vi: words}``; other text as it is."""
    words, _, lang = raw.rpartition("@") if re.search(r"@[a-z]{2,3}$", raw) else (raw, "", "")
    return {lang: words} if lang else words


#: how a kind's value is read from text (a query parameter), before its converter checks it
_FROM_TEXT: dict[str, Callable[[str], object]] = {
    "integer": lambda raw: int(raw.strip()) if re.fullmatch(r"\s*[-+]?\d+\s*", raw) else raw,
    "decimal": lambda raw: raw.strip(),
    "double": lambda raw: float(raw) if re.fullmatch(r"\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*", raw) else raw,
    "boolean": lambda raw: {"true": True, "false": False}.get(raw.strip().lower(), raw),
    "text": _text_value,
}


def from_text(raw: str, kind: str, where: Where) -> Literal | URIRef:
    """One term of ``kind`` from its text (a query parameter)."""
    if kind not in CONVERTERS:
        raise DataError(f"{where.key!r} has an unknown type {kind!r}")
    value = _FROM_TEXT.get(kind, lambda r: r)(raw)
    return next(iter(CONVERTERS[kind](value, where)))


def parse_date(value: object, path: Path | None = None, line: int | None = None, key: str = "date") -> Literal:
    """``2019``, ``2019-12`` or ``2019-12-31`` → an xsd:gYear, xsd:gYearMonth or xsd:date literal."""
    match = _DATE.match(str(value)) if isinstance(value, str | int) and not isinstance(value, bool) else None
    if not match:
        raise DataError(f"{key!r} must be a date: YYYY, YYYY-MM or YYYY-MM-DD", path, line, value)
    year, month, day = match.groups()
    try:
        if day:
            dt.date(int(year), int(month), int(day))
            return Literal(f"{year}-{month}-{day}", datatype=XSD.date)
        if month:
            dt.date(int(year), int(month), 1)
            return Literal(f"{year}-{month}", datatype=XSD.gYearMonth)
    except ValueError as exc:
        raise DataError(f"{key!r} is not a real date: {exc}", path, line, value) from None
    return Literal(year, datatype=XSD.gYear)


def date_bounds(lit: Literal) -> tuple[Literal, Literal]:
    """The first and last day of an xsd:gYear, xsd:gYearMonth or xsd:date, as xsd:date literals."""
    text_ = str(lit)
    year = int(text_[:4])
    if lit.datatype == XSD.gYear:
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    elif lit.datatype == XSD.gYearMonth:
        month = int(text_[5:7])
        first = dt.date(year, month, 1)
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    else:
        first = last = dt.date.fromisoformat(text_)
    return Literal(first.isoformat(), datatype=XSD.date), Literal(last.isoformat(), datatype=XSD.date)
