"""Treaties: the 18 curated instruments, the ratification importers (CSV at year precision, OHCHR's XLS with full
dates), their recognition in recommendations and the library's treaty queries."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from treaty_fixtures import ICESCR_TITLE, ratification_files
from treaty_fixtures import csv_table as _csv
from treaty_fixtures import xls_export as _xls

from conftest import OHCHR_ICESCR, RATIFICATIONS, UPR_INFO, needs_realdata, run_query
from rightsgraph.errors import DataError
from rightsgraph.store import GraphStore
from rightsgraph.upr.importers import MODULES
from rightsgraph.upr.importers.ratification_status import FILES
from rightsgraph.upr.ingest import ingest
from rightsgraph.upr.instruments import INSTRUMENTS, TITLES, instrument_of_title

ID = "https://w3id.org/rightsgraph/id/"


def test_the_curated_treaties_are_the_18_instruments_with_their_titles(seed):
    got = {str(t)[len(ID) + len("treaty/"):]: str(label) for t, label in seed.query(
        'SELECT ?t ?l { ?t a rg:Treaty ; rdfs:label ?l FILTER(LANG(?l) = "en") }')}
    assert got == TITLES and len(INSTRUMENTS) == 18
    vi = dict(seed.query('SELECT ?t ?l { ?t a rg:Treaty ; skos:altLabel ?l FILTER(LANG(?l) = "vi") }'))
    assert "Công ước chống Tra tấn" in {str(v) for v in vi.values()}
    # every instrument has a source: the UN Treaty Collection
    sources = {str(g) for (g,) in seed.query('SELECT DISTINCT ?g { GRAPH ?g { ?t a rg:Treaty } }')}
    assert sources == {ID + "source/un-treaty-collection-chapter-iv"}


def test_every_file_name_and_title_maps_to_an_instrument():
    assert sorted(FILES.values()) == sorted(INSTRUMENTS)
    assert {f"hr_status_{n}" for n in ["cat", "opcat", "iccpr_op1", "op_crc_ic", "icmw", "icescr_op"]} <= set(FILES)
    for name, title in TITLES.items():
        assert instrument_of_title(title.upper()) == name
    assert instrument_of_title("International Covenant on Economic, Social and Cultural Rights") == "icescr"
    assert instrument_of_title("Rome Statute of the International Criminal Court") is None
    assert {"ratification-status", "ohchr-ratification"} <= set(MODULES)


@pytest.fixture
def fixtures(tmp_path) -> dict[str, Path]:
    return ratification_files(tmp_path)


def _status(store: GraphStore, state: str) -> list[tuple]:
    return sorted((str(r["treaty"]).rsplit("/", 1)[1], str(r["status"]), str(r["ratifiedOn"] or ""),
                   str(r["precision"] or ""), str(r["preferredDate"] or ""), str(r["yearsStated"] or ""),
                   str(r["source"]).rsplit("/", 1)[1])
                  for r in run_query(store, "treaty-status", state=state))


def test_both_importers_state_one_ratification_each_with_its_own_date(built, fixtures):
    ingest("ratification-status", [fixtures["cat"], fixtures["icescr"]], built)
    ingest("ohchr-ratification", [fixtures["xls"]], built)
    store = GraphStore.open(built)
    xls_source = "ohchr-ratification-icescr"
    assert _status(store, "id:state/vnm") == [
        ("cat", "State party", "2015", "year", "2015", "1", "ratification-status-hr-status-cat"),
        ("icescr", "State party", "1982", "year", "1982-09-24", "1", "ratification-status-hr-status-icescr"),
        ("icescr", "State party", "1982-09-24", "day", "1982-09-24", "1", xls_source)]
    # one resource, two dates, each in its source's graph; the years differ for Thailand: kept and flagged
    dates = sorted((str(d), str(g).rsplit("/", 1)[1]) for d, g in store.query(
        f"SELECT ?d ?g {{ GRAPH ?g {{ <{ID}ratification/tha--icescr> rg:ratifiedOn ?d }} }}"))
    assert dates == [("1998", "ratification-status-hr-status-icescr"), ("1999-09-05", xls_source)]
    assert {r[5] for r in _status(store, "id:state/tha") if r[0] == "icescr"} == {"2"}
    flagged = {(str(r["subject"]), str(r["value"])) for r in run_query(store, "disagreements")}
    assert {(ID + "ratification/tha--icescr", "1998"), (ID + "ratification/tha--icescr", "1999-09-05")} <= flagged
    assert not any(s == ID + "ratification/vnm--icescr" for s, _ in flagged)  # 1982 and 1982-09-24 agree
    # signatories and states with no action are stated too, with the source's note
    kinds = dict(store.query(f"SELECT ?ts ?c {{ ?ts a rg:TreatyStatus ; rg:ofTreaty <{ID}treaty/cat> ; "
                             "rg:treatyStatus ?c }"))
    assert sorted(str(c).rsplit("/", 1)[1] for c in kinds.values()) == ["no-action", "party", "party", "signatory"]
    (note,) = store.query(f"SELECT ?n {{ <{ID}treaty-status/prk--cat> rg:sourceNote ?n }}")
    assert str(note[0]) == "As Democratic People's Republic"
    # the XLS: observers resolve, signature and procedures are stated, the export's date is the source's
    (row,) = store.query(f"SELECT ?s ?c {{ <{ID}treaty-status/prt--icescr> rg:signedOn ?s ; "
                         "rg:communicationsAcceptedOn ?c }")
    assert [str(v) for v in row] == ["1976-10-07", "2013-05-28"]
    assert _status(store, "id:state/pse") == [("icescr", "State party", "2014-04-02", "day", "2014-04-02", "1",
                                               xls_source)]
    assert [str(r[1]) for r in _status(store, "id:state/vat")] == ["No action"]
    (modified,) = store.query(f"SELECT ?d {{ <{ID}source/{xls_source}> dcterms:modified ?d }}")
    assert str(modified[0]) == "2025-10-10"


def test_unknown_instrument_state_or_status_is_refused_naming_file_and_line(built, tmp_path):
    before = GraphStore.open(built).meta.ingested
    cases = [(_csv(tmp_path, "hr_status_rome_statute", ["VN,Viet Nam,1,2015,0,0,state party,"]),
              "hr_status_rome_statute.csv", "does not name one of the 18 instruments"),
             (_csv(tmp_path, "hr_status_cat", ["MS,Montserrat,0,,0,1,no action,"]), "hr_status_cat.csv:2",
              "unknown state name"),
             (_csv(tmp_path, "hr_status_crc", ["VN,Viet Nam,1,1990,0,0,ratified,"]), "hr_status_crc.csv:2",
              "status must be one of"),
             (_csv(tmp_path, "hr_status_crpd", ["VN,Viet Nam,0,2015,1,0,signatory state,"]), "hr_status_crpd.csv:2",
              "not a party"),
             (_csv(tmp_path, "hr_status_cped", ["VN,Viet Nam,1,15,0,0,state party,"]), "hr_status_cped.csv:2",
              "must be a year"),
             (_csv(tmp_path, "hr_status_opcat", ["VN,Viet Nam,1,2015,0,0,state party,", "VN,Vietnam,1,2015,0,0,"
                                                 "state party,"]), "hr_status_opcat.csv:3", "listed twice")]
    for path, where, message in cases:
        with pytest.raises(DataError) as err:
            ingest("ratification-status", [path], built)
        assert where in str(err.value) and message in str(err.value), str(err.value)
    wrong = tmp_path / "hr_status_icerd.csv"
    wrong.write_text("To,Text,From\nViet Nam,Ratify CAT,France\n", encoding="utf-8")
    with pytest.raises(DataError, match="missing column"):
        ingest("ratification-status", [wrong], built)
    assert GraphStore.open(built).meta.ingested == before  # nothing was loaded


def test_bad_spreadsheets_are_refused(built, tmp_path):
    not_xls = tmp_path / "export.xls"
    not_xls.write_text("Country,Date\nViet Nam,1982\n", encoding="utf-8")
    rome = _xls(tmp_path / "rome.xls", "Rome Statute of the International Criminal Court [Last Updated: 10/10/2025]",
                [("Viet Nam", "", "", "", "")])
    untitled = _xls(tmp_path / "untitled.xls", "Status of ratification", [("Viet Nam", "", "", "", "")])
    unknown = _xls(tmp_path / "unknown.xls", ICESCR_TITLE, [("Viet Nam", "", dt.date(1982, 9, 24), "", ""),
                                                            ("Cook Islands", "", "", "", "")])
    baddate = _xls(tmp_path / "baddate.xls", ICESCR_TITLE, [("Viet Nam", "", "24.09.1982", "", "")])
    for path, message in [(not_xls, "not a readable XLS"), (rome, "none of the 18"), (untitled, "row 1 must read"),
                          (unknown, "unknown.xls:4: unknown state name"), (baddate, "not a date")]:
        with pytest.raises(DataError) as err:
            ingest("ohchr-ratification", [path], built)
        assert message in str(err.value) and path.name in str(err.value), str(err.value)
    assert ingest("ohchr-ratification", [unknown], built, skip_bad=True)[0].bad[0].raw.startswith("Cook Islands")


def test_hostile_strings_stay_literals(built, tmp_path):
    note = '"> <http://evil/> . <x> <y> "z'
    path = _csv(tmp_path, "hr_status_cat", ['VN,Viet Nam,1,2015,0,0,state party,"' + note.replace('"', '""') + '"'])
    ingest("ratification-status", [path], built)
    store = GraphStore.open(built)
    (got,) = store.query(f"SELECT ?n {{ <{ID}treaty-status/vnm--cat> rg:sourceNote ?n }}")
    assert str(got[0]) == note
    assert not bool(store.query("ASK { ?s ?p <http://evil/> }"))


# ---- the real files -----------------------------------------------------------------------------------------------

def _csv_rows(instrument: str) -> dict[str, dict]:
    path = next(p for p in RATIFICATIONS if p.stem == f"hr_status_{instrument.replace('-', '_')}")
    with open(path, encoding="utf-8", newline="") as handle:
        return {r["member"]: r for r in csv.DictReader(handle)}


@needs_realdata
def test_viet_nam_status_on_the_real_files_is_that_of_the_csv_files(upr):
    got = {(r[0], r[2]) for r in _status(upr, "id:state/vnm") if r[6].startswith("ratification-status")}
    expected = set()
    for name in INSTRUMENTS:
        row = _csv_rows(name)["Viet Nam"]
        expected.add((name, row["year ratification or accession"] if row["status"] == "state party" else ""))
    assert got == expected
    assert ("cat", "2015") in got and ("icmw", "") in got and ("cped", "") in got
    (row,) = [r for r in _status(upr, "id:state/vnm") if r[0] == "icescr" and r[3] == "day"]
    assert row[2] == "1982-09-24"


@needs_realdata
def test_done_when_viet_nam_was_recommended_cat_and_ratified_it_in_2015(upr):
    rows = run_query(upr, "ratification-recommendations", state="id:state/vnm", treaty="id:treaty/cat")
    # independently: UPR Info's rows to Viet Nam that name CAT (not its Optional Protocol)
    import re
    with open(UPR_INFO, encoding="mac_roman", newline="") as handle:
        expected = {r["From"] for r in csv.DictReader(handle) if r["To"] == "Viet Nam"
                    and re.search(r"\bCAT\b|Convention against Torture", r["Text"])
                    and not re.search(r"Optional Protocol|OP-?CAT", r["Text"])}
    assert {str(r["recommender"]) for r in rows} == expected == {"Algeria", "Australia", "Chile", "Nigeria", "Sweden"}
    assert {str(r["ratifiedOn"]) for r in rows} == {_csv_rows("cat")["Viet Nam"]["year ratification or accession"]}
    assert {str(r["status"]) for r in rows} == {"State party"}


@needs_realdata
def test_recommenders_of_a_treaty_they_have_not_ratified(upr):
    rows = run_query(upr, "ratify-not-ratified", treaty="id:treaty/opcat")
    status = {k: v["status"] for k, v in _csv_rows("opcat").items()}
    assert rows
    for r in rows:
        assert status.get(str(r["recommenderLabel"]), "not a member") != "state party"
    recommenders = {str(s) for (s,) in upr.query(
        f"SELECT DISTINCT ?l {{ ?r rg:concernsInstrument <{ID}treaty/opcat> ; rg:recommendingState/rdfs:label ?l "
        'FILTER(LANG(?l) = "en") }')}
    names = {str(r["recommenderLabel"]) for r in rows}
    assert {n for n in recommenders if status.get(n) in ("signatory state", "no action")} <= names


@needs_realdata
def test_the_real_ohchr_export(built):
    reports = ingest("ohchr-ratification", [OHCHR_ICESCR], built, skip_bad=True)
    assert sorted(b.raw.split(" |")[0] for b in reports[0].bad) == ["Cook Islands", "European Union", "Niue"]
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(OHCHR_ICESCR)).get_sheet_by_index(0).to_python()[2:]
    parties = {r[0] for r in rows if isinstance(r[2], dt.date) and r[0] not in ("Cook Islands", "Niue")}
    store = GraphStore.open(built)
    got = {str(s) for (s,) in store.query('SELECT ?l { ?r a rg:Ratification ; rg:ratifyingState/rdfs:label ?l '
                                          'FILTER(LANG(?l) = "en") }')}
    assert len(got) == len(parties) > 160 and "Viet Nam" in got
