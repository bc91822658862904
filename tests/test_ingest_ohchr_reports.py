"""OHCHR Working Group reports parsed to CSV (``ohchr-reports``): real files when ../shared is there, and files the
tests write in their layout.  Expected figures are computed here from the files with csv and regular expressions."""

from __future__ import annotations

import csv
import difflib
import re
import zipfile
from collections import defaultdict
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner
from rdflib import Literal

from conftest import ID, REAL, needs_realdata, real_store, upr_info_file
from rightsgraph.cli import main
from rightsgraph.curation.states import default_index
from rightsgraph.errors import DataError
from rightsgraph.resources import data_dir
from rightsgraph.store import GraphStore, read_meta
from rightsgraph.textio import detect
from rightsgraph.upr.importers import BadRow
from rightsgraph.upr.importers.ohchr_reports import read, session_table
from rightsgraph.upr.ingest import ingest
from rightsgraph.upr.reconcile import report

TERMAN = REAL / "uprinfo-terman"
REPORTS = TERMAN / "ohchr-reports-v1"
UPR_1_5 = TERMAN / "uprinfo-v2" / "1-5.csv"
MATRIX = REAL / "china-upr-matrix" / "Matrix_recommendations_2013.docx"
real = needs_realdata
# state under review as the file spells it, and the file
REVIEWS = [("Vietnam", "2009data.csv"), ("vietnam", "2014data.csv"), ("china", "2013data.csv"),
           ("Pakistan", "2008data.csv"), ("albania", "2010data.csv"), ("andorra", "2011data.csv"),
           ("republicofkorea", "2012data.csv")]
# a bracket closing a piece (one nesting level), before ";" or the end (where the parser may have left ". )")
CREDIT = re.compile(r"\(((?:[^()]|\([^()]*\))+)\)(?=\s*;|[\s.;)]*$)")
RESPONSE = {"support": "supported", "implemented": "supported", "implement": "supported", "reject": "noted",
            "noted": "noted"}


def _rows(name: str | Path, to: str) -> list[dict]:
    """The file's rows of one state under review, each with the paragraph P.N its text starts with."""
    with open(REPORTS / name, encoding="mac_roman", newline="") as handle:  # every byte decodes in Mac Roman
        rows = [{k.lower(): v for k, v in r.items()} for r in csv.DictReader(handle)]
    out = []
    for row in rows:
        # rows no state is known for are bad rows (Indonesia 2008's "(None)", China 2013's "(NA)")
        if row["to"] == to and default_index().known(row["from"]):
            # a piece numbered "128.116..1 128.117. Continue" is paragraph 128.117
            m = re.match(r"\s*(\d+)[. ]\s*(\d+)(?:[.\d]*\s+\1\.(\d+)\.?\s)?", row["text"])
            out.append({**row, "paragraph": f"{m[1]}.{m[3] or m[2]}"})
    return out


def _session(to: str, year: int) -> int:
    """The session that reviewed ``to`` with a report in ``year``, from sessions.csv and upr-years.csv."""
    index = default_index()
    iso3 = index.resolve(to).iso3
    with open(TERMAN / "sessions.csv", encoding="utf-8", newline="") as handle:
        sessions = sorted(int(r["Session"]) for r in csv.DictReader(handle) if index.resolve(r["To"]).iso3 == iso3)
    with open(TERMAN / "upr-years.csv", encoding="utf-8", newline="") as handle:
        (years,) = [r for r in csv.DictReader(handle) if index.resolve(r["country"]).iso3 == iso3]
    (session,) = [s for k, s in enumerate(sessions, 1) if years[f"report{k}"] == str(year)]
    return session


def _paragraphs(name: str | Path, to: str) -> dict[str, dict]:
    """Paragraph -> the states its rows' From and brackets name, and its decisions: one paragraph P.N, one
    recommendation."""
    index = default_index()
    out: dict[str, dict] = defaultdict(lambda: {"states": set(), "decisions": set()})
    for row in _rows(name, to):
        named = [n for group in CREDIT.findall(row["text"]) for n in re.split(r",\s*(?![^()]*\))", group)]
        out[row["paragraph"]]["states"] |= {s.iso3 for s in map(index.known, [row["from"], *named]) if s}
        out[row["paragraph"]]["decisions"].add(row["decision"])
    return dict(out)


