"""The curated Human Rights Council membership (data/sources/ohchr-hrc-membership.yaml), the query of a year's
members and the check of the membership against the recorded votes."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from datetime import date
from itertools import pairwise

import pytest
import yaml

from conftest import ID, REAL, real_store, run_query
from rightsgraph.resources import data_dir
from rightsgraph.store import GraphStore

FILE = data_dir() / "sources" / "ohchr-hrc-membership.yaml"
VOTES = REAL / "hrc-recorded-votes" / "votes.sqlite3"
SEATS = {"african": 13, "asia-pacific": 13, "eeg": 6, "grulac": 8, "weog": 7}


def _terms() -> list[dict]:
    records = yaml.safe_load(FILE.read_text(encoding="utf-8"))["records"]
    return [r for r in records if r["type"] == "MembershipTerm"]


def _members_on(day: date) -> list[str]:
    return [t["member"] for t in _terms() if t["start"] <= day <= t["end"]]


def _groups() -> dict[str, str]:
    import csv

    with (data_dir() / "states.csv").open(encoding="utf-8") as f:
        return {f"state/{r['iso3'].lower()}": r["regional_group"] for r in csv.DictReader(f)}


def test_every_term_is_well_formed():
    terms = _terms()
    assert len(terms) == 345
    for t in terms:
        first, last = (int(y) for y in t["term"].split("-"))
        assert t["id"] == f"membership/{t['member'].removeprefix('state/')}-hrc-{t['term']}"
        assert t["body"] == "org/un-human-rights-council"
        assert t["start"] < t["end"] and t["start"].year == first and t["end"].year <= last
    by_state = defaultdict(list)
    for t in terms:
        by_state[t["member"]].append((t["start"], t["end"]))
    for spans in by_state.values():  # a state's terms never overlap
        spans.sort()
        assert all(a[1] < b[0] for a, b in pairwise(spans))


@pytest.mark.parametrize("year", range(2006, 2027))
def test_47_members_at_the_end_of_every_year_in_their_regional_seats(year):
    members = _members_on(date(year, 12, 31))
    groups = _groups()
    assert len(members) == len(set(members)) == 47
    assert Counter(groups[m] for m in members) == SEATS


@pytest.mark.parametrize("day", [date(2007, 6, 1), date(2011, 6, 1), date(2018, 6, 1), date(2022, 3, 1)])
def test_47_members_before_a_turnover_or_a_departure(day):
    assert len(_members_on(day)) == 47


def test_cut_short_terms_and_their_replacements():
    assert len(_members_on(date(2018, 7, 1))) == 46  # the United States gone, Iceland not yet elected
    assert len(_members_on(date(2022, 4, 20))) == 46  # the Russian Federation gone, Czechia not yet elected
    assert "state/isl" in _members_on(date(2018, 7, 13)) and "state/cze" in _members_on(date(2022, 5, 10))


@pytest.mark.parametrize("year", range(2007, 2026))
def test_members_query_gives_the_47_of_each_year(seed: GraphStore, year):
    rows = run_query(seed, "council-members", year=str(year))
    at_end = {r["state"].removeprefix(ID) for r in rows if r["end"] >= f"{year}-12-31"}
    assert at_end == set(_members_on(date(year, 12, 31)))
    assert len(at_end) == 47
    during = {r["state"].removeprefix(ID) for r in rows}
    expected = {t["member"] for t in _terms()
                if t["start"] <= date(year, 12, 31) and t["end"] >= date(year, 1, 1)}
    assert during == expected


def test_members_query_says_who_joined_and_left(seed: GraphStore):
    rows = {r["stateLabel"]: r for r in run_query(seed, "council-members", year="2022")}
    assert len(rows) == 48
    assert rows["Russian Federation"]["during"] == "left 2022-04-07"
    assert rows["Czechia"]["during"] == "joined 2022-05-10"
    vnm = {r["term"] for r in run_query(seed, "council-members", year="2024") if r["state"] == ID + "state/vnm"}
    assert vnm == {"2023-2025"}  # the same resource as the news articles' term


def test_the_term_stated_by_news_articles_is_the_same_resource(seed: GraphStore):
    sources = {str(r[0]) for r in seed.query(
        f"SELECT ?g WHERE {{ GRAPH ?g {{ <{ID}membership/vnm-hrc-2023-2025> org:member ?s }} }}")}
    assert {s.removeprefix(ID + "source/") for s in sources} == {
        "ohchr-hrc-membership", "nhandan-2022-human-rights-day-upr-cycle-iv",
        "continuing-to-promote-human-rights-achievements"}


@pytest.fixture(scope="module")
def voted(tmp_path_factory) -> GraphStore:
    return GraphStore.open(real_store(tmp_path_factory, "hrc-membership-votes", ("hrc-votes", [VOTES])))


def _sqlite_findings() -> Counter:
    """(year, finding, iso3) -> count, from the SQLite file and the YAML file alone."""
    terms = defaultdict(list)
    for t in _terms():
        terms[t["member"].removeprefix("state/").upper()].append(t)
    with sqlite3.connect(f"file:{VOTES}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT v.country_short, v.vote, r.vote_date, r.name FROM votes v "
                          "JOIN resolutions r ON r.name = v.resolution_name").fetchall()
    found: Counter = Counter()
    texts = {(name, date(*map(int, day.split("/")))) for _, _, day, name in rows}
    cast = defaultdict(set)  # term id -> years with a vote cast during the term
    for code, vote, day, _ in rows:
        when = date(*map(int, day.split("/")))
        covering = [t for t in terms[code] if t["start"] <= when <= t["end"]]
        if not covering:
            found[(when.year, "voted, not a member", code)] += 1
        elif vote != "NO_VOTE":
            cast[covering[0]["id"]].add(when.year)
    for ts in terms.values():
        for t in ts:
            years = {when.year for _, when in texts if t["start"] <= when <= t["end"]}
            for year in years - cast[t["id"]]:
                found[(year, "member, never voted", t["member"].removeprefix("state/").upper())] += 1
    return found


def test_membership_against_the_real_votes(voted: GraphStore):
    rows = run_query(voted, "council-membership-vs-votes")
    got = Counter()
    for r in rows:
        code = r["state"].removeprefix(ID + "state/").upper()
        key = (int(r["year"]), r["finding"], code)
        got[key] += int(r["records"]) if r["finding"] == "voted, not a member" else 1
    expected = _sqlite_findings()
    assert got == expected
    assert {year for year, _, _ in expected} == {2011, 2016, 2018, 2022}
