"""The recommendation finder: a faceted, full-text search over the store's UPR recommendations.

Oxigraph has no text index, so the finder keeps one in SQLite (FTS5) **inside the live database's
directory** (``db-<stamp>/finder.sqlite``): every store change makes a new database directory, so an index
can never outlive the statements it was read from.  The index also records the database it was read from
(its directory name, build time and statement count) and is rebuilt (written to a temporary file, then
renamed) whenever they do not match.  ``build``, ``ingest`` and ``remove`` rebuild it when they finish
(:func:`refresh`); ``serve`` builds it if it is missing (:func:`open_index`).

One row per ``rg:Recommendation``; facets (:data:`FACETS`, one per theme scheme besides) are counted
disjunctively: each facet's counts are taken under all the *other* filters.  Free text is matched word for
word, case- and diacritics-insensitively (Vietnamese included): the index holds the text folded by
:func:`rightsgraph.text.fold`, and the query is folded the same way.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import sqlite3
import tempfile
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyoxigraph as ox

from rightsgraph.errors import ArgumentError
from rightsgraph.namespaces import PREFIXES, expand, prefixes, readable
from rightsgraph.rdfwriter import serialise
from rightsgraph.store import GraphStore, live_name
from rightsgraph.text import fold

INDEX_FILE = "finder.sqlite"
#: Changes when the index's tables change: an index of another version is rebuilt.
SCHEMA = "1"
RG = PREFIXES["rg"]
SKOS = PREFIXES["skos"]
MAX_SIZE = 500

#: Facet name -> (English title, property path from a recommendation to its values).
FACETS: dict[str, tuple[str, str]] = {
    "state": ("State under review", "rg:stateUnderReview"),
    "recommender": ("Recommending state", "rg:recommendingState"),
    "group": ("Regional group of the recommending state", "rg:recommendingState/rg:regionalGroup"),
    "cycle": ("Cycle", "rg:inCycle"),
    "session": ("Session", "rg:atSession"),
    "response": ("Response", "rg:response"),
    "action": ("Action category", "rg:actionCategory"),
    "sdg": ("Sustainable Development Goal", "rg:sdg"),
}
#: Theme facets are made per concept scheme: ``theme-<scheme's last segment>``; themes in no scheme: ``theme``.
THEME = "theme"
_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
_WORD = re.compile(r"[^\W_]+")


class UnknownFacetError(ArgumentError, LookupError):
    """A filter on a facet, or a facet value, the index does not have."""


def index_path(db: Path) -> Path:
    """Where the index of the database directory ``db`` lives."""
    return Path(db) / INDEX_FILE


def fingerprint(store: GraphStore) -> str:
    """What identifies the database an index was read from."""
    name = store.path.name if store.path else "memory"
    return json.dumps([SCHEMA, name, store.meta.built, store.meta.statements, len(store.meta.ingested)])


def words(text: str) -> list[str]:
    """The words of ``text`` as the index holds them: folded (case and diacritics), split on non-letters."""
    return _WORD.findall(fold(text))


# ---- building -------------------------------------------------------------------------------------------------

def _select(store: GraphStore, where: str):
    return store.select(_PREFIXES + where)


def _read(store: GraphStore) -> dict:
    """Everything the index holds, read with one SPARQL query per property."""
    recs = sorted({row[0].value for row in _select(store, "SELECT ?r { ?r a rg:Recommendation }")})
    known = set(recs)
    facet_values: dict[str, list[tuple[str, str]]] = {}

    def pairs(query: str) -> list[tuple[str, str]]:  # read without the type join (faster), kept for recommendations
        return [(r, v) for r, v in ((row[0].value, row[1].value) for row in _select(store, query)) if r in known]

    responses: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r, v, g in _select(store, "SELECT ?r ?v ?g { GRAPH ?g { ?r rg:response ?v FILTER(isIRI(?v)) } }"):
        if r.value in known:
            responses[r.value][v.value].append(g.value)
    for name, (_, path) in FACETS.items():
        if name == "group":  # the recommending states' groups, joined here: a few hundred states
            groups = defaultdict(set)
            for s, g in _select(store, "SELECT ?s ?g { ?s rg:regionalGroup ?g FILTER(isIRI(?g)) }"):
                groups[s.value].add(g.value)
            facet_values[name] = sorted({(r, g) for r, s in facet_values["recommender"] for g in groups.get(s, ())})
        elif name == "response":
            facet_values[name] = [(r, v) for r, per in responses.items() for v in per]
        else:
            facet_values[name] = pairs(f"SELECT DISTINCT ?r ?v {{ ?r {path} ?v FILTER(isIRI(?v)) }}")
    in_scheme = defaultdict(list)
    for c, scheme in _select(store, "SELECT ?c ?s { ?c skos:inScheme ?s }"):
        in_scheme[c.value].append(scheme.value)
    schemes: dict[str, str] = {}
    for r, v in pairs("SELECT DISTINCT ?r ?v { ?r rg:theme ?v FILTER(isIRI(?v)) }"):
        for scheme in in_scheme.get(v) or [None]:
            facet = THEME if scheme is None else f"{THEME}-{_segment(scheme)}"
            schemes.setdefault(facet, scheme or "")
            facet_values.setdefault(facet, []).append((r, v))
    texts: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r, t in _select(store, "SELECT ?r ?t { ?r rg:text ?t }"):
        if r.value in known:
            texts[r.value].append((t.value, t.language or ""))
    sources: dict[str, list[str]] = defaultdict(list)
    for r, g in _select(store, "SELECT DISTINCT ?r ?g { GRAPH ?g { ?r a rg:Recommendation } }"):
        sources[r.value].append(g.value)
    earlier: dict[str, list[str]] = defaultdict(list)
    for r, e in pairs("SELECT ?r ?e { ?r rg:similarToEarlier ?e }"):
        earlier[r].append(e)
    details: dict[str, dict[str, str]] = defaultdict(dict)
    for r, p, v in _select(store, "SELECT ?r ?p ?v { VALUES ?p { rg:paragraph rg:documentSymbol } "
                                  "?r a rg:Recommendation ; ?p ?v }"):
        details[r.value][p.value[len(RG):]] = v.value
    wanted = {v for pairs in facet_values.values() for _, v in pairs} | set(schemes.values())
    wanted |= {g for per in responses.values() for gs in per.values() for g in gs}
    wanted |= {g for gs in sources.values() for g in gs}
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for x, label in _select(store, "SELECT ?x ?l { VALUES ?p { rdfs:label skos:prefLabel dcterms:title } ?x ?p ?l }"):
        if x.value in wanted and isinstance(label, ox.Literal) and label.language in ("en", "vi", None, ""):
            labels[x.value].setdefault(label.language or "", label.value)
    orders: dict[str, float] = {}
    for x, n in _select(store, "SELECT ?x ?n { VALUES ?p { rg:cycleNumber rg:sessionNumber skos:notation } ?x ?p ?n }"):
        if x.value in wanted:
            with contextlib.suppress(ValueError):
                orders[x.value] = float(n.value)
    return {"recs": recs, "known": known, "facets": facet_values, "schemes": schemes, "texts": texts,
            "responses": responses, "sources": sources, "earlier": earlier, "details": details,
            "labels": labels, "orders": orders}


def _segment(iri: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1].lower()).strip("-")


def build_index(store: GraphStore, target: Path) -> int:
    """Write the index of ``store`` to ``target`` (atomically: a temporary file renamed); the recommendations
    indexed."""
    data = _read(store)
    base = store.meta.base
    names = prefixes(base)
    labels, orders = data["labels"], data["orders"]
    first = {name: defaultdict(list) for name in data["facets"]}
    for name, pairs in data["facets"].items():
        for r, v in pairs:
            first[name][r].append(v)

    def label(iri: str) -> str:
        return labels.get(iri, {}).get("en") or labels.get(iri, {}).get("") or readable(iri, names)

    def order(r: str) -> tuple:  # state, cycle, session, then the IRI
        return tuple(min((label(v) for v in first[f].get(r, [])), default="") for f in ("state",)) + tuple(
            min((orders.get(v, 1e9) for v in first[f].get(r, [])), default=1e9) for f in ("cycle", "session")) + (r,)

    recs = sorted(data["recs"], key=order)
    ids = {r: i + 1 for i, r in enumerate(recs)}
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=".finder-", suffix=".sqlite", dir=target.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.executescript("""
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE rec (id INTEGER PRIMARY KEY, iri TEXT UNIQUE, doc TEXT);
            CREATE TABLE facet (name TEXT PRIMARY KEY, title TEXT, scheme TEXT, position INTEGER);
            CREATE TABLE val (id INTEGER PRIMARY KEY, facet TEXT, key TEXT, iri TEXT, en TEXT, vi TEXT, ord REAL,
                              UNIQUE (facet, key));
            CREATE TABLE link (val INTEGER, rec INTEGER, PRIMARY KEY (val, rec)) WITHOUT ROWID;
            CREATE VIRTUAL TABLE words USING fts5(body, content='', columnsize=0,
                                                  tokenize='unicode61 remove_diacritics 2');
        """)
        facet_names = list(FACETS) + sorted(data["schemes"])
        db.executemany("INSERT INTO facet VALUES (?, ?, ?, ?)", [
            (name, FACETS[name][0] if name in FACETS else _scheme_title(data["schemes"][name], label),
             data["schemes"].get(name), i) for i, name in enumerate(facet_names)])
        vals: dict[tuple[str, str], int] = {}
        for name in facet_names:
            for v in sorted({v for _, v in data["facets"].get(name, [])}):
                vals[name, v] = len(vals) + 1
                info = labels.get(v, {})
                db.execute("INSERT INTO val VALUES (?, ?, ?, ?, ?, ?, ?)",
                           (vals[name, v], name, readable(v, names), v, label(v), info.get("vi"), orders.get(v)))
        db.executemany("INSERT OR IGNORE INTO link VALUES (?, ?)",
                       ((vals[name, v], ids[r]) for name, pairs in data["facets"].items() for r, v in pairs))
        docs = []
        for r in recs:
            texts = data["texts"].get(r, [])
            doc = {"texts": [{"value": t, "lang": lang} for t, lang in sorted(texts)],
                   "responses": [{"iri": v, "sources": sorted(set(gs))}
                                 for v, gs in sorted(data["responses"].get(r, {}).items())],
                   "sources": sorted(data["sources"].get(r, [])),
                   "earlier": _chain(r, data["earlier"], ids),
                   **data["details"].get(r, {})}
            docs.append((ids[r], r, json.dumps(doc, ensure_ascii=False)))
        db.executemany("INSERT INTO rec VALUES (?, ?, ?)", docs)
        db.executemany("INSERT INTO words (rowid, body) VALUES (?, ?)",
                       ((ids[r], " ".join(words(" ".join(t for t, _ in data["texts"].get(r, []))))) for r in recs))
        labelled = {g: label(g) for per in data["responses"].values() for gs in per.values() for g in gs}
        labelled |= {g: label(g) for gs in data["sources"].values() for g in gs}
        db.executemany("INSERT INTO info VALUES (?, ?)", [
            ("fingerprint", fingerprint(store)), ("base", base), ("graph_labels", json.dumps(labelled))])
        db.commit()
        db.close()
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(recs)


def _scheme_title(scheme: str, label) -> str:
    return f"Theme ({label(scheme)})" if scheme else "Theme (no scheme)"


def _chain(r: str, earlier: dict[str, list[str]], ids: dict[str, int]) -> list[int]:
    """The recommendations ``r`` is similar to in earlier cycles, and theirs in turn, nearest first."""
    seen, out, todo = {r}, [], list(earlier.get(r, []))
    while todo:
        e = todo.pop(0)
        if e in seen:
            continue
        seen.add(e)
        if e in ids:
            out.append(ids[e])
        todo.extend(earlier.get(e, []))
    return out


def _current(file: Path, store: GraphStore) -> bool:
    if not file.is_file():
        return False
    try:
        with sqlite3.connect(f"file:{file}?mode=ro", uri=True) as db:
            row = db.execute("SELECT value FROM info WHERE key = 'fingerprint'").fetchone()
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == fingerprint(store)


def ensure(store: GraphStore) -> Path:
    """The index of ``store``'s database, (re)built first if it is missing or was read from another one."""
    if store.path is None:
        raise ArgumentError("the finder indexes a store on disk")
    file = index_path(store.path)
    if not _current(file, store):
        build_index(store, file)
    return file