@pytest.fixture(scope="module")
def reports_store(new_store) -> Path:
    return real_store(new_store, "reports", ("upr-info", [UPR_1_5]),
                      ("ohchr-reports", sorted({REPORTS / name for _, name in REVIEWS}), {"skip_bad": True}))


@real
def test_every_file_is_read_in_an_encoding_that_decodes_all_of_it():
    for path in sorted(REPORTS.glob("*.csv")):
        info = detect(path)
        path.read_bytes().decode(info.encoding)  # raises if a byte does not decode
        assert info.encoding in ("mac_roman", "cp1252"), path


@real
@pytest.mark.parametrize(("to", "name"), REVIEWS)
def test_one_recommendation_per_paragraph_with_every_state(reports_store, to, name):
    rows = _rows(name, to)
    assert len(rows) >= len(_paragraphs(name, to)) > 20
    _check_paragraphs(reports_store, name, to, _session(to, int(rows[0]["year"])))


def _check_paragraphs(store_path: Path, name: str | Path, to: str, session: int) -> None:
    """The recommendations of one review in the graph of file ``name``: one a paragraph, with every state its rows'
    From and brackets name, its decisions, and ``session``."""
    want = _paragraphs(name, to)
    index = default_index()
    store = GraphStore.open(store_path)
    graph = f"<{ID}source/ohchr-reports-{Path(name).stem}>"
    got: dict[str, dict] = defaultdict(lambda: {"states": set(), "responses": set()})
    for para, by, response, number in store.query(f"""
            SELECT ?p ?by ?c ?n WHERE {{ GRAPH {graph} {{ ?r rg:paragraph ?p ; rg:recommendingState ?by ;
              rg:atSession/rg:sessionNumber ?n ; rg:stateUnderReview ?s OPTIONAL {{ ?r rg:response ?c }} }}
              ?s rg:iso3 ?iso }}""", {"iso": Literal(index.resolve(to).iso3)}):
        got[str(para)]["states"].add(str(by).rsplit("/", 1)[-1].upper())
        got[str(para)]["responses"].add(str(response).rsplit("/", 1)[-1] if response else None)
        assert int(number) == session
    store.close()
    assert set(got) == set(want)
    for para, expected in want.items():
        assert got[para]["states"] == expected["states"], para
        assert got[para]["responses"] == {RESPONSE.get(d) for d in expected["decisions"]}, para


@real
def test_viet_nam_2009_is_reconciled_with_upr_info(reports_store):
    _check_reconciled(reports_store, "2009data.csv", UPR_1_5)


def _check_reconciled(reports_store: Path, name: str | Path, upr_info: Path) -> None:
    """Viet Nam's cycle I from file ``name`` and from UPR Info's export: every credit of the file finds its row, and
    the rows the file does not have (UPR Info's Noted ones) stay recommendations of their own, listed."""
    paragraphs = _paragraphs(name, "Vietnam")
    with open(upr_info, encoding="mac_roman", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["To"] == "Viet Nam"]
    index = default_index()
    pieces = defaultdict(list)  # recommending state -> the file's words for it
    for row in _rows(name, "Vietnam"):
        words = re.sub(r"^\s*[\d.,]+\s*|\s*\([^()]*(\([^()]*\))?[^()]*\)[\s;.)]*$", "", row["text"])
        pieces[index.resolve(row["from"]).iso3].append(" ".join(words.lower().split()))

    def in_file(row: dict) -> bool:
        text = " ".join(row["Text"].lower().split()).rstrip(".")
        return any(difflib.SequenceMatcher(None, text, words).ratio() > 0.85
                   for words in pieces[index.resolve(row["From"]).iso3])

    missing = [r for r in rows if not in_file(r)]
    assert 0 < len(missing) < len(rows) / 2
    done = report(GraphStore.open(reports_store), ID + "review/vnm-cycle-1")
    by_format = {s["format"]: s for s in done["sources"]}
    assert by_format["upr-info"]["rows"] == len(rows)
    assert by_format["ohchr-reports"]["rows"] == by_format["ohchr-reports"]["recommendations"] == len(paragraphs)
    assert done["credits_unmatched"] == []  # every state of every paragraph has its UPR Info row
    assert len(done["rows_unmatched"]) == len(missing)
    assert done["recommendations"] == len(paragraphs) + len(missing)
    assert {r["Response"] for r in missing} == {"Noted"}
    sources = CliRunner().invoke(main, ["query", "recommendation-sources", "--param", "state=id:state/vnm",
                                        "--format", "csv", "--store", str(reports_store)])
    assert sources.exit_code == 0, sources.output
    cycle_1 = [line for line in sources.output.splitlines() if "vnm-cycle-1" in line]
    assert {line.rsplit(",", 1)[1] for line in cycle_1} == {str(len(paragraphs) + len(missing))}


