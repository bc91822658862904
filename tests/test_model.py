"""The model of time, evidence and figures: tenures and their reports, statement-level evidence, figures with
units, bounds, denominators and as-of dates, an ontology an OWL reasoner agrees with, and the links the
articles state."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF

from conftest import ID, SEEDS, run_query
from rightsgraph import build as builder
from rightsgraph.errors import DataError
from rightsgraph.namespaces import RG
from rightsgraph.resources import curated_files, data_dir, ontology_files
from rightsgraph.yamlfile import load_yaml

DIALOGUE = "sources/vietnamnet-2024-upr-dialogue.yaml"
NHANDAN = "sources/nhandan-2022-human-rights-day-upr-cycle-iv.yaml"
VNA = "sources/vna-2022-midterm-report-launch.yaml"


def _edit(data, name, old, new):
    path = data / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _line_of(path, needle):
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


# ---- 1. tenures -------------------------------------------------------------------------------------------

# Who each seed post's holders are on three dates, read off the articles: the date each reports a person in a
# post (an undated article: the range it can have been published in), and the later reports that end a tenure.
HOLDERS = {
    "2022-03-31": {
        "assistant-minister-foreign-affairs-vnm": {"Do Hung Viet": "attested"},
        "deputy-minister-foreign-affairs-vnm": {"Ha Kim Ngoc": "attested after", "Do Hung Viet": "attested after"},
        "minister-foreign-affairs-vnm": {"Bui Thanh Son": "attested"},
        "prime-minister-vnm": {"Pham Minh Chinh": "attested before"},
        "un-resident-coordinator-vnm": {"Rana Flowers": "attested", "Pauline Tamesis": "attested after"},
        "undp-resident-representative-vnm": {"Ramla Khalidi": "attested after"},
        "un-secretary-general": {"Antonio Guterres": "held"},  # (the reference data's tenure since 2017)
    },
    "2022-12-12": {
        "assistant-minister-foreign-affairs-vnm": {"Do Hung Viet": "attested"},
        "deputy-minister-foreign-affairs-vnm": {"Ha Kim Ngoc": "attested", "Do Hung Viet": "attested after"},
        "minister-foreign-affairs-vnm": {"Bui Thanh Son": "attested"},
        "prime-minister-vnm": {"Pham Minh Chinh": "attested before"},
        # the VNA article's date is only known to lie in 2022, so Rana Flowers' report may be as late as this
        "un-resident-coordinator-vnm": {"Rana Flowers": "attested", "Pauline Tamesis": "attested"},
        "undp-resident-representative-vnm": {"Ramla Khalidi": "attested"},
        "un-secretary-general": {"Antonio Guterres": "held"},
    },
    "2024-05-07": {
        "assistant-minister-foreign-affairs-vnm": {"Do Hung Viet": "superseded"},  # Deputy Minister by then
        "deputy-minister-foreign-affairs-vnm": {"Do Hung Viet": "attested", "Ha Kim Ngoc": "attested before"},
        "minister-foreign-affairs-vnm": {"Bui Thanh Son": "attested before"},
        "prime-minister-vnm": {"Pham Minh Chinh": "attested before"},
        "un-resident-coordinator-vnm": {"Pauline Tamesis": "attested before", "Rana Flowers": "superseded"},
        "undp-resident-representative-vnm": {"Ramla Khalidi": "attested before"},
        "un-secretary-general": {"Antonio Guterres": "held"},
    },
}


@pytest.mark.parametrize("date", sorted(HOLDERS))
def test_who_held_each_seed_post_with_the_status_of_each_answer(seed, date):
    for post, expected in HOLDERS[date].items():
        rows = run_query(seed, "post-holders-on-date", post=f"id:post/{post}", date=date)
        assert {r["personLabel"]: r["status"] for r in rows} == expected, (post, date)


def test_two_current_holders_of_a_single_holder_post_are_named_as_such(seed):
    rows = run_query(seed, "post-holders-on-date", post="id:post/un-resident-coordinator-vnm", date="2022-12-12")
    assert {(r["personLabel"], r["alsoCurrent"]) for r in rows} == {
        ("Rana Flowers", "Pauline Tamesis"), ("Pauline Tamesis", "Rana Flowers")}
    later = run_query(seed, "post-holders-on-date", post="id:post/un-resident-coordinator-vnm", date="2024-01-01")
    flowers = next(r for r in later if r["personLabel"] == "Rana Flowers")
    assert flowers["status"] == "superseded" and flowers["supersededBy"].startswith("Pauline Tamesis")
    assert all(r["alsoCurrent"] is None for r in later)


def test_nearness_is_said_in_months_and_undated_reports_are_flagged(seed):
    rows = run_query(seed, "post-holders-on-date", post="id:post/deputy-minister-foreign-affairs-vnm",
                     date="2022-12-12")
    by = {r["personLabel"]: r for r in rows}
    assert by["Ha Kim Ngoc"]["monthsAway"] == "0" and by["Ha Kim Ngoc"]["inferred"] == "false"
    assert by["Do Hung Viet"]["monthsAway"] == "17"  # May 2024
    pm = run_query(seed, "post-holders-on-date", post="id:post/prime-minister-vnm", date="2022-12-12")
    # the VOV article is undated: its report is the range it can have been published in, flagged
    assert [(r["firstReported"], r["lastReported"], r["inferred"]) for r in pm] == [
        ("2021-02-01", "2022-03-22", "true")]
    assert run_query(seed, "post-holders-on-date", post="id:post/prime-minister-vnm", date="2022-12-12",
                     months="3") == []


def test_a_stated_tenure_is_held_and_a_second_tenure_keeps_its_own_iri(data_copy):
    path = _edit(data_copy, DIALOGUE, "    post: post/deputy-minister-foreign-affairs-vnm\n    attested: [2024-05]\n",
                 "    post: post/deputy-minister-foreign-affairs-vnm\n    start: 2023-01\n    attested: [2024-05]\n")
    with path.open("a", encoding="utf-8") as handle:
        handle.write("  - type: PostHolding\n    id: holding/do-hung-viet--deputy-minister-foreign-affairs-vnm--2\n"
                     "    holder: person/do-hung-viet\n    post: post/deputy-minister-foreign-affairs-vnm\n"
                     "    start: 2020-01\n    end: 2021-12\n    attested: [2021-06]\n"
                     "    quote: a Vietnamese delegation led by Deputy Foreign Minister Do Hung Viet\n")
    store = builder.memory(data_copy)
    held = run_query(store, "post-holders-on-date", post="id:post/deputy-minister-foreign-affairs-vnm",
                     date="2023-06-30")
    assert {(r["personLabel"], r["status"], r["start"]) for r in held} >= {("Do Hung Viet", "held", "2023-01")}
    earlier = run_query(store, "post-holders-on-date", post="id:post/deputy-minister-foreign-affairs-vnm",
                        date="2021-03-01")
    assert [(r["personLabel"], r["status"], r["start"], r["end"]) for r in earlier] == [
        ("Do Hung Viet", "held", "2020-01", "2021-12"),  # the later tenure has not started
        ("Ha Kim Ngoc", "attested after", None, None)]
    tenures = {str(s) for s in store.dataset.subjects(RG.holder, URIRef(ID + "person/do-hung-viet"))}
    assert ID + "holding/do-hung-viet--deputy-minister-foreign-affairs-vnm--2" in tenures


def test_a_tenure_ending_before_it_starts_is_refused(data_copy):
    path = _edit(data_copy, DIALOGUE, "    attested: [2024-05]\n", "    start: 2024-01\n    end: 2023-12\n"
                 "    attested: [2024-05]\n")
    with pytest.raises(DataError, match="before it starts") as err:
        builder.compile_curated(curated_files(data_copy))
    assert err.value.path == path and err.value.line == _line_of(path, "end: 2023-12")
    assert err.value.value == "2023-12"


def test_a_report_outside_the_stated_tenure_is_refused(data_copy):
    path = _edit(data_copy, DIALOGUE, "    attested: [2024-05]\n", "    start: 2024-06\n    attested: [2024-05]\n")
    with pytest.raises(DataError, match="outside the tenure") as err:
        builder.compile_curated(curated_files(data_copy))
    assert err.value.path == path and err.value.line == _line_of(path, "holder: person/do-hung-viet") - 1


# ---- 2. evidence --------------------------------------------------------------------------------------------

def _expected_term_quotes() -> dict[str, set[str]]:
    """Each term the curated files give the 2023-2025 candidacy, with the quotes said to state it."""
    out: dict[str, set[str]] = {}
    for path in sorted((data_dir() / "sources").glob("*.yaml")):
        for record in load_yaml(path)["records"]:
            if record.get("id") != "candidacy/vnm-hrc-2023-2025" or "term" not in record:
                continue
            quotes = record["quote"] if isinstance(record["quote"], list) else [record["quote"]]
            for quote in quotes:
                if isinstance(quote, str):
                    out.setdefault(str(record["term"]), set()).add(quote)
                elif "term" in quote["for"]:
                    out.setdefault(str(record["term"]), set()).add(quote["text"])
    return out


def test_each_value_of_the_candidacy_term_comes_with_exactly_the_words_that_state_it(seed):
    expected = _expected_term_quotes()
    assert set(expected) == {"2021-2025", "2023-2025", "2023-2035"}
    rows = [r for r in run_query(seed, "disagreements")
            if r["subject"] == ID + "candidacy/vnm-hrc-2023-2025" and r["property"] == str(RG.termLabel)]
    found: dict[str, set[str]] = {}
    for r in rows:
        found.setdefault(r["value"], set()).add(r["quote"])
    assert found == expected
    assert all(r["flag"] for r in rows)  # the editors' flag is on the term's property, rg:termLabel


def test_evidence_is_plain_reification_that_travels(seed):
    """An rg:Evidence is an rdf:Statement in its source's graph whose triple that graph asserts."""
    rows = seed.query("""
        SELECT ?g (COUNT(*) AS ?n) (SUM(IF(EXISTS { GRAPH ?g { ?s ?p ?o } }, 1, 0)) AS ?asserted) WHERE {
          GRAPH ?g { ?e a rg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; rg:quote ?q } }
        GROUP BY ?g""")
    counts = {str(r[0]): (int(r[1]), int(r[2])) for r in rows}
    assert len(counts) == 5 and all(n == asserted and n > 20 for n, asserted in counts.values())
    classes = {str(c) for c in seed.dataset.objects(RG.Evidence, URIRef(str(RDF) + "type"))}
    assert str(OWL.Class) in classes


