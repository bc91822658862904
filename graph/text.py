"""Small text helpers: diacritics folding and slugs for readable IRIs."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss",
                          "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})


def fold(text: str) -> str:
    """Lower-case ASCII-ish form for diacritics-insensitive matching: 'Đỗ Hùng Việt' → 'do hung viet'."""
    if text.isascii():
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


@lru_cache(maxsize=65536)
def slugify(text: str, max_words: int | None = None) -> str:
    """A readable IRI segment: 'Hà Kim Ngọc' → 'ha-kim-ngoc'."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    if max_words is not None:
        words = words[:max_words]
    return "-".join(words)
