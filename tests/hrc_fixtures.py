"""Small HRC data files written by the tests: a recorded-votes SQLite database and a resolutions ODS."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

RESOLUTIONS = ("name", "vote_date", "summary", "agenda", "passed", "type")
ODS_HEADER = ["Session typ", "Adopted text", "Title", "Action taken", "year", "status", "focus", "vote typ",
              "adaption share", "value"]


def votes_db(path: Path, resolutions: list[tuple], votes: list[tuple]) -> Path:
    """A database with the recorded-votes layout: ``resolutions`` rows of :data:`RESOLUTIONS`, ``votes`` rows
    ``(resolution_name, country_short, vote)``."""
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE resolutions (name TEXT PRIMARY KEY, vote_date TEXT, summary TEXT, agenda TEXT, "
                   "passed BOOLEAN, type TEXT)")
        db.execute("CREATE TABLE votes (resolution_name TEXT, country_short TEXT, vote TEXT)")
        db.execute("CREATE TABLE countries (country_short TEXT PRIMARY KEY, country_long TEXT, category TEXT)")
        db.executemany("INSERT INTO resolutions VALUES (?, ?, ?, ?, ?, ?)", resolutions)
        db.executemany("INSERT INTO votes VALUES (?, ?, ?)", votes)
    db.close()
    return path


def resolution(symbol: str, date: str, title: str, passed: int = 1, kind: str = "resolution",
               item: int = 4) -> tuple:
    """A ``resolutions`` row as the scrape writes it."""
    return (symbol, date, f"{title} :{kind} /adopted by the Human Rights Council at its 52nd session",
            f"A/HRC/52/1 -{item}.Human rights situations that require the Council's attention", passed, kind)


def _cell(value) -> str:
    if isinstance(value, (int, float)):
        return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    lines = "".join(f"<text:p>{escape(line)}</text:p>" for line in str(value).split("\n"))
    return f'<table:table-cell office:value-type="string">{lines}</table:table-cell>'


def ods(path: Path, rows: list[list], sheet: str = "data", header: list[str] = ODS_HEADER) -> Path:
    """An OpenDocument spreadsheet of one sheet, written with the standard library (zip + XML)."""
    body = "".join("<table:table-row>" + "".join(_cell(v) for v in row) + "</table:table-row>"
                   for row in [header, *rows])
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="{sheet}">{body}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


# The small files most tests read: three texts on Syria and Myanmar and a decision with a hostile title.
SYRIA = "Situation of human rights in the Syrian Arab Republic"
HOSTILE = 'Human rights "and" <b>\\ } . DROP ALL ;\nsecond line'


def fixture_votes(tmp_path, extra_votes=()):
    return votes_db(tmp_path / "votes.sqlite3", [
        resolution("A/HRC/RES/52/30", "2023/04/04", SYRIA),
        resolution("A/HRC/52/L.64", "2023/04/04", SYRIA, passed=0, kind="amendment"),
        resolution("A/HRC/RES/28/23", "2015/03/27", "Situation of human rights in Myanmar"),
        resolution("A/HRC/DEC22/117", "2013/03/21", HOSTILE, kind="decision", item=2),
    ], [
        *(("A/HRC/RES/52/30", c, v) for c, v in (("VNM", "NO"), ("CHN", "NO"), ("FRA", "YES"), ("DEU", "YES"),
                                                  ("CUB", "ABSTAIN"))),
        *(("A/HRC/52/L.64", c, v) for c, v in (("VNM", "YES"), ("CHN", "YES"), ("FRA", "NO"), ("DEU", "NO"),
                                                ("CUB", "NO_VOTE"))),
        *(("A/HRC/RES/28/23", c, v) for c, v in (("VNM", "ABSTAIN"), ("CHN", "NO"), ("FRA", "YES"), ("DEU", "YES"),
                                                  ("CUB", "NO"))),
        *extra_votes,
    ])


def fixture_ods(tmp_path, extra=()):
    return ods(tmp_path / "resolutions.ods", [
        ["regular", "28/23", "Situation of human rights in Myanmar",
         "Adopted by a recorded vote (3 to 1, with 1 abstention), 60th meeting, 27 March 2015", 2015, "Adopted"],
        ["regular", "\xa052/30 ", SYRIA, "\xa0Adopted by a recorded vote | 2 to 2, with 1 abstentions, 40th "
         "meeting, 4 April 2023", 2023, "Adopted"],
        ["regular", "N/A", "Situation of human rights in Yemen", "Withdrawn by the sponsor on 8 October 2021", 2021,
         "Withdrawn"],
        ["regular", "51/3", "Neurotechnology and human rights",
         "Adopted as orally revised without a vote | 40th meeting, 6 October 2022", 2022, "Adopted"],
        *extra,
    ])
