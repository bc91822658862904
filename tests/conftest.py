"""Shared fixtures: the seed graph built once into a real on-disk Oxigraph store."""

from __future__ import annotations

import csv
import gc
import io
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from rightsgraph.build import build
from rightsgraph.cli import main
from rightsgraph.library import find
from rightsgraph.library.queryfile import load_query_file
from rightsgraph.resources import data_dir, queries_dir
from rightsgraph.store import GraphStore

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
REAL = Path(__file__).resolve().parents[2] / "shared" / "realdata"
UPR_INFO = REAL / "uprinfo-terman" / "uprinfo-v2" / "1-5.csv"
SLOVENIA = sorted((REAL / "slovenia-upr").glob("*Thematic_List*.md"))
RATIFICATIONS = sorted((REAL / "treaty-ratification-wpdl").glob("hr_status_*.csv"))
OHCHR_ICESCR = REAL / "ohchr-ratification-icescr" / "UnderlyingData_ICESCR_OHCHR_23_04_2026.xls"
#: The editors' review files of the tests go to a folder of their own, never to the user's data directory
#: (tests that write decisions set $RIGHTSGRAPH_REVIEWS to a folder of theirs).
os.environ["RIGHTSGRAPH_REVIEWS"] = tempfile.mkdtemp(prefix="rightsgraph-test-reviews-")
#: Tests of the real data in ../shared (CI has it; a clone of the repository alone does not) skip without it.
needs_realdata = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realdata is not beside the repository")
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds (the seed articles) is not beside "
                                                            "the repository")


def pytest_collection_finish(session) -> None:
    """Move what is alive once the tests are collected (rdflib, pyparsing's SPARQL grammar, hypothesis, every
    test module...) to the garbage collector's permanent generation.  GraphStore.close() and every store write
    run a full gc.collect() (to release RocksDB at once), several hundred times a run; each of them walked these
    objects again, about 0.1 s a time.  No store exists yet at this point, so every store and its reference
    cycles are created after the freeze and are collected as before."""
    gc.collect()
    gc.freeze()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, launched once per test process (Playwright drives it; it never downloads one)."""
    from playwright.sync_api import sync_playwright

    from web import CHROMIUM

    if not shutil.which(CHROMIUM):
        pytest.fail("Debian's chromium is not installed: run `make system-deps`")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def endpoint(seed):
    """`rightsgraph serve` of the seed store on 127.0.0.1, one per test module: its URL."""
    from web import served

    with served(seed) as url:
        yield url


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "rg"
    build(path)
    return path


@pytest.fixture(scope="session")
def seed(store_path) -> GraphStore:
    return GraphStore.open(store_path)


@pytest.fixture(scope="session")
def _built_once(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("built") / "rg"
    build(path)
    return path


@pytest.fixture
def built(_built_once, tmp_path) -> Path:
    """A store of the bundled data of this test's own: a copy of one built once (a copy takes milliseconds,
    a build a second)."""
    path = tmp_path / "rg"
    shutil.copytree(_built_once, path)
    return path


@pytest.fixture(scope="session")
def new_store(_built_once, tmp_path_factory):
    """``new_store(name)``: a store of the bundled data in a new folder ``name``, for a module fixture to ingest
    into: a copy of the one built once, as `built` is for a test."""
    def make(name: str) -> Path:
        path = tmp_path_factory.mktemp(name) / "rg"
        shutil.copytree(_built_once, path)
        return path

    return make


def real_store(new_store, name: str, *loads: tuple) -> Path:
    """A store of the bundled data with real files ingested in order, each load ``(format, files[, options])``;
    the test is skipped when ../shared is not beside the repository.  ``new_store``: the fixture (a copy of the
    store built once), or tmp_path_factory (a build of its own, in ``tmp_path_factory.mktemp(name)``)."""
    from rightsgraph.upr.ingest import ingest

    if not REAL.is_dir():
        pytest.skip("../shared/realdata is not beside the repository")
    if callable(new_store):
        path = new_store(name)
    else:
        path = new_store.mktemp(name) / "rg"
        build(path)
    for fmt, files, *options in loads:
        ingest(fmt, files, path, **(options[0] if options else {}))
    return path


@pytest.fixture(scope="session")
def upr(new_store) -> GraphStore:
    """The seed graph plus real recommendation data: UPR Info sessions 1-5 and Slovenia's thematic lists, and the
    ratification status of the 18 core treaties (year precision) and OHCHR's ICESCR export (full dates)."""
    return GraphStore.open(real_store(new_store, "upr", ("upr-info", [UPR_INFO]), ("ohchr-list", SLOVENIA),
                                      ("ratification-status", RATIFICATIONS, {"skip_bad": True}),
                                      ("ohchr-ratification", [OHCHR_ICESCR], {"skip_bad": True})))