@real
def test_china_2013_paragraphs_are_the_matrix_paragraphs(reports_store):
    """The merging rule checked against the UN document: the file's paragraphs of China 2013 and their states."""
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ElementTree.fromstring(zipfile.ZipFile(MATRIX).read("word/document.xml"))
    index = default_index()
    matrix = {}
    for row in root.find(f".//{w}tbl").findall(w + "tr"):
        cells = row.findall(w + "tc")
        text = " ".join("".join(t.text or "" for t in p.iter(w + "t")) for p in cells[0].iter(w + "p"))
        if len(cells) >= 3 and (m := re.match(r"(\d+\.\d+)\.?\s+(.*?)\s*(Source of position|$)", text.strip(), re.S)):
            names = re.findall(r"\(((?:[^()]|\([^()]*\))+)\)\s*(?=;|$)", m[2].rstrip(" ;."))
            matrix[m[1]] = {index.resolve(n.strip()).iso3 for g in names for n in re.split(r",\s*(?![^()]*\))", g)}
    store = GraphStore.open(reports_store)
    got: dict[str, set] = defaultdict(set)
    for para, iso in store.query(f"""SELECT ?p ?iso WHERE {{ GRAPH <{ID}source/ohchr-reports-2013data> {{
            ?r rg:paragraph ?p ; rg:stateUnderReview id:state\\/chn ; rg:recommendingState ?s }} ?s rg:iso3 ?iso }}"""):
        got[str(para)].add(str(iso))
    store.close()
    assert set(got) <= set(matrix) and len(got) >= 0.99 * len(matrix)
    same = sum(got[p] == matrix[p] for p in got)
    assert same >= 0.99 * len(got)


@real
def test_the_session_table_is_generated_from_the_shared_files():
    shipped = (data_dir() / "upr-sessions.csv").read_text(encoding="utf-8").splitlines()
    made = [",".join(map(str, row)) for row in session_table(TERMAN / "sessions.csv", TERMAN / "upr-years.csv",
                                                            default_index())]
    assert shipped == ["iso3,session,review_year,report_year", *made]
    with open(TERMAN / "sessions.csv", encoding="utf-8", newline="") as handle:
        assert len(made) == sum(1 for _ in csv.DictReader(handle))


# ---- without ../shared: a file the test writes ----------------------------------------------------------------

HEADER = ["text", "to", "decision", "From", "year", "notes"]
ROWS = [
    ["99.1   Ratify the Convention against Torture (France, Germany);", "Viet Nam", "support", "France", "2009", ""],
    ["99.1   Ratify the Convention against Torture (France, Germany);", "Viet Nam", "support", "Germany", "2009", ""],
    ["99.2   Ensure the independence of the judiciary (Sweden);", "vietnam", "consider", "Sweden", "2009", ""],
    ["99.2.1 continue efforts to reform the judiciary (Cuba);", "Viet Nam", "consider", "Cuba", "2009", ""],
    ["99.3   Abolish the death penalty (Italy). );", "Viet Nam", "reject", "Italy", "2009", "its comment"],
    ["99.4   Protect human rights defenders", "Viet Nam", "implemented", "Norway", "2009"],
    ["99.5   Share its experience in poverty reduction (Mexico; Egypt);", "Viet Nam", "unknown", "Mexico", "2009", ""],
    ["12.1   Ratify ICCPR (Chile);", "Vietnamm", "support", "Chile", "2009", ""],
    ["99.6   Ratify CRPD (Chile);", "Viet Nam", "support", "Chile", "2011", ""],
    ["143.1. Ratify OP-CAT (Spain);", "Viet Nam", "consider", "Spain", "2014", ""],
    ["143.1..1 Consider ratifying OP-CAT (Ghana)", "Viet Nam", "consider", "Ghana", "2014", ""],
]


