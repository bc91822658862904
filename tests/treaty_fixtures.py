"""Small ratification files written by the tests: the CSV tables' layout (year precision) and OHCHR's XLS export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

HEADER = "iso2,member,state party,year ratification or accession,signatory,no action,status,note\n"


def csv_table(folder: Path, name: str, rows: list[str]) -> Path:
    path = folder / f"{name}.csv"
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def xls_export(path: Path, title: str, rows: list[tuple]) -> Path:
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Underlying Data(0)")
    dates = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    sheet.write(0, 0, title)
    for c, name in enumerate(["Country", "Date of Signature (dd/mm/yyyy)", "Date of Ratification/Accession",
                              "Date of acceptance of individual communications procedure",
                              "Date of acceptance of inquiry procedure"]):
        sheet.write(1, c, name)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row):
            if isinstance(value, dt.date):
                sheet.write(r, c, dt.datetime(value.year, value.month, value.day), dates)
            elif value:
                sheet.write(r, c, value)
    sheet.write(len(rows) + 3, 0, "Source: Database of the United Nations Office of Legal Affairs (OLA)")
    book.save(str(path))
    return path


ICESCR_TITLE = "International Covenant on Economic, Social and Cultural Rights [Last Updated: 10/10/2025 11:26:54]"


def ratification_files(tmp_path: Path) -> dict[str, Path]:
    """Two CSV tables (CAT and ICESCR, year precision) and OHCHR's ICESCR export (full dates)."""
    return {
        "cat": csv_table(tmp_path, "hr_status_cat", ["VN,Viet Nam,1,2015,0,0,state party,",
                                                 "TH,Thailand,1,2007,0,0,state party,",
                                                 "AO,Angola,0,,1,0,signatory state,",
                                                 'KP,North Korea,0,,0,1,no action,"As Democratic People\'s Republic"']),
        "icescr": csv_table(tmp_path, "hr_status_icescr", ["VN,Viet Nam,1,1982,0,0,state party,",
                                                       "TH,Thailand,1,1998,0,0,state party,"]),
        "xls": xls_export(tmp_path / "icescr.xls", ICESCR_TITLE, [
            ("Viet Nam", "", dt.date(1982, 9, 24), "", ""),
            ("Thailand", "", dt.date(1999, 9, 5), "", ""),  # the CSV says 1998: a disagreement
            ("Holy See", "", "", "", ""),
            ("State of Palestine", "", dt.date(2014, 4, 2), "", ""),
            ("Portugal", dt.date(1976, 10, 7), dt.date(1978, 7, 31), dt.date(2013, 5, 28), "")]),
    }