@pytest.fixture(scope="session")
def slovenia_store(new_store) -> Path:
    """The seed graph plus Slovenia's two thematic lists of recommendations (cycles II and IV)."""
    return real_store(new_store, "slovenia", ("ohchr-list", SLOVENIA))


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of the bundled curated data."""
    target = tmp_path / "data"
    shutil.copytree(data_dir(), target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return target


NUMERIC = {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.int, XSD.long}


def term(value):
    """A term compared by value: plain literals are xsd:string (RDF 1.1), numbers compare as numbers."""
    if value is None:
        return ("unbound",)
    if isinstance(value, URIRef):
        return ("iri", str(value))
    if isinstance(value, Literal):
        if value.language:
            return ("lang", str(value), value.language.lower())
        if value.datatype in NUMERIC:
            try:
                return ("number", Decimal(str(value)).normalize())
            except InvalidOperation:
                pass
        return ("literal", str(value), str(value.datatype or XSD.string))
    return ("other", str(value))


def concatenated(text: str) -> dict[str, str]:
    """Columns made by GROUP_CONCAT, with their separators: SPARQL leaves the order of the parts open."""
    return {name: sep for sep, name in re.findall(r'GROUP_CONCAT\(.*?separator="([^"]*)"\)[^()]*?AS \?(\w+)', text)}


def rows(result, text: str = "") -> list[tuple]:
    """A result's rows (a graph's statements) as terms compared by value, sorted; GROUP_CONCAT columns as parts."""
    if result.vars is None:  # CONSTRUCT: the statements, compared term by term (no blank nodes in the library)
        return sorted((term(s), term(p), term(o)) for s, p, o in result.graph)
    joined = concatenated(text)
    names = [str(v) for v in result.vars]
    out = []
    for row in result:
        cells = []
        for name, value in zip(names, row, strict=True):
            if name in joined and value is not None:
                cells.append(("parts", tuple(sorted(str(value).split(joined[name])))))
            else:
                cells.append(term(value))
        out.append(tuple(cells))
    return sorted(out)


def query_both(store: GraphStore, endpoint: str, name: str, values: dict[str, str], *options: str):
    """The library query ``name`` with parameters ``values`` on ``store``, and through `rightsgraph query --endpoint`
    (its JSON results or Turtle graph read back): the two results."""
    from rdflib import Graph
    from rdflib.query import Result

    query = find(name)
    local = store.query(query.text, query.bindings(values, store.meta.base))
    args = ["query", name, "--endpoint", endpoint, "--format", "json", *options]
    args += [arg for key, value in values.items() for arg in ("--param", f"{key}={value}")]
    answer = CliRunner().invoke(main, args)
    assert answer.exit_code == 0, f"{name} {values}: {answer.output}"
    if local.type in ("CONSTRUCT", "DESCRIBE"):
        remote = Result(local.type)
        remote.graph = Graph().parse(data=answer.stdout, format="turtle")
    else:
        remote = Result.parse(io.StringIO(answer.stdout), format="json")
    return local, remote


def run_query(store: GraphStore, name: str, **params: str) -> list[dict[str, str]]:
    """Run a library query with parameters; rows as {variable: value string}."""
    query = load_query_file(queries_dir() / f"{name}.rq")
    result = store.query(query.text, query.bindings(params, store.meta.base))
    names = [str(v) for v in result.vars]
    return [{n: (None if v is None else str(v)) for n, v in zip(names, row, strict=True)} for row in result]


ID = "https://w3id.org/rightsgraph/id/"


UPR_INFO_COLUMNS = ["To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action",
                    "Issue", "Session"]


def upr_info_file(path: Path, rows: list, mac: bool = False) -> Path:
    """A UPR Info export.  A row is (state under review, text, recommending state, session), the other columns
    made up, or a tuple of all eleven columns.  ``mac`` writes it as the real exports are: old Mac Excel's
    Mac Roman, CR line ends, none after the last row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r" if mac else "\r\n")
    writer.writerow(UPR_INFO_COLUMNS)
    for row in rows:
        if len(row) == 4:
            to, text, by, session = row
            row = (to, "Asia", "ASEAN", text, by, "WEOG", "EU", "Accepted", "5", "Justice", session)
        assert len(row) == len(UPR_INFO_COLUMNS), row
        writer.writerow(row)
    text = out.getvalue().removesuffix("\r") if mac else out.getvalue()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("mac_roman" if mac else "utf-8"))
    return path