def test_a_record_with_several_quotes_must_say_what_each_states(data_copy):
    path = _edit(data_copy, VNA, "        for: [supported_by]\n", "")
    _edit(data_copy, VNA, "- text: The process received", "- The process received")
    with pytest.raises(DataError, match="several quotes") as err:
        builder.compile_curated(curated_files(data_copy))
    assert err.value.path == path and err.value.line == _line_of(path, "- The process received")


def test_a_quote_cannot_state_a_field_its_record_does_not_give(data_copy):
    path = _edit(data_copy, VNA, "        for: [announced_at, announced]", "        for: [announced_at, endorsed_by]")
    with pytest.raises(DataError, match="endorsed_by, which this record does not give") as err:
        builder.compile_curated(curated_files(data_copy))
    assert err.value.path == path


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the repository")
def test_a_quote_not_in_its_source_text_is_refused(data_copy):
    path = _edit(data_copy, DIALOGUE, "quote: with 14 UN member states, including Vietnam",
                 "quote: with 41 UN member states, including Vietnam")
    builder.compile_curated(curated_files(data_copy))  # without the texts, nothing to check against
    with pytest.raises(DataError, match="not in the source's text") as err:
        builder.compile_curated(curated_files(data_copy), texts=SEEDS)
    assert err.value.path == path and err.value.line == _line_of(path, "with 41 UN member states")
    assert err.value.value == "with 41 UN member states, including Vietnam"


