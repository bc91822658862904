"""Recognising the instruments a recommendation asks to ratify, on phrasings taken from the real recommendations
(UPR Info's exports, OHCHR's lists) and on Vietnamese names."""

from __future__ import annotations

import pytest

from rightsgraph.upr.instruments import asks_to_ratify, ratification_key, recognise

CASES = [
    # acronyms and full names
    ("Accede to CAT in a timely manner.", ("cat",)),
    ("Consider ratifying CAT.", ("cat",)),
    ("Sign and ratify the Convention against Torture", ("cat",)),
    ("Accede to the Convention Against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
     ("cat",)),
    ("Ratify the Optional Protocol to the Convention on Torture and Other Cruel, Inhumane or Degrading Treatment or "
     "Punishment", ("opcat",)),
    # a protocol is never its convention
    ("Ratify the Optional Protocol to the Convention against Torture", ("opcat",)),
    ("Ratify the Optional Protocol to the CAT", ("opcat",)),
    ("Sign and ratify CAT-OP.", ("opcat",)),
    ("Ratify at the earliest the OP-CAT", ("opcat",)),
    ("Ratify the Rome Statute of the ICC and the OP-CAT", ("opcat",)),
    ("Ratify CAT and accede to its Optional Protocol", ("cat", "opcat")),
    ("Accede to CAT and the Optional Protocol thereto", ("cat", "opcat")),
    ("Ratify the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment of Punishment and its "
     "Optional Protocol", ("cat", "opcat")),
    ("Ratify the CRPD and its Optional Protocol", ("crpd", "op-crpd")),
    ("Withdraw its reservations to Convention on the Elimination of All Forms of Discrimination against Women and "
     "consider signing and ratifying its Optional Protocol", ("op-cedaw",)),
    ("Remove the reservations from the CEDAW, incompatible with the principle of equality between men and women and "
     "ratify the optional protocol to CEDAW", ("op-cedaw",)),
    ("Step up its efforts geared at completing its accession to CEDAW-OP", ("op-cedaw",)),
    # the Covenants and their protocols
    ("Ratifiy the second Optional Protocol to ICCPR to abolish the death penalty.", ("iccpr-op2",)),
    ("Abolish the death penalty completely and ratify the ICCPR-OP 2", ("iccpr-op2",)),
    ("Formalise the political engagement with relation to the death penalty by signing and ratifying ICCPR- OP 2, "
     "aimed at abolishing the death penalty", ("iccpr-op2",)),
    ("Ratify the Optional Protocol to ICCPR (ICCPR-OP-1) as soon as possible", ("iccpr-op1",)),
    ("Ratify the Optional Protocols to the International Covenant on Civil and Political Rights",
     ("iccpr-op1", "iccpr-op2")),
    ("Improve guarantees for the exercise of the right to information through the ratification of ICCPR and its two "
     "protocols", ("iccpr", "iccpr-op1", "iccpr-op2")),
    ("Sign and ratify the first Optional Protocol to the International Covenant on Civil and Political Rights ICCPR, "
     "the International Covenant on Social, Economic and Cultural Rights ICESCR", ("iccpr-op1", "icescr")),
    ("Ratify the Optional Protocol to the ICESCR as soon as possible", ("icescr-op",)),
    ("Consider ratifying the core international human rights treaties: ICESCR, ICCPR, ICERD, CEDAW and CAT",
     ("icerd", "iccpr", "icescr", "cedaw", "cat")),
    ("Sign and ratify core international human rights instruments (CAT, CERD, CCPR and CESCR)",
     ("icerd", "iccpr", "icescr", "cat")),
    ("Release a clear timetable for work towards ICCPR ratification", ("iccpr",)),
    # the Convention on the Rights of the Child and its protocols
    ("Become party to  the Optional Protocol to CRC on the involvement of children in armed conflict",
     ("op-crc-ac",)),
    ("Ratify the Optional Protocol to CRC on the sale of children, child prostitution and child pornography",
     ("op-crc-sc",)),
    ("Consider an early ratification of the third Optional protocol to the Convention on the Rights of the Child on a "
     "communications procedure (OPIC)", ("op-crc-ic",)),
    ("Ratify CEDAW-OP, as well as the Convention on the Prevention and Punishment of the Crime of Genocide, the "
     "Palermo Protocol and the optional protocols to CRC.", ("op-cedaw", "op-crc-ac", "op-crc-sc")),
    ("Sign and ratify the OP-CRC-SC", ("op-crc-sc",)),
    # migrant workers, disappearances, disabilities
    ("Ratify the ICRMW", ("icmw",)),
    ("Encourage the ratification of ICRMW", ("icmw",)),
    ("Ratify the migrant workers convention", ("icmw",)),
    ("Accede to the International Convention on Protection of the Rights of All Migrant Workers and Members of Their "
     "Families.", ("icmw",)),
    ("Ratify the International Convention on the Protection of the Rights of All Migrants Workers and Members of "
     "Their Families", ("icmw",)),
    ("Ratify the Convention on Enforced Disappearances.", ("cped",)),
    ("Ratify CED as soon as possible.", ("cped",)),
    ("Complete the ratification process for the ICED", ("cped",)),
    ("Ratify the International Convention on the Protection of All Persons from Enforced Disappearance in a timely "
     "manner", ("cped",)),
    ("Ratify the Convention of the Rights of Persons with Disabilities without reservations.", ("crpd",)),
    ("Join CRPD in order to protect persons with disabilities in Angola", ("crpd",)),
    ("Ratify and implement ICCPR without reservations or delay", ("iccpr",)),
    # mentions that are not requests to ratify
    ("Withdraw the declaration made upon accession, regarding article 1 of CAT", ()),
    ("Ratify the declaration on article 22 on the CAT and consider ratification of OPCAT", ("opcat",)),
    ("Implement CAT fully", ()),
    ("Withdraw the reservations to CEDAW and ratify CAT", ("cat",)),
    ("Ratify the Convention on the Rights of Persons with Disabilities and the International Convention for the "
     "Protection of All Persons from Enforced Disappearance, and incorporate in national legislation a distinct crime "
     "of torture in strict compliance with Article 1 of the Convention against Torture", ("crpd", "cped")),
    ("Consider withdrawing the reservations made on the two Conventions it has ratified", ()),
    ("Take steps to fully implement the ratified international instruments", ()),
    ("Ratify the Rome Statute of the International Criminal Court.", ()),
    ("Ratify the ICESCR, CEDAW, CRC the CRPD, the Additional Protocol I and II - 1977 -, to the Geneva Conventions",
     ("icescr", "cedaw", "crc", "crpd")),
    # Vietnamese
    ("Phê chuẩn Công ước chống Tra tấn", ("cat",)),
    ("Xem xét phê chuẩn Nghị định thư không bắt buộc của Công ước chống tra tấn", ("opcat",)),
    ("Gia nhập Công ước quốc tế về bảo vệ quyền của tất cả người lao động di trú và các thành viên gia đình họ",
     ("icmw",)),
    ("Nghiên cứu gia nhập Công ước quốc tế về bảo vệ tất cả mọi người khỏi bị cưỡng bức mất tích", ("cped",)),
    ("Thực hiện Công ước chống Tra tấn", ()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_recognise(text, expected):
    assert recognise(text) == expected


def test_ratification_keys():
    assert ratification_key("Implement CAT fully") == -1  # asks to ratify nothing
    assert ratification_key("Ratify the Rome Statute of the International Criminal Court.") == 0
    assert ratification_key("Accede to CAT") != ratification_key("Accede to OPCAT") > 0
    assert asks_to_ratify("Consider acceding to the remaining core international human rights instruments")
    assert not asks_to_ratify("Abide by its commitments made upon ratification of international instruments")