def _write(path: Path, rows=ROWS) -> Path:
    with open(path, "w", encoding="mac_roman", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def test_rows_of_a_paragraph_make_one_recommendation_and_bad_rows_name_their_line(tmp_path):
    path = _write(tmp_path / "2009data.csv")
    things = list(read(path, detect(path), default_index()))
    bad = {b.line: b.message for b in things if isinstance(b, BadRow)}
    items = {i.paragraph: i for i in things if not isinstance(i, BadRow)}
    assert set(bad) == {9, 10}  # the header is line 1
    assert "Vietnamm" in bad[9] and "Viet Nam" in bad[9]  # the closest known name
    assert "no UPR Working Group session of Viet Nam" in bad[10] and "2011" in bad[10]
    assert set(items) == {"99.1", "99.2", "99.3", "99.4", "99.5", "143.1"}

    def codes(paragraph: str) -> list[str]:
        return [s.iso3 for s in items[paragraph].recommending]

    joint = items["99.1"]
    assert codes("99.1") == ["FRA", "DEU"] and joint.text == "Ratify the Convention against Torture"
    assert joint.session == 5 and joint.line == 2 and joint.response == "supported" and joint.lang == "en"
    assert joint.document is None
    cluster = items["99.2"]
    assert codes("99.2") == ["SWE", "CUB"] and cluster.response is None and cluster.line == 4
    assert cluster.text == ("Ensure the independence of the judiciary (Sweden); continue efforts to reform the "
                            "judiciary (Cuba)")
    assert codes("99.3") == ["ITA"] and items["99.3"].text == "Abolish the death penalty"  # the stray ". )" dropped
    assert items["99.3"].response == "noted"
    assert codes("99.4") == ["NOR"] and items["99.4"].response == "supported"  # no bracket: From
    assert codes("99.5") == ["MEX", "EGY"] and items["99.5"].response is None
    assert codes("143.1") == ["ESP", "GHA"] and items["143.1"].session == 18


def test_mac_excel_round_trips_are_undone(tmp_path):
    path = tmp_path / "2013data.csv"
    text = "109.1. Promote the rights of children\xcds and women\xcds (C\xaate d\xcdIvoire);"  # ’ as Õ, ô as ™
    with open(path, "wb") as handle:
        handle.write(b"text,to,decision,From,year,notes\r")
        handle.write(text.encode("latin-1") + b",Viet Nam,support,C\xaate d\xcdIvoire,2009,\r")
    (item,) = read(path, detect(path), default_index())
    assert item.text == "Promote the rights of children’s and women’s" and item.recommending[0].iso3 == "CIV"


def test_ingest_refuses_bad_rows_and_loads_the_rest_with_skip_bad(built, tmp_path):
    store = built
    before = read_meta(store)
    path = _write(tmp_path / "2009data.csv")
    with pytest.raises(DataError, match="nothing was loaded") as err:
        ingest("ohchr-reports", [path], store)
    assert err.value.path == path and err.value.line == 9 and "Vietnamm" in str(err.value)
    assert read_meta(store) == before
    rejects = tmp_path / "rejects.csv"
    result = CliRunner().invoke(main, ["ingest", "ohchr-reports", str(path), "--store", str(store), "--skip-bad",
                                       "--rejects", str(rejects)])
    assert result.exit_code == 0, result.output
    assert "6 recommendations" in result.output and "2 bad row(s) skipped" in result.output
    with open(rejects, encoding="utf-8", newline="") as handle:
        assert [r["line"] for r in csv.DictReader(handle)] == ["9", "10"]
    graph = GraphStore.open(store)
    count = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r rg:paragraph ?p ; rg:review id:review\\/vnm-cycle-1 }"
    assert int(next(iter(graph.query(count)))[0]) == 5  # 99.1-99.5 (143.1 is of cycle 2)
    graph.close()


