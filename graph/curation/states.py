"""States: the curated table of UN member and observer states, and name resolution.

``data/states.csv`` holds one row per state: ISO 3166-1 alpha-3 code, UN short name, Vietnamese short
name, name variants (``|``-separated), UN regional group (empty for observers) and Wikidata item (the
Kingdom of the Netherlands, the Holy See rather than Vatican City).  It was first drawn from the state
names of the UPR Info database and ISO 3166 (pycountry, at authoring time only), the Wikidata items
checked against Our World in Data's country table, and is edited by hand since.  The Vietnamese names
are CLDR's territory names (babel, at authoring time only) except where the editors chose another form;
``tests/test_states.py`` lists those exceptions.

Resolution folds case and diacritics, ``&``/``and``, ``St``/``Saint`` and a leading ``the``, and
unescapes HTML entities (``&#40;Unknown&#41;``).  A Vietnamese name resolves too, unless it reads as
another state's name or as two states' Vietnamese names.  An unknown name is an error naming the file,
the row and the closest known names; it never creates a state.
"""

from __future__ import annotations

import csv
import difflib
import html
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from rightsgraph.errors import DataError, UnknownNameError
from rightsgraph.resources import data_dir
from rightsgraph.text import fold
from rightsgraph.yamlfile import Mapping, Sequence

#: Names that stand for "no state known" in source data.
PLACEHOLDERS = frozenset({"unknown", "(unknown)", "n/a", ""})
SOURCE_ID = "rightsgraph-states"
COLUMNS = ("iso3", "name", "name_vi", "alt_names", "regional_group", "wikidata")


@dataclass(frozen=True)
class State:
    iso3: str
    name: str
    alt_names: tuple[str, ...]
    regional_group: str
    wikidata: str
    name_vi: str = ""
    alt_names_vi: tuple[str, ...] = ()  # the Vietnamese press's other spellings ('Thụy Sỹ', 'Mỹ')

    @property
    def id(self) -> str:
        return f"state/{self.iso3.lower()}"


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """The key a state name is looked up by."""
    text = fold(html.unescape(name)).replace("&", " and ")
    text = re.sub(r"[^a-z0-9()]+", " ", text)
    text = re.sub(r"\bst\b", "saint", text)
    text = re.sub(r"^the ", "", text.strip())
    return " ".join(text.split())


class StateIndex:
    """Look states up by any of their names or their ISO code."""

    def __init__(self, states: list[State], path: Path | None = None) -> None:
        self.states = {s.iso3: s for s in states}
        self.path = path
        self._by_key: dict[str, str] = {}
        self._cache: dict[str, str] = {}  # raw name -> ISO code ("" for a placeholder)
        self._by_compact: dict[str, str] = {}  # spaces removed: text extracted from PDFs and Word splits words
        for state in states:
            for name in (state.iso3, state.name, *state.alt_names):
                key = normalise(name)
                other = self._by_key.setdefault(key, state.iso3)
                if other != state.iso3:
                    raise DataError(f"the name {name!r} is given to both {other} and {state.iso3}", path)
                self._by_compact.setdefault(key.replace(" ", ""), state.iso3)
        # Vietnamese names come second and give way: none may take a key an English name or code holds
        vietnamese: dict[str, set[str]] = {}
        for state in states:
            for name in filter(None, (state.name_vi, *state.alt_names_vi)):
                vietnamese.setdefault(normalise(name), set()).add(state.iso3)
        for key, codes in vietnamese.items():
            if len(codes) == 1 and key not in self._by_key:
                self._by_key[key] = next(iter(codes))

    def _iso3(self, name: str) -> str | None:
        """The ISO code of ``name``: "" for a placeholder, ``None`` for no known state."""
        try:
            return self._cache[name]
        except KeyError:
            key = normalise(name)
            iso3 = "" if key in PLACEHOLDERS else self._by_key.get(key) or self._by_compact.get(key.replace(" ", ""))
            if iso3 is not None:
                self._cache[name] = iso3
            return iso3

    def known(self, name: str) -> State | None:
        """The state called ``name``, or ``None`` (a placeholder, or no such state): no error, no suggestions."""
        iso3 = self._iso3(name)
        return self.states[iso3] if iso3 else None

    def resolve(self, name: str, where: str | Path | None = None, line: int | None = None) -> State | None:
        """The state called ``name``; ``None`` for a placeholder such as "(Unknown)"."""
        iso3 = self._iso3(name)
        if iso3 == "":
            return None
        if iso3 is None:
            key = normalise(name)
            close = difflib.get_close_matches(key, self._by_key, n=3, cutoff=0.6)
            names = sorted({self.states[self._by_key[c]].name for c in close})
            raise UnknownNameError("unknown state name" + (f"; closest known: {'; '.join(names)}" if names else ""),
                                   where, line, name)
        return self.states[iso3]


