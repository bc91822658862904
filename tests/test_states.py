"""The states table and name resolution."""

from __future__ import annotations

import re

import pytest

from conftest import ID
from rightsgraph.curation.states import State, StateIndex, default_index, read_states
from rightsgraph.errors import DataError, UnknownNameError
from rightsgraph.resources import data_dir

#: Rows whose Vietnamese name (``name_vi``) is not CLDR's territory name (babel's ``Locale("vi").territories``):
#: the editors chose another form.  Every other row must agree with CLDR.
VI_EXCEPTIONS = {
    "COD": "Cộng hòa Dân chủ Congo",  # CLDR "Congo - Kinshasa": a disambiguation, not a name
    "COG": "Cộng hòa Congo",  # CLDR "Congo - Brazzaville", likewise
    "CPV": "Cabo Verde",  # CLDR "Cape Verde": the UN short name since 2013
    "KNA": "Saint Kitts và Nevis",  # CLDR abbreviates "St."
    "LCA": "Saint Lucia",  # CLDR "St. Lucia"
    "VCT": "Saint Vincent và Grenadines",  # CLDR "St. Vincent và Grenadines"
    "MMR": "Myanmar",  # CLDR "Myanmar (Miến Điện)": the bracket glosses the old name
    "PSE": "Nhà nước Palestine",  # CLDR "Lãnh thổ Palestine" (the territory); the observer state is the State
    "VAT": "Tòa Thánh",  # CLDR "Thành Vatican" (Vatican City); the UN observer is the Holy See
}


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


def test_vietnamese_names_are_cldr_s_but_for_the_exceptions():
    babel = pytest.importorskip("babel")
    pycountry = pytest.importorskip("pycountry")
    territories = babel.Locale("vi").territories
    states = [s for s, _ in read_states(data_dir() / "states.csv")]
    for state in states:
        cldr = territories[pycountry.countries.get(alpha_3=state.iso3).alpha_2]
        assert state.name_vi == VI_EXCEPTIONS.get(state.iso3, cldr), state.iso3
        assert state.iso3 not in VI_EXCEPTIONS or cldr != state.name_vi, f"{state.iso3} needs no exception"
    assert default_index().states["VNM"].name_vi == "Việt Nam"


def test_a_vietnamese_name_resolves_unless_another_name_holds_it():
    index = default_index()
    assert index.resolve("Hoa Kỳ").iso3 == "USA" and index.resolve("Thuy Si").iso3 == "CHE"
    assert index.resolve("Nga").iso3 == "NGA"  # Nigeria's code, not Russia's Vietnamese name
    index = StateIndex([State("AAA", "Alpha", (), "", "", name_vi="Beta"), State("BBB", "Beta", (), "", "", "Gamma"),
                        State("CCC", "Delta", (), "", "", "Gamma")])
    assert index.resolve("Beta").iso3 == "BBB"  # an English name wins over a Vietnamese one
    assert index.known("Gamma") is None  # two states' Vietnamese names: neither


def test_a_vietnamese_variant_is_a_name_of_its_state(tmp_path):
    assert default_index().resolve("Thụy Sỹ").iso3 == "CHE" and default_index().resolve("Mỹ").iso3 == "USA"
    table = tmp_path / "states.csv"
    table.write_text("iso3,name,name_vi,alt_names,regional_group,wikidata\n"
                     "AAA,Alpha,Anfa,Alpha Land|vi:Anpha|vi:An Pha,weog,Q1\n", encoding="utf-8")
    (state, _), = read_states(table)
    assert state.alt_names == ("Alpha Land",) and state.alt_names_vi == ("Anpha", "An Pha")
    assert StateIndex([state]).resolve("An Pha").iso3 == "AAA"


def test_a_vietnamese_variant_is_an_alternative_label_in_vietnamese(seed):
    labels = {(str(lit), lit.language) for lit, in seed.query(
        "SELECT ?l WHERE { ?s rg:iso3 'CHE' ; skos:altLabel ?l }")}
    assert labels == {("Swiss Confederation", "en"), ("Thụy Sỹ", "vi")}


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


def test_every_state_has_one_label_in_english_and_one_in_vietnamese(seed):
    rows = seed.query("SELECT ?s (GROUP_CONCAT(DISTINCT LANG(?l)) AS ?langs) (COUNT(DISTINCT ?l) AS ?n) "
                      "WHERE { ?s a rg:State . OPTIONAL { ?s rdfs:label ?l } } GROUP BY ?s")
    labels = {str(s)[len(ID):]: (sorted(str(langs).split()), int(n)) for s, langs, n in rows}
    assert len(labels) == 195
    assert {s: v for s, v in labels.items() if v != (["en", "vi"], 2)} == {}
    vi = {str(s)[len(ID):]: str(label) for s, label in seed.query(
        'SELECT ?s ?l WHERE { ?s a rg:State ; rdfs:label ?l FILTER(LANG(?l) = "vi") }')}
    assert vi["state/vnm"] == "Việt Nam" and vi["state/che"] == "Thụy Sĩ"  # reference.yaml says the same
