"""Where a state stands with a treaty, as one source states it: the statements of one row of ratification data.

One resource per (state, treaty) whatever the source: ``treaty-status/<iso3>--<treaty>`` (party, signatory or no
action) and, for a party, ``ratification/<iso3>--<treaty>``.  Each source states them in its own graph, with
its own dates at their own precision (``xsd:gYear`` for a year, ``xsd:date`` for a day), so two sources of one
ratification make one resource with both dates, each traceable to its source; ``rg:ratifiedOn`` is
``rg:singleValued``, so two dates whose years differ show in ``disagreements`` (dates that differ only in
precision do not).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rightsgraph.curation.states import State
from rightsgraph.namespaces import PREFIXES, RGC
from rightsgraph.upr.nquads import XSD, integer, iri, literal, quad
from rightsgraph.upr.recommendations import DERIVED, LABEL, RDF_TYPE, RG

STATUSES = ("party", "signatory", "no-action")


def date_literal(value: str) -> str:
    """``YYYY`` as xsd:gYear, ``YYYY-MM-DD`` as xsd:date (checked); ValueError otherwise."""
    if len(value) == 4 and value.isdigit():
        return literal(value, datatype=XSD + "gYear")
    return literal(dt.date.fromisoformat(value).isoformat(), datatype=XSD + "date")


@dataclass(frozen=True)
class TreatyStatus:
    """One source's record of a state and a treaty (a :class:`~rightsgraph.upr.importers.Record`)."""

    state: State
    treaty: str  # an id of rightsgraph.upr.instruments.INSTRUMENTS
    status: str  # one of STATUSES
    line: int
    ratified: str | None = None  # YYYY or YYYY-MM-DD
    signed: str | None = None
    communications: str | None = None  # acceptance of the individual communications procedure
    inquiry: str | None = None  # acceptance of the inquiry procedure
    note: str | None = None

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown treaty status {self.status!r}")
        if self.ratified and self.status != "party":
            raise ValueError(f"a date of ratification ({self.ratified}) for a state that is not a party")
        for value in (self.ratified, self.signed, self.communications, self.inquiry):
            if value:
                date_literal(value)

    def statements(self, writer) -> list[str]:
        g, rg = None, RG
        key = f"{self.state.iso3.lower()}--{self.treaty}"
        s, treaty, state = writer.resource(f"treaty-status/{key}"), writer.resource(f"treaty/{self.treaty}"), \
            writer.resource(self.state.id)
        name = self.treaty.upper()
        out = [quad(s, RDF_TYPE, iri(rg + "TreatyStatus"), g),
               quad(s, iri(rg + "ofState"), state, g),
               quad(s, iri(rg + "ofTreaty"), treaty, g),
               quad(s, iri(rg + "treatyStatus"), iri(f"{RGC}treaty-status/{self.status}"), g),
               quad(s, LABEL, literal(f"{self.state.name} and {name}", "en"), g),
               quad(s, iri(rg + "sourceRow"), integer(self.line), g),
               quad(s, DERIVED, iri(writer.graph), g)]
        for prop, value in (("signedOn", self.signed), ("communicationsAcceptedOn", self.communications),
                            ("inquiryAcceptedOn", self.inquiry)):
            if value:
                out.append(quad(s, iri(rg + prop), date_literal(value), g))
        if self.note:
            out.append(quad(s, iri(rg + "sourceNote"), literal(self.note), g))
        if self.status == "party":
            r = writer.resource(f"ratification/{key}")
            out += [quad(s, iri(rg + "ratification"), r, g),
                    quad(r, RDF_TYPE, iri(rg + "Ratification"), g),
                    quad(r, iri(rg + "ratifyingState"), state, g),
                    quad(r, iri(rg + "treaty"), treaty, g),
                    quad(r, LABEL, literal(f"{name} ratified by {self.state.name}", "en"), g),
                    quad(r, DERIVED, iri(writer.graph), g)]
            if self.ratified:
                out.append(quad(r, iri(rg + "ratifiedOn"), date_literal(self.ratified), g))
        return out


@dataclass(frozen=True)
class AsOf:
    """The date a source says its data were last updated: a statement about the source's graph."""

    date: str

    def statements(self, writer) -> list[str]:
        return [quad(iri(writer.graph), iri(PREFIXES["dcterms"] + "modified"), date_literal(self.date), None)]

