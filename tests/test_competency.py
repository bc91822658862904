"""The foundation's competency questions, answered by the query files on the built seed graph."""

from __future__ import annotations

from conftest import ID, run_query


def test_posts_of_do_hung_viet_in_time_order(seed):
    rows = run_query(seed, "person-posts")
    assert [(r["post"], r["when"], r["source"]) for r in rows] == [
        # the VNA article is undated: the report is the range it can have been published in
        (ID + "post/assistant-minister-foreign-affairs-vnm", "2022-03-22/2022-12-31",
         ID + "source/vna-2022-midterm-report-launch"),
        (ID + "post/deputy-minister-foreign-affairs-vnm", "2024-05", ID + "source/vietnamnet-2024-upr-dialogue"),
    ]
    assert all(r["organisationLabel"] == "Ministry of Foreign Affairs of Viet Nam" for r in rows)


def test_person_posts_takes_another_person(seed):
    rows = run_query(seed, "person-posts", person="id:person/ha-kim-ngoc")
    assert [(r["postLabel"], r["when"]) for r in rows] == [
        ("Deputy Minister of Foreign Affairs of Viet Nam", "2022-12-12")]
    acting = run_query(seed, "person-posts", person="id:person/rana-flowers")
    assert [(r["postLabel"], r["acting"]) for r in acting] == [
        ("United Nations Resident Coordinator in Viet Nam", "true")]


def test_events_with_organisers_place_date_and_capacities(seed):
    rows = run_query(seed, "event-participants")
    assert len(rows) == 12
    launch = [r for r in rows if r["event"] == ID + "event/2022-12-12-human-rights-day-upr-cycle-iv-launch"]
    assert {r["date"] for r in launch} == {"2022-12-12"}
    assert {r["placeLabel"] for r in launch} == {"Hanoi"}
    assert set(launch[0]["organisers"].split(" ; ")) == {
        "Ministry of Foreign Affairs of Viet Nam", "United Nations Development Programme"}
    assert {(r["participantLabel"], r["capacityLabel"]) for r in launch} == {
        ("Ha Kim Ngoc", "Deputy Minister of Foreign Affairs of Viet Nam"),
        ("Pauline Tamesis", "United Nations Resident Coordinator in Viet Nam"),
        ("Ramla Khalidi", "UNDP Resident Representative in Viet Nam"),
    }
    workshop = [r for r in rows if r["event"] == ID + "event/mofa-undp-midterm-consultation-workshop"]
    assert len(workshop) == 1 and workshop[0]["participantLabel"] is None
    review = {(r["participantLabel"], r["role"]) for r in rows if r["event"] == ID + "review/vnm-cycle-4"}
    assert ("Do Hung Viet", "led the Vietnamese delegation") in review


def test_upr_cycles_as_reported_with_source_and_date(seed):
    rows = run_query(seed, "upr-reported-figures")
    assert len(rows) == 8
    got = {(r["cycle"], r["measure"], r["value"] or r["max"], r["source"].rsplit("/", 1)[1]) for r in rows}
    nhandan = "nhandan-2022-human-rights-day-upr-cycle-iv"
    assert {("3", "recommendations-received", "291", nhandan), ("3", "recommending-states", "122", nhandan),
            ("3", "recommendations-accepted", "241", nhandan),
            ("3", "accepted-recommendations-implemented", "82.6", nhandan),
            ("3", "recommendations-implemented", "90", "continuing-to-promote-human-rights-achievements"),
            ("4", "recommendations-received", "320", "vietnamnet-2024-upr-dialogue"),
            ("4", "states-registered-to-speak", "133", "vietnamnet-2024-upr-dialogue")} <= got
    nearly = [r for r in rows if r["measure"] == "recommendations-implemented"]
    assert (nearly[0]["qualifier"], nearly[0]["value"], nearly[0]["max"]) == ("nearly", None, "90")  # a bound
    assert {r["asOf"] for r in rows if r["source"].endswith(nhandan)} == {"2022-12-12"}


def test_sessions_with_dates_and_what_viet_nam_did(seed):
    rows = run_query(seed, "hrc-sessions")
    assert len(rows) == 13
    sessions = {(r["bodyLabel"], r["number"]) for r in rows}
    assert sessions == {("Human Rights Council", n) for n in ("46", "49", "52", "55", "56", "57")} | {
        ("Working Group on the Universal Periodic Review", "46")}
    wg = [r for r in rows if r["bodyLabel"].startswith("Working Group")]
    assert {(r["start"], r["end"], r["placeLabel"]) for r in wg} == {("2024-04-29", "2024-05-10", "Geneva")}
    assert ("was reviewed", "Viet Nam's fourth-cycle UPR review") in {(r["activity"], r["what"]) for r in wg}
    s55 = {(r["activity"], r["what"]) for r in rows if r["number"] == "55" and r["bodyLabel"] == "Human Rights Council"}
    assert ("announced candidacy", "candidacy for the term 2026-2028") in s55
    s46 = {r["what"] for r in rows if r["number"] == "46" and r["activity"] == "announced candidacy"}
    assert s46 == {"candidacy for the term 2021-2025", "candidacy for the term 2023-2025"}
    assert {r["what"] for r in rows if r["activity"] == "proposed resolution"} == {
        "HRC resolution 52/19", "HRC resolution on human rights and climate change (56th session)"}