def test_malformed_csv_and_undecodable_bytes_name_the_line(built, tmp_path):
    path = tmp_path / "broken.csv"
    rows = [["99.1 Ratify CAT (France);", "Viet Nam", "support", "France", "2009", ""]] * 3
    _write(path, rows)
    data = path.read_bytes().split(b"\r")
    data[2] = b'"99.2 Ratify CAT (Spain).";,Viet Nam,support,Spain,2009,'  # a quote closed before the comma
    path.write_bytes(b"\r".join(data))
    things = list(read(path, detect(path), default_index()))
    bad = [t for t in things if isinstance(t, BadRow)]
    assert [(b.line, "malformed CSV" in b.message) for b in bad] == [(3, True)]
    assert len(things) == 2  # reading went on after the malformed row: paragraph 99.1 from lines 2 and 4
    store = built
    with pytest.raises(DataError, match="malformed CSV") as err:
        ingest("ohchr-reports", [path], store)
    assert err.value.line == 3
    path.write_bytes(path.read_bytes().replace(b"Ratify CAT", b"Ratify C\x8dT", 1))  # line 2: not UTF-8
    with pytest.raises(DataError, match="cannot be read as utf-8") as err:
        ingest("ohchr-reports", [path], store, encoding="utf-8")
    assert str(err.value.path) == str(path) and err.value.line == 2