# ---- 3. an ontology the data does not contradict -------------------------------------------------------------

def _closure_finds_contradictions(graph: Graph) -> list:
    import owlrl

    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    same = [(a, b) for a, b in graph.subject_objects(OWL.sameAs)
            if a != b and (isinstance(a, Literal) or isinstance(b, Literal))]
    nothing = list(graph.subjects(RDF.type, OWL.Nothing))
    return same + nothing


def _curated_graph(store) -> Graph:
    graph = Graph()
    for s, p, o, _g in store.dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def test_owl_rl_closure_of_the_curated_graph_equates_no_distinct_values(seed):
    assert _closure_finds_contradictions(_curated_graph(seed)) == []


def test_the_closure_check_would_see_a_functional_property_merge_disagreeing_terms(seed):
    """The check above can fail: with rg:termLabel functional again, 2021-2025 = 2023-2025 follows."""
    graph = Graph()
    for path in ontology_files():
        graph.parse(path, format="turtle")
    graph.add((RG.termLabel, RDF.type, OWL.FunctionalProperty))
    for s, p, o, _g in seed.dataset.quads((URIRef(ID + "candidacy/vnm-hrc-2023-2025"), RG.termLabel, None, None)):
        graph.add((s, p, o))
    assert _closure_finds_contradictions(graph) != []


def test_discrepancy_names_the_property_by_its_iri(seed):
    props = set(seed.dataset.objects(None, RG.onProperty))
    assert props == {RG.termLabel, RG.termStart, RG.termEnd}  # the three properties of the field 'term'


# ---- 4. figures ---------------------------------------------------------------------------------------------

def test_share_of_accepted_recommendations_implemented_out_of_how_many_as_of_when(seed):
    rows = run_query(seed, "implementation-figures")
    share = [r for r in rows if r["measure"] == "accepted-recommendations-implemented"]
    assert [(r["value"], r["unit"], r["ofMeasure"], r["ofValue"], r["asOf"], r["asOfInferred"]) for r in share] == [
        ("82.6", "http://qudt.org/vocab/unit/PERCENT", "recommendations-accepted", "241", "2022-12-12", "false")]
    accepted = next(r for r in rows if r["measure"] == "recommendations-accepted" and r["value"] == "241")
    assert (accepted["ofMeasure"], accepted["ofValue"], accepted["asOfInferred"]) == (
        "recommendations-received", "291", "true")  # the article's date: the text gives none


