"""UPR Info database CSV exports: one recommendation (or voluntary pledge) per row.

Columns: To, To-Rgrp, To-Org, Text, From, From-Rgrp, From-Org, Response, Action, Issue, Session.
``Response`` is Accepted, Noted or "Voluntary Pledge" (then From = To and the row is a pledge);
``Issue`` and the ``*-Org`` columns are comma lists.  A recommending state given as "(Unknown)" is
read as no known recommending state.
"""

from __future__ import annotations

import csv
import html
from collections.abc import Iterator
from pathlib import Path

from rightsgraph.curation.states import StateIndex, normalise
from rightsgraph.errors import DataError, UnknownNameError
from rightsgraph.text import slugify
from rightsgraph.textio import TextInfo, open_text
from rightsgraph.upr.importers import BadRow, Membership, Progress, bad_row, bounded_lines, csv_header, csv_rows
from rightsgraph.upr.recommendations import Item

COLUMNS = ("To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue",
           "Session")
RESPONSES = {"accepted": "supported", "supported": "supported", "noted": "noted", "voluntary pledge": None}
ORGS = {"asean": "org/asean", "au": "org/au", "eu": "org/eu", "oic": "org/oic", "oif": "org/oif",
        "commonwealth": "org/commonwealth", "oas": "org/oas", "oei": "org/oei", "al": "org/arab-league",
        "acs": "org/acs", "cis": "org/cis", "pif": "org/pif"}
ISSUES = frozenset({
    "asylum-seekers-refugees", "cp-rights-general", "civil-society", "corruption", "counter-terrorism",
    "death-penalty", "detention", "development", "disabilities", "esc-rights-general", "elections",
    "enforced-disappearances", "environment", "extrajudicial-executions",
    "freedom-of-association-and-peaceful-assembly", "freedom-of-movement", "freedom-of-opinion-and-expression",
    "freedom-of-religion-and-belief", "freedom-of-the-press", "general", "hiv-aids", "human-rights-defenders",
    "human-rights-education-and-training", "human-rights-violations-by-state-agents", "impunity",
    "indigenous-peoples", "internally-displaced-persons", "international-humanitarian-law",
    "international-instruments", "justice", "labour", "migrants", "minorities", "nhri", "national-plan-of-action",
    "other", "poverty", "public-security", "racial-discrimination", "right-to-education", "right-to-food",
    "right-to-health", "right-to-housing", "right-to-land", "right-to-water", "rights-of-the-child",
    "sexual-orientation-and-gender-identity", "special-procedures", "technical-assistance-and-cooperation",
    "torture-and-other-cid-treatment", "trafficking", "treaty-bodies", "upr-process", "women-s-rights"})


def _list(value: str) -> list[str]:
    return [v.strip() for v in html.unescape(value or "").split(",") if v.strip()]


def read(path: Path, info: TextInfo, states: StateIndex,
         progress: Progress | None = None) -> Iterator[Item | BadRow | Membership]:
    with open_text(path, info) as handle:
        reader = csv.reader(bounded_lines(handle, path), strict=True)
        index, width = csv_header(reader, path, info.encoding, COLUMNS, "a UPR Info export")
        seen_memberships: set[tuple[str, str]] = set()
        for row in csv_rows(reader, handle, path, info.encoding, progress):
            if isinstance(row, BadRow):
                yield row
                return
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != width:
                yield BadRow(line, f"{len(row)} fields where the header has {width} (truncated row?)",
                             ",".join(row))
                continue
            try:
                for thing in _item(dict(zip(COLUMNS, (row[index[c]] for c in COLUMNS), strict=True)), line, path,
                                   states):
                    if isinstance(thing, Membership):
                        key = (thing.org_id, thing.state.iso3)
                        if key in seen_memberships:
                            continue
                        seen_memberships.add(key)
                    yield thing
            except (DataError, ValueError) as exc:
                yield bad_row(line, exc, ",".join(row))


def _item(row: dict[str, str], line: int, path: Path, states: StateIndex) -> Iterator[Item | Membership]:
    text = " ".join(row["Text"].split())
    if not text:
        raise ValueError("empty Text")
    state = states.resolve(row["To"], path, line)
    if state is None:
        raise ValueError("the state under review (To) is unknown")
    response_key = normalise(row["Response"])
    if response_key not in RESPONSES:
        raise ValueError(f"Response must be Accepted, Noted or Voluntary Pledge, not {row['Response']!r}")
    pledge = response_key == "voluntary pledge"
    recommending = () if pledge else tuple(s for s in [states.resolve(row["From"], path, line)] if s)
    action = row["Action"].strip()
    if action and action not in {"1", "2", "3", "4", "5"}:
        raise ValueError(f"Action must be 1-5, not {action!r}")
    session = row["Session"].strip()
    if not session.isdigit() or int(session) < 1:
        raise ValueError(f"Session must be a positive number, not {session!r}")
    issues = []
    for issue in _list(row["Issue"]):
        slug = slugify(issue)
        if slug not in ISSUES:
            raise UnknownNameError(f"unknown UPR Info issue {issue!r}", path, line, issue)
        issues.append(f"upr-info-issue/{slug}")
    memberships = []  # checked before anything of the row is given: a bad row yields nothing
    for column, who in (("To-Org", state), ("From-Org", recommending[0] if recommending else None)):
        if who is None:
            continue
        for org in _list(row[column]):
            key = normalise(org)
            if key in ("unknown", "(unknown)"):
                continue
            if key not in ORGS:
                raise UnknownNameError(f"unknown organisation in {column}", path, line, org)
            memberships.append(Membership(ORGS[key], who))
    yield Item(text=text, state=state, session=int(session), line=line, recommending=recommending,
               pledge=pledge, response=RESPONSES[response_key], action=int(action) if action else None,
               issues=tuple(issues))
    yield from memberships