def upr_info_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a UPR Info export as the csv module reads them (Mac Roman, as the real exports)."""
    with open(path, encoding="mac_roman", newline="") as handle:
        return list(csv.DictReader(handle))


_DOCX_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def write_matrix(path: Path, header: str, rows: list) -> Path:
    """An OHCHR matrix in Word's layout: the running header (split into runs, as Word stores it), then one
    table: the column headings, and per row (recommendation cell lines, position, themes cell lines), or a
    theme heading (a string: a row of one cell)."""
    from xml.sax.saxutils import escape

    def paragraph(line: str, runs: int = 1) -> str:
        step = max(1, -(-len(line) // runs))
        return "<w:p>" + "".join(f'<w:r><w:t xml:space="preserve">{escape(line[i:i + step])}</w:t></w:r>'
                                 for i in range(0, len(line), step)) + "</w:p>"

    def cell(lines: list[str]) -> str:
        return "<w:tc>" + "".join(paragraph(line) for line in lines) + "</w:tc>"

    def row(item) -> str:
        if isinstance(item, str):
            return "<w:tr>" + cell([item]) + "</w:tr>"
        rec, position, themes = item
        return "<w:tr>" + cell(rec) + cell([position]) + cell(themes) + cell(["", ""]) + "</w:tr>"

    headings = "<w:tr>" + "".join(cell([h]) for h in ("Recommendation", "Position", "Full list of themes",
                                                      "Assessment/comments on level of implementation")) + "</w:tr>"
    table = headings + "".join(row(item) for item in rows)
    document = f'<w:document xmlns:w="{_DOCX_W}"><w:body><w:tbl>{table}</w:tbl></w:body></w:document>'
    head = f'<w:hdr xmlns:w="{_DOCX_W}">{paragraph(header, runs=4)}</w:hdr>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document)
        archive.writestr("word/header1.xml", head)
    return path


@dataclass(frozen=True)
class Entry:
    """One paragraph of a UN document of a review, as the truth a miniature file is written from: its
    pieces (words, [recommending state names]) — one piece, or a cluster of several states' words —, the
    position, themes (coded ``A12 …`` or labels), persons concerned and SDG lines (``4 - QUALITY EDUCATION``)."""

    paragraph: str
    pieces: tuple[tuple[str, tuple[str, ...]], ...]
    position: str = "Supported"
    themes: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    sdgs: tuple[str, ...] = ()

    def printed(self, brackets_each: bool = False) -> str:
        """The paragraph's words as the UN prints them: each piece closed by its states in one bracket
        (``(Portugal, Slovakia)``), or with ``brackets_each`` a bracket per state (``(Maldives) (Portugal)``)."""
        def credit(names) -> str:
            return " ".join(f"({n})" for n in names) if brackets_each else f"({', '.join(names)})"

        return "; ".join(f"{words} {credit(names)}" for words, names in self.pieces) + ";"

    def text(self) -> str:
        """The recommendation's text: the words of a one-piece paragraph, or a cluster as printed."""
        if len(self.pieces) == 1:
            return self.pieces[0][0]
        return self.printed().rstrip(";")

    def states(self) -> list[str]:
        return list(dict.fromkeys(n for _, names in self.pieces for n in names))


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def write_thematic_list(path: Path, session: int, state: str, symbol: str, entries: list, new: bool = False) -> Path:
    """An OHCHR thematic list as the text copies of them are (Markdown, UTF-8, ``&`` as ``&amp;`` in themes and
    groups): the title naming the session and the state under review, the table's headings, then each entry, or
    a theme heading (a string).  The older layout codes its themes (``A12 …``), a blank line or two between
    entries, persons after "Affected persons:"; the ``new`` one has ``- label`` themes, "Groups of Persons:",
    SDG lines and a bracket per state."""
    from html import escape

    lines = [f"# UPR {_ordinal(session)} Session - {state} - Thematic List of Recommendations", "",
             "**Document:** Thematic List of Recommendations", f"**Session:** {_ordinal(session)} UPR Working Group",
             f"**Total Recommendations:** {sum(isinstance(e, Entry) for e in entries)}", "", "---", "",
             "## Full Document Text", "", ""]
    lines += (["Recommendation and recommending State", "Position of the State under review",
               "Human rights themes and groups of persons", "Relevant SDGs"] if new else
              ["Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation"])
    for entry in entries:
        if isinstance(entry, str):
            lines.append(f"Theme: {escape(entry, quote=False)}")
            continue
        source = f"Source of Position: {symbol} - Para.3" if new else f"Source of position: {symbol} - Para. 3"
        lines += [f"{entry.paragraph} {entry.printed(brackets_each=new)}" + ("" if new else " "), source,
                  entry.position]
        if new:
            lines += [f"- {escape(t, quote=False)}" for t in entry.themes]
            lines += ["Groups of Persons: ", *(f"- {escape(g, quote=False)}" for g in entry.groups),
                      *(f"- {s}" for s in entry.sdgs)]
        else:
            lines += [*(escape(t, quote=False) for t in entry.themes), "Affected persons:",
                      *(f"- {escape(g, quote=False)}" for g in entry.groups), "", ""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def matrix_rows(entries: list, symbol: str) -> list:
    """The rows of an OHCHR matrix (for :func:`write_matrix`) holding ``entries`` (and theme headings)."""
    rows = []
    for entry in entries:
        if isinstance(entry, str):
            rows.append(f"Theme: {entry}")
            continue
        rec = [f"{entry.paragraph}. {entry.printed()}", f"Source of position: {symbol} - Para. {entry.paragraph}. "]
        themes = [*entry.themes, *(["Affected persons:", *(f"- {g}" for g in entry.groups)] if entry.groups else [])]
        rows.append((rec, entry.position, themes))
    return rows


# ---- Slovenia's thematic lists of cycles II and IV in miniature ---------------------------------------------

#: Illustrative entries, written for the tests (not copied from a UN document), in the older layout (cycle II):
#: coded themes, a joint recommendation, two clusters (one with a bracket that names no state), a state whose
#: name has a bracket, paragraphs out of order.
SLOVENIA_2_ENTRIES = ["A12 Acceptance of international norms",
       Entry("115.1", (("Take further steps to ratify the human rights treaties it has signed", ("Croatia",)),),
             themes=("A12 Acceptance of international norms",), groups=("general",)),
       Entry("115.3", (("Ratify the Optional Protocol to the Convention on the Rights of the Child on a communications "
                        "procedure", ("Portugal", "Slovakia")),),
             themes=("A12 Acceptance of international norms",), groups=("children",)),
       Entry("115.2", (("Expedite the ratification of the amendment to article 8 of the Convention on Racial "
                        "Discrimination", ("Belgium",)),),
             themes=("A12 Acceptance of international norms", "B32 Racial discrimination", "G1 Members of minorities"),
             groups=("minorities/ racial, ethnic, linguistic, religious or descent-based groups",)),
       "A45 National Human Rights Institution (NHRI)",
       Entry("115.38", (("Ensure the compliance of its National Ombudsman with the Paris Principles", ("Egypt",)),
                        ("continue the efforts to guarantee the compliance of the Ombudsperson with the Paris "
                         "Principles", ("Peru",)),
                        ("take more effective measures to bring the Ombudsman’s Office into compliance with the "
                         "Paris Principles", ("Azerbaijan",))),
             themes=("A45 National Human Rights Institution (NHRI)", "A42 Institutions & policies - General"),
             groups=("general",)),
       Entry("115.106", (("Take further steps to implement the national programme of family violence prevention",
                          ("Netherlands",)),
                         ("prevent all forms of violence against women and children under the national programme "
                          "(2009–2014)", ("Bahrain",))),
             themes=("D29 Domestic violence", "F13 Violence against women"), groups=("women", "children")),
       Entry("115.60", (("Strengthen the measures against discrimination of migrants",
                         ("Bolivia (Plurinational State of)", "Ecuador")),),
             themes=("B31 Equality & non-discrimination", "G4 Migrants"), groups=("migrants",)),
       Entry("115.50", (("Recognise the Roma community as a national minority", ("Mexico",)),), position="Noted",
             themes=("G1 Members of minorities",), groups=("Roma",))]
#: ... and in the newer layout (cycle IV): labelled themes, groups of persons, SDGs, a bracket per state.
SLOVENIA_4_ENTRIES = ["Ratification of & accession to international instruments",
       Entry("140.7", (("Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural "
                        "Rights", ("Maldives", "Portugal")),),
             themes=("Ratification of & accession to international instruments",
                     "Economic, social & cultural rights - general measures of implementation"),
             groups=("Public officials",), sdgs=("1 - NO POVERTY", "4 - QUALITY EDUCATION",
                                                  "8 - DECENT WORK AND ECONOMIC GROWTH")),
       Entry("140.8", (("Ratify that Optional Protocol, to continue advancing the protection of human rights",
                        ("Spain",)),),
             themes=("Ratification of & accession to international instruments",), groups=("Public officials",),
             sdgs=("1 - NO POVERTY", "2 - ZERO HUNGER")),
       Entry("140.11", (("Accede to the 1961 Convention on the Reduction of Statelessness", ("North Macedonia",)),),
             position="Noted", themes=("Statelessness",), groups=("Stateless persons", "Women & girls"),
             sdgs=("16 - PEACE, JUSTICE AND STRONG INSTITUTIONS",)),
       Entry("140.20", (("Adopt a national action plan on business and human rights", ("Kenya",)),
                        ("implement it with the participation of civil society", ("Ghana",))),
             themes=("Business & human rights",), groups=("Civil society",), sdgs=("8 - DECENT WORK AND ECONOMIC "
                                                                                     "GROWTH",)),
       "Minorities",  # Mexico again, in the words of cycle II; Croatia, in other words
       Entry("140.31", (("Recognise the Roma community as a national minority", ("Mexico",)),), position="Noted",
             themes=("Minorities/ racial, ethnic, linguistic, religious or descent-based groups",), groups=("Roma",),
             sdgs=("10 - REDUCED INEQUALITIES",)),
       Entry("140.32", (("Take further steps to ratify the human rights treaties that it has signed", ("Croatia",)),),
             themes=("Ratification of & accession to international instruments",), groups=("Public officials",),
             sdgs=("16 - PEACE, JUSTICE AND STRONG INSTITUTIONS",))]


def write_slovenia_lists(folder: Path) -> list[Path]:
    """Slovenia's thematic lists of cycles II (session 20, older layout) and IV (session 48, newer) in miniature."""
    folder.mkdir(parents=True, exist_ok=True)
    return [write_thematic_list(folder / "cycle2-list.md", 20, "Slovenia", "A/HRC/28/15/Add.1", SLOVENIA_2_ENTRIES),
            write_thematic_list(folder / "cycle4-list.md", 48, "Slovenia", "A/HRC/59/15/Add.1", SLOVENIA_4_ENTRIES,
                                new=True)]


# ---- China's cycle II in miniature: an OHCHR matrix and UPR Info's rows of the same review ------------------

CHINA_2 = "UPR of China (2nd Cycle – 17th session)"
CHINA_2_SYMBOL = "A/HRC/25/5/Add.1"
#: Illustrative paragraphs (not copied from the UN document), with theme headings: single, joint and clustered
#: credits; 186.131 credits Canada too, whose row UPR Info does not have.
CHINA_2_ENTRIES = [
    "A12 Acceptance of international norms",
    Entry("186.28", (("Continue its efforts on the ratification of other human rights instruments and relevant "
                      "protocols", ("Mongolia",)),), themes=("A12 Acceptance of international norms",
                                                             "B51 Right to an effective remedy"), groups=("general",)),
    Entry("186.20", (("Ratify the Rome Statute of the International Criminal Court", ("Estonia",)),), "Noted",
          themes=("A12 Acceptance of international norms", "B11 International humanitarian law"), groups=("general",)),
    Entry("186.23", (("Continue efforts to ratify the OP-CAT and CPED", ("Argentina",)),
                     ("Ratify the CPED and reform the Criminal Procedure Code", ("France",))), "Noted",
          themes=("A12 Acceptance of international norms", "D32 Enforced disappearances"),
          groups=("disappeared persons", "persons deprived of their liberty")),
    "D23 Death penalty",
    Entry("186.98", (("Reduce the number of crimes punishable by death", ("Italy", "Switzerland")),),
          themes=("D23 Death penalty",), groups=("general",)),
    Entry("186.131", (("Abolish the death penalty", ("Finland", "Canada")),), "Noted", themes=("D23 Death penalty",)),
    "E25 Human rights & poverty",
    Entry("186.150", (("Continue its efforts to reduce poverty in rural areas", ("Cuba",)),),
          themes=("E25 Human rights & poverty",), groups=("persons living in rural areas",)),
]
_CHN = ("China", "Asia", "")
#: UPR Info's rows of that review, one per recommending state, in its own words and issues.
CHINA_2_ROWS = [
    (*_CHN, "Continue its efforts on the ratification of other human rights instruments and relevant protocols.",
     "Mongolia", "Asia", "", "Accepted", "4", "International instruments", "17"),
    (*_CHN, "Ratify the Rome Statute of the International Criminal Court.", "Estonia", "EEG", "EU", "Noted", "5",
     "International instruments,International humanitarian law", "17"),
    (*_CHN, "Continue efforts to ratify the OP-CAT and CPED", "Argentina", "GRULAC", "OAS, OEI", "Noted", "4",
     "International instruments,Enforced disappearances", "17"),
    (*_CHN, "Ratify the CPED and reform the Criminal Procedure Code.", "France", "WEOG", "EU, OIF", "Noted", "5",
     "Enforced disappearances,Justice", "17"),
    (*_CHN, "Reduce the number of crimes punishable by death", "Italy", "WEOG", "EU", "Accepted", "5", "Death penalty",
     "17"),
    (*_CHN, "Reduce the number of crimes punishable by death.", "Switzerland", "WEOG", "", "Accepted", "5",
     "Death penalty", "17"),
    (*_CHN, "Abolish the death penalty.", "Finland", "WEOG", "EU", "Noted", "5", "Death penalty", "17"),
    (*_CHN, "Continue its efforts to reduce poverty in rural areas", "Cuba", "GRULAC", "OAS", "Accepted", "4",
     "Poverty,Development", "17"),
]
CHINA_2_PLEDGES = [(*_CHN, "China will submit its overdue reports to the treaty bodies", *_CHN, "Voluntary Pledge",
                    "3", "Treaty bodies", "17")]


def write_china_cycle_2(folder: Path) -> tuple[Path, Path, Path]:
    """China's cycle II in miniature, named as the real files: the matrix, UPR Info's rows (``14-17.csv``) and
    pledges (``voluntary.csv``), both in UPR Info's Mac layout."""
    folder.mkdir(parents=True, exist_ok=True)
    matrix = write_matrix(folder / "Matrix_recommendations_2013.docx", CHINA_2,
                          matrix_rows(CHINA_2_ENTRIES, CHINA_2_SYMBOL))
    return (matrix, upr_info_file(folder / "14-17.csv", CHINA_2_ROWS, mac=True),
            upr_info_file(folder / "voluntary.csv", CHINA_2_PLEDGES, mac=True))