def test_approximate_figures_have_bounds_never_a_made_up_number(seed):
    rows = {r["qualifier"]: r for r in run_query(seed, "implementation-figures") if r["qualifier"]}
    assert (rows["hundreds"]["value"], rows["hundreds"]["min"], rows["hundreds"]["max"]) == (None, "200", "999")
    assert (rows["nearly"]["value"], rows["nearly"]["max"], rows["nearly"]["unit"]) == (
        None, "90", "http://qudt.org/vocab/unit/PERCENT")
    delegates = seed.query("""SELECT ?min ?value WHERE { ?f rg:measure rgc:measure\\/delegates ; schema:minValue ?min
                              OPTIONAL { ?f rg:value ?value } }""")
    assert [(str(r[0]), r[1]) for r in delegates] == [("71", None)]  # "more than 70 delegates"


def test_reported_vs_loaded_ties_a_share_to_its_denominator(seed):
    rows = run_query(seed, "reported-vs-loaded")
    share = next(r for r in rows if r["measure"] == "accepted-recommendations-implemented")
    assert (share["ofMeasure"], share["ofReported"], share["loaded"], share["loadedOf"]) == (
        "recommendations-accepted", "241", None, "0")


@pytest.mark.parametrize(("old", "new", "message", "value", "where"), [
    ("    value: 82.6", "    value: 182.6", "at most 100%", 182.6, "value: 182.6"),
    ("    of: figure/nhandan-2022--vnm-cycle-3-received", "    of: review/vnm-cycle-3",
     "must refer to a ReportedFigure", "review/vnm-cycle-3", "of: review/vnm-cycle-3"),
    ("    of: figure/nhandan-2022--vnm-cycle-3-accepted", "    of: figure/nhandan-2022--vnm-cycle-3-implemented",
     "is not a count", "figure/nhandan-2022--vnm-cycle-3-implemented",
     "of: figure/nhandan-2022--vnm-cycle-3-implemented"),
    ("    value: 241", "    value: 341", "more than its denominator", "figure/nhandan-2022--vnm-cycle-3-received",
     "of: figure/nhandan-2022--vnm-cycle-3-received"),
])
def test_bad_figures_are_refused_with_file_line_and_value(data_copy, old, new, message, value, where):
    path = _edit(data_copy, NHANDAN, old, new)
    with pytest.raises(DataError, match=message) as err:
        builder.compile_curated(curated_files(data_copy))
    assert (err.value.path, err.value.line, err.value.value) == (path, _line_of(path, where), value)


def test_hundreds_states_no_number(data_copy):
    path = _edit(data_copy, VNA, "    qualifier: hundreds", "    value: 100\n    qualifier: hundreds")
    with pytest.raises(DataError, match="states no number") as err:
        builder.compile_curated(curated_files(data_copy))
    assert err.value.path == path and err.value.line == _line_of(path, "value: 100")


# ---- 5. links the text holds ----------------------------------------------------------------------------------

def test_links_the_articles_state_are_statements_with_evidence(seed):
    rows = seed.query(f"""
        SELECT ?plan ?implements ?membership ?asean WHERE {{
          <{ID}act/1975-qd-ttg-2019> rg:issues ?plan ; schema:about <{ID}cycle/3> .
          ?plan rg:implements ?implements ; rg:inCycle <{ID}cycle/3> .
          <{ID}candidacy/vnm-hrc-2023-2025> rg:resultedIn ?membership .
          ?membership org:member <{ID}state/vnm> .
          ?c rg:contributor <{ID}state/vnm> ; rg:contributedTo ?asean .
          GRAPH ?g {{ ?e rdf:subject ?c ; rdf:predicate rg:contributedTo ; rdf:object ?asean ; rg:quote ?q }}
        }}""")
    found = {(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows}
    assert {r[3] for r in found} == {ID + "instrument/asean-charter", ID + "instrument/asean-human-rights-declaration"}
    assert {r[:3] for r in found} == {(ID + "plan/vnm-upr-cycle-3-master-plan", ID + "review/vnm-cycle-3",
                                      ID + "membership/vnm-hrc-2023-2025")}


def test_records_of_every_source_carry_evidence_only_where_quoted(seed):
    """The reference dataset quotes nothing: its records are their own evidence, and get no evidence nodes."""
    n = seed.query(f"ASK {{ GRAPH <{ID}source/rightsgraph-reference> {{ ?e a rg:Evidence }} }}")
    assert not n.askAnswer
    quoted = seed.query(f"ASK {{ GRAPH <{ID}source/vov-active-responsible-human-rights> {{ ?e a rg:Evidence }} }}")
    assert quoted.askAnswer