def refresh(path: Path | None = None) -> Path | None:
    """Make the live database's index current (after ``build``, ``ingest`` or ``remove``)."""
    if live_name(path) is None:
        return None
    store = GraphStore.open(path)
    try:
        return ensure(store)
    finally:
        store.close()


# ---- searching ------------------------------------------------------------------------------------------------

@dataclass
class Result:
    """One page of a search: its rows, the total, and each facet's values with their counts."""

    total: int
    page: int
    size: int
    rows: list[dict]
    facets: list[dict]
    filters: dict[str, list[str]] = field(default_factory=dict)
    text: str | None = None

    def to_json(self) -> dict:
        return {"total": self.total, "page": self.page, "size": self.size, "pages": -(-self.total // self.size),
                "filters": self.filters, "text": self.text, "rows": self.rows, "facets": self.facets}


class Finder:
    """An opened index: facet membership in memory, texts and details read from SQLite per request."""

    def __init__(self, file: Path) -> None:
        self.file = Path(file)
        self._local = threading.local()
        db = self._db()
        info = dict(db.execute("SELECT key, value FROM info"))
        self.base = info["base"]
        self.graph_labels: dict[str, str] = json.loads(info["graph_labels"])
        self.facet_names: list[str] = []
        self.titles: dict[str, str] = {}
        for name, title in db.execute("SELECT name, title FROM facet ORDER BY position"):
            self.facet_names.append(name)
            self.titles[name] = title
        self.values: dict[int, dict] = {}
        self.by_key: dict[str, dict[str, int]] = {name: {} for name in self.facet_names}
        self.by_iri: dict[str, dict[str, int]] = {name: {} for name in self.facet_names}
        for vid, facet, key, iri, en, vi, order in db.execute("SELECT * FROM val"):
            self.values[vid] = {"facet": facet, "key": key, "iri": iri, "en": en, "vi": vi, "ord": order}
            self.by_key[facet][key] = vid
            self.by_iri[facet][iri] = vid
        self.count = db.execute("SELECT COUNT(*) FROM rec").fetchone()[0]
        self.recs_of: dict[int, list[int]] = defaultdict(list)
        per_facet: dict[str, list[list[int]]] = {name: [[] for _ in range(self.count + 1)] for name in self.facet_names}
        for vid, rec in db.execute("SELECT val, rec FROM link"):
            self.recs_of[vid].append(rec)
            per_facet[self.values[vid]["facet"]][rec].append(vid)
        self.vals_of = per_facet
        self.everything = range(1, self.count + 1)
        # Selections are boolean masks over the recommendation ids and facet counts numpy bincounts over each
        # facet's (recommendation, value) pairs: Python sets and Counters took 25 ms a request at 100,000
        # recommendations (bench/bench_serve.py on the synthetic store), this takes a few.
        size = max(self.values, default=0) + 1
        self._members = {vid: np.array(recs, dtype=np.int64) for vid, recs in self.recs_of.items()}
        self._pairs: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for name in self.facet_names:
            recs = [r for r, vids in enumerate(per_facet[name]) for _ in vids]
            vals = [v for vids in per_facet[name] for v in vids]
            self._pairs[name] = (np.array(recs, dtype=np.int64), np.array(vals, dtype=np.int64))
        self._size = size
        self.totals = {name: np.bincount(self._pairs[name][1], minlength=size) for name in self.facet_names}

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = sqlite3.connect(f"file:{self.file}?mode=ro", uri=True, check_same_thread=False)
        return db

    # -- filters
    def resolve(self, filters: dict[str, list[str]]) -> dict[str, set[int]]:
        """Facet -> value ids; an unknown facet or value is an :class:`UnknownFacetError`."""
        chosen: dict[str, set[int]] = {}
        for name, keys in filters.items():
            if name not in self.by_key:
                raise UnknownFacetError(f"unknown facet {name!r}; the facets are {', '.join(self.facet_names)}")
            for key in keys:
                vid = self.by_key[name].get(key)
                if vid is None:
                    try:
                        vid = self.by_iri[name].get(expand(key, self.base))
                    except ValueError:
                        vid = None
                if vid is None:
                    raise UnknownFacetError(f"facet {name!r} has no value {key!r} (values are written like "
                                           f"{next(iter(self.by_key[name]), 'id:state/vnm')!r})")
                chosen.setdefault(name, set()).add(vid)
        return chosen

    def matching_text(self, text: str | None) -> set[int] | None:
        """The recommendations whose text holds every word of ``text`` (None: no text given)."""
        terms = words(text or "")
        if not terms:
            return None
        query = " ".join(f'"{t}"' for t in terms)  # the words are letters and digits only
        return {row[0] for row in self._db().execute("SELECT rowid FROM words WHERE words MATCH ?", (query,))}

    def select(self, filters: dict[str, list[str]], text: str | None = None,
               exclude: str | None = None) -> set[int] | None:
        """The recommendation ids under ``filters`` and ``text`` (None: all of them), ``exclude``'s filter left out."""
        mask = self._select(self.resolve(filters), self.matching_text(text), exclude)
        return None if mask is None else set(np.flatnonzero(mask).tolist())

    def _select(self, chosen: dict[str, set[int]], matched: set[int] | None, exclude: str | None = None):
        """A boolean mask over the recommendation ids (index 0 unused), or None for all of them."""
        result = None
        if matched is not None:
            result = np.zeros(self.count + 1, dtype=bool)
            result[np.fromiter(matched, dtype=np.int64, count=len(matched))] = True
        for name, vids in chosen.items():
            if name == exclude:
                continue
            members = np.zeros(self.count + 1, dtype=bool)
            for v in vids:
                members[self._members.get(v, np.empty(0, dtype=np.int64))] = True
            result = members if result is None else result & members
        return result

    # -- results
    def search(self, filters: dict[str, list[str]] | None = None, text: str | None = None, page: int = 1,
               size: int = 20) -> Result:
        """One page of the recommendations under ``filters`` (facet -> values, OR within a facet, AND between
        facets) whose text holds every word of ``text``, with every facet's counts under the other filters."""
        filters = {k: list(v) for k, v in (filters or {}).items() if v}
        if not isinstance(page, int) or page < 1:
            raise ArgumentError(f"page must be a whole number from 1, not {page!r}")
        if not isinstance(size, int) or not 1 <= size <= MAX_SIZE:
            raise ArgumentError(f"size must be a whole number from 1 to {MAX_SIZE}, not {size!r}")
        chosen = self.resolve(filters)
        matched = self.matching_text(text)
        selected = self._select(chosen, matched)
        ordered = np.flatnonzero(selected) if selected is not None else self.everything
        total = len(ordered)
        rows = self.rows(int(i) for i in ordered[(page - 1) * size: page * size])
        facets = []
        for name in self.facet_names:
            within = self._select(chosen, matched, exclude=name) if name in chosen else selected
            if within is None:
                counts = self.totals[name]
            else:
                recs, vals = self._pairs[name]
                counts = np.bincount(vals[within[recs]], minlength=self._size)
            picked = chosen.get(name, set())
            shown = np.flatnonzero(counts).tolist() + [v for v in picked if not counts[v]]
            counts = counts.tolist()
            facets.append({"name": name, "title": self.titles[name], "values": [
                {**self._value(v), "count": counts[v], "selected": v in picked}
                for v in sorted(shown, key=lambda v: self._value_order(name, v, counts[v]))]})
        return Result(total, page, size, rows, facets, filters, text)

    def _value(self, vid: int) -> dict:
        v = self.values[vid]
        return {"key": v["key"], "iri": v["iri"], "en": v["en"], "vi": v["vi"]}

    def _value_order(self, facet: str, vid: int, count: int) -> tuple:
        v = self.values[vid]
        if facet in ("cycle", "session", "action", "sdg"):
            return (v["ord"] if v["ord"] is not None else 1e9, _natural(v["en"]))
        return (-count, v["en"].casefold())

    def iter_ids(self, filters: dict[str, list[str]] | None = None, text: str | None = None) -> list[int]:
        mask = self._select(self.resolve({k: list(v) for k, v in (filters or {}).items() if v}),
                            self.matching_text(text))
        return np.flatnonzero(mask).tolist() if mask is not None else list(self.everything)

    def rows(self, ids) -> list[dict]:
        """The recommendations ``ids`` as result records, in that order."""
        ids = list(ids)
        docs = {}
        for start in range(0, len(ids), 900):
            part = ids[start:start + 900]
            docs.update({i: (iri, json.loads(doc)) for i, iri, doc in self._db().execute(
                f"SELECT id, iri, doc FROM rec WHERE id IN ({','.join('?' * len(part))})", part)})
        out = []
        for i in ids:
            iri, doc = docs[i]
            record = {"iri": iri, "key": readable(iri, prefixes(self.base))}
            for name in self.facet_names:
                record[name] = [self._value(v) for v in self.vals_of[name][i]]
            record["responses"] = [{**self._value(self.by_iri["response"][r["iri"]]),
                                    "sources": [{"iri": g, "label": self.graph_labels.get(g, g)}
                                                for g in r["sources"]]}
                                   for r in doc["responses"] if r["iri"] in self.by_iri["response"]]
            record["texts"] = doc["texts"]
            record["sources"] = [{"iri": g, "label": self.graph_labels.get(g, g)} for g in doc["sources"]]
            record["paragraph"] = doc.get("paragraph")
            record["documentSymbol"] = doc.get("documentSymbol")
            record["earlier"] = doc["earlier"]
            out.append(record)
        earlier = {e for record in out for e in record["earlier"]}
        if earlier:
            brief = {e: self._brief(e, iri, json.loads(doc)) for e, iri, doc in self._db().execute(
                f"SELECT id, iri, doc FROM rec WHERE id IN ({','.join('?' * len(earlier))})", sorted(earlier))}
            for record in out:
                record["earlier"] = [brief[e] for e in record["earlier"] if e in brief]
        return out

    def _brief(self, rid: int, iri: str, doc: dict) -> dict:
        return {"iri": iri, "key": readable(iri, prefixes(self.base)),
                "cycle": [self._value(v) for v in self.vals_of["cycle"][rid]],
                "responses": [self._value(self.by_iri["response"][r["iri"]]) for r in doc["responses"]
                              if r["iri"] in self.by_iri["response"]],
                "texts": doc["texts"]}


def _natural(text: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text or ""))


