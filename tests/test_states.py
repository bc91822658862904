"""The states table and name resolution."""

from __future__ import annotations

import re

import pytest

from conftest import ID
from rightsgraph.errors import DataError, UnknownNameError
from rightsgraph.resources import data_dir
from rightsgraph.states import State, StateIndex, default_index, read_states


@pytest.mark.parametrize(("name", "iso3"), [
    ("Viet Nam", "VNM"), ("Vietnam", "VNM"), ("VIET NAM", "VNM"),
    ("United Kingdom of Great Britain and Northern Ireland", "GBR"), ("United Kingdom", "GBR"),
    ("Côte d'Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"), ("Türkiye", "TUR"), ("Turkey", "TUR"),
    ("Holy See", "VAT"), ("State of Palestine", "PSE"), ("Palestine", "PSE"),
    ("St Vincent & the Grenadines", "VCT"), ("Saint Vincent and the Grenadines", "VCT"),
    ("Democratic Republic of Congo", "COD"), ("Republic of Congo", "COG"), ("DPR Korea", "PRK"),
    ("Macedonia FYR", "MKD"), ("Guinea Bissau", "GNB"), ("the Gambia", "GMB"), ("vnm", "VNM"),
])
def test_name_variants_resolve(name, iso3):
    assert default_index().resolve(name).iso3 == iso3


def test_placeholder_is_no_state():
    assert default_index().resolve("&#40;Unknown&#41;") is None
    assert default_index().resolve("(Unknown)") is None


def test_unknown_name_is_an_error_with_the_closest_names():
    with pytest.raises(UnknownNameError) as err:
        default_index().resolve("Viet Nan", "file.csv", 12)
    assert err.value.path == "file.csv" and err.value.line == 12 and err.value.value == "Viet Nan"
    assert "Viet Nam" in str(err.value)


def test_table_covers_the_un_membership():
    states = [s for s, _ in read_states(data_dir() / "states.csv")]
    assert len(states) == 195 and len({s.iso3 for s in states}) == 195
    members = [s for s in states if s.regional_group]
    assert len(members) == 193
    assert {s.iso3 for s in states if not s.regional_group} == {"VAT", "PSE"}
    qids = [s.wikidata for s in states]
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in qids) and len(set(qids)) == 195  # every state, no two alike


def test_a_name_given_to_two_states_is_refused():
    with pytest.raises(DataError, match="given to both"):
        StateIndex([State("AAA", "Alpha", ("Same",), "", ""), State("BBB", "Beta", ("same",), "", "")])


def test_states_are_in_the_graph_with_code_group_and_wikidata(seed):
    rows = list(seed.query(
        "SELECT ?s ?code ?group ?wd WHERE { ?s a rg:State ; rg:iso3 ?code . "
        "OPTIONAL { ?s rg:regionalGroup ?group } OPTIONAL { ?s owl:sameAs ?wd } }"))
    assert len({r[0] for r in rows}) == 195
    vnm = [r for r in rows if str(r[0]) == ID + "state/vnm"]
    assert [(str(r[1]), str(r[2]), str(r[3])) for r in vnm] == [
        ("VNM", "https://w3id.org/rightsgraph/concept/regional-group/asia-pacific", "http://www.wikidata.org/entity/Q881")]