def test_membership_terms_and_candidacies_with_endorsement(seed):
    rows = run_query(seed, "council-membership")
    assert len(rows) == 13  # 10 from the articles and the reference data, 3 terms from OHCHR's membership
    assert {r["resultedIn"] for r in rows if r["resultedIn"]} == {ID + "membership/vnm-hrc-2023-2025"}
    memberships = {r["term"] for r in rows if r["kind"] == "membership" and r["bodyLabel"] == "Human Rights Council"}
    assert memberships == {"2014-2016", "2023-2025", "2026-2028"}
    assert {r["term"] for r in rows if r["source"] == ID + "source/ohchr-hrc-membership"} == memberships
    candidacy_terms = {(r["term"], r["source"].rsplit("/", 1)[1]) for r in rows if r["kind"] == "candidacy"}
    assert candidacy_terms == {
        ("2023-2025", "vna-2022-midterm-report-launch"), ("2021-2025", "vna-2022-midterm-report-launch"),
        ("2023-2025", "vov-active-responsible-human-rights"), ("2023-2035", "vov-active-responsible-human-rights"),
        ("2026-2028", "continuing-to-promote-human-rights-achievements"), (None, "rightsgraph-reference")}
    endorsed = {r["endorsedBy"] for r in rows if r["resource"] == ID + "candidacy/vnm-hrc-2023-2025"}
    assert "Association of Southeast Asian Nations" in endorsed


def test_pledged_priorities(seed):
    rows = run_query(seed, "state-pledges")
    assert len(rows) == len({r["pledge"] for r in rows}) == 9
    assert {r["as"] for r in rows} == {"candidate", "member"}
    goals = {g for r in rows for g in (r["sdgs"] or "").split()}
    assert goals == {"3", "4", "5", "8", "13"}
    assert any("gender equality" in r["text"] for r in rows)


def test_resolutions_proposed_with_session(seed):
    rows = run_query(seed, "state-resolutions")
    assert {(r["symbol"], r["sessionNumber"]) for r in rows} == {("52/19", "52"), (None, "56")}


def test_every_fact_of_a_source(seed):
    rows = run_query(seed, "source-facts", source="id:source/nhandan-2022-human-rights-day-upr-cycle-iv")
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert (ID + "act/1975-qd-ttg-2019", "https://w3id.org/rightsgraph/ontology#symbol", "1975/QĐ-TTg") in facts
    assert {r["source"] for r in rows} == {ID + "source/nhandan-2022-human-rights-day-upr-cycle-iv"}
    other = run_query(seed, "source-facts", source="id:source/vietnamnet-2024-upr-dialogue")
    assert not facts & {(r["subject"], r["predicate"], r["object"]) for r in other if "1975" in r["subject"]}


def test_disagreements_are_kept_and_found(seed):
    rows = run_query(seed, "disagreements")
    terms = {(r["value"], r["source"].rsplit("/", 1)[1]) for r in rows
             if r["property"].endswith("#termLabel")}
    assert terms == {("2023-2025", "vna-2022-midterm-report-launch"), ("2021-2025", "vna-2022-midterm-report-launch"),
                     ("2023-2025", "vov-active-responsible-human-rights"),
                     ("2023-2035", "vov-active-responsible-human-rights")}
    assert all(r["flag"] and "misprint" in r["flag"] for r in rows)
    # dates that differ only in precision (2024 vs 2024-05-07) are not a disagreement
    assert not [r for r in rows if "review/" in r["subject"]]


def test_no_resource_without_source(seed):
    assert run_query(seed, "unsourced-resources") == []


def test_a_resource_no_source_states_is_found():
    from rightsgraph.build import memory

    store = memory()
    store.update("""INSERT DATA {
        <urn:x:orphan> a <https://w3id.org/rightsgraph/ontology#Person> .
        GRAPH <urn:x:not-a-source> { <urn:x:orphan> a <https://w3id.org/rightsgraph/ontology#Person> } }""")
    assert run_query(store, "unsourced-resources") == [
        {"resource": "urn:x:orphan", "class": "https://w3id.org/rightsgraph/ontology#Person"}]
