"""Small text helpers: diacritics folding (whole-word, and character for character) and slugs for IRIs."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss",
                          "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i",
                          "þ": "th", "Þ": "Th"})


def fold(text: str) -> str:
    """Lower-case ASCII-ish form for diacritics-insensitive matching: 'Đỗ Hùng Việt' → 'do hung viet'."""
    if text.isascii():
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


# fold()'s one-letter replacements, plus typographic punctuation made plain
_SAME_LENGTH = {**{code: letter for code, letter in _SPECIAL.items() if len(letter) == 1},
                **str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "\u00a0": " "})}


class _FoldTable(dict):
    """``str.translate`` table: each character to one lower-case base letter (same length)."""

    def __missing__(self, code: int) -> str:
        char = _SAME_LENGTH.get(code) or unicodedata.normalize("NFD", chr(code))[0]
        lower = char.lower()
        self[code] = lower if len(lower) == 1 else char
        return self[code]


_FOLD = _FoldTable()


def fold_same_length(text: str) -> str:
    """Lower case without diacritics, one character for one: offsets stay valid."""
    return text.translate(_FOLD)


@lru_cache(maxsize=65536)
def slugify(text: str, max_words: int | None = None) -> str:
    """A readable IRI segment: 'Hà Kim Ngọc' → 'ha-kim-ngoc'."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    if max_words is not None:
        words = words[:max_words]
    return "-".join(words)


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


def locate(quote: str, text: str) -> tuple[int, int] | None:
    """Where ``quote`` is in ``text`` as character offsets ``(start, end)``, or ``None``.

    Case, diacritics, typographic quotes and runs of white space may differ (a quote copied from a
    page rather than the file); the offsets are those of the text itself.
    """
    start = text.find(quote)
    if start >= 0:
        return start, start + len(quote)
    words = fold_same_length(quote).translate(_QUOTES).split()
    if not words:
        return None
    match = re.search(r"\s+".join(map(re.escape, words)), fold_same_length(text).translate(_QUOTES))
    return (match.start(), match.end()) if match else None