def read_states(path: Path) -> list[tuple[State, int]]:
    """Rows of a states table with their line numbers."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = set(COLUMNS) - set(reader.fieldnames or ())
            if missing:
                raise DataError(f"missing columns: {', '.join(sorted(missing))}", path, 1)
            rows = []
            for row in reader:
                line = reader.line_num
                if not re.fullmatch(r"[A-Z]{3}", row["iso3"] or ""):
                    raise DataError("iso3 must be three capital letters", path, line, row["iso3"])
                alts = [a.strip() for a in (row["alt_names"] or "").split("|") if a.strip()]
                vi = tuple(a[3:].strip() for a in alts if a.startswith("vi:"))  # 'vi:Thụy Sỹ': a Vietnamese one
                rows.append((State(row["iso3"], row["name"].strip(), tuple(a for a in alts if not a.startswith("vi:")),
                                   row["regional_group"].strip(), row["wikidata"].strip(),
                                   (row["name_vi"] or "").strip(), vi), line))
            return rows
    except UnicodeDecodeError:
        raise DataError("not valid UTF-8", path) from None


@cache
def default_index() -> StateIndex:
    path = data_dir() / "states.csv"
    return StateIndex([s for s, _ in read_states(path)], path)


def state_source() -> Mapping:
    """The source block that describes the states table."""
    source = Mapping(id=SOURCE_ID, kind="dataset", publisher="org/rightsgraph-editors", language="en",
                     date="2026-11-22",
                     title=Mapping(en="UN member and observer states",
                                   vi="Các quốc gia thành viên và quan sát viên Liên hợp quốc"),
                     description="ISO 3166-1 codes, UN short names and variants, Vietnamese short names (CLDR's, "
                                 "with the editors' exceptions), UN regional groups (as the UPR Info database "
                                 "assigns them) and Wikidata items of 193 member and 2 observer states.")
    _read_at(source["title"], 1)
    _read_at(source, 1)
    return source


def _read_at(node: Mapping | Sequence, line: int) -> Mapping | Sequence:
    """``node`` as the curation reader gives a node it read at ``line`` of the table: its line and its items'."""
    node.line = line
    node.lines = dict.fromkeys(node, line) if isinstance(node, Mapping) else [line] * len(node)
    return node


def state_mappings(path: Path) -> list[tuple[Mapping, int]]:
    """The states table as curated records (type State), with their CSV line numbers."""
    out = []
    for state, line in read_states(path):
        record = Mapping(type="State", id=state.id, name=state.name, iso3=state.iso3)
        if state.name_vi:  # the rdfs:label in both languages
            record["name"] = _read_at(Mapping(en=state.name, vi=state.name_vi), line)
        if state.alt_names or state.alt_names_vi:  # the Vietnamese ones tagged as such ({vi: …})
            record["alt_names"] = _read_at(Sequence([*state.alt_names, *(_read_at(Mapping(vi=name), line)
                                                                            for name in state.alt_names_vi)]), line)
        if state.regional_group:
            record["regional_group"] = state.regional_group
        if state.wikidata:
            record["wikidata"] = state.wikidata
        out.append((_read_at(record, line), line))
    return out