_FINDERS: dict[Path, Finder] = {}
_LOCK = threading.Lock()


def open_index(store: GraphStore) -> Finder:
    """The finder of ``store``'s database: its index built if missing or stale, opened once per process."""
    with _LOCK:
        file = ensure(store)
        finder = _FINDERS.get(file)
        if finder is None or finder.file.stat().st_mtime_ns != getattr(finder, "_mtime", None):
            finder = Finder(file)
            finder._mtime = file.stat().st_mtime_ns
            _FINDERS[file] = finder
        return finder


# ---- downloads ------------------------------------------------------------------------------------------------

CSV_COLUMNS = ("iri", "state", "recommender", "group", "cycle", "session", "response", "responses_by_source",
               "action", "themes", "sdg", "text", "paragraph", "document", "sources", "similar_earlier")


def to_csv(finder: Finder, filters: dict[str, list[str]] | None = None, text: str | None = None) -> str:
    """The filtered recommendations as CSV, one row each; several values joined with " | "."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    ids = finder.iter_ids(filters, text)
    themes = [n for n in finder.facet_names if n == THEME or n.startswith(THEME + "-")]
    for start in range(0, len(ids), 2000):
        for r in finder.rows(ids[start:start + 2000]):
            def joined(values) -> str:
                return " | ".join(v["en"] for v in values)
            writer.writerow([
                r["iri"], joined(r["state"]), joined(r["recommender"]), joined(r["group"]), joined(r["cycle"]),
                joined(r["session"]), joined(r["response"]),
                " | ".join(f"{x['en']} ({s['label']})" for x in r["responses"] for s in x["sources"]),
                joined(r["action"]), " | ".join(v["en"] for n in themes for v in r[n]), joined(r["sdg"]),
                " | ".join(t["value"] for t in r["texts"]), r["paragraph"] or "", r["documentSymbol"] or "",
                " | ".join(s["iri"] for s in r["sources"]), " | ".join(e["iri"] for e in r["earlier"])])
    return out.getvalue()


def to_turtle(store: GraphStore, finder: Finder, filters: dict[str, list[str]] | None = None,
              text: str | None = None) -> str:
    """The statements about the filtered recommendations (the merged graph), as Turtle."""
    ids = finder.iter_ids(filters, text)
    quads = set()
    db = finder._db()
    for start in range(0, len(ids), 900):
        part = ids[start:start + 900]
        for (iri,) in db.execute(f"SELECT iri FROM rec WHERE id IN ({','.join('?' * len(part))})", part):
            quads.update((str(q.subject), str(q.predicate), str(q.object), "")
                         for q in store.quads(ox.NamedNode(iri), merged=True))
    return "".join(serialise(sorted(quads), "turtle", store.meta.base))


__all__ = ["FACETS", "Finder", "Result", "build_index", "ensure", "open_index", "refresh", "to_csv", "to_turtle",
           "words"]
