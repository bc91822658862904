"""Reviewers' own sentences, judged: a measure of the rules on text nobody copied.

A review writes made-up sentences (``LANG|TEXT`` a line, ``\\n`` for a line break inside one) and judges every
candidate the rules propose for them (``N|kind|key|id|right`` or ``wrong``, N the sentence's number, id the record's
for the kinds whose key does not say it all: a term's candidacy or membership, a holding's, a resolution's). Each
sentence is read as a short article dated :data:`SENTENCE_DATE` under a title line, the way the reviews ran them.
``tests/gold/reviews/`` keeps the eleventh and twelfth reviews': 250 sentences each, judged blind for two versions
of the code.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rightsgraph.errors import DataError
from rightsgraph.extract.article import Article
from rightsgraph.extract.gazetteer import Gazetteer
from rightsgraph.extract.rules import extract

#: the date every sentence's article carries (a date without a year is judged against it), and its title line
SENTENCE_DATE = "2024-05-12"
SENTENCE_TITLE = "A title line"
#: the kinds whose record id is judged with the key
_WITH_ID = ("term", "resolution", "holding")

Judged = tuple[int, str, str, str]


def read_sentences(path: Path) -> list[tuple[str, str]]:
    """The (language, text) of each sentence of ``path``, in order; blank lines and ``#`` comments skipped."""
    found = []
    for line_no, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        language, sep, text = line.partition("|")
        if not sep or language not in ("en", "vi") or not text.strip():
            raise DataError("a sentence is LANG|TEXT, LANG en or vi", path, line_no, value=line[:60])
        found.append((language, text.replace("\\n", "\n")))
    return found


def read_judgments(path: Path, sentences: int) -> dict[Judged, bool]:
    """Each judged candidate, (N, kind, key, id) → right; a sentence number out of range, a verdict other than
    right or wrong, or one candidate judged twice both ways is refused with its line."""
    found: dict[Judged, bool] = {}
    for line_no, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 5 or not parts[0].isdigit() or not 1 <= int(parts[0]) <= sentences:
            raise DataError(f"a judgment is N|kind|key|id|verdict, N from 1 to {sentences}", path, line_no,
                            value=line[:60])
        if parts[4] not in ("right", "wrong"):
            raise DataError("the verdict is right or wrong", path, line_no, value=parts[4])
        item = (int(parts[0]), parts[1], parts[2], parts[3])
        if found.get(item, parts[4] == "right") != (parts[4] == "right"):
            raise DataError("judged both right and wrong", path, line_no, value=line[:60])
        found[item] = parts[4] == "right"
    return found


def sentence_article(language: str, text: str) -> Article:
    """A sentence as the article the reviews read it as: under a title line, dated :data:`SENTENCE_DATE`."""
    return Article(f"{SENTENCE_TITLE}\n\n{text}\n", language, SENTENCE_DATE, title=SENTENCE_TITLE)


def judged_key(number: int, kind: str, key: str, record_id: str) -> Judged:
    """What a judgment names the candidate of sentence ``number`` by: its record's id only where the key does not
    say it all."""
    return number, kind, key, record_id if kind in _WITH_ID else ""


def candidates(sentences: Iterable[tuple[str, str]], gazetteer: Gazetteer) -> list[tuple[Judged, float]]:
    """Every candidate of every sentence, as judged keys with their confidence."""
    return [(judged_key(n, c.kind, c.key, (c.record or {}).get("id", "")), c.confidence)
            for n, (language, text) in enumerate(sentences, 1)
            for c in extract(sentence_article(language, text), gazetteer, "made-up")]
