"""OHCHR matrices (.docx, China cycles II and III) and matching across sources, counts computed from the XML
directly (regular expressions, or ElementTree), never with the importer's code.  China's cycle II is the real
matrix and UPR Info export in ../shared when they are there, and always a miniature of them the tests write."""

from __future__ import annotations

import csv
import html
import re
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from conftest import CHINA_2_ENTRIES, ID, Entry, needs_realdata, run_query, write_china_cycle_2, write_matrix
from rightsgraph.curation.states import default_index
from rightsgraph.errors import DataError
from rightsgraph.namespaces import ONTOLOGY_GRAPH, RGC
from rightsgraph.resources import ontology_dir
from rightsgraph.store import GraphStore
from rightsgraph.upr.ingest import ingest

REAL = Path(__file__).resolve().parents[2] / "shared" / "realdata"
MATRIX = REAL / "china-upr-matrix" / "Matrix_recommendations_2013.docx"
#: A cycle III matrix in OHCHR's layout, written by the tests: its themes include SDG lines
#: ("S16 SDG 16 - peace, justice and strong institutions"), which the cycle II matrix (2013) predates.
CYCLE_3 = [
    (["28.1 Ratify the International Covenant on Civil and Political Rights (Greece);",
      "Source of position: A/HRC/40/6/Add.1 - Para. 2"], "Supported",
     ["A12 Acceptance of international norms", "S16 SDG 16 - peace, justice and strong institutions",
      "Affected persons:", "- general"]),
    (["28.2 Ensure access to education for children of ethnic minorities (Cuba);",
      "Source of position: A/HRC/40/6/Add.1 - Para. 2"], "Supported",
     ["E51 Right to education - General", "S04 SDG\u00a04 - quality education", "S10 SDG 10 - inequality"]),
    (["28.3 Continue implementing the 2030 Agenda (Pakistan);", "Source of position: A/HRC/40/6/Add.1 - Para. 2"],
     "Supported", ["S Sustainable Development Goal implementation", "A41 Constitutional and legislative framework"]),
    (["28.4 Abolish the death penalty (France);", "Source of position: A/HRC/40/6/Add.1 - Para. 2"], "Noted",
     ["D23 Death penalty", "S16 SDG 16 - peace, justice and strong institutions"]),
]
UPR_INFO_14_17 = REAL / "uprinfo-terman" / "uprinfo-v2" / "14-17.csv"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
G = "GRAPH id:source\\/ohchr-matrix-matrix-recommendations-2013"