def test_not_an_ohchr_reports_file(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("To,Text,From,Session\nViet Nam,Ratify CAT,France,5\n", encoding="utf-8")
    with pytest.raises(DataError, match="missing column"):
        list(read(path, detect(path), default_index()))



# ---- without ../shared: Viet Nam's 2009 review in the files' layout, and UPR Info's rows of it ----------------

#: Illustrative rows, written for the tests, as the parser of the reports left them: a joint paragraph once per
#: state, a cluster split into pieces (99.2.1, 99.3.1), a stray close, a state whose review reported a year later
#: (Albania), a row no known state made (a bad row).
VIET_NAM_2009 = [
    ["99.1   Continue fulfilling its obligations under the international treaties to which it is a party (Algeria);",
     "Vietnam", "support", "Algeria", "2009", ""],
    ["99.2   Consider ratifying the Convention on the Rights of Persons with Disabilities (South Africa, Azerbaijan);",
     "Vietnam", "support", "South Africa", "2009", ""],
    ["99.2   Consider ratifying the Convention on the Rights of Persons with Disabilities (South Africa, Azerbaijan);",
     "Vietnam", "support", "Azerbaijan", "2009", ""],
    ["99.2.1 Consider ratifying the Convention and adopt the draft law on people with disabilities (Nigeria);",
     "Vietnam", "support", "Nigeria", "2009", ""],
    ["99.3   Accede to CAT in a timely manner (Australia, Sweden);", "Vietnam", "support", "Australia", "2009", ""],
    ["99.3   Accede to CAT in a timely manner (Australia, Sweden);", "Vietnam", "support", "Sweden", "2009", ""],
    ["99.3.1 consider acceding to CAT (Algeria);", "Vietnam", "support", "Algeria", "2009", ""],
    ["99.4   Reduce the number of crimes punishable by death (Italy). );", "Vietnam", "reject", "Italy", "2009", ""],
    ["99.5   Allow independent media to operate freely (Canada);", "Vietnam", "consider", "Canada", "2009", ""],
    ["99.6   Protect the rights of ethnic minority communities (Norway);", "Vietnam", "implemented", "Norway", "2009",
     "its comment"],
    ["99.7   Ratify the Optional Protocol (None);", "Vietnam", "support", "None", "2009", ""],
    ["84.1   Ratify the Optional Protocol to the Convention against Torture (Spain);", "albania", "support", "Spain",
     "2010", ""],
]
_VNM = ("Viet Nam", "Asia", "ASEAN, OIF")
#: UPR Info's rows of the review: each credit of the file in its words, and two Noted ones the file lacks.
UPR_INFO_2009 = [
    (*_VNM, text, state, group, orgs, response, "4", issue, "5") for text, state, group, orgs, response, issue in [
        ("Continue fulfilling its obligations under the international treaties to which it is a party.", "Algeria",
         "Africa", "AU, OIC, AL", "Accepted", "International instruments"),
        ("Consider ratifying the Convention on the Rights of Persons with Disabilities.", "South Africa", "Africa",
         "AU", "Accepted", "Disabilities"),
        ("Consider ratifying the Convention on the Rights of Persons with Disabilities", "Azerbaijan", "EEG", "OIC",
         "Accepted", "Disabilities"),
        ("Consider ratifying the Convention and adopt the draft law on people with disabilities.", "Nigeria", "Africa",
         "AU, OIC", "Accepted", "Disabilities"),
        ("Accede to CAT in a timely manner.", "Australia", "WEOG", "PIF", "Accepted", "International instruments"),
        ("Accede to CAT in a timely manner", "Sweden", "WEOG", "EU", "Accepted", "International instruments"),
        ("Consider acceding to CAT.", "Algeria", "Africa", "AU, OIC, AL", "Accepted", "International instruments"),
        ("Reduce the number of crimes punishable by death.", "Italy", "WEOG", "EU", "Noted", "Death penalty"),
        ("Allow independent media to operate freely.", "Canada", "WEOG", "OAS", "Accepted",
         "Freedom of the press"),
        ("Protect the rights of ethnic minority communities.", "Norway", "WEOG", "", "Accepted", "Minorities"),
        ("Release all prisoners of conscience.", "Switzerland", "WEOG", "", "Noted", "Detention"),
        ("Guarantee freedom of expression online.", "France", "WEOG", "EU, OIF", "Noted",
         "Freedom of opinion and expression"),
    ]]


@pytest.fixture(scope="module")
def mini_reports(new_store) -> tuple[Path, Path]:
    """A store with the miniature report file (bad row skipped) and UPR Info's rows; and the report file."""
    store = new_store("reports")
    folder = store.parent
    path = _write(folder / "2009data.csv", VIET_NAM_2009)
    ingest("upr-info", [upr_info_file(folder / "1-5.csv", UPR_INFO_2009, mac=True)], store)
    ingest("ohchr-reports", [path], store, skip_bad=True)
    return store, path


@pytest.mark.parametrize(("to", "session"), [("Vietnam", 5), ("albania", 6)])  # Albania's report came in 2010
def test_mini_one_recommendation_per_paragraph_with_every_state(mini_reports, to, session):
    store, path = mini_reports
    _check_paragraphs(store, path, to, session)


def test_mini_viet_nam_2009_is_reconciled_with_upr_info(mini_reports, tmp_path):
    store, path = mini_reports
    _check_reconciled(store, path, upr_info_file(tmp_path / "1-5.csv", UPR_INFO_2009, mac=True))


def test_the_session_table_takes_the_years_most_states_of_a_session_give(tmp_path):
    """From a sessions file and a years file in the layouts beside the UPR Info exports: each state's sessions get
    the review and report years most states of the session give (Haiti's own first review year is wrong, '.'
    marks a review not yet held)."""
    years = {1: (2008, 2008), 5: (2009, 2009), 6: (2009, 2010), 12: (2011, 2011), 13: (2012, 2012),
             18: (2014, 2014)}
    reviewed = {"Algeria": (1, 13), "Viet Nam": (5, 18), "Albania": (6,), "Haiti": (12,), "Iceland": (12,),
                "Zimbabwe": (12,)}
    with open(tmp_path / "sessions.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
        writer.writerow(["", "To", "To_COW", "Session"])
        rows = [(state, session) for state, sessions in reviewed.items() for session in sessions]
        writer.writerows([str(n), state, state[:3].upper(), session] for n, (state, session) in enumerate(rows, 1))
    lines = ["country,review1,review2,report1,report2"]
    for state, sessions in reviewed.items():
        first = (2010, years[12][1]) if state == "Haiti" else years[sessions[0]]
        second = years[sessions[1]] if len(sessions) > 1 else (".", ".")
        lines.append(f"{state},{first[0]},{second[0]},{first[1]},{second[1]}")
    (tmp_path / "upr-years.csv").write_bytes("\r".join(lines).encode("mac_roman"))  # CR line ends, as the real one
    index = default_index()
    table = session_table(tmp_path / "sessions.csv", tmp_path / "upr-years.csv", index)
    assert table == sorted((index.resolve(state).iso3, session, *years[session]) for state, session in rows)
    lone = tmp_path / "lone.csv"
    lone.write_text('"","To","To_COW","Session"\n"1","Tonga","TON",2\n', encoding="utf-8")  # not in the years file
    with pytest.raises(DataError, match="no state of session 2 "):
        session_table(lone, tmp_path / "upr-years.csv", index)
