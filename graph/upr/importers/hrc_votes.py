"""Human Rights Council recorded votes: an SQLite database with the tables
``resolutions(name, vote_date, summary, agenda, passed, type)`` and ``votes(resolution_name, country_short, vote)``.

Each recorded vote is a text the Council acted on (:class:`~.council_texts.CouncilText`): its symbol from
``name``, its title from ``summary``, its date, its agenda item (the item number in ``agenda``), its
outcome (``passed``), its tally counted from the states' votes, and one vote a state (YES, NO, ABSTAIN;
NO_VOTE, a member recorded as not voting, is ``non-voting``).  A text with no state's votes has no tally and
no outcome (the database's ``passed`` is then not founded on anything).  An amendment is linked to the
resolution or decision of the same session and title when the file has exactly one.  Rows are numbered by
their ``rowid`` in their table.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from rightsgraph.curation.states import StateIndex
from rightsgraph.errors import DataError
from rightsgraph.text import fold
from rightsgraph.textio import TextInfo
from rightsgraph.upr.importers import BadRow, Progress, bad_row
from rightsgraph.upr.importers.council_texts import CouncilText, states_in_title, symbol_of_vote

COLUMNS = {"resolutions": ("name", "vote_date", "summary", "agenda", "passed", "type"),
           "votes": ("resolution_name", "country_short", "vote")}
POSITIONS = {"YES": "yes", "NO": "no", "ABSTAIN": "abstain", "NO_VOTE": "non-voting"}
KINDS = ("resolution", "amendment", "decision")
SUMMARY = re.compile(r"(.*?)\s*:?\s*(?:resolution|amendment|decision)\s*/\s*(?:adopted by the\s+)?Human Rights Council"
                     r"[^/]*$", re.S | re.I)
AGENDA = re.compile(r"(?:^|[\s)\-])(\d{1,2})\s*\.\s*[A-Za-z]")


def _connect(path: Path) -> sqlite3.Connection:
    """The database, read-only; a file that is not one with the two tables is a DataError."""
    db = None
    try:
        db = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
        for table, columns in COLUMNS.items():
            found = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
            missing = [c for c in columns if c not in found]
            if missing:
                db.close()
                raise DataError(f"not a database of HRC recorded votes: table {table} lacks "
                                f"{', '.join(missing)}", path)
        return db
    except sqlite3.Error as exc:
        if db is not None:
            db.close()
        raise DataError(f"not a database of HRC recorded votes (SQLite): {exc}", path) from None


def title_key(title: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(title)))


def read(path: Path, info: TextInfo | None, states: StateIndex,
         progress: Progress | None = None) -> Iterator[CouncilText | BadRow]:
    db = _connect(path)
    size = path.stat().st_size
    try:
        votes: dict[str, list[tuple]] = defaultdict(list)
        for rowid, name, code, vote in db.execute("SELECT rowid, resolution_name, country_short, vote FROM votes "
                                                  "ORDER BY rowid"):
            votes[name].append((rowid, code, vote))
        resolutions = db.execute(f"SELECT rowid, {', '.join(COLUMNS['resolutions'])} FROM resolutions "
                                 "ORDER BY rowid").fetchall()
    except sqlite3.Error as exc:
        raise DataError(f"unreadable database: {exc}", path) from None
    finally:
        db.close()
    if progress:
        progress(size // 2)
    texts: list[CouncilText] = []
    for row in resolutions:
        try:
            text = _text(row, votes.get(row[1], []), states, path)
        except ValueError as exc:  # DataError included
            yield bad_row(row[0], exc, str(row[1]), f"resolutions row {row[0]}: ")
            continue
        texts.append(text)
    for name in sorted(set(votes) - {r[1] for r in resolutions}):
        yield BadRow(votes[name][0][0], f"votes row {votes[name][0][0]}: a vote on {name!r}, which the resolutions "
                                        "table does not have", str(name))
    _link_amendments(texts)
    yield from texts


def _text(row: tuple, votes: list[tuple], states: StateIndex, path: Path) -> CouncilText:
    rowid, name, date, summary, agenda, passed, kind = row
    if not isinstance(name, str):
        raise ValueError("no name (symbol)")
    symbol, revised = symbol_of_vote(name)
    if kind not in KINDS:
        raise ValueError(f"type must be one of {', '.join(KINDS)}, not {kind!r}")
    try:
        day = dt.datetime.strptime(str(date), "%Y/%m/%d").date()
    except ValueError:
        raise ValueError(f"vote_date must be YYYY/MM/DD, not {date!r}") from None
    if passed not in (0, 1):
        raise ValueError(f"passed must be 0 or 1, not {passed!r}")
    m = SUMMARY.fullmatch(str(summary or "").strip())
    title = " ".join((m[1] if m else str(summary or "")).split())
    item = next((int(a[1]) for a in AGENDA.finditer(str(agenda or "")) if 1 <= int(a[1]) <= 10), None)
    positions, seen = [], set()
    for vote_row, code, vote in votes:
        state = states.states.get(code) if isinstance(code, str) else None
        if state is None:
            raise DataError(f"votes row {vote_row}: unknown ISO3 state code", path, vote_row, code)
        if vote not in POSITIONS:
            raise ValueError(f"votes row {vote_row}: vote must be one of {', '.join(POSITIONS)}, not {vote!r}")
        if code in seen:
            raise ValueError(f"votes row {vote_row}: {code} votes twice on {name}")
        seen.add(code)
        positions.append((state, POSITIONS[vote]))
    counts = Counter(p for _, p in positions)
    tally = tuple(counts[p] for p in ("yes", "no", "abstain", "non-voting")) if positions else None
    return CouncilText(symbol.path, symbol.kind, rowid, title=title, symbol=symbol, session=symbol.session_path,
                       date=day, outcome=("adopted" if passed else "rejected") if positions else None,
                       mode="recorded-vote", orally_revised=revised, agenda_item=item, tally=tally,
                       concerns=tuple(states_in_title(title, states)), votes=tuple(positions))


def _link_amendments(texts: list[CouncilText]) -> None:
    """An amendment amends the one resolution or decision of its session with its title, if there is one."""
    targets: dict[tuple, list[str]] = defaultdict(list)
    for text in texts:
        if text.kind != "amendment":
            targets[(text.session, title_key(text.title))].append(text.path)
    for text in texts:
        found = targets.get((text.session, title_key(text.title)), [])
        if text.kind == "amendment" and len(found) == 1:
            text.amends = found[0]