def expected_rows(matrix: Path = MATRIX) -> list[tuple[str, str]]:
    """(first-cell text, position) of every recommendation row, by regular expressions over the XML."""
    xml = zipfile.ZipFile(matrix).read("word/document.xml").decode("utf-8")
    rows = []
    for row in re.findall(r"<w:tr[ >].*?</w:tr>", xml, re.S):
        cells = [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<w:tc>.*?</w:tc>", row, re.S)]
        if len(cells) >= 3 and re.match(r"\s*\d+\.\d+", cells[0]):
            rows.append((cells[0], cells[1].strip()))
    return rows


@pytest.fixture(scope="module")
def matrix_2018(tmp_path_factory) -> Path:
    return write_matrix(tmp_path_factory.mktemp("docx") / "Matrix_recommendations_2018.docx",
                        "UPR of China (3rd Cycle – 31st session)", CYCLE_3)


@pytest.fixture(scope="module", params=["mini", pytest.param("real", marks=needs_realdata)])
def cycle_2(request, tmp_path_factory) -> tuple[Path, Path]:
    """China's cycle II: its matrix and UPR Info's rows of sessions 14-17, in miniature or real."""
    if request.param == "real":
        return MATRIX, UPR_INFO_14_17
    return write_china_cycle_2(tmp_path_factory.mktemp("china"))[:2]


@pytest.fixture(scope="module")
def both(new_store, matrix_2018, cycle_2):
    path = new_store("matrix")
    ingest("ohchr-matrix", [cycle_2[0], matrix_2018], path)
    ingest("upr-info", [cycle_2[1]], path)
    return GraphStore.open(path)


def theme_cells(path: Path) -> tuple[int, list[list[str]]]:
    """The cycle named in the running header, and the lines of the themes cell of every recommendation row."""
    archive = zipfile.ZipFile(path)
    header = "".join(t.text or "" for name in archive.namelist() if re.fullmatch(r"word/header\d*\.xml", name)
                     for t in ElementTree.fromstring(archive.read(name)).iter(W + "t"))
    cycle = int(re.search(r"\((\d)\s*(?:st|nd|rd|th)\s*Cycle", header)[1])
    rows = []
    for tr in ElementTree.fromstring(archive.read("word/document.xml")).iter(W + "tr"):
        cells = ["\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tc.iter(W + "p"))
                 for tc in tr.findall(W + "tc")]
        if len(cells) >= 3 and re.match(r"\s*\d+\.\d+\.?\s", cells[0]):
            rows.append([line.strip() for line in cells[2].splitlines() if line.strip()])
    return cycle, rows


def goals(lines: list[str]) -> set[int]:
    return {int(m[1]) for line in lines if (m := re.search(r"\bSDG\s*(\d+)", line))}


def test_rows_and_positions(both, cycle_2):
    rows = expected_rows(cycle_2[0])
    got = {str(r[0]).rsplit("/", 1)[1]: int(r[1]) for r in both.query(
        f"SELECT ?c (COUNT(DISTINCT ?r) AS ?n) WHERE {{ {G} {{ ?r a rg:Recommendation ; rg:response ?c }} }} "
        "GROUP BY ?c")}
    assert got == {"supported": sum(p == "Supported" for _, p in rows), "noted": sum(p == "Noted" for _, p in rows)}
    assert sum(got.values()) == len(rows)


def test_state_session_and_document_from_the_document(both):
    rows = list(both.query(f"SELECT DISTINCT ?s ?n ?doc WHERE {{ {G} {{ ?r rg:stateUnderReview ?s ; "
                           "rg:atSession/rg:sessionNumber ?n ; rg:documentSymbol ?doc } }"))
    assert [(str(r[0]).rsplit("/", 1)[1], int(r[1]), str(r[2])) for r in rows] == [("chn", 17, "A/HRC/25/5/Add.1")]


@needs_realdata
@pytest.mark.parametrize("cycle_2", ["real"], indirect=True)
def test_same_recommendation_from_two_sources_is_one_resource_with_both_provenances(both):
    rows = list(both.query(
        f"SELECT ?r ?para ?row WHERE {{ {G} {{ ?r rg:paragraph ?para }} "
        "GRAPH id:source\\/upr-info-14-17 { ?r rg:sourceRow ?row } }"))
    assert len(rows) > 200  # most single-state recommendations are matched
    para = {str(r[1]): int(r[2]) for r in rows}
    # 186.28 (Mongolia) is in the UPR Info export too, at a row of its own
    assert "186.28" in para and para["186.28"] > 1


def test_sdg_lines_are_goals_in_sdg_coverage(both, cycle_2, matrix_2018):
    """`S16 SDG 16 - …` theme lines become rg:sdg links to the SDG concepts, counted per cycle by sdg-coverage."""
    want, tagged = Counter(), {}
    for path in (cycle_2[0], matrix_2018):
        cycle, rows = theme_cells(path)
        want.update((str(cycle), str(goal)) for row in rows for goal in goals(row))
        tagged[str(cycle)] = sum(bool(goals(row)) for row in rows)
    assert tagged["3"] > 0  # the cycle III matrix tags most of its recommendations with a goal (cycle II: none)
    got = {(r["cycle"], r["goal"]): int(r["recommendations"]) for r in run_query(both, "sdg-coverage",
                                                                                   state="id:state/chn")}
    assert got == dict(want)
    with_goal = {str(r[0]): int(r[1]) for r in both.query(
        "SELECT ?cycle (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r rg:stateUnderReview id:state\\/chn ; rg:sdg ?goal ; "
        "rg:inCycle/rg:cycleNumber ?cycle } GROUP BY ?cycle")}
    assert with_goal == {c: n for c, n in tagged.items() if n}
    # no SDG line is left behind as a UHRI theme; the goal-less "S Sustainable Development Goal implementation" is one
    coded = {str(r[0]) for r in both.query("SELECT DISTINCT ?code WHERE { ?t skos:inScheme rgc:uhri-theme ; "
                                            "skos:notation ?code FILTER(STRSTARTS(?code, 'S')) }")}
    assert coded == {"S"}
    _, rows = theme_cells(matrix_2018)
    general = int(next(iter(both.query("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r rg:theme ?t . "
                                       "?t skos:notation 'S' }")))[0])
    assert general == sum(any(re.match(r"S\s+Sustainable", line) for line in row) for row in rows) > 0


@pytest.fixture(scope="module")
def themes_store(new_store, matrix_2018, cycle_2) -> GraphStore:
    """UPR Info's cycle II rows and a cycle III matrix: no review that two sources report (so UPR Info's
    rows are its recommendations, one each, as in the CSV)."""
    path = new_store("themes")
    ingest("ohchr-matrix", [matrix_2018], path)
    ingest("upr-info", [cycle_2[1]], path)
    return GraphStore.open(path)


def test_themes_over_cycles_keeps_upr_info_issues_and_uhri_themes_apart(themes_store, matrix_2018, cycle_2):
    """One row per concept, naming its scheme: UPR Info's "Death penalty" and UHRI's "D23 Death penalty" stay two."""
    uhri, labels = Counter(), {}
    cycle, rows = theme_cells(matrix_2018)
    for row in rows:
        for line in row:
            if (m := re.match(r"([A-Z]\d*)\s+(.+)", line)) and not goals([line]):
                uhri[(str(cycle), m[1])] += 1
                labels[m[1]] = m[2].casefold()
    with open(cycle_2[1], encoding="mac_roman", newline="") as handle:
        china = [r for r in csv.DictReader(handle) if r["To"] == "China"]
    assert {r["Session"] for r in china} == {"17"}  # cycle II
    issues = Counter(("2", i.strip().casefold()) for r in china for i in html.unescape(r["Issue"]).split(",")
                     if i.strip())
    got = run_query(themes_store, "themes-over-cycles", state="id:state/chn")
    schemes = {r["scheme"].rsplit("/", 1)[1]: r["schemeLabel"] for r in got}
    assert set(schemes) == {"uhri-theme", "upr-info-issue"} and all(schemes.values())
    assert {(r["cycle"], r["theme"].rsplit("/", 1)[1].upper()): int(r["recommendations"])
            for r in got if r["scheme"].endswith("/uhri-theme")} == dict(uhri)
    assert {(r["cycle"], r["themeLabel"].casefold()): int(r["recommendations"])
            for r in got if r["scheme"].endswith("/upr-info-issue")} == dict(issues)
    shared = {label for label in labels.values()} & {label for _, label in issues}
    assert shared  # the death penalty: both vocabularies use the label, and each keeps its row
    for label in shared:
        schemes_of = {r["scheme"].rsplit("/", 1)[1] for r in got if r["themeLabel"].casefold() == label}
        assert schemes_of == {"uhri-theme", "upr-info-issue"}, label


def test_recommendations_made_by_names_the_scheme_of_each_theme(both, cycle_2):
    """A state that recommended to China on the death penalty, in UPR Info's words and in the matrix's (D23):
    its UPR Info issues count as in the CSV, and the two 'Death penalty' themes are two rows."""
    with open(cycle_2[1], encoding="mac_roman", newline="") as handle:
        china = [r for r in csv.DictReader(handle) if r["To"] == "China"]
    states = default_index()
    in_matrix = {str(r[0]) for r in both.query("SELECT DISTINCT ?s WHERE { ?r rg:recommendingState ?s ; "
                                                "rg:stateUnderReview id:state\\/chn ; rg:theme rgc:uhri-theme\\/d23 }")}
    chosen = min((s for r in china if "Death penalty" in r["Issue"] and (s := states.resolve(html.unescape(r["From"])))
                   and ID + s.id in in_matrix), key=lambda s: s.iso3)
    want = Counter(i.strip().casefold() for r in china if states.resolve(html.unescape(r["From"])) == chosen
                   for i in html.unescape(r["Issue"]).split(",") if i.strip())
    rows = [r for r in run_query(both, "recommendations-made-by", recommender="id:" + chosen.id)
            if r["state"] == ID + "state/chn"]
    assert {r["themeLabel"].casefold(): int(r["recommendations"]) for r in rows
            if r["scheme"] == RGC + "upr-info-issue"} == want
    assert sorted(r["scheme"] for r in rows if r["themeLabel"] == "Death penalty") == [
        RGC + "uhri-theme", RGC + "upr-info-issue"]


@needs_realdata
@pytest.mark.parametrize("cycle_2", ["real"], indirect=True)
def test_declared_uhri_themes_are_the_ones_the_real_lists_use(both, slovenia_store):
    """Every UHRI theme the concept schemes declare (to match it to a UPR Info issue) has the IRI, label and code
    the importers give it from the real matrices and lists: the matches point at concepts the data uses."""
    concepts = Graph().parse(ontology_dir() / "concepts.ttl", format="turtle")
    declared = {(str(c), str(concepts.value(c, SKOS.prefLabel)), str(concepts.value(c, SKOS.notation) or ""))
                for c in concepts.subjects(SKOS.inScheme, RGC["uhri-theme"])}
    used = set()
    for store in (both, GraphStore.open(slovenia_store)):
        used |= {(str(r[0]), str(r[1]), str(r[2] or "")) for r in store.query(
            "SELECT DISTINCT ?t ?l ?n ?onto WHERE { GRAPH ?g { ?r rg:theme ?t . ?t skos:prefLabel ?l "
            "OPTIONAL { ?t skos:notation ?n } } FILTER(?g != ?onto) }", {"onto": URIRef(ONTOLOGY_GRAPH)})}
    assert declared and declared <= used, declared - used


def test_not_a_docx(built, tmp_path):
    path = built
    fake = tmp_path / "fake.docx"
    fake.write_text("not a zip", encoding="utf-8")
    with pytest.raises(DataError, match=r"not a \.docx"):
        ingest("ohchr-matrix", [fake], path)


# ---- without ../shared: the miniature's own rows, and bad documents ------------------------------------------

@pytest.mark.parametrize("cycle_2", ["mini"], indirect=True)
def test_mini_every_row_of_upr_info_lands_on_the_paragraph_crediting_its_state(both, cycle_2):
    """Each paragraph is one resource holding its number (the matrix's graph) and the rows of every state it
    credits that UPR Info has (UPR Info's graph), whether the paragraph credits one state, several or a cluster."""
    index = default_index()
    with open(cycle_2[1], encoding="mac_roman", newline="") as handle:
        lines = {index.resolve(r["From"]).iso3: n for n, r in enumerate(csv.DictReader(handle), 2)}  # one line a row
    got: dict[str, set] = {}
    for r, para, row in both.query(f"SELECT ?r ?para ?row WHERE {{ {G} {{ ?r rg:paragraph ?para }} "
                                   "GRAPH id:source\\/upr-info-14-17 { ?r rg:sourceRow ?row } }"):
        got.setdefault(str(para), set()).add((str(r), int(row)))
    want = {}
    for entry in (e for e in CHINA_2_ENTRIES if isinstance(e, Entry)):
        rows = {lines[iso] for iso in (index.resolve(n).iso3 for n in entry.states()) if iso in lines}
        if rows:
            want[entry.paragraph] = rows
    assert {p: {row for _, row in found} for p, found in got.items()} == want
    assert all(len({r for r, _ in found}) == 1 for found in got.values())


def _docx(path: Path, parts: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_a_matrix_row_naming_an_unknown_state_is_a_bad_row_with_its_row_number(built, tmp_path):
    rows = [(["28.1 Ratify the ICCPR (Greece);", "Source of position: A/HRC/40/6/Add.1 - Para. 2"], "Supported",
             ["A12 Acceptance of international norms"]),
            "Theme: D23 Death penalty",
            (["28.2 Abolish the death penalty (Frence);", "Source of position: A/HRC/40/6/Add.1 - Para. 2"], "Noted",
             ["D23 Death penalty"])]
    path = write_matrix(tmp_path / "matrix.docx", "UPR of China (3rd Cycle – 31st session)", rows)
    with pytest.raises(DataError, match="Frence") as err:
        ingest("ohchr-matrix", [path], built)
    assert err.value.line == 4  # the table's rows: headings, 28.1, the theme heading, 28.2
    report = ingest("ohchr-matrix", [path], built, skip_bad=True)[0]
    assert report.recommendations == 1 and [b.line for b in report.bad] == [4]


def test_documents_that_are_not_matrices(built, tmp_path):
    header = '<w:hdr xmlns:w="{0}"><w:p><w:r><w:t>UPR of China (3rd Cycle – 31st session)</w:t></w:r></w:p></w:hdr>'
    w = W.strip("{}")
    empty_body = f'<w:document xmlns:w="{w}"><w:body><w:p/></w:body></w:document>'
    cases = {
        "no running header": {"word/document.xml": empty_body},
        "no table of recommendations": {"word/document.xml": empty_body, "word/header1.xml": header.format(w)},
        r"not a readable Word document \(no word/document.xml\)": {"word/header1.xml": header.format(w)},
        "not a readable Word document": {"word/document.xml": "<w:document", "word/header1.xml": header.format(w)},
        "decompression bomb": {"word/document.xml": " " * (8 << 20), "word/header1.xml": header.format(w)},
    }
    for message, parts in cases.items():
        path = _docx(tmp_path / "doc.docx", parts)
        with pytest.raises(DataError, match=message):
            ingest("ohchr-matrix", [path], built)
