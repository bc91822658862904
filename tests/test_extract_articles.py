"""Extraction on real articles it was not written against (issue 16): the development gold's scores, the
calibrated confidence, and each failure pattern the issue lists, on short made-up sentences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from rightsgraph.build import memory
from rightsgraph.cli import main
from rightsgraph.extract.article import read_article
from rightsgraph.extract.evaluate import PRIOR_WEIGHT, Score, calibrate, evaluate, judged, read_gold, reliability
from rightsgraph.extract.gazetteer import from_store
from rightsgraph.extract.lexicon import CALIBRATION
from rightsgraph.extract.rules import Candidate, extract
from rightsgraph.namespaces import base_iri

GOLD_DIR = Path(__file__).parent / "gold" / "articles"
SPLIT = yaml.safe_load((GOLD_DIR / "SPLIT.yaml").read_text(encoding="utf-8"))
ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "articles"
needs_articles = pytest.mark.skipif(not ARTICLES.is_dir(), reason="../shared/articles is not beside the repository")

#: per targeted type (precision, recall) a little below what the rules reached on the development gold
DEVELOPMENT_FLOOR = {"holding": (0.95, 0.93), "organisation": (0.93, 0.85), "session": (0.95, 0.95),
                     "cycle": (0.95, 0.95), "figure": (0.93, 0.84), "term": (0.95, 0.95), "event": (0.93, 0.92)}


@pytest.fixture(scope="module")
def gazetteer():
    return from_store(memory(), base_iri())


@pytest.fixture(scope="module")
def development():
    return [read_gold(GOLD_DIR / name) for name in SPLIT["development"]]


def _facts(tmp_path: Path, gazetteer, text: str, date: str = "2024-05-12", language: str = "auto"):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return extract(read_article(path, language, date), gazetteer, "made-up")


def _keys(found, kind: str) -> set[str]:
    return {c.key for c in found if c.kind == kind}


def _read(tmp_path: Path, gazetteer, text: str, language: str, kind: str) -> set[str]:
    """The keys of ``kind`` read in a text of one made-up sentence under a title line (an article of 12 May 2024)."""
    return _keys(_facts(tmp_path, gazetteer, "A title line\n\n" + text + "\n", date="2024-05-12", language=language),
                 kind)


def _assert_reads(tmp_path: Path, gazetteer, text: str, language: str, date: str, kind: str, absent: set[str],
                  present: set[str]) -> None:
    """The keys of ``kind`` read in ``text`` (an article of ``date``) hold every one of ``present`` and none of
    ``absent``: a round's or a review's readings, and the wrong ones beside them."""
    found = _keys(_facts(tmp_path, gazetteer, text, date=date, language=language), kind)
    assert not found & absent and present <= found, found


def test_the_split_is_disjoint_and_names_every_gold_file():
    dev, held = set(SPLIT["development"]), set(SPLIT["held_out"])
    assert not dev & held
    assert dev | held == {p.name for p in GOLD_DIR.glob("*.yaml")} - {"SPLIT.yaml"}


# ---- the development gold -------------------------------------------------------------------------------


@needs_articles
def test_development_gold_scores_at_least_what_was_reached(development, gazetteer):
    scores = evaluate(development, gazetteer)
    for kind, (precision, recall) in DEVELOPMENT_FLOOR.items():
        assert scores[kind].precision >= precision and scores[kind].recall >= recall, (kind, scores[kind])
    total = Score(sum(s.tp for s in scores.values()), sum(s.fp for s in scores.values()),
                  sum(s.fn for s in scores.values()))
    assert total.f1 >= 0.93 and total.precision >= 0.97, total


@needs_articles
def test_the_top_confidence_band_is_at_least_90_percent_correct(development, gazetteer):
    items = judged(development, gazetteer)
    top = next(r for r in reliability(items) if r["low"] == 0.9)
    assert top["candidates"] >= 100 and top["share"] >= 0.9, top
    kept = [ok for c, ok in items if c.confidence >= 0.9]  # what --min-confidence 0.9 keeps
    assert sum(kept) / len(kept) >= 0.9


@needs_articles
def test_confidences_are_the_calibration_data(development, gazetteer):
    """Every rule seen on the development gold has a calibrated confidence, and extraction uses it."""
    raw = judged(development, gazetteer, calibrated=False)
    assert {c.rule for c, _ in raw} <= set(CALIBRATION)
    for cand, _ in judged(development, gazetteer):
        assert cand.confidence == CALIBRATION[cand.rule]


def test_a_rule_seen_on_few_candidates_keeps_near_its_own_confidence():
    """The calibrated share is shrunk towards the rule's own confidence by PRIOR_WEIGHT pseudo-candidates: three of
    three correct at 0.7 is (3 + 7 * 0.7) / (3 + 7) = 0.79, not 1.0 (and was 0.88 with the weight 2 used before)."""
    seen = [(Candidate("person", f"person/p{i}", 0, 1, "person.speaker", 0.7), True) for i in range(3)]
    assert PRIOR_WEIGHT == 7
    assert calibrate(seen)["person.speaker"]["confidence"] == round((3 + 7 * 0.7) / 10, 2) == 0.79
    assert calibrate(seen, prior_weight=2)["person.speaker"]["confidence"] == 0.88
    many = [(Candidate("date", f"d{i}", 0, 1, "date.day", 0.7), i % 10 != 0) for i in range(1000)]
    assert calibrate(many)["date.day"]["confidence"] == round((900 + 7 * 0.7) / 1007, 2) == 0.90


@needs_articles
def test_eval_extract_prints_the_reliability_table(development):
    result = CliRunner().invoke(main, ["eval-extract", *(str(g.path) for g in development), "--reliability"])
    assert result.exit_code == 0, result.output
    assert "| 0.9-1.0 |" in result.output and "| event * |" in result.output


@needs_articles
def test_the_header_is_metadata_not_text(development):
    gold = development[0]
    article = read_article(gold.article)
    header = gold.article.read_text(encoding="utf-8").split("\n---\n")[0]
    url = next(line.split(":", 1)[1].strip() for line in header.splitlines() if line.startswith("URL:"))
    assert article.url == url and url not in article.text
    assert article.date == gold.date and article.language == gold.language
    assert article.text.startswith(article.title) and "PUBLISHER:" not in article.text


# ---- each failure pattern of the issue, on a made-up sentence ----------------------------------------------


def test_accept_x_out_of_y_is_not_y_accepted(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Viet Nam decided to accept 271 out of 320 recommendations it received.\n")
    assert _keys(found, "figure") == {"recommendations-accepted=271", "recommendations-received=320"}


def test_a_part_with_its_percentage_of_a_total(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Viet Nam accepts 241, or nearly 83 percent, of 291 recommendations.\n")
    assert _keys(found, "figure") == {"recommendations-accepted=241", "recommendations-received=291",
                                      "acceptance-rate=83"}  # '241, or nearly 83 percent': the share accepted


def test_recommendations_received_from_states(tmp_path, gazetteer):
    text = "Viet Nam got 300 recommendations received from 133 countries at the session.\n"
    found = _facts(tmp_path, gazetteer, text)
    assert "recommending-states=133" in _keys(found, "figure")
    assert not any(k.startswith("states-reviewed") for k in _keys(found, "figure"))


def test_votes_and_members_elected(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Hôm qua Đại hội đồng bỏ phiếu bầu 14 nước thành viên. Với 180 phiếu thuận "
                                        "trên tổng số 190 phiếu bầu, Việt Nam đã trúng cử.\n", language="vi")
    assert {"members-elected=14", "votes-received=180", "votes-cast=190"} <= _keys(found, "figure")


def test_acting_title_with_a_capital(tmp_path, gazetteer):
    text = "The workshop was opened on that morning by Jane Roe, Acting UN Resident Coordinator in Vietnam.\n"
    found = _facts(tmp_path, gazetteer, text)
    holding = [c for c in found if c.kind == "holding"]
    assert [c.key for c in holding] == ["person/jane-roe post/un-resident-coordinator-vnm"]
    assert holding[0].record.get("acting") is True


def test_a_post_the_graph_lacked(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Deputy Prime Minister Tran Van Nam met the delegation in Hanoi.\n")
    assert "person/tran-van-nam post/deputy-prime-minister-vnm" in _keys(found, "holding")


@pytest.mark.parametrize(("text", "session"), [
    ("Viet Nam spoke at the HRC's 52nd regular session in Geneva.\n", "session/hrc-52"),
    ("The Human Rights Council's 56th session opens today.\n", "session/hrc-56"),
    ("The 32nd meeting of the UPR Working Group reviewed two states.\n", "session/upr-wg-32"),
    ("Speaking at the 18 th session of the UN Human Rights Council UPR working group, he said so.\n",
     "session/upr-wg-18"),
])
def test_sessions_named_by_ordinal(tmp_path, gazetteer, text, session):
    assert session in _keys(_facts(tmp_path, gazetteer, text), "session")


@pytest.mark.parametrize("text", ["Viet Nam took part in its third-cycle UPR with care.\n",
                                  "Delegates followed the third review of Vietnam in Geneva.\n"])
def test_cycles_named_otherwise(tmp_path, gazetteer, text):
    assert _keys(_facts(tmp_path, gazetteer, text), "cycle") == {"cycle/3"}


def test_terms_with_a_two_digit_end(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Viet Nam was a member of the Human Rights Council for the 2023-25 term.\n")
    assert _keys(found, "term") == {"2023-2025"}


def test_dates_the_issue_lists(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "The plan will be reviewed in December this year.\n", date="2024-02-10")
    assert _keys(found, "date") == {"2024-12"}
    found = _facts(tmp_path, gazetteer, "Chiều 15/4, đoàn Việt Nam sẽ tham gia đối thoại tại Giơ-ne-vơ.\n",
                   date="2024-04-15", language="vi")
    assert _keys(found, "date") == {"2024-04-15"}
    assert "dialogue 2024-04-15" in _keys(found, "event")


def test_elections_and_adoptions_are_events(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "On October 9, Viet Nam was elected to the Human Rights Council. "
                                        "On June 19, the Prime Minister approved a master plan.\n", date="2024-11-01")
    assert {"election 2024-10-09", "adoption 2024-06-19"} <= _keys(found, "event")


def test_running_for_election_is_not_an_election(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Viet Nam decided to run for election to the Council.\n")
    assert not any(k.startswith("election") for k in _keys(found, "event"))


def test_a_viet_nam_post_named_generically_abroad_is_not_viet_nams(tmp_path, gazetteer):
    text = ("Indonesia presented its report. Foreign Minister Ani Lestari led Indonesia's delegation. "
            "Indonesia thanked the Council.\n")
    found = _facts(tmp_path, gazetteer, text)
    assert not any(k.endswith("-vnm") for k in _keys(found, "holding") | _keys(found, "organisation"))
    assert _keys(found, "holding") == {"person/ani-lestari post/minister-foreign-affairs-idn"}  # Indonesia's


# ---- other states' posts and bodies (issue 16, part 1 continued), on made-up sentences -----------------------


def _needs(found, key: str) -> dict[str, dict]:
    """The records a candidate proposes and needs, by id."""
    cand = next(c for c in found if c.key == key)
    return {r["id"]: r for r in [cand.record, *cand.needs]}


def test_a_post_of_another_state_named_by_a_demonym(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "In Hanoi on that day, the visiting Malaysian Foreign Minister Aziz Rahman "
                                        "met with the delegation of Viet Nam and spoke to the press of Viet Nam.\n")
    key = "person/aziz-rahman post/minister-foreign-affairs-mys"
    assert _keys(found, "holding") == {key}
    records = _needs(found, key)
    post = records["post/minister-foreign-affairs-mys"]
    assert post["organisation"] == "org/mofa-mys" and post["state"] == "state/mys"
    assert records["org/mofa-mys"]["type"] == gazetteer.entities["org/mofa-vnm"].type
    assert "Malaysia" in post["name"]["en"]


def test_bodies_of_a_list_of_states(tmp_path, gazetteer):
    text = "Tham dự có đại diện Bộ Ngoại giao các nước Thái Lan, Nhật Bản và Hàn Quốc tại Hà Nội.\n"
    found = _facts(tmp_path, gazetteer, text, language="vi")
    assert {"org/mofa-tha", "org/mofa-jpn", "org/mofa-kor"} <= _keys(found, "organisation")
    assert "org/mofa-vnm" not in _keys(found, "organisation")


def test_a_national_body_in_an_article_about_another_state(tmp_path, gazetteer):
    text = "Thailand will present its report. According to the Foreign Ministry, Thailand is ready.\n"
    assert "org/mofa-tha" in _keys(_facts(tmp_path, gazetteer, text), "organisation")


def test_a_minister_named_by_portfolio(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "As the session went on, Justice Minister Somchai Wong spoke for Thailand in "
                                        "the dialogue that was held in Geneva.\n")
    key = "person/somchai-wong post/minister-justice-tha"
    assert _keys(found, "holding") == {key}
    assert _needs(found, key)["post/minister-justice-tha"]["organisation"] == "org/ministry-justice-tha"


def test_a_permanent_representative_of_a_named_state(tmp_path, gazetteer):
    text = ("Anna Berg, the Ambassador and Permanent Representative of Sweden to the UN Office at Geneva, "
            "closed the meeting that Norway chaired and Norway's envoy attended.\n")
    found = _facts(tmp_path, gazetteer, text)
    assert _keys(found, "holding") == {"person/anna-berg post/permanent-representative-un-geneva-swe"}


def test_a_special_rapporteur_on_a_topic(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "The UN Special Rapporteur on the right to food Maria Lopez visited Hanoi.\n")
    assert _keys(found, "holding") == {"person/maria-lopez post/un-special-rapporteur-right-to-food"}


def test_the_spokesperson_of_a_new_body(tmp_path, gazetteer):
    text = "On the same day the Laos Human Rights Office (LHRO) spokesman Bounmy Phan said that it was ready.\n"
    found = _facts(tmp_path, gazetteer, text)
    assert "org/laos-human-rights-office" in _keys(found, "organisation")
    assert _keys(found, "holding") == {"person/bounmy-phan post/spokesperson-human-rights-office-lao"}


def test_the_director_of_a_ministrys_department(tmp_path, gazetteer):
    text = "Director of the Department of Legal Affairs at the Ministry of Foreign Affairs Tran Van Long spoke.\n"
    found = _facts(tmp_path, gazetteer, text)
    assert "org/legal-affairs-department-mofa-vnm" in _keys(found, "organisation")
    assert _keys(found, "holding") == {"person/tran-van-long post/director-legal-affairs-department-mofa-vnm"}


def test_glued_page_text(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Photo 1Assistant Foreign Minister Le Van Binh.Binh said theHRC's 52nd "
                                        "session was a success for Viet Nam.\n")
    assert _keys(found, "holding") == {"person/le-van-binh post/assistant-minister-foreign-affairs-vnm"}
    assert "session/hrc-52" in _keys(found, "session")


def test_several_honorifics_before_a_name(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "The country is ready for the review, said the Prime Minister of Malaysia "
                                        "Datuk Seri Ahmad Zaki on that day.\n")
    assert _keys(found, "holding") == {"person/ahmad-zaki post/prime-minister-mys"}


def test_bodies_named_by_their_role(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Thailand thanked partners; the government of the day, said Thailand, "
                                        "and the Party stand firm.\n")
    assert "org/government-tha" not in _keys(found, "organisation")  # 'the government of …' names no state
    found = _facts(tmp_path, gazetteer, "Thailand thanked partners and the government said Thailand would stay.\n")
    assert "org/government-tha" in _keys(found, "organisation")
    assert not any(k.startswith("org/communist-party") for k in _keys(found, "organisation"))
    found = _facts(tmp_path, gazetteer, "Viet Nam follows the Party and State's policies, Viet Nam said.\n")
    assert "org/communist-party-vnm" in _keys(found, "organisation")


def test_a_secretariat_and_a_wire_credit(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Staff of the Human Rights Council Secretariat met Indonesia.\n"
                                        "The talks ended, the statement added. — Antara\n")
    assert {"org/hrc-secretariat", "org/antara"} <= _keys(found, "organisation")


def test_a_resolution_without_a_symbol(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Viet Nam led the Council through Resolution No. 47 last year.\n")
    assert _keys(found, "resolution") == {"47"}


# ---- figures, generalised -------------------------------------------------------------------------------------


def test_of_which_takes_the_unit_a_measure_fits(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Viet Nam received 150 recommendations from 70 countries, of which 120 "
                                        "have been accepted.\n")
    assert {"recommendations-received=150", "recommendations-accepted=120"} <= _keys(found, "figure")


def test_percentages_of_a_named_rate(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "In Viet Nam the poverty rate fell from 20.5 percent in 2000 to 4.1 percent "
                                        "in 2020. Its rate of acceptance rose to 85% in the last cycle.\n")
    assert {"poverty-rate=20.5", "poverty-rate=4.1", "acceptance-rate=85"} <= _keys(found, "figure")


def test_an_ordinal_review_is_no_count_of_cycles(tmp_path, gazetteer):
    """'Thailand's third review' was a figure, upr-cycles-engaged=3 (0.44): right on 2 of 6 first scorings on held-out
    real text and on none of 34 candidates on the written sets; no rule reads it now."""
    found = _facts(tmp_path, gazetteer, "This will be Thailand's third review.\n")
    assert not _keys(found, "figure")
    found = _facts(tmp_path, gazetteer, "In its first UPR cycle, Thailand received many recommendations.\n")
    assert not _keys(found, "figure")


def test_a_year_list_after_reviews_were_in(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Thailand is ready. Previous reviews were in 2011, 2016 and 2021.\n")
    assert {"dialogue 2011", "dialogue 2016", "dialogue 2021"} <= _keys(found, "event")


def test_an_unqualified_post_stays_viet_nams_in_vietnamese_or_with_a_vietnamese_name(tmp_path, gazetteer):
    text = ("Chiều nay tại Hà Nội, Thứ trưởng Ngoại giao Đỗ Văn An đã tiếp Bộ trưởng Ngoại giao Thái Lan Somsak "
            "Chai và đoàn đại biểu Thái Lan.\n")
    assert _keys(_facts(tmp_path, gazetteer, text, language="vi"), "holding") == {
        "person/do-van-an post/deputy-minister-foreign-affairs-vnm",
        "person/somsak-chai post/minister-foreign-affairs-tha"}
    text = ("Thailand and Viet Nam held talks. Deputy Foreign Minister Do Hung Viet received Thai Foreign Minister "
            "Somsak Chai, who thanked Thailand's partners in Thailand.\n")
    assert _keys(_facts(tmp_path, gazetteer, text), "holding") == {
        "person/do-hung-viet post/deputy-minister-foreign-affairs-vnm",
        "person/somsak-chai post/minister-foreign-affairs-tha"}


def test_permanent_missions_and_their_heads_in_geneva(tmp_path, gazetteer):
    text = ("Hôm nay, Đại sứ Lê Thị Tuyết Mai, Trưởng Phái đoàn Thường trực Việt Nam tại Liên hợp quốc tại "
            "Giơ-ne-vơ, phát biểu tại phiên họp.\n")
    found = _facts(tmp_path, gazetteer, text, language="vi")
    assert _keys(found, "holding") == {"person/le-thi-tuyet-mai post/permanent-representative-un-geneva-vnm"}
    assert "org/permanent-mission-un-vnm" not in _keys(found, "organisation")  # New York's, known to the graph
    text = ("On the same day, Ambassador Ana Silva, Head of the Permanent Mission of Brazil to the United Nations "
            "in Geneva, said that the mission would host the event.\n")
    found = _facts(tmp_path, gazetteer, text)
    assert _keys(found, "holding") == {"person/ana-silva post/permanent-representative-un-geneva-bra"}
    assert "org/permanent-mission-un-geneva-bra" in _keys(found, "organisation")


def test_the_size_of_a_body_and_number_words(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Thailand won a seat on the 47-member Human Rights Council with one hundred "
                                        "votes, and the 193-member United Nations General Assembly applauded.\n")
    assert {"council-members=47", "un-member-states=193", "votes-received=100"} <= _keys(found, "figure")
    found = _facts(tmp_path, gazetteer, "Thailand received forty-seven recommendations at the session.\n")
    assert "recommendations-received=47" in _keys(found, "figure")


def test_a_unit_left_out_after_and(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "The Philippines supported 215 recommendations and noted 74 at the session.\n")
    assert {"recommendations-accepted=215", "recommendations-noted=74"} <= _keys(found, "figure")


# ---- round 3: patterns generalised from the 20 development articles, each on a made-up sentence ------------


@pytest.mark.parametrize(("title", "post"), [
    ("Vice Foreign Minister", "post/deputy-minister-foreign-affairs-vnm"),
    ("Assistant to the Minister of Foreign Affairs", "post/assistant-minister-foreign-affairs-vnm"),
    ("Foreign Minister", "post/minister-foreign-affairs-vnm"),
])
def test_a_rank_before_a_ministers_title_is_another_post(tmp_path, gazetteer, title, post):
    found = _facts(tmp_path, gazetteer, f"In Hanoi, Vietnamese {title} Pham Thi Lan opened the workshop.\n")
    assert _keys(found, "holding") == {f"person/pham-thi-lan {post}"}


@pytest.mark.parametrize(("text", "language"), [
    ("Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Cao ủy.\n", "vi"),
    ("Deputy Prime Minister and Foreign Minister Bui Thanh Son received the High Commissioner.\n", "en"),
])
def test_two_titles_before_one_name_are_two_posts(tmp_path, gazetteer, text, language):
    found = _facts(tmp_path, gazetteer, text, language=language)
    assert _keys(found, "holding") == {"person/bui-thanh-son post/deputy-prime-minister-vnm",
                                      "person/bui-thanh-son post/minister-foreign-affairs-vnm"}


def test_vietnamese_department_and_office_titles(tmp_path, gazetteer):
    text = ("Đại tá Nguyễn Văn An, Phó Cục trưởng Cục Đối ngoại, Bộ Công an phát biểu. Ông Trần Văn Bình, "
            "Chánh Văn phòng Bộ Ngoại giao, cho biết.\n")
    found = _facts(tmp_path, gazetteer, text, language="vi")
    assert _keys(found, "holding") == {
        "person/nguyen-van-an post/deputy-director-foreign-relations-department-mps-vnm",
        "person/tran-van-binh post/chief-office-mofa-vnm"}
    assert "org/foreign-relations-department-mps-vnm" in _keys(found, "organisation")
    post = next(c for c in found if c.kind == "holding" and "office" in c.key)
    assert {r["id"] for r in post.needs} >= {"post/chief-office-mofa-vnm", "org/office-mofa-vnm"}


def test_a_secretary_heads_a_department(tmp_path, gazetteer):
    text = "MANILA - The Philippines will reply, said Department of Justice Secretary Jesus Crispin Remulla.\n"
    found = _facts(tmp_path, gazetteer, text, language="en")
    assert _keys(found, "holding") == {"person/jesus-crispin-remulla post/secretary-justice-phl"}
    assert "org/department-justice-phl" in _keys(found, "organisation")


@pytest.mark.parametrize(("text", "language"), [
    ("Ambassador Duong Chi Dung, head of the Vietnam’s Permanent Mission to the UN in Geneva, spoke.\n", "en"),
    ("Đại sứ Dương Chí Dũng, Trưởng Phái đoàn đại diện thường thường trực Việt Nam tại Geneva cho biết.\n", "vi"),
])
def test_the_head_of_a_mission_named_in_other_words(tmp_path, gazetteer, text, language):
    found = _facts(tmp_path, gazetteer, text, language=language)
    assert _keys(found, "holding") == {"person/duong-chi-dung post/permanent-representative-un-geneva-vnm"}
    assert "org/permanent-mission-un-geneva-vnm" in _keys(found, "organisation")


def test_an_election_in_figures(tmp_path, gazetteer):
    text = ("Thailand won the highest number of votes, 177, for a three-year term from 2025-2027 at the Human "
            "Rights Council. Six nations were competing for five vacancies. Contenders were required to win at "
            "least 97 votes. Thailand had previously won a seat in the UNHRC from 2010 to 2013.\n")
    found = _facts(tmp_path, gazetteer, text, language="en")
    assert _keys(found, "figure") == {"votes-received=177", "term-years=3", "candidates=6", "seats=5",
                                     "votes-required=97"}
    assert _keys(found, "term") == {"2025-2027", "2010-2013"}
    assert {c.rule for c in found if c.kind == "term"} == {"term.membership"}


def test_counts_that_are_not_what_they_seem(tmp_path, gazetteer):
    text = ("The session adopted 30 resolutions. The remaining 10 were passed by vote. Viet Nam, one of the 14 new "
            "members elected, co-sponsored five other resolutions. It will reply on the 297 total recommendations. "
            "The 47 member UNHRC adopted 20 resolutions by consensus.\n")
    found = _keys(_facts(tmp_path, gazetteer, text, language="en"), "figure")
    assert not any(k.startswith("votes-") for k in found)  # 'passed by vote' counts resolutions, not votes
    assert {"members-elected=14", "resolutions-co-sponsored=5", "recommendations-received=297",
            "council-members=47", "resolutions-adopted-without-vote=20"} <= found
    assert "members-elected=1" not in found


@pytest.mark.parametrize(("text", "language"), [
    ("Việt Nam chấp thuận 271/320 khuyến nghị, đạt tỷ lệ 84,7%.\n", "vi"),
    ("Vietnam accepted 271 of 320 recommendations, achieving a rate of 84.7%.\n", "en"),
])
def test_a_bare_rate_after_accepted_recommendations_is_the_acceptance_rate(tmp_path, gazetteer, text, language):
    assert "acceptance-rate=84.7" in _keys(_facts(tmp_path, gazetteer, text, language=language), "figure")


def test_a_reelection_is_an_election_and_a_membership(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Việt Nam tái đắc cử vào Hội đồng Nhân quyền nhiệm kỳ 2026-2028.\n",
                   language="vi")
    assert "election" in _keys(found, "event")
    assert {c.rule for c in found if c.kind == "term"} == {"term.membership"}


EVENTS_ROUND_3 = [
    # the date after the word, in its clause, wins over a nearer one before it
    ("Báo cáo được Thủ tướng phê duyệt ngày 17/10/2018 và nộp lên Hội đồng Nhân quyền ngày 22/10/2018.\n", "vi",
     {"adoption 2018-10-17", "submission 2018-10-22"}),
    # the review of a state is its dialogue
    ("The Philippines will study the recommendations of the Universal Periodic Review (UPR) of the Philippines.\n",
     "en", {"dialogue"}),
    # a mention dated by its month is the event of a day in that month
    ("Vietnam presented its report in May 2009. Vietnam presented its report at the session on May 8, 2009 in "
     "Geneva.\n",
     "en", {"dialogue 2009-05-08"}),
    # a legal act with its date: the day it was adopted
    ("Quyết định 1172/QĐ-TTg ngày 17/6/2025 của Thủ tướng giao nhiệm vụ cho các bộ.\n", "vi", {"adoption 2025-06-17"}),
    ("Speaking at the ASEAN summit in Vientiane, he said so. The ballot was held in New York.\n", "en",
     {"summit", "election"}),
    ("The General Assembly set up a Human Rights Council in 2006.\n", "en", {"establishment 2006"}),
    # a date inside the words belongs to another verb; a year across a clause is another event's
    ("The report was approved by the Prime Minister on March 22 and will be submitted to the Council.\n", "en",
     {"adoption 2024-03-22", "submission"}),
    ("Vietnam has submitted its national report, which implements the recommendations received in 2019.\n", "en",
     {"submission"}),
]


def test_outlets_capitals_and_instruments_are_known(tmp_path, gazetteer):
    text = ("GENEVA (Viet Nam News/ANN) - Officials met in Vientiane and Phnom Penh to discuss the Vienna Declaration "
            "and Programme of Action.\n")
    found = _facts(tmp_path, gazetteer, text, language="en")
    assert {"org/viet-nam-news", "org/asia-news-network"} <= _keys(found, "organisation")
    assert _keys(found, "place") == {"place/geneva", "place/vientiane", "place/phnom-penh"}


@needs_articles
def test_event_words_sought_by_their_cues_are_found_as_by_the_whole_expression(development):
    """Each kind's alternatives are sought only near the words they contain (speed): on every real article,
    that finds what the kind's whole regular expression finds."""
    import re

    from rightsgraph.extract.lexicon import LEXICON
    from rightsgraph.extract.rules import _event_matches
    from rightsgraph.text import fold_same_length

    for gold in development:
        folded = fold_same_length(read_article(gold.article).text)
        for kind, rx in LEXICON["events"].items():
            whole = [(m.start(), m.end()) for m in re.finditer(rx, folded)]
            assert [(m.start(), m.end()) for m in _event_matches(folded, kind)] == whole, (gold.path.name, kind)


def test_every_event_word_is_sought_near_a_literal():
    """An alternative with no literal to seek is tried at every character of the text (about 27 ms a 2 MB text
    each): every one of the lexicon's has a word, at its start or (up to 60 characters after it) outside groups."""
    from rightsgraph.extract.rules import _EVENTS, _cues

    assert not [rx.pattern for alternatives in _EVENTS.values() for rx, cues, _ in alternatives if not cues]
    assert _cues(r"\b(?:\d+|[a-z]+)-day (?:[a-z]+ )?visit\b") == (["-day "], 60)
    assert _cues(r"\b[a-z]+ (?:x|y)") == ([], 0)  # no literal of four letters outside a class or group


# ---- round 4: patterns generalised from the first unseen set (tests/gold/unseen), each on a made-up sentence --


EVENTS_ROUND_4 = [
    ("On 8 May 2009, Viet Nam was reviewed under the UPR in Geneva.\n", "en", {"dialogue 2009-05-08"}),
    ("Đoàn Việt Nam trình bày Báo cáo quốc gia tại Hội đồng Nhân quyền ngày 5/2/2014.\n", "vi",
     {"dialogue 2014-02-05"}),
    ("Sau khi đối thoại với 122 nước vào tối 22.1, nhóm làm việc đã đồng thuận thông qua báo cáo chiều 25.1.\n", "vi",
     {"dialogue 2024-01-22", "adoption 2024-01-25"}),
    ("So với UPR 2009, năm nay có nhiều nước tham dự hơn.\n", "vi", {"dialogue 2009"}),
    ("The Human Rights Council adopted the outcome of the Universal Periodic Review of Cambodia.\n", "en",
     {"adoption"}),
    ("Trong hai ngày 26-27/3, Hội đồng Nhân quyền đã thông qua 34 nghị quyết.\n", "vi", {"adoption 2024-03-26"}),
    ("HANOI, May 6 (VNA) - Viet Nam will attend a dialogue on Viet Nam's national report in Geneva.\n", "en",
     {"dialogue"}),
    # a press briefing told of in the past, with no day of its own, is the article's day's (round 9)
    ("She told reporters at a press gathering. The Council was formed in 2006.\n", "en",
     {"press-briefing 2024-05-12", "establishment 2006"}),
    ("She will tell reporters at a press gathering. The Council was formed in 2006.\n", "en",
     {"press-briefing", "establishment 2006"}),
    ("A public referendum on the new Charter is set to be held on August 7, 2016.\n", "en", {"referendum 2016-08-07"}),
]


FIGURES_ROUND_4 = [
    ("Cambodia had received 205 recommendations, of which it had accepted 163, noted 38 and rejected four.\n", "en",
     {"recommendations-received=205", "recommendations-accepted=163", "recommendations-noted=38",
      "recommendations-rejected=4"}),
    ("Báo cáo của Việt Nam ghi nhận 291 khuyến nghị do 122 nước đưa ra.\n", "vi",
     {"recommendations-received=291", "recommending-states=122"}),
    ("Năm 2009 có 60 phái đoàn các quốc gia tham dự và đưa ra 146 khuyến nghị cho Việt Nam.\n", "vi",
     {"states-in-dialogue=60", "recommendations-received=146"}),
    ("Thailand answered questions posed by 102 countries participating in the meeting.\n", "en",
     {"states-in-dialogue=102"}),
    ("Nearly 140 countries registered to make statements on Viet Nam's report.\n", "en",
     {"states-registered-to-speak=140"}),
    ("Indonesia obtained 174 votes from 193 UN member countries. The council consists of 47 UN member states.\n",
     "en", {"votes-received=174", "un-member-states=193", "council-members=47"}),
    ("The UN General Assembly met. The 193-member assembly elected 14 states, Viet Nam among them.\n", "en",
     {"un-member-states=193", "members-elected=14"}),
    ("Hơn 30 dự thảo đã được Việt Nam và các nước thông qua bằng đồng thuận.\n", "vi",
     {"resolutions-adopted-without-vote=30"}),
]


HOLDINGS_ROUND_4 = [
    ("Thai Foreign Ministry Spokesman Sek Wannamethee told journalists in Bangkok.\n",
     "person/sek-wannamethee post/spokesperson-mofa-tha"),
    ("Thailand's delegation was led by Permanent Secretary for Justice Charnchao Chaiyanukij.\n",
     "person/charnchao-chaiyanukij post/permanent-secretary-justice-tha"),
    ("At a reception for Ambassador Le Thi Tuyet Mai, newly-accredited Permanent Representative of Vietnam to the UN, "
     "the World Trade Organization (WTO) and other international organizations in Geneva, she spoke.\n",
     "person/le-thi-tuyet-mai post/permanent-representative-un-geneva-vnm"),
]


def test_terms_written_as_year_to_year(tmp_path, gazetteer):
    text = ("Indonesia returns to the UN Human Rights Council for the 2020 to 2022 period. It was re-elected for the "
            "2007 to 2010 period and then again from 2011 to 2014 and 2015 to 2017.\n")
    assert _keys(_facts(tmp_path, gazetteer, text, language="en"), "term") == {
        "2020-2022", "2007-2010", "2011-2014", "2015-2017"}


def test_a_hyphenated_name_and_vn_for_viet_nam(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "Foreign Minister Jean-Marc Dupont said VN will reply.\n", language="en")
    assert "person/jean-marc-dupont" in _keys(found, "person")
    assert "state/vnm" in _keys(found, "state")


# ---- round 5: patterns generalised from the second unseen set, each on a made-up sentence -------------------


EVENTS_ROUND_5 = [
    ("The Ministry submitted the Universal Periodic Review (UPR) report to the UN on May 8, 2009.\n", "en",
     {"submission 2009-05-08"}),
    ("The convention was approved by resolution 39/46 in 1984 and took effect from June 26, 1987.\n", "en",
     {"adoption 1984", "entry-into-force 1987-06-26"}),
    ("On 10 November 2021, H.E. Mr. Thani Thongphakdi led the delegation in the presentation of Thailand's Universal "
     "Periodic Review (UPR) Third Cycle Report.\n", "en", {"dialogue 2021-11-10"}),
    ("He spoke on November 15, 2018 to deliver Vietnam's first national report to the Committee.\n", "en",
     {"dialogue 2018-11-15"}),
    ("The report was submitted to the committee (December 2017). Officers took part in workshops abroad.\n", "en",
     {"submission 2017-12"}),
    ("She concluded her 12-day visit to Vietnam on July 15, 2010, at a meeting in Hanoi.\n", "en",
     {"visit 2010-07-15", "meeting 2010-07-15"}),
    ("Thứ trưởng dẫn đầu đoàn tại Phiên họp thứ 5 của Nhóm làm việc UPR từ 8 - 12/5/2009, phiên trình bày báo cáo.\n",
     "vi", {"dialogue 2009-05-08"}),
    ("Công ước được Đại hội đồng thông qua ngày 10.12.1984 và có hiệu lực từ ngày 26.6.1987.\n", "vi",
     {"adoption 1984-12-10", "entry-into-force 1987-06-26"}),
]


FIGURES_ROUND_5 = [
    ("Laos fully supports 189 recommendations, partially supports seven recommendations, and takes note of 61 "
     "recommendations. The 189 supported recommendations make up more than 70 per cent of all proposals.\n", "en",
     {"recommendations-accepted=189", "recommendations-partially-supported=7", "recommendations-noted=61",
      "acceptance-rate=70"}),
    ("As many as 81 countries in the world are members of the convention, Vietnam said.\n", "en",
     {"convention-states-parties=81"}),
    ("Từ năm 2010 đến nay, Việt Nam đã đón 6 Thủ tục đặc biệt của Liên hợp quốc.\n", "vi",
     {"special-procedures-visits=6"}),
    ("Malaysia was one of six countries which initially vied for the seats; 15 countries have been elected.\n", "en",
     {"candidates=6", "members-elected=15"}),
    ("The UN expert concluded her 12-day visit to Vietnam.\n", "en", {"visit-days=12"}),
]


HOLDINGS_ROUND_5 = [
    ("Maria Fernanda Espinosa, President of the UN General Assembly, congratulated Viet Nam.\n", "en",
     "person/maria-fernanda-espinosa post/president-un-general-assembly"),
    ("UN Coordinator in Vietnam, Pratibha Mehta, stated this during a workshop.\n", "en",
     "person/pratibha-mehta post/un-resident-coordinator-vnm"),
    ("Laos adopted its report. The delegation in Geneva was led by the Ambassador and Permanent Representative to "
     "the UN Office, Daovy Vongxay.\n", "en", "person/daovy-vongxay post/permanent-representative-un-geneva-lao"),
    ("Thailand's delegation was led by H.E. Mr. Thani Thongphakdi, Permanent Secretary for Foreign Affairs.\n", "en",
     "person/thani-thongphakdi post/permanent-secretary-foreign-affairs-tha"),
    ("Deputy Minister of Public Security Sen. Lt. Gen. Le Quy Vuong made the statement.\n", "en",
     "person/le-quy-vuong post/deputy-minister-public-security-vnm"),
    ("Ngày 4/6, Thứ trưởng thường trực Bộ Ngoại giao Phạm Bình Minh gặp đại diện các nước.\n", "vi",
     "person/pham-binh-minh post/deputy-minister-foreign-affairs-vnm"),
]


EVENTS_ROUND_7 = [
    ("The Senate passed the Convention on the Rights of the Child on March 3, 2015.\n", "en", {"adoption 2015-03-03"}),
    ("On 4 June 2012, the minister attended an adoption of the working group's report.\n", "en",
     {"adoption 2012-06-04"}),
    ("The mechanism was created by the General Assembly on April 2, 2007.\n", "en", {"establishment 2007-04-02"}),
    # past ('đã'), so the October before the article's date (2024-05-12), not the nearest
    ("Ngày 12/10, Đại hội đồng đã tiến hành bầu 15 quốc gia làm thành viên.\n", "vi", {"election 2023-10-12"}),
    ("Ngày 26/2, tại phiên họp cấp cao, Bộ trưởng phát biểu.\n", "vi", {"high-level-meeting 2024-02-26"}),
]


FIGURES_ROUND_7 = [
    ("Of the 300 recommendations received, 220 or 73.33 per cent were supported by Viet Nam, as compared to "
     "61.5 per cent in the second cycle.\n", "en",
     {"recommendations-received=300", "recommendations-accepted=220", "acceptance-rate=73.33",
      "acceptance-rate=61.5"}),
    ("Laos refused to accept 12 out of 226 recommendations made during the review.\n", "en",
     {"recommendations-rejected=12", "recommendations-received=226"}),
    ("Viet Nam agreed to back 150 recommendations and noted 40 recommendations from member states.\n", "en",
     {"recommendations-accepted=150", "recommendations-noted=40"}),
    ("Cambodia won the fourth highest number of votes, totalling 170.\n", "en", {"votes-received=170"}),
    ("Tại khóa họp có Việt Nam, Hội đồng đã thông qua 30 dự thảo nghị quyết. Các nước đã bỏ phiếu để thông qua 11 "
     "dự thảo nghị quyết khác.\n",
     "vi", {"resolutions-adopted=30", "resolutions-adopted-by-vote=11"}),
    ("So far, 90 UN members have presented their national reports under the UPR, like Viet Nam.\n", "en",
     {"states-reviewed=90"}),
    ("Hội đồng thông qua báo cáo rà soát định kỳ phổ quát của 13 nước, có Việt Nam.\n", "vi",
     {"states-reviewed=13"}),
    ("The dialogue on Viet Nam drew comments from over 120 participating countries.\n", "en",
     {"states-in-dialogue=120"}),
    ("Thailand was last elected to the Council six years ago.\n", "en", {"years-since=6"}),
    ("Hội đồng thông qua nghị quyết do Việt Nam đề xuất, kỷ niệm 25 năm Tuyên bố về quyền phát triển.\n", "vi",
     {"years-since=25"}),
    ("Việt Nam ứng cử vào Hội đồng Nhân quyền. Hội đồng gồm 47 thành viên.\n", "vi", {"council-members=47"}),
    ("Viet Nam gave partial support for three recommendations.\n", "en",
     {"recommendations-partially-supported=3"}),
]


HOLDINGS_ROUND_7 = [
    ("Phát biểu có ông Csaba Korosi - chủ tịch Đại hội đồng Liên Hiệp Quốc, ông Antonio Guterres - tổng thư ký Liên "
     "Hiệp Quốc.\n", "vi", {"person/csaba-korosi post/president-un-general-assembly",
                            "person/antonio-guterres post/un-secretary-general"}),
    ("Phiên họp do Chủ tịch Hội đồng Nhân quyền Omar Zniber điều hành.\n", "vi",
     {"person/omar-zniber post/president-un-human-rights-council"}),
]


@pytest.mark.parametrize(("text", "language", "key"), [
    ("Bộ Lao động - Thương binh và Xã hội chủ trì báo cáo.\n", "vi", "org/molisa-vnm"),
    ("Đại hội đồng Liên Hiệp Quốc họp tại New York.\n", "vi", "org/un-general-assembly"),
    ("The Universal Periodic Review Working Group met in Geneva.\n", "en", "org/upr-working-group"),
])
def test_organisations_of_round_7(tmp_path, gazetteer, text, language, key):
    """Names the reference data lacked, and 'Liên Hiệp Quốc', the southern spelling of 'Liên hợp quốc'."""
    assert key in _keys(_facts(tmp_path, gazetteer, text, language=language), "organisation")


def test_a_party_resolution_is_no_un_resolution(tmp_path, gazetteer):
    """Set 5's defect: 'Nghị quyết số 59-NQ/TW' (the Politburo's) was read as a UN resolution numbered 59."""
    found = _facts(tmp_path, gazetteer, "Việt Nam thực hiện Nghị quyết số 12-NQ/TW ngày 5/2/2025 của Bộ Chính trị.\n",
                   language="vi")
    assert not _keys(found, "resolution")
    assert _keys(_facts(tmp_path, gazetteer, "Hội đồng thông qua Nghị quyết số 12 về Việt Nam.\n", language="vi"),
                 "resolution")


def test_a_dash_sets_off_a_title_only_after_an_honorific(tmp_path, gazetteer):
    """'Phạm Văn Nam - Ảnh: TTXVN' is a photo credit, not 'Name - title'."""
    found = _facts(tmp_path, gazetteer, "Hội nghị có Trần Văn Hải - tổng thư ký Liên hợp quốc không đến.\n",
                   language="vi")
    assert not any(k.endswith("post/un-secretary-general") for k in _keys(found, "holding"))


EVENTS_ROUND_8 = [
    ("Việt Nam thực hiện Chỉ thị số 12-CT/TW ngày 5/3/2019 của Ban Bí thư.\n", "vi", {"adoption 2019-03-05"}),
    ("This is the first time Vietnam submitted to the UN Human Rights Council the voluntary report.\n", "en",
     {"submission"}),
    ("The voluntary plan will be submitted to the Human Rights Council in June.\n", "en", set()),  # not yet
    ("Khóa họp cũng đã bầu chuyên gia độc lập về quyền văn hóa.\n", "vi", {"election"}),
]


FIGURES_ROUND_8 = [
    ("Laos fully accepted 120, partly considered 30 and rejected 20 out of 170 recommendations.\n", "en",
     {"recommendations-accepted=120", "recommendations-partially-supported=30", "recommendations-rejected=20",
      "recommendations-received=170"}),
    ("Laos thanked the 70 States, which attended the session of the Working Group.\n", "en",
     {"states-in-dialogue=70"}),
    ("Việt Nam trúng cử với số phiếu ủng hộ là 175, cao nhất khu vực.\n", "vi", {"votes-received=175"}),
]


HOLDINGS_ROUND_8 = [
    # no bare 'President' (the review's 'VUFO President Phan Anh Son' was Viet Nam's President at 0.97): a head
    # of state is read only with the state said, or (round 16, at 0.7) for a known person, of the one state named
    ("Indonesia was elected on Tuesday. President Joko Widodo welcomed the result.\n", "en",
     {"person/joko-widodo post/president-idn"}),
    # (round 35: a known body's head after its name, the body's: VUFO's president)
    ("Viet Nam welcomed them. VUFO President Phan Anh Son and Red Cross President Bui Thi Hoa spoke.\n", "en",
     {"person/phan-anh-son post/president-vufo"}),
    ("Vietnamese President Vo Van Thuong received the UN envoy in Hanoi.\n", "en",
     {"person/vo-van-thuong post/president-vnm"}),
    ("Việt Nam làm việc với Tổng giám đốc Văn phòng LHQ tại Geneva Tatiana Valovaya.\n", "vi",
     {"person/tatiana-valovaya post/director-general-un-office-at-geneva"}),
    ("Cambodia was reviewed. \"It is progress,\" said Dr. Pung Chhiv Kek, President of the Cambodian League for "
     "Human Rights.\n", "en", set()),
]


@pytest.mark.parametrize(("text", "language", "key"), [
    ("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn phát biểu tại Hà Nội.\n", "vi", "org/mofa-vnm"),
    ("Việt Nam thực hiện Nghị quyết số 59-NQ/TW ngày 24/1/2025 của Bộ Chính trị.\n", "vi", "59-NQ/TW"),
])
def test_bodies_in_titles_and_party_acts(tmp_path, gazetteer, text, language, key):
    """The ministry named inside a minister's title; a Party resolution or directive is a legal act."""
    found = _facts(tmp_path, gazetteer, text, language=language)
    assert key in _keys(found, "organisation") | _keys(found, "legal_act")


@pytest.mark.parametrize(("text", "dates"), [
    ("Indonesia was re-elected on Tuesday evening (14/10) in New York.\n", {"2023-10-14"}),  # past: before 2024-07-10
    ("Trong tuần làm việc thứ ba (27/6-1/7), đoàn Việt Nam có nhiều cuộc gặp.\n", {"2024-06-27", "2024-07-01"}),
])
def test_dates_of_round_8(tmp_path, gazetteer, text, dates):
    assert _keys(_facts(tmp_path, gazetteer, text, date="2024-07-10"), "date") == dates


def test_an_own_title_over_a_foreign_name_is_not_viet_nams_post(tmp_path, gazetteer):
    """'Foreign Minister Antony Blinken' in an article about Viet Nam was Viet Nam's foreign minister, at 0.95:
    a title whose state is not said is Viet Nam's only over a Vietnamese name."""
    text = ("Viet Nam's Prime Minister Pham Minh Chinh met Foreign Minister Antony Blinken in Hanoi. Deputy Foreign "
            "Minister Le Thi Thu Hang attended.\n")
    found = _facts(tmp_path, gazetteer, text, language="en")
    assert "person/antony-blinken" in _keys(found, "person")
    assert not any(k.startswith("person/antony-blinken ") for k in _keys(found, "holding"))
    assert "person/le-thi-thu-hang post/deputy-minister-foreign-affairs-vnm" in _keys(found, "holding")


# ---- round 9: the defects held-out set 6 found, each on a made-up sentence --------------------------------------

HOLDINGS_ROUND_9 = [
    # a title that serves the post after it: the minister was read at 0.98
    ("Viet Nam's minister met the Parliamentary Secretary to the Canadian Minister of Foreign Affairs Anne Roy.\n",
     "en", set()),
    # the name before ', Minister …' starts after the title it follows ('Human Rights Volker Türk' was a person)
    ("Viet Nam's minister met UN High Commissioner for Human Rights Volker Türk, Minister of Foreign Affairs of "
     "Venezuela Yvan Gil Pinto.\n", "en", {"person/volker-turk post/un-high-commissioner-human-rights",
                                           "person/yvan-gil-pinto post/minister-foreign-affairs-ven"}),
    ("Excellency Mr. Đỗ Hùng Việt , Vice Minister of Foreign Affairs, opened the workshop in Viet Nam.\n", "en",
     {"person/do-hung-viet post/deputy-minister-foreign-affairs-vnm"}),
    ("Đại sứ Dương Chí Dũng, Trưởng Phái đoàn thường trực Việt Nam tại Geneva phát biểu.\n", "vi",
     {"person/duong-chi-dung post/permanent-representative-un-geneva-vnm"}),
    # the head of a delegation in Geneva is no permanent representative ('thường trực' is required)
    ("Trưởng phái đoàn Việt Nam tại Geneva, Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt phát biểu.\n", "vi",
     {"person/do-hung-viet post/deputy-minister-foreign-affairs-vnm"}),
]


#: what held-out set 6 read wrongly: a title is no name, 'sau' (after) is no 'sáu' (six), a year is no vote count,
#: '125th' holds no '25th'
SET_6_WRONG = [
    ("Cambodia thanked His Excellency Keo Remy, Senior Minister, President of the Cambodian Committee.\n", "en",
     "person", "person/senior-minister"),
    ("Việt Nam trúng cử nhiệm kỳ 2023 – 2025 sau phiên bỏ phiếu tại Đại hội đồng.\n", "vi", "figure",
     "votes-received=6"),
    ("Việt Nam trúng cử nhiệm kỳ 2023 – 2025 sau phiên bỏ phiếu tại Đại hội đồng.\n", "vi", "figure",
     "votes-received=2025"),
    ("During the HRC's 125th Session, the Human Rights Committee reviewed Viet Nam.\n", "en", "session",
     "session/hrc-25"),
    ("The Cambodian Human Rights Committee met in Phnom Penh.\n", "en", "organisation",
     "org/un-human-rights-committee"),
]


def test_treaty_bodies_named_with_the_un(tmp_path, gazetteer):
    text = "The UN Human Rights Committee and the CEDAW Committee reviewed Viet Nam.\n"
    assert {"org/un-human-rights-committee", "org/cedaw-committee"} <= _keys(_facts(tmp_path, gazetteer, text),
                                                                              "organisation")


# ---- round 10: what held-out set 7 found, each on a made-up sentence ---------------------------------------------

@pytest.mark.parametrize(("text", "language", "kind", "key"), [
    ("Đoàn do Thứ trưởng Bộ Lao động – Thương binh và Xã hội dẫn đầu.\n", "vi", "organisation", "org/molisa-vnm"),
    ("Ủy ban Quyền trẻ em của Liên hợp quốc đối thoại với Việt Nam.\n", "vi", "organisation", "org/crc-committee"),
    ("Bà Mikiko Otani, Chủ tịch Ủy ban Quyền trẻ em, đánh giá cao Việt Nam.\n", "vi", "holding",
     "person/mikiko-otani post/chair-crc-committee"),
    ("Thailand's delegation was led by the Permanent Secretary of the Ministry of Justice of Thailand.\n", "en",
     "organisation", "org/ministry-justice-tha"),
    ("The Philippines won a seat, the Department of Foreign Affairs (DFA) said.\n", "en", "organisation",
     "org/department-foreign-affairs-phl"),
    ("Viet Nam asked for time, said Ambassador Vu Dung, Vietnam's Permanent Representative to the UN, the WTO and "
     "other international organisations in Geneva.\n", "en", "holding",
     "person/vu-dung post/permanent-representative-un-geneva-vnm"),
    ("Viet Nam must act, Hilal Elver, UN Special Rapporteur on the right to food has said.\n", "en", "holding",
     "person/hilal-elver post/un-special-rapporteur-right-to-food"),
    ("Viet Nam must act, Ms. Elver said after an official visit from 13 to 23 November 2017.\n", "en", "event",
     "visit 2017-11-13"),
])
def test_what_set_7_found(tmp_path, gazetteer, text, language, kind, key):
    assert key in _keys(_facts(tmp_path, gazetteer, text, language=language), kind)


def test_an_acts_date_dates_no_other_event(tmp_path, gazetteer):
    """'Tại Hội thảo, … Quyết định số 1974/QĐ-TTg ngày 31/12/2019': the decision's day, not the workshop's."""
    text = "Tại Hội thảo, đại biểu nói về Kế hoạch được phê duyệt tại Quyết định số 1974/QĐ-TTg ngày 31/12/2019.\n"
    events = _keys(_facts(tmp_path, gazetteer, text, language="vi"), "event")
    assert "adoption 2019-12-31" in events and "workshop 2019-12-31" not in events
    assert "org/department-of-foreign-affairs" not in _keys(_facts(
        tmp_path, gazetteer, "The Philippines won a seat, the Department of Foreign Affairs (DFA) said.\n"),
        "organisation")


# ---- round 11: what held-out set 8 found, each on a made-up sentence --------------------------------------------

SET_8_FOUND = [
    ("Myanmar had initially agreed to 119 recommendations and noted 46 recommendations.\n", "en", "figure",
     {"recommendations-accepted=119", "recommendations-noted=46"}),
    ("Viet Nam's session drew about 90 representatives of countries and NGOs.\n", "en", "figure", {"delegates=90"}),
    ("Viet Nam welcomed two Resolutions that it took part in proposing and drafting.\n", "en", "figure",
     {"resolutions-proposed=2"}),
    ("Viet Nam has implemented nearly 90% of the recommendations received in 2019.\n", "en", "figure",
     {"recommendations-implemented=90"}),  # 'of' ends a unit's words, but not after a percentage
    ("Việt Nam đã gia nhập Công ước vào năm 1981.\n", "vi", "event", {"accession 1981"}),
    ("Ngày 28/11/2014, Quốc hội Việt Nam đã phê chuẩn Công ước.\n", "vi", "event", {"ratification 2014-11-28"}),
    ("The Convention is likely to be ratified by the National Assembly in 2015.\n", "en", "event", set()),
    ("Viet Nam ratified the Convention long ago, the minister said.\n", "en", "event", set()),  # undated: a standing
]


@pytest.mark.parametrize(("text", "language", "figures"), [
    ("Indonesia was elected to the Human Rights Council for the fifth time.\n", "en", {"hrc-memberships=5"}),
    ("This is Vietnam's second term as a UNHRC member.\n", "en", {"hrc-memberships=2"}),
    ("Việt Nam trúng cử lần thứ ba làm thành viên Hội đồng Nhân quyền.\n", "vi", {"hrc-memberships=3"}),
    ("It is the third time Myanmar has been reviewed by the UPR of the Council.\n", "en", set()),
    ("It is the second time Vietnam has been nominated as a Council member.\n", "en", set()),
])
def test_council_terms_counted(tmp_path, gazetteer, text, language, figures):
    """A new measure of the scheme (hrc-memberships), which five held-out labellers had to invent."""
    assert _keys(_facts(tmp_path, gazetteer, text, language=language), "figure") == figures


# ---- an independent review of rounds 7-11: sentences it found read wrongly, each now read as it should be --------

REVIEW_WRONG = [
    ("Bộ trưởng Bộ Ngoại giao Nga Sergei Lavrov đến Hà Nội.\n", "vi", "organisation", "org/mofa-vnm"),
    ("Of the 47 members of the Council, 18 voted in favour of the resolution on Viet Nam.\n", "en", "figure",
     "council-members=18"),
    ("Among the 14 candidates, 2 withdrew before the vote on Viet Nam.\n", "en", "figure", "votes-received=2"),
    ("Viet Nam noted 50 or 17 per cent of them while supporting the rest of the recommendations.\n", "en",
     "figure", "acceptance-rate=17"),
    ("Viet Nam was elected a non-permanent member of the UN Security Council for the second time.\n", "en",
     "figure", "hrc-memberships=2"),
    ("Viet Nam, a member of the HRC, presented its national report for the fourth time.\n", "en", "figure",
     "hrc-memberships=4"),
    ("Viet Nam never ratified the treaty it signed on 12 March 2020.\n", "en", "event", "ratification 2020-03-12"),
    ("Công ước sẽ được phê chuẩn vào tháng 6/2025 theo kế hoạch của Việt Nam.\n", "vi", "event",
     "ratification 2025-06"),
    ("Công ước chưa được phê chuẩn tính đến ngày 1/1/2024 tại Việt Nam.\n", "vi", "event", "ratification 2024-01-01"),
    ("Looking back at 150 recommendations, Viet Nam reported progress.\n", "en", "figure",
     "recommendations-accepted=150"),
    ("Viet Nam did not agree to 30 recommendations made at the session.\n", "en", "figure",
     "recommendations-accepted=30"),
    ("Việt Nam ghi nhận 14 thủ tục đặc biệt tham gia phiên họp.\n", "vi", "figure", "special-procedures-visits=14"),
    ("The Special Adviser to Viet Nam's Prime Minister Tran Van Nam spoke.\n", "en", "holding",
     "person/tran-van-nam post/prime-minister-vnm"),
    ("At the Council, Viet Nam said the votes were split (3/4-1/2) on the text.\n", "en", "date", "2024-04-03"),
    ("Việt Nam trúng cử, số phiếu trắng là 12, theo kết quả bỏ phiếu.\n", "vi", "figure", "votes-received=12"),
    ("Viet Nam sent a delegation of 30, including 12 ministries and agencies, to Geneva.\n", "en", "figure",
     "delegation-agencies=30"),
]


def test_according_to_a_title_keeps_its_holding(tmp_path, gazetteer):
    """'According to Foreign Minister X' is no serving title ('Secretary to the Minister' is)."""
    found = _facts(tmp_path, gazetteer, "According to Foreign Minister Bui Thanh Son, Viet Nam will run again.\n")
    assert "person/bui-thanh-son post/minister-foreign-affairs-vnm" in _keys(found, "holding")


def test_the_treaty_bodies(tmp_path, gazetteer):
    text = ("Viet Nam met the UN Committee on Economic, Social and Cultural Rights (CESCR), the Committee on the "
            "Elimination of Racial Discrimination and the Committee on the Rights of Persons with Disabilities.\n")
    found = _keys(_facts(tmp_path, gazetteer, text, language="en"), "organisation")
    assert {"org/cescr-committee", "org/cerd-committee", "org/crpd-committee"} <= found
    assert "org/social-and-cultural-rights" not in found


@pytest.mark.parametrize(("text", "language", "holdings"), HOLDINGS_ROUND_7 + HOLDINGS_ROUND_8 + HOLDINGS_ROUND_9)
def test_holdings_of_rounds_7_to_9(tmp_path, gazetteer, text, language, holdings):
    assert _keys(_facts(tmp_path, gazetteer, text, language=language), "holding") == holdings


@pytest.mark.parametrize(("text", "language", "events"),
                         EVENTS_ROUND_3 + EVENTS_ROUND_4 + EVENTS_ROUND_5 + EVENTS_ROUND_7 + EVENTS_ROUND_8)
def test_event_kinds_and_dates(tmp_path, gazetteer, text, language, events):
    assert _keys(_facts(tmp_path, gazetteer, text, language=language), "event") == events


@pytest.mark.parametrize(("text", "language", "figures"),
                         FIGURES_ROUND_4 + FIGURES_ROUND_5 + FIGURES_ROUND_7 + FIGURES_ROUND_8)
def test_figures_of_made_up_sentences(tmp_path, gazetteer, text, language, figures):
    assert _keys(_facts(tmp_path, gazetteer, text, language=language), "figure") == figures


@pytest.mark.parametrize(("text", "language", "holding"),
                         [(text, "en", holding) for text, holding in HOLDINGS_ROUND_4] + HOLDINGS_ROUND_5)
def test_holdings_of_made_up_sentences(tmp_path, gazetteer, text, language, holding):
    assert holding in _keys(_facts(tmp_path, gazetteer, text, language=language), "holding")


def test_an_apposition_needs_a_name_set_off(tmp_path, gazetteer):
    """'Title, Name,' is read only where the name is set off; 'Title, Other Title Name' is two titles."""
    found = _facts(tmp_path, gazetteer, "The Foreign Minister, Deputy Prime Minister Pham Binh Minh, spoke.\n",
                   language="en")
    assert not any("deputy-prime-minister" in k.split()[0] for k in _keys(found, "person"))
    assert "person/pham-binh-minh" in _keys(found, "person")


def test_terms_of_a_seat_held_between_years(tmp_path, gazetteer):
    text = "Malaysia sat on the Human Rights Council consecutively between 2006-2009 and between 2010-2013.\n"
    found = _facts(tmp_path, gazetteer, text, language="en")
    assert _keys(found, "term") == {"2006-2009", "2010-2013"}
    assert {c.rule for c in found if c.kind == "term"} == {"term.membership"}


# ---- round 6: patterns generalised from the third unseen set, each on a made-up sentence --------------------


@pytest.mark.parametrize(("text", "language", "key", "kind"), [
    ("The delegation attended the 18th session of the UPR at the UN Human Rights Council.\n", "en",
     "session/upr-wg-18", "session"),
    ("The report was approved during the 52nd UN Human Rights Council Session held in Geneva.\n", "en",
     "session/hrc-52", "session"),
    ("The Foreign Ministry and the UNDP held a seminar yesterday in Hanoi.\n", "en", "workshop 2020-09-03", "event"),
    ("During the review, 60 Council members and observers raised issues about Viet Nam.\n", "en",
     "states-in-dialogue=60", "figure"),
    ("In the election, 193 member states of the UN convened to elect 18 members of the UNHRC, Malaysia too.\n", "en",
     "un-member-states=193", "figure"),
    ("Indonesia agreed to support 205 recommendations. This represents 76% of the total 269 recommendations.\n",
     "en", "acceptance-rate=76", "figure"),
    ("That is the implementation of 96/123 recommendations made by the UPR, Viet Nam said.\n", "en",
     "recommendations-implemented-count=96", "figure"),
    ("Vụ trưởng Vụ Các tổ chức quốc tế (Bộ Ngoại giao) Hoàng Chí Trung cho biết.\n", "vi",  # (a director-general
     # since round 17, as most written sets' labellers read 'Vụ trưởng', and the graph's post named so)
     "person/hoang-chi-trung post/director-general-international-organizations-department-mofa-vnm", "holding"),
    ("Deputy spokesperson for the Ministry of Foreign Affairs Doan Khac Viet spoke in Hanoi.\n", "en",
     "person/doan-khac-viet post/deputy-spokesperson-mofa-vnm", "holding"),
    ("Indonesia's delegation in Geneva was led by Deputy Permanent Representative Grata Endah Werdaningtyas.\n",
     "en", "person/grata-endah-werdaningtyas post/deputy-permanent-representative-un-geneva-idn", "holding"),
    ("Vietnamese Deputy Minister of Labour, Invalids and Social Affairs Nguyen Trong Dam spoke.\n", "en",
     "person/nguyen-trong-dam post/deputy-minister-labour-invalids-social-affairs-vnm", "holding"),
])
def test_patterns_of_round_6(tmp_path, gazetteer, text, language, key, kind):
    assert key in _keys(_facts(tmp_path, gazetteer, text, date="2020-09-04", language=language), kind)


def test_a_latin_ad_referendum_is_no_referendum(tmp_path, gazetteer):
    found = _facts(tmp_path, gazetteer, "The Working Group also adopted, ad referendum, the report on Malta.\n")
    assert "referendum" not in {k.split()[0] for k in _keys(found, "event")}


def test_a_mission_named_loosely_and_in_full_is_the_one_in_geneva(tmp_path, gazetteer):
    text = ("Đại sứ Dương Chí Dũng, Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc tham dự khóa họp. Đoàn do "
            "Đại sứ Dương Chí Dũng, Trưởng Phái đoàn thường trực Việt Nam bên cạnh Liên hợp quốc, Tổ chức Thương mại "
            "thế giới (WTO) và các tổ chức khác tại Geneva, làm trưởng đoàn.\n")
    found = _facts(tmp_path, gazetteer, text, language="vi")
    assert _keys(found, "holding") == {"person/duong-chi-dung post/permanent-representative-un-geneva-vnm"}


# ---- rounds 12-15: each table (text, language, kind, the keys read) is read by test_what_rounds_12_to_15_read ----

def _kind(kind: str, rows: list[tuple]) -> list[tuple]:
    """Rows of (text, language, keys) of one kind as rows of (text, language, kind, keys)."""
    return [(text, language, kind, keys) for text, language, keys in rows]


# round 12: persons after an honorific, organisations named with an organisation's word
NAMES_ROUND_12 = [
    ("The delegation was led by Mr Mohamed Isa, the Secretary General of the ministry.\n", "en", "person",
     {"person/mohamed-isa"}),
    ("Bà Caitlin Wiesen đánh giá cao cam kết của Việt Nam.\n", "vi", "person", {"person/caitlin-wiesen"}),
    ("Phát biểu khai mạc, ông Lê Văn Hòa khẳng định cam kết.\n", "vi", "person", {"person/le-van-hoa"}),
    ("His Excellency Keo Remy opened the workshop on the review.\n", "en", "person", {"person/keo-remy"}),
    ("At the session, Mr. Secretary-General Tran Van Hoa thanked the members for their support.\n", "en", "person",
     {"person/tran-van-hoa"}),
    ("Đoàn đến tỉnh Bà Rịa Vũng Tàu. Ông Ích Khiêm là tên một con đường.\n", "vi", "person", set()),
    ("Mr President, the General Assembly elected fourteen members.\n", "en", "person", set()),
    ("Amnesty International and the Lutheran World Federation spoke on the outcome.\n", "en", "organisation",
     {"org/amnesty-international", "org/lutheran-world-federation"}),
    ("The Centre for Global Nonkilling and the Lao Women's Alliance took the floor.\n", "en", "organisation",
     {"org/centre-for-global-nonkilling", "org/lao-womens-alliance"}),
    ("Meanwhile Human Rights Watch said the National League for Democracy-led government fell.\n", "en",
     "organisation", {"org/human-rights-watch", "org/national-league-for-democracy"}),
    ("Viet Nam ratified the International Covenant on Economic, Social and Cultural Rights and marks International "
     "Human Rights Day; the National Party Congress met.\n", "en", "organisation", set()),
    ("The Director of the Department of International Cooperation and the President of the Asian Forum for Human "
     "Rights and Development spoke.\n", "en", "organisation", {"org/forum-asia"}),  # reference data since round 26
    ("AMNESTY INTERNATIONAL AND OTHER GROUPS SPEAK\nViet Nam replied.\n", "en", "organisation",
     {"org/amnesty-international"}),  # no new body of the capitals' run: the known one (reference data since round 26)
]


FIGURES_ROUND_12 = [
    ("Viet Nam reported that the session held five thematic discussions and dialogues with 35 special procedures.\n",
     "en", {"thematic-dialogues=5", "special-procedures-dialogues=35"}),
    ("Việt Nam cho biết khóa họp gồm 5 phiên thảo luận chuyên đề và đối thoại với 41 Thủ tục đặc biệt.\n", "vi",
     {"thematic-dialogues=5", "special-procedures-dialogues=41"}),
    ("The Vice-President said 221 recommendations were adopted by India.\n", "en", {"recommendations-accepted=221"}),
    ("The Vice-President said 221 recommendations were adopted by the Working Group on India.\n", "en", set()),
    ("At the review of Viet Nam, 60 countries spoke and more than 90 states asked for the floor.\n", "en",
     {"states-in-dialogue=60", "states-registered-to-speak=90"}),
    ("Viet Nam's dialogue was attended by 108 UN member countries.\n", "en", {"states-in-dialogue=108"}),
    ("He told the Council of Vietnam's approval of 241 out of the total 291 recommendations.\n", "en",
     {"recommendations-accepted=241", "recommendations-received=291"}),
    ("Indonesia won a majority of 186 votes out of a total of 192 in the election.\n", "en",
     {"votes-received=186", "votes-cast=192"}),
]


EVENTS_ROUND_12 = [
    ("The review took place on 25 January 2021 where delegations offered recommendations to Myanmar.\n", "en",
     {"dialogue 2021-01-25"}),
    ("On 29 May 2012, the UPR Working Group examined the human rights situation in the Philippines.\n", "en",
     {"dialogue 2012-05-29"}),
    ("We waited for Malaysia's universal periodic review (UPR) by the UN Human Rights Council on 24 October 2013.\n",
     "en", {"dialogue 2013-10-24"}),
    ("The first UPR on Cambodia was conducted by the Council in its session held on Tuesday 1 December 2009.\n", "en",
     {"dialogue 2009-12-01"}),
    ("The Working Group adopted the report on Malta, following the review of the country on Wednesday, 6 May.\n",
     "en", {"dialogue 2024-05-06", "adoption"}),
    ("The Universal Periodic Review takes place at the Palais des Nations in Geneva.\n", "en", set()),
    ("On 6 December 2023, the minister opened the ceremony of the workshop on the review of Cambodia.\n", "en",
     {"ceremony 2023-12-06", "workshop 2023-12-06"}),  # a date before two events' words dates both
]


SESSIONS_OF_TREATY_BODIES = [
    ("Trong kỳ họp thứ 80, từ ngày 13/2 đến ngày 9/3/2012 tại Thụy Sỹ, Ủy ban xóa bỏ phân biệt chủng tộc (CERD) xem "
     "xét báo cáo của Việt Nam.\n", "vi", {"session/cerd-80"}),
    ("During their 125th session, the UN Human Rights Committee completed its review of Viet Nam.\n", "en",
     {"session/ccpr-125"}),
    ("The 61st session of the Committee on the Elimination of Discrimination against Women reviewed Viet Nam.\n",
     "en", {"session/cedaw-61"}),
    ("During the 125th session of the Human Rights Council, Viet Nam spoke.\n", "en", set()),  # no such session
    ("Viet Nam attended the 18th session of the Working Group on UPR in Geneva.\n", "en", {"session/upr-wg-18"}),
]


# measures the scheme gained in round 12, which labellers of several sets had named alike
SESSION_OUTCOMES = [
    ("Viet Nam said the Council adopted 28 resolutions and 3 decisions, appointed two special procedure mandate "
     "holders and closed after five weeks of work.\n", "en",
     {"resolutions-adopted=28", "decisions-adopted=3", "mandate-holders-appointed=2", "session-weeks=5"}),
    ("Việt Nam cho biết Hội đồng đã thông qua 3 tuyên bố của Chủ tịch HĐNQ, 2 quyết định của Chủ tịch HĐNQ và 36 "
     "nghị quyết.\n", "vi", {"president-statements=3", "resolutions-adopted=36"}),  # a President's decision: not one
    ("Viet Nam has decided 3 things in 2 weeks.\n", "en", set()),
]


# what held-out set 10 found after round 12, each on a made-up sentence
SET_10_FOUND = [
    ("During the Universal Periodic Review of the 14 States held in November 2020, the Philippines issued a total of "
     "55 recommendations.\n", "en", "figure", {"states-reviewed=14", "recommendations-made=55"}),
    ("Viet Nam received 291 recommendations made by 122 countries.\n", "en", "figure",
     {"recommendations-received=291", "recommending-states=122"}),
    ("Việt Nam đưa ra 5 khuyến nghị cho Lào tại phiên đối thoại.\n", "vi", "figure", {"recommendations-made=5"}),
    ("Among the 15 nations elected, Viet Nam won the most votes.\n", "en", "figure", {"members-elected=15"}),
    ("Việt Nam dự 42 phiên thảo luận chính thức của khóa họp và 5 phiên thảo luận chuyên đề.\n", "vi", "figure",
     {"session-meetings=42", "thematic-dialogues=5"}),
    ("Ambassador Le Thi Tuyet Mai, Permanent Representative of Viet Nam to the United Nations (UN), the World Trade "
     "Organisation and other international organisations in Geneva, spoke.\n", "en", "holding",
     {"person/le-thi-tuyet-mai post/permanent-representative-un-geneva-vnm"}),
    ("In elections held on October 28, the General Assembly chose Viet Nam.\n", "en", "event", {"election 2023-10-28"}),
    ("Some states stressed the role of civil society in UN treaty body elections.\n", "en", "event", set()),
    ("Đoàn Việt Nam ngày 6/3 đã tham dự phiên bảo vệ báo cáo Công ước tại Geneva.\n", "vi", "event",
     {"dialogue 2024-03-06"}),
    ("Viet Nam received Cephas Lumina, UN Independent Expert on foreign debt and human rights.\n", "en", "holding",
     {"person/cephas-lumina post/un-independent-expert-foreign-debt"}),  # a post of the graph (round 37)
]


def test_recommendations_made_are_the_makers(tmp_path, gazetteer):
    """A count of recommendations a state made is about that state, not the first one of the sentence."""
    text = "At the review of Myanmar in 2020, the Philippines issued 55 recommendations.\n"
    found = _facts(tmp_path, gazetteer, text)
    made = [c for c in found if c.key == "recommendations-made=55"]
    assert [c.record["about"] for c in made] == ["state/phl"]


def test_every_held_out_gold_file_names_its_source():
    """The unseen articles' texts are not shipped: each gold file must be listed in the README with its URL and the
    SHA-256 of the text it was scored on, and name its article by a bare file name."""
    folder = Path(__file__).parent / "gold" / "unseen"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    rows = {line.split(" | ")[0].strip("| "): line for line in readme.splitlines() if line.startswith("| ")}
    golds = sorted(folder.glob("*.yaml"))
    assert len(golds) >= 120
    for path in golds:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert doc["article"] == f"{path.stem}.txt", path.name
        row = rows.get(path.stem)
        assert row and "http" in row and re.search(r"`[0-9a-f]{16}…`", row), path.name


BYLINES_AND_CREDITS = [
    ("By Benjamin Pulta\nMANILA – Viet Nam will consider the recommendations.\n", "en", {"person/benjamin-pulta"}),
    ("Author(s): Leika Aruga and Thao Hoang\nGeneva – Viet Nam reported to the committee.\n", "en",
     {"person/leika-aruga", "person/thao-hoang"}),
    ("Đại sứ phát biểu tại phiên họp. (Ảnh: Thanh Tuấn/TTXVN)\n", "vi", {"person/thanh-tuan"}),
    ("The minister met the High Commissioner. — VNA/VNS Photo Anh Hiển\n", "en", {"person/anh-hien"}),
    ("Toàn cảnh hội thảo. Ảnh: TTXVN\nẢnh: VOV\n", "vi", set()),
    ("By Humas     Date 27 Oktober 2014\nBy December 2024, Viet Nam will report.\n", "en", set()),
    ("Photo: UN Women Viet Nam\nPhoto supplied by the ministry.\n", "en", set()),
]


MISSIONS_NAMED_OTHERWISE = [
    ("Đại sứ Dương Chí Dũng, Trưởng Phái đoàn Việt Nam tại Geneva phát biểu.\n", "vi", "organisation",
     {"org/permanent-mission-un-geneva-vnm"}),
    ("Đại sứ Nguyễn Trung Thành, Trưởng Phái đoàn Việt Nam tại Liên hợp quốc (Geneva), phát biểu.\n", "vi",
     "organisation", {"org/permanent-mission-un-geneva-vnm", "org/united-nations"}),
    ("Thứ trưởng Nguyễn Văn A, Trưởng phái đoàn Việt Nam tại Geneva, trình bày báo cáo.\n", "vi", "organisation",
     set()),  # a minister heading a delegation to a session heads no mission
    ("Bà Lawlor nói trước Phái đoàn đại diện thường trực Việt Nam ở Geneva.\n", "vi", "place", {"place/geneva"}),
    ("Ambassador Duong Chi Dung, head of Vietnam’s permanent delegation to the UN, the WTO and other international "
     "organisations in Geneva, spoke.\n", "en", "organisation",
     {"org/permanent-mission-un-geneva-vnm", "org/wto", "org/united-nations"}),  # (the UN it is to: round 12)
]


EVENTS_ROUND_13 = [
    ("Việt Nam đã ký Công ước này từ ngày 22/10/2007 tại New York.\n", "vi", {"signing 2007-10-22"}),
    ("A ceasefire agreement has also been signed with eight groups on 15 October 2015.\n", "en",
     {"signing 2015-10-15"}),
    ("At his September 25 talks with a special rapporteur, Viet Nam's ambassador spoke.\n", "en",
     {"meeting 2024-09-25"}),
    ("Hà Nội, ngày 5/12/2011 – Hôm nay ông Anand Grover kết thúc chuyến công tác tại Việt Nam.\n", "vi",
     {"visit 2011-12-05"}),
    ("The Council met in Geneva on June 22-23, adopting 36 resolutions on Viet Nam and others.\n", "en",
     {"adoption 2023-06-22"}),  # past ('met'): the June before the article's date, 2024-05-12
    ("Officials announced at a National Conference on October 9, 2014 that Viet Nam will ratify it.\n", "en",
     {"conference 2014-10-09"}),
    ("The Organisation of the Islamic Conference took the floor at the review.\n", "en", set()),
    ("Trong hai ngày 18 và 19/4/2017, tại Hà Nội, đã diễn ra Hội nghị về Công ước.\n", "vi", {"conference 2017-04-18"}),
    ("Quốc hội Việt Nam phê chuẩn ngày 28/11/2014 Công ước về quyền của người khuyết tật.\n", "vi",
     {"ratification 2014-11-28"}),
    ("Viet Nam will sign the convention and hold a press conference.\n", "en", {"press-briefing"}),
]


FIGURES_ROUND_13 = [
    ("Brunei partially supported 14 recommendations and was unable to accept 78 recommendations.\n", "en",
     {"recommendations-partially-supported=14", "recommendations-rejected=78"}),
    ("Hội đồng thông qua 30 nghị quyết và 1 Tuyên bố Chủ tịch về báo cáo của Việt Nam.\n", "vi",
     {"resolutions-adopted=30", "president-statements=1"}),
    ("Nghị quyết của Việt Nam được thông qua bằng đồng thuận với 43 nước đồng bảo trợ.\n", "vi",
     {"co-sponsoring-states=43"}),
    ("Hội đồng thông qua các kết quả Rà soát định kỳ phổ quát (UPR) chu kỳ IV của 14 nước, có Việt Nam.\n", "vi",
     {"states-reviewed=14"}),
]


# ---- an independent review of rounds 12-13: sentences it found read wrongly, each now read as it should be -------

REVIEW_13_WRONG = [
    ("Tại kỳ họp thứ 7 của Quốc hội, đại biểu thảo luận báo cáo của Việt Nam gửi Hội đồng Nhân quyền.\n", "vi",
     "session", "session/hrc-7"),
    ("The National Assembly's 7th session opened in Hanoi as Viet Nam prepared for the Human Rights Council "
     "election.\n", "en", "session", "session/hrc-7"),
    ("At its 7th session, the National Assembly ratified the convention, which the Committee against Torture "
     "monitors.\n", "en", "session", "session/cat-7"),
    ("On the sidelines of the 79th session in New York, the minister met the President of the Human Rights "
     "Council.\n", "en", "session", "session/hrc-79"),
    ("Viet Nam Lawyers Association President Do Ngoc Thinh met the minister.\n", "en", "organisation",
     "org/viet-nam-lawyers-association-president-do-ngoc-thinh"),
    ("Sarah Jones of Global Justice Alliance said the review of Viet Nam was unfair.\n", "en", "organisation",
     "org/sarah-jones-of-global-justice-alliance"),
    ("The Russian Federation's delegation voted against the resolution on Viet Nam.\n", "en", "organisation",
     "org/russian-federations"),
    ("The minister spoke at the World Economic Forum in Davos about Viet Nam.\n", "en", "organisation",
     "org/world-economic-forum-in-davos"),
    ("Through the Alliance for Peace and Justice, Viet Nam raised funds.\n", "en", "organisation",
     "org/through-the-alliance-for-peace-and-justice"),
    ("She has a degree in International Relations from a school in Viet Nam.\n", "en", "organisation",
     "org/international-relations"),
    ("The International Community must support Viet Nam, the minister said.\n", "en", "organisation",
     "org/international-community"),
    ("Delegates of the 13th National Congress of Viet Nam met in Hanoi.\n", "en", "organisation",
     "org/national-congress"),
    ("Thousands gathered at Ba Dinh Square in Hanoi, Viet Nam.\n", "en", "person", "person/dinh-square"),
    ("Ong Keng Yong, former ASEAN Secretary-General, met Viet Nam's minister; Mr Ong Ye Kung also spoke.\n", "en",
     "person", "person/ye-kung"),
    ("Ms Resident Coordinator Pauline Tamesis said Viet Nam's plan was ready.\n", "en", "person",
     "person/resident-coordinator-pauline-tamesis"),
    ("Mr Deputy Prime Minister Tran Luu Quang attended the session in Viet Nam.\n", "en", "person",
     "person/prime-minister-tran-luu"),
    ("Dr Nguyen Van An, a lawyer, spoke about Viet Nam's report.\n", "en", "person", "person/nguyen-van"),
    ("Ông Chủ Tịch Hội Đồng Nhân Quyền phát biểu về Việt Nam.\n", "vi", "person", "person/chu-tich"),
    ("Đoàn Việt Nam đến khu du lịch Bà Nà Hills hôm qua.\n", "vi", "person", "person/na-hills"),
    ("By Lunar New Year, Viet Nam will report on the plan.\n", "en", "person", "person/lunar-new-year"),
    ("By Decision No. 1234/QD-TTg, Viet Nam approved the plan.\n", "en", "person", "person/decision-no"),
    ("Photo: Getty Images\nViet Nam spoke at the Council.\n", "en", "person", "person/getty-images"),
    ("By Staff Reporter\nViet Nam spoke at the Council.\n", "en", "person", "person/staff-reporter"),
    ("The 122 delegations in the dialogue with Viet Nam made 291 recommendations.\n", "en", "figure",
     "recommendations-made=291"),
    ("The 291 recommendations were adopted by the UPR Working Group on 10 May, Viet Nam said.\n", "en", "figure",
     "recommendations-accepted=291"),
    ("During 2 weeks of work in Hanoi, the Special Rapporteur visited 4 provinces of Viet Nam.\n", "en", "figure",
     "session-weeks=2"),
    ("Viet Nam's Prime Minister has signed 12 decisions adopting national action plans.\n", "en", "figure",
     "decisions-adopted=12"),
    ("Viet Nam has never signed the Rome Statute treaty, the minister said on 5 May 2024.\n", "en", "event",
     "signing 2024-05-05"),
    ("An internal review was conducted by the Ministry of Justice of Viet Nam in March 2024.\n", "en", "event",
     "dialogue 2024-03"),
    ("The National Assembly of Viet Nam completed its review of the draft law on 10 June 2024.\n", "en", "event",
     "dialogue 2024-06-10"),
    ("In talks with reporters on 6 May 2024, Viet Nam's minister spoke.\n", "en", "event", "meeting 2024-05-06"),
    ("Speaking at a News Conference on 8 May 2024, Viet Nam's minister spoke.\n", "en", "event",
     "conference 2024-05-08"),
    ("Foreigners adopting 300 Vietnamese children were vetted in Viet Nam.\n", "en", "event", "adoption"),
    ("The review took place in Conference Room XX of the Palais des Nations on 7 May 2024.\n", "en",
     "event", "conference 2024-05-07"),
    ("Viet Nam's permanent delegation to the UN Human Rights Council session in Geneva spoke.\n", "en",
     "organisation", "org/permanent-mission-un-vnm"),
]


@pytest.mark.parametrize(("text", "language", "kind", "right"), [
    ("Mr Ong Ye Kung, Singapore's minister, met Viet Nam's delegation.\n", "en", "person", "person/ong-ye-kung"),
    ("Ms Resident Coordinator Pauline Tamesis said Viet Nam's plan was ready.\n", "en", "person",
     "person/pauline-tamesis"),
    ("Dr Nguyen Van An, a lawyer, spoke about Viet Nam's report.\n", "en", "person", "person/nguyen-van-an"),
    ("Viet Nam Lawyers Association President Do Ngoc Thinh met the minister.\n", "en", "organisation",
     "org/vietnam-lawyers-association"),  # the reference data's id since written set B (was a new body's)
    ("Sarah Jones of Global Justice Alliance said the review of Viet Nam was unfair.\n", "en", "organisation",
     "org/global-justice-alliance"),
    ("The review took place in Conference Room XX of the Palais des Nations on 7 May 2024.\n", "en",
     "event", "dialogue 2024-05-07"),
])
def test_what_the_second_review_found_is_read_right(tmp_path, gazetteer, text, language, kind, right):
    assert right in _keys(_facts(tmp_path, gazetteer, text, language=language), kind)


# ---- what held-out set 11 found after round 13, each on a made-up sentence ------------------------------------------

SET_11_FOUND = [
    ("The resolution was introduced by Vice State President Dang Thi Ngoc Thinh at the session.\n", "en", "holding",
     {"person/dang-thi-ngoc-thinh post/vice-president-vnm"}),  # was the President's post, 0.96
    ("Deputy UN High Commissioner for Human Rights Kate Gilmore met Viet Nam's delegation.\n", "en", "holding",
     {"person/kate-gilmore post/un-deputy-high-commissioner-human-rights"}),
    ("Tại chu kỳ 2, Việt Nam đã chấp nhận 182 khuyến nghị của các nước.\n", "vi", "figure",
     {"recommendations-accepted=182"}),  # 'chấp nhận' holds 'nhận' (received): it was read as received, 0.98
    ("Đến tháng 12/2016, 147 khuyến nghị được Việt Nam thực hiện và 4 khuyến nghị được thực hiện một phần.\n", "vi",
     "figure", {"recommendations-implemented-count=147", "recommendations-partially-implemented=4"}),
    ("Viet Nam has partially implemented 30 recommendations.\n", "en", "figure",
     {"recommendations-partially-implemented=30"}),
    ("The UN HRC is made up of 47 Member States of the UN, the Philippines said.\n", "en", "figure",
     {"council-members=47"}),
    ("Besides Viet Nam, nearly 100 countries have registered to sponsor the resolution.\n", "en", "figure",
     {"co-sponsoring-states=100"}),
    ("Malaysians gathered to watch a live stream of the United Nation’s third review.\n", "en", "organisation",
     set()),  # 'Nation' was the Thai newspaper, 0.99
]


# ---- what held-out set 12 found after round 14 ---------------------------------------------------------------------

SET_12_WRONG = [
    ("US Permanent Representative to the UN Human Rights Council (UNHRC) Ambassador Michèle Taylor praised Viet "
     "Nam.\n", "en", "person", "person/human-rights-council"),  # a body's words read as a name, 0.96
    ("Universal Periodic Review Working Group – 21st Session\n\n20 January 2015\n\nAustralia welcomes Lao PDR.\n",
     "en", "session", "session/upr-wg-20"),  # a date across lines read as 'Session 20'
    ("I am honored to be at the Consultation Forum on the implementation of CEDAW in Viet Nam.\n", "en",
     "organisation", "org/consultation-forum"),  # a forum on a topic is a meeting
]


# a representative to the Human Rights Council is in Geneva
REPRESENTATIVES_TO_THE_COUNCIL = [
    ("Ambassador Febrian Ruddyard, Permanent Representative of Indonesia to the UN Human Rights Council, spoke.\n",
     "auto", "holding", {"person/febrian-ruddyard post/permanent-representative-un-geneva-idn"}),
    ("Febrian Ruddyard, Permanent Representative of Indonesia to the UN, spoke.\n", "auto", "holding",
     {"person/febrian-ruddyard post/permanent-representative-un-idn"}),
]


# set 13 (after round 15): the mandate holders of a news item on the Council's appointments
SUCCESSIONS = [
    ("Christof Heyns becomes the Special Rapporteur on executions, succeeding Philip Alston; Heiner Bielefeldt "
     "replaces Asma Jahangir as the Special Rapporteur on freedom of religion.\n",
     "auto", "person", {"person/christof-heyns", "person/philip-alston", "person/heiner-bielefeldt",
                        "person/asma-jahangir"}),
    ("Calin Georgescu is now Special Rapporteur on toxic wastes, and Kishore Singh takes over from Vernor "
     "Villalobos.\n", "auto", "person", {"person/calin-georgescu", "person/kishore-singh", "person/vernor-villalobos"}),
    ("The Council becomes more effective as Viet Nam replaces Japan on the Council; President Sang became popular.\n",
     "auto", "person", set()),
]


# round 16: heads of delegations in Geneva, posts named with their state, names with particles or initials
HOLDINGS_ROUND_16 = [
    ("Ambassador Nguyen Van An, head of Viet Nam's permanent delegation to the UN, the WTO and other organisations in "
     "Geneva, spoke.\n", "en", {"person/nguyen-van-an post/permanent-representative-un-geneva-vnm"}),
    ("Ambassador Tran Thi Binh, Head of the Vietnamese Delegation in Geneva, spoke on Viet Nam's behalf.\n", "en",
     {"person/tran-thi-binh post/permanent-representative-un-geneva-vnm"}),
    ("Đại sứ Lê Văn Cường - Trưởng phái đoàn Việt Nam tại Geneva phát biểu.\n", "vi",
     {"person/le-van-cuong post/permanent-representative-un-geneva-vnm"}),
    ("Đại sứ Vũ Văn Hùng, Trưởng Phái đoàn đại diện Việt Nam bên cạnh Liên hợp quốc và các tổ chức quốc tế khác ở "
     "Geneva, phát biểu.\n", "vi", {"person/vu-van-hung post/permanent-representative-un-geneva-vnm"}),  # 'ở': in
    ("Deputy Foreign Minister Le Van Dung, head of the Vietnamese delegation to the 52nd session in Geneva, "
     "said.\n", "en", {"person/le-van-dung post/deputy-minister-foreign-affairs-vnm"}),  # a minister, not the mission
    ("In Viet Nam, Mr. Pham Van Em, Vice-Minister of Labour, Invalids and Social Affairs, opened it.\n", "en",
     {"person/pham-van-em post/deputy-minister-labour-invalids-social-affairs-vnm"}),
    ("In Viet Nam, Mr. Do Van Giang, Vice Minister of MOLISA, opened it.\n", "en",
     {"person/do-van-giang post/deputy-minister-labour-invalids-social-affairs-vnm"}),
    ("Đoàn Việt Nam do Thứ trưởng Bộ Lao động – Thương binh và Xã hội Hoàng Thị Hạnh dẫn đầu.\n", "vi",
     {"person/hoang-thi-hanh post/deputy-minister-labour-invalids-social-affairs-vnm"}),
    ("In Viet Nam, Deputy Minister of Planning and Investment Vu Van Khanh spoke.\n", "en",
     {"person/vu-van-khanh post/deputy-minister-planning-investment-vnm"}),
    ("In the Philippines, Foreign Affairs Secretary Juan dela Cruz said so.\n", "en",
     {"person/juan-dela-cruz post/secretary-foreign-affairs-phl"}),
    ("In the Philippines, DFA Secretary Maria Santos said in a statement that the vote was a success.\n", "en",
     {"person/maria-santos post/secretary-foreign-affairs-phl"}),
    ("In the Philippines, Ms Ana de Leon, Secretary of Justice, said so.\n", "en",
     {"person/ana-de-leon post/secretary-justice-phl"}),
    ("Indonesian President Budi Santoso said in a statement that the vote was a success.\n", "en",
     {"person/budi-santoso post/president-idn"}),
    ("The Secretary General of the Ministry of Foreign Affairs of Malaysia, Mr Ahmad Razak, led it.\n", "en",
     {"person/ahmad-razak post/secretary-general-mofa-mys"}),
    # not the 'Foreign Affairs Secretary'
    ("Malaysian Foreign Affairs secretary-general Ahmad Razak spoke at the opening of the review.\n", "en",
     {"person/ahmad-razak post/secretary-general-mofa-mys"}),
    ("Ambassador Jose R. Reyes, Permanent Representative of the Philippines to the United Nations and Other "
     "International Organizations in Geneva, spoke.\n", "en",
     {"person/jose-r-reyes post/permanent-representative-un-geneva-phl"}),
    ("The President of the General Assembly, Mr Karl Weber of Austria, said so.\n", "en",
     {"person/karl-weber post/president-un-general-assembly"}),  # no state's (the Assembly known since round 22)
]

# round 16: figures counted in years, of UN members and of a treaty's parties
FIGURES_ROUND_16 = [
    ("Viet Nam's development over the past 30 years has been remarkable.\n", "en", {"years-since=30"}),
    ("Năm 2022 đánh dấu 45 năm quan hệ Việt Nam – Liên hợp quốc.\n", "vi", {"years-since=45"}),
    ("Timor-Leste was celebrating 10 years of independence after more than 400 years of rule.\n", "en",
     {"years-since=10"}),
    ("Leaders of 193 UN members came to New York, Viet Nam's delegation said.\n", "en", {"un-member-states=193"}),
    ("Viet Nam was among 14 UN member states reviewed, the ministry said.\n", "en", set()),
    # a count whose unit is left out: 'and 118 were noted', '… and accepted 241 of them'
    ("In Geneva, the Vice-President said 221 recommendations were adopted by India and 118 were noted.\n", "en",
     {"recommendations-accepted=221", "recommendations-noted=118"}),
    ("In Geneva, Viet Nam received 291 recommendations from 122 countries and accepted 241 of them, it said.\n",
     "en", {"recommendations-received=291", "recommending-states=122", "recommendations-accepted=241"}),
    ("As of last month 187 countries have ratified CEDAW, Viet Nam among them.\n", "en",
     {"convention-states-parties=187"}),
]

# round 16: a statement at a review, dated on a line of its own at its top
DATED_STATEMENTS = [
    ("Universal Periodic Review of Lao PDR\n\nStatement by Australia\n\n20 January 2015\n\nAustralia welcomes "
     "Lao PDR's engagement in the interactive dialogue.\n", "en", {"dialogue 2015-01-20"}),
    ("Friday, 6 November 2015 (Morning)\n\n(Disclaimer: no official record.) The Working Group held its interactive "
     "dialogue with Myanmar.\n", "en",
     {"dialogue 2015-11-06"}),
    ("Universal Periodic Review of Lao PDR\n\nAustralia welcomes Lao PDR's engagement in the interactive "
     "dialogue, held on 20 January 2015.\n", "en", {"dialogue 2015-01-20"}),  # dated in the text as before
]


# what held-out set 14 found after round 16 (each a wrong reading at 0.94-0.99, or a name cut wrongly)
SET_14_FOUND = [
    ("In Cambodia, the UN rapporteur held talks with Prime Minister Hun Sen Tuesday in Phnom Penh, officials said.\n",
     "en", "person", {"person/hun-sen"}),  # was 'Hun Sen Tuesday'
    ("On the sideline of the 7th Meeting of the ASEAN Intergovernmental Commission on Human Rights, the two leaders "
     "met in Jakarta.\n", "en", "organisation", {"org/aichr"}),  # was the UN's Commission on Human Rights, 0.99
    ("The Philippine Commission on Human Rights welcomed the vote in Geneva, its chairman said on Monday.\n", "en",
     "organisation", {"org/commission-human-rights-phl"}),  # a state's commission, not the UN's (reference data now)
    ("Hội thảo có sự tham dự của Phó Cao ủy Nhân quyền Liên hợp quốc Nada Al-Nashif, phát biểu qua video.\n", "vi",
     "holding", {"person/nada-al-nashif post/un-deputy-high-commissioner-human-rights"}),  # was the High Commissioner
    ("The workshop was opened by the Chair of the commission, H.E. U Kyaw Tint Swe, in Bangkok on Monday.\n", "en",
     "person", {"person/kyaw-tint-swe"}),  # 'U' is an honorific
    ("Yash Ghai resigned as special representative for human rights to Cambodia in September in 2008 after "
     "officials complained.\n", "en", "date", {"2008-09"}),  # was September of the year before the article's
]


# round 17 (from set 14): ASEAN's bodies and posts, a committee's chair, ratifications said otherwise
ROUND_17 = [
    ("The Chair of the AICHR, H.E. U Kyaw Tint Swe, opened the workshop in Bangkok on Monday morning.\n", "en",
     "holding", {"person/kyaw-tint-swe post/chair-aichr"}),
    ("The workshop was held by the ASEAN Intergovernmental Commission on Human Rights in Bangkok last week.\n", "en",
     "organisation", {"org/aichr"}),
    ("The Secretary-General of ASEAN, Dr Surin Pitsuwan, met the High Commissioner in Jakarta on Monday.\n", "en",
     "holding", {"person/surin-pitsuwan post/secretary-general-asean"}),
    ("Viet Nam, the Chair of ASEAN in 2020, hosted the summit in Hanoi, Prime Minister Nguyen Xuan Phuc said.\n",
     "en", "holding", {"person/nguyen-xuan-phuc post/prime-minister-vnm"}),  # ASEAN's chair is a state
    ("The meeting was chaired by Mr. Yuval Shany, the Chairman of the UN Human Rights Committee, in Geneva.\n", "en",
     "holding", {"person/yuval-shany post/chair-un-human-rights-committee"}),  # chairman, chairperson: chair
    ("On 6 October 2017 Myanmar became the 165th State Party to the Covenant, the committee said.\n", "en", "event",
     {"ratification 2017-10-06"}),
    ("On 14 May 2024, Thailand deposited an Instrument of Ratification to the Convention in New York.\n", "en",
     "event", {"ratification 2024-05-14"}),
    ("The Committee against Torture today concluded its consideration of the second periodic report of "
     "Thailand.\n", "en", "event", {"dialogue 2024-05-12"}),
    # the state of a place ('in Geneva, Switzerland') is not the article's (the government was Switzerland's, 0.6)
    ("He spoke in Geneva, Switzerland. I convey the deepest sympathy from the Government and people of Viet Nam to "
     "the peoples of Türkiye and Syria.\n", "en", "organisation", {"org/government-vnm"}),
    ("MANILA, Philippines — The government will answer the recommendations of Germany and Estonia, he said.\n",
     "en", "organisation", {"org/government-phl"}),  # a dateline's state is the article's
    # a state's government named with its state
    ("Jakarta said the Indonesian government will answer the recommendations of Germany, he said.\n", "en",
     "organisation", {"org/government-idn"}),
    ("New Zealand commends the Government of Timor-Leste's dedication to promoting human rights in Dili.\n", "en",
     "organisation", {"org/government-tls"}),
    ("Chính phủ Thái Lan cam kết thực hiện các khuyến nghị, ông nói tại Bangkok hôm qua.\n", "vi",
     "organisation", {"org/government-tha"}),
    ("The Governments of Türkiye and Syria thanked the rescuers for their support last week.\n", "en",
     "organisation", set()),  # two states: whose is not one government
    # 'the third UPR' names the review with a date or a year in its clause; without one, or as a report's, not
    ("Singapore's third UPR took place on 12 May 2021 in Geneva, and its delegation was led by the ambassador.\n",
     "en", "event", {"dialogue 2021-05-12"}),
    ("Much has changed in Singapore since the last UPR in 2016, the ministry said in a statement.\n", "en", "event",
     {"dialogue 2016"}),
    # (a consultation is a kind of its own since round 15, not dated by the day the minister spoke)
    ("Singapore prepared for the third UPR with a national consultation, the minister said on Monday.\n", "en",
     "event", {"consultation"}),
    ("Singapore submitted its National Report for its second UPR in October 2015, the ministry said.\n", "en",
     "event", {"submission 2015-10"}),
]


# what held-out set 15 found after round 17 (wrong readings at 0.92-0.97, and names cut short)
SET_15_FOUND = [
    ("In Thailand, Prime Minister Prayut Chan-o-cha on Sunday urged agencies to act on the recommendations.\n", "en",
     "holding", {"person/prayut-chan-o-cha post/prime-minister-tha"}),  # was 'Prayut Chan', 0.96
    ("The UN Human Rights Council (UNHCR) and UN members made 278 recommendations to Thailand last year.\n", "en",
     "organisation", {"org/un-human-rights-council", "org/united-nations"}),  # not the refugee agency, 0.95
    ("The United Nations Development Programme (UNDP) and the UN refugee agency (UNHCR) met in Hanoi.\n", "en",
     "organisation", {"org/undp", "org/unhcr"}),  # an acronym of its own body stays
    ("Myanmar has agreed to implement six additional recommendations made under the review, he said.\n", "en",
     "figure", {"recommendations-accepted=6"}),  # was implemented, 0.97
    ("In Jakarta, the House of Representatives signed the convention into law through a plenary session.\n", "en",
     "event", set()),  # a law passed, no signing of the convention
    ("Earlier, the UNHRC ratified the 2023 Resolution on Climate Change, the ministry said on 14 July 2023.\n", "en",
     "event", {"adoption 2023-07-14"}),  # a resolution is adopted, not ratified (was a ratification, 0.92)
    ("Press Stakeout In Laos By UN High Commissioner For Human Rights Volker Türk\n\nThe High Commissioner spoke "
     "in Vientiane.\n", "en", "holding", {"person/volker-turk post/un-high-commissioner-human-rights"}),
    ("Minister Meets UN High Commissioner For Human Rights Today In Vientiane Laos\n\nThe minister spoke.\n", "en",
     "person", set()),  # a headline's capitalised words after a post, not ending it, are no name
    # credits as Indonesian papers print them, and persons named as those who speak
    ("Indonesia ratifies convention\n\nRep: Indah Wulandari/Satya Festiani/ Red: Yeyen Rostiyani\n\nFoto: "
     "Antara/Nyoman Budhiana\n\nThe House approved it.\n", "en", "person",
     {"person/indah-wulandari", "person/satya-festiani", "person/yeyen-rostiyani", "person/nyoman-budhiana"}),
    ("Speaking during a recent interview, Johannes Matyassy said a prompt ratification would be a signal.\n", "en",
     "person", {"person/johannes-matyassy"}),
    ("“We will act,” Amnesty International said in a statement on Monday about the review in Geneva.\n", "en",
     "person", set()),
    ("“We will act,” Human Rights Watch said in a statement on Monday about the review in Geneva.\n", "en",
     "person", set()),
    ("On Monday, Geneva Switzerland said nothing about the review, and In Geneva said the reporters.\n", "en",
     "person", set()),  # a place's and a state's names are no person's
]


# what held-out set 16 found after round 18
SET_16_FOUND = [
    ("In Phnom Penh, Rhona Smith, the United Nations Special Rapporteur on the situation of human rights in "
     "Cambodia, spoke.\n", "en", "holding", {"person/rhona-smith post/un-special-rapporteur-human-rights-cambodia"}),
    ("In Geneva, the UN Special Rapporteur on the human rights situation in Burma, Tom Andrews, spoke.\n", "en",
     "holding", {"person/tom-andrews post/un-special-rapporteur-human-rights-myanmar"}),  # the state's own name
    ("In Singapore, Ms Grace Fu, Minister for Culture, Community and Youth, said so on Thursday.\n", "en", "holding",
     {"person/grace-fu post/minister-culture-community-youth-sgp"}),  # was the Minister for Culture, 0.96
    ("Khóa họp có sự tham dự của đại diện 47 nước thành viên và hơn 100 nước quan sát viên, trong đó có Việt "
     "Nam.\n", "vi",
     "figure", {"observer-states=100"}),  # the 47 were observers too, 0.95
]


# a third independent review (of rounds 16-18): made-up sentences that read wrongly, and what they read now
_T = "A title line\n\n"
REVIEW_18_WRONG = [
    # a Vietnamese family name let a headline's words into the name ('le-thanh-long-is-elected', 0.99)
    ("Justice Minister Le Thanh Long Is Elected Chair Of Committee\n\nHe spoke.\n", "en", "person",
     {"person/le-thanh-long"}),
    ("Talks With Deputy Foreign Minister Le Hoai Trung In Geneva\n\nHe spoke.\n", "en", "person",
     {"person/le-hoai-trung"}),
    ("Ambassador Mai Phan Dung Meets The High Commissioner\n\nHe spoke.\n", "en", "person", {"person/mai-phan-dung"}),
    # a state after a title that is a body's ('person/red-cross-society' held the President's post, 0.99)
    (_T + "In Hanoi, Nguyen Thi Thanh, Vice President of the Viet Nam Red Cross Society, welcomed the guests.\n", "en",
     "holding", {"person/nguyen-thi-thanh post/vice-president-vietnam-red-cross"}),  # (the society's own post, read
    # since round 52 gave the graph the society)
    (_T + "In Hanoi, Le Van Thanh, Attorney General of Viet Nam Bar Federation, spoke.\n", "en", "holding", set()),
    (_T + "In Geneva, Ambassador Febrian Ruddyard, the Indonesian President of the Human Rights Council, spoke.\n",
     "en", "holding", set()),
    (_T + "In Hanoi, Tran Van Minh, the Malaysian President's adviser, met Vietnamese officials.\n", "en", "holding",
     set()),
    # the main state is not the one a city of Viet Nam is in only when that city is a UN seat
    (_T + "Justice Minister Le Thanh Long opened the workshop in Hanoi, Viet Nam, with experts from Thailand.\n",
     "en", "holding", {"person/le-thanh-long post/minister-justice-vnm"}),
    # the DFA is the Philippines'; Viet Nam has no Foreign Affairs Secretary
    (_T + "DFA Secretary Enrique Manalo met Foreign Minister Bui Thanh Son in Hanoi to discuss Viet Nam's UPR.\n",
     "en", "holding", {"person/enrique-manalo post/secretary-foreign-affairs-phl",
                       "person/bui-thanh-son post/minister-foreign-affairs-vnm"}),
    (_T + "Foreign Affairs Secretary Enrique Manalo told his counterpart that Viet Nam was a close partner.\n", "en",
     "holding", set()),
    # a delegation to a WTO conference, or to talks in Geneva, is no permanent mission
    (_T + "Ambassador Nguyen Van Minh, head of Vietnam's delegation to the WTO Ministerial Conference in Abu Dhabi, "
     "spoke.\n", "en", "holding", set()),
    (_T + "Ambassador Le Thi Hoa, head of the Thai delegation to the talks with the WTO in Geneva, met reporters.\n",
     "en", "holding", set()),
    # a count whose unit is left out takes it only for recommendations
    (_T + "Viet Nam received 180 votes in the election and 4 were rejected as invalid.\n", "en", "figure",
     {"votes-received=180"}),
    (_T + "The Council adopted 24 resolutions on Viet Nam and 3 were rejected.\n", "en", "figure",
     {"resolutions-adopted=24"}),
    # no count of the UN's members, of a treaty's parties, of years since
    (_T + "Over 120 UN member states took part in the review of Viet Nam.\n", "en", "figure", set()),
    (_T + "Viet Nam won the support of 180 UN member states in the vote.\n", "en", "figure", set()),
    (_T + "Viet Nam is one of the 47 UN member states sitting on the Council.\n", "en", "figure", set()),
    (_T + "In 2023, 4 states ratified the protocol, including Viet Nam.\n", "en", "figure", set()),
    (_T + "Viet Nam and 12 other states have ratified the convention since 2020.\n", "en", "figure", set()),
    (_T + "During the past 3 years, 200 activists were detained in Viet Nam.\n", "en", "figure", set()),
    # a count after a month is no year ('1500-05', 0.9)
    (_T + "In May, 1500 people attended the ceremony in Viet Nam.\n", "en", "date", {"2024-05"}),
    # a newspaper after a photographer's name is no person
    (_T + "Viet Nam hosted the talks. (Photo: Quang Vinh/Dan Tri)\n", "en", "person", {"person/quang-vinh"}),
    # ranks before a regional body's chair and a UN post ('Phó Chủ tịch AICHR' was its president, 0.95)
    (_T + "Phó Chủ tịch AICHR Yuyun Wahyuningrum đã khai mạc cuộc họp tại Jakarta.\n", "vi", "holding",
     {"person/yuyun-wahyuningrum post/vice-chair-aichr"}),
    (_T + "Chủ tịch AICHR Yuyun Wahyuningrum đã khai mạc cuộc họp tại Jakarta.\n", "vi", "holding",
     {"person/yuyun-wahyuningrum post/chair-aichr"}),  # as the English 'Chair of the AICHR'
    (_T + "Trợ lý Tổng Thư ký Liên hợp quốc Ilze Brands Kehris thăm Việt Nam.\n", "vi", "holding",
     {"person/ilze-brands-kehris post/un-assistant-secretary-general"}),
    (_T + "The Vice Chair of the Committee on the Rights of the Child, Ms Ann Skelton, spoke on Viet Nam.\n", "en",
     "holding", {"person/ann-skelton post/vice-chair-crc-committee"}),
    # no speakers: an adverb, media, authorities
    (_T + "Earlier Minh said the report on Viet Nam was balanced.\n", "en", "person", set()),
    (_T + '"This matters," Front Line Defenders said in a statement on Viet Nam.\n', "en", "person", set()),
    (_T + "In a statement, Radio Free Asia said Viet Nam had arrested him.\n", "en", "person", set()),
    (_T + '"We are ready," Thai Authorities said on Monday about Viet Nam.\n', "en", "person", set()),
    (_T + "In Hanoi, Lao Dong said the new decree would help workers in Viet Nam.\n", "en", "person", set()),
    # a review's preparations, consultations and reports are no review
    (_T + "Fourth UPR preparations began in 2022 in Viet Nam.\n", "en", "event", set()),
    (_T + "Viet Nam held its third UPR national consultation in 2018.\n", "en", "event", {"consultation 2018"}),
    (_T + "In preparation of the fourth UPR in 2023, Viet Nam held consultations.\n", "en", "event", set()),
    # a news article's date line is no statement's: its dialogue is not of that day ('next year' names its year)
    ("Viet Nam prepares for its fourth UPR\n\n12 May 2024\n\nViet Nam will present its national report to the UPR "
     "Working Group next year, the ministry said.\n", "en", "event", {"dialogue 2025"}),
    # a state's name before a UN body's name makes another body
    (_T + "The Vice President of the Philippines Commission on Human Rights, Ms Karen Gomez-Dumpit, met Vietnamese "
     "officials.\n", "en", "organisation", {"org/commission-human-rights-phl"}),  # (the state's own body: round 13)
    # a body's name with 'Government' in it
    (_T + "The Viet Nam Government Inspectorate released its report on Monday in Hanoi.\n", "en", "organisation",
     set()),
    (_T + "The Myanmar Government in exile criticised Viet Nam.\n", "en", "organisation", set()),
]


# what held-out set 17 found after round 19 (wrong readings at 0.93-0.95)
SET_17_FOUND = [
    (_T + "In Yangon, the envoy met five political prisoners including two elected representatives on 16 "
     "February.\n", "en", "event", set()),  # an election on that day, 0.95
    (_T + "In Yangon, the envoy met five political prisoners including two elected representatives on 16 "
     "February.\n", "en", "figure", set()),  # two delegates, 0.93
    (_T + "Addressing the placement of Vietnam on the Special Watch List, the spokesperson said no.\n", "en",
     "organisation", set()),  # a body 'Vietnam on the Special Watch List', 0.93
    (_T + "Bộ Công an tổ chức Hội thảo tham vấn về hồ sơ bảo vệ Báo cáo quốc gia của Việt Nam ngày 15/10.\n", "vi",
     "event", {"workshop 2024-10-15"}),  # the dossier for the review is no review that day
]


# what held-out set 18 found after round 20 (wrong readings at 0.99)
SET_18_FOUND = [
    (_T + "It contradicts Article 27 of the Vienna Convention on the Law of Treaties, Myanmar was told.\n", "en",
     "place", set()),  # Vienna, 0.99
    (_T + "Indonesia's candidacy was adopted through Government Decree No. 61/2021, May 12, the minister said.\n",
     "en", "date", {"2021-05-12"}),  # was the article's year, 0.99
]


# what held-out set 19 found after round 21 (made-up sentences of its wordings; round 22)
SET_19_FOUND = [
    (_T + "The new UN Special Rapporteur on Cambodia, Rhona Smith, arrived in Phnom Penh on Monday.\n", "en",
     "holding", {"person/rhona-smith post/un-special-rapporteur-human-rights-cambodia"}),  # a mandate named by a state
    (_T + "Ambassador Le Thi Tuyet Mai, head of the Permanent Mission of Vietnam to Geneva, spoke at the Council.\n",
     "en", "organisation", {"org/permanent-mission-un-geneva-vnm"}),  # no 'UN'
    (_T + "Ambassador Le Thi Tuyet Mai, head of the Permanent Mission of Vietnam to Geneva, spoke at the Council.\n",
     "en", "holding", {"person/le-thi-tuyet-mai post/permanent-representative-un-geneva-vnm"}),
    (_T + "In New York, the General Assembly elected 14 members of the Human Rights Council on Tuesday.\n", "en",
     "organisation", {"org/un-general-assembly", "org/un-human-rights-council"}),
    ("Tiêu đề bài báo\n\nThứ trưởng Ngoại giao Việt Nam Đỗ Hùng Việt hôm qua đã phát biểu tại Geneva.\n", "vi",
     "holding", {"person/do-hung-viet post/deputy-minister-foreign-affairs-vnm"}),  # the state between title and name
    ("Statement by UN Resident Coordinator Sara Bellini\n\nThe United Nations Country Team in Laos welcomed the "
     "law.\n", "en", "holding", set()),  # read in round 22, not since the fourth review: headlines' words took names
    ("Statement by UN Resident Coordinator Sara Bellini\n\nThe United Nations Country Team in Laos welcomed the "
     "law.\n", "en", "organisation", {"org/un-country-team-lao", "org/united-nations"}),
    (_T + "Thailand's delegation was led by Mr. Somchai Rakdee, Minister for Social Development and Human Security.\n",
     "en", "holding", {"person/somchai-rakdee post/minister-social-development-human-security-tha"}),
    (_T + "The rapporteur was invited by the Department of Justice of the Philippines for an academic visit in "
     "February 2023.\n", "en", "event", {"visit 2023-02"}),
    ("Tiêu đề bài báo\n\nChiều 21-10-2016, tại Hà Nội, Chủ tịch nước đã có buổi tiếp bà Pratibha Mehta.\n", "vi",
     "event", {"meeting 2016-10-21"}),  # received her: a meeting
    ("Tiêu đề bài báo\n\nHà Nội sẽ tổ chức buổi tiếp theo của hội thảo vào năm sau.\n", "vi", "event",
     {"workshop 2025"}),  # the next (tiếp theo) is no reception; 'vào năm sau', next year (round 36)
    (_T + "After three weeks in Geneva, with Viet Nam as a member, the Human Rights Council passed 32 resolutions "
     "and decisions, 4 chairman's statements.\n", "en", "figure", {"resolutions-adopted=32", "president-statements=4"}),
    (_T + "During the session, the Human Rights Council held more than 30 plenary sessions and 9 seminar sessions "
     "in Geneva.\n", "en", "event", set()),  # a seminar session of the Council is no workshop
    (_T + "At the vote for the Human Rights Council, Laos received only one or two votes.\n", "en",
     "figure", set()),  # a guess; it was 2 votes received, 0.9
    (_T + "Of the 249 recommendations received by Thailand, 181 or 72.69 per cent were supported.\n", "en",
     "figure", {"recommendations-received=249", "recommendations-accepted=181", "acceptance-rate=72.69"}),
    ("Tiêu đề bài báo\n\nTừ năm 2010 đến nay, có 24 lượt Báo cáo viên đặc biệt của LHQ đề nghị thăm Việt Nam.\n",
     "vi", "figure", {"special-procedures-visit-requests=24"}),  # asked to visit, not visited (0.86)
    (_T + "The States elected to the Council, Kenya among them, begin their three year terms in June.\n", "en",
     "figure", {"term-years=3"}),
    (_T + "Brunei was represented by 22-member delegation headed by the Second Minister.\n", "en", "figure",
     {"delegation-members=22"}),  # a new measure: the size of a state's delegation
    (_T + "The Philippines was represented by a 29-strong high-level delegation at the review.\n", "en", "figure",
     {"delegation-members=29"}),
]

# what held-out set 20 found after round 22 (made-up sentences of its wordings; round 23)
SET_20_FOUND = [
    (_T + "The United Nations special rapporteur on human rights in Burma, Tomas Ojea Quintana, met prisoners.\n",
     "en", "holding", {"person/tomas-ojea-quintana post/un-special-rapporteur-human-rights-myanmar"}),  # lower case
    (_T + "It was the Interactive Dialogue with Mr. Thomas H. Andrews, Special Rapporteur on the Situation of Human "
     "Rights in Myanmar, in Geneva.\n", "en", "holding",
     {"person/thomas-andrews post/un-special-rapporteur-human-rights-myanmar"}),  # title case
    (_T + "In Yangon, the special rapporteur on the right to food said so.\n", "en", "holding", set()),  # no title
    (_T + "Permanent Representative of Myanmar U Kyaw Moe Tun made a statement in New York.\n", "en", "holding",
     {"person/kyaw-moe-tun post/permanent-representative-un-mmr"}),  # 'of <state>', no 'to …'
    ("Tiêu đề bài báo\n\nỦy ban 3 tiếp tục chương trình làm việc khóa 73 Đại Hội đồng Liên hợp quốc tại New York.\n",
     "vi", "session", {"session/unga-73"}),
    ("Tiêu đề bài báo\n\nỦy ban 3 tiếp tục chương trình làm việc khóa 73 Đại Hội đồng Liên hợp quốc tại New York.\n",
     "vi", "organisation", {"org/un-general-assembly-third-committee", "org/un-general-assembly"}),
    ("Tiêu đề bài báo\n\nQuốc hội khóa 15 họp tại Hà Nội, còn Đại Hội đồng Liên hợp quốc họp ở New York.\n", "vi",
     "session", set()),  # the National Assembly's term is no session of the Assembly named later
    ("Tiêu đề bài báo\n\nTrong hai tuần từ 15-29/10/2018, Ủy ban 3 thảo luận về quyền con người.\n", "vi", "date",
     {"2018-10-15", "2018-10-29"}),  # a range of days: its first and its last
    (_T + "Thailand's mission deposited the instrument of accession at the United Nations on 2 September 2016.\n",
     "en", "event", {"accession 2016-09-02"}),
    ("Tiêu đề bài báo\n\nTại New York, Đại sứ, Trưởng Phái đoàn Việt Nam tại Liên hợp quốc Đặng Hoàng Giang đã tiếp bà "
     "Pauline Tamesis.\n", "vi", "holding", {"person/dang-hoang-giang post/permanent-representative-un-vnm"}),
    ("Tiêu đề bài báo\n\nTham tán Công sứ, Phó trưởng Phái đoàn Việt Nam tại Liên Hợp Quốc Lê Thị Minh Thoa phát "
     "biểu.\n", "vi", "holding", {"person/le-thi-minh-thoa post/deputy-permanent-representative-un-vnm"}),
    ("Tiêu đề bài báo\n\nĐại sứ Dương Chí Dũng, Trưởng Phái đoàn Việt Nam tại Liên hợp quốc, Tổ chức thương mại thế "
     "giới và các tổ chức quốc tế khác tại Geneve nhấn mạnh điều đó.\n", "vi", "holding",
     {"person/duong-chi-dung post/permanent-representative-un-geneva-vnm"}),  # 'Geneve', after the list: Geneva's
]

# what held-out set 21 found after round 23 (made-up sentences of its wordings; round 24)
SET_21_FOUND = [
    (_T + "Activists protested in front of the U.N. Human Rights Council (UNHCR) as it reviewed Laos.\n", "en",
     "organisation", {"org/un-human-rights-council"}),  # the refugee agency, 0.95: the writer's slip, 'U.N.' too
    ("Tiêu đề bài báo\n\nTham dự có ông Mai Đức Thiện, Phó Vụ trưởng Vụ Pháp chế Bộ Lao động.\n", "vi", "person",
     {"person/mai-duc-thien"}),  # a person 'Vụ Pháp', 0.97: 'Vụ' (a department) is not the surname Vũ
    ("Tiêu đề bài báo\n\nPhát biểu khai mạc, Trung tướng, GS. TS Nguyễn Ngọc Anh, Cục trưởng Cục Pháp chế, nói.\n",
     "vi", "person", {"person/nguyen-ngoc-anh"}),  # 'TS' (a doctor's title) is no part of the name
    (_T + "Laos has not yet implemented the 116 recommendations it agreed to five years ago.\n", "en", "figure",
     {"years-since=5"}),  # 116 implemented, 0.96: 'not yet implemented'
    ("Tiêu đề bài báo\n\nBáo cáo làm rõ kết quả thực hiện 182 khuyến nghị mà Việt Nam đã chấp thuận.\n", "vi",
     "figure", {"recommendations-accepted=182"}),  # 182 implemented, 0.96: the results of implementing them
    (_T + "Viet Nam has implemented 150 recommendations so far.\n", "en", "figure",
     {"recommendations-implemented-count=150"}),  # still implemented
    (_T + "Human Rights Council Special Session 29\nThe special session on Myanmar was held in Geneva.\n", "en",
     "session", set()),  # the 29th regular session, 0.7: special sessions are numbered apart
    ("Tiêu đề bài báo\n\nViệt Nam nhấn mạnh Tuyên bố Vienna và Chương trình Hành động năm 1993.\n", "vi", "place",
     set()),  # Vienna, 0.99: the Vienna Declaration
    (_T + "The envoy asked to meet detained opposition leader Aung San Suu Kyi in Yangon.\n", "en", "person",
     {"person/aung-san-suu-kyi"}),  # a lower-case descriptor before a name
    (_T + "Diplomats mentioned the disappearance of rural development expert Sombath Somphone in 2012.\n", "en",
     "person", {"person/sombath-somphone"}),
    (_T + "The party's leader Said That the expert Group met.\n", "en", "person", set()),  # one word, or no name
]

# what a fourth independent review found in round 22's rules with made-up sentences (wrong readings at 0.90-0.99)
REVIEW_22_WRONG = [
    # another body's 'General Assembly' was the UN's (0.99, 40 texts)
    (_T + "The 44th AIPA General Assembly was held in Jakarta in August.\n", "en", "organisation", set()),
    (_T + "The General Assembly of the Inter-Parliamentary Union opened in Geneva on Sunday.\n", "en", "organisation",
     set()),
    (_T + "The Inter-Parliamentary Union General Assembly met in Geneva.\n", "en", "organisation", set()),
    (_T + "The General Assembly elected Viet Nam to the Human Rights Council.\n", "en", "organisation",
     {"org/un-general-assembly", "org/un-human-rights-council"}),  # still the UN's
    (_T + "The U.N. General Assembly met in New York.\n", "en", "organisation", {"org/un-general-assembly"}),
    # another state's title in a headline took the headline's words as a name (0.97)
    ("Cambodian Prime Minister Hails Strong Ties\n\nThe Prime Minister of Cambodia spoke in Phnom Penh.\n", "en",
     "person", set()),
    ("Cambodian Prime Minister Hun Manet Arrives\n\nThe Prime Minister of Cambodia spoke in Phnom Penh.\n", "en",
     "person", set()),
    # 'to Geneva' anywhere after 'of <state>' made the mission in Geneva's post (0.96, 0.93)
    (_T + "Dang Hoang Giang, Permanent Representative of Viet Nam in New York who travelled to Geneva, met the High "
     "Commissioner.\n", "en", "holding", {"person/dang-hoang-giang post/permanent-representative-un-vnm"}),
    (_T + "The Permanent Mission of Viet Nam in New York sent a delegation to Geneva for the session.\n", "en",
     "organisation", {"org/permanent-mission-un-vnm"}),  # (the one in New York, read since round 49)
    # capitalised words after 'Special Rapporteur on <state>' were its holder (0.97, 0.96)
    (_T + "UN Special Rapporteur on Cambodia Human Rights, Vitit Muntarbhorn, met the Prime Minister.\n", "en",
     "person", {"person/vitit-muntarbhorn"}),  # (round 46: the holder the graph knows, no words of the title)
    (_T + "In a letter to the Special Rapporteur on Iran President Ebrahim Raisi denied the allegations.\n", "en",
     "holding", {"person/ebrahim-raisi post/president-irn"}),
    # 'đề nghị tham gia' (take part) was a request to visit (0.93)
    ("Tiêu đề bài báo\n\nCó 5 báo cáo viên đặc biệt đề nghị tham gia phiên đối thoại với Việt Nam.\n", "vi", "figure",
     set()),
    # any 'passed' in the sentence adopted the resolutions (0.95)
    (_T + "Ten years have passed since Viet Nam sponsored 3 resolutions on climate change.\n", "en", "figure",
     {"years-since=10"}),
    # years of membership were a term's length (0.90)
    (_T + "Viet Nam's 45 year membership of the United Nations was marked in Hanoi.\n", "en", "figure", set()),
]

# what the fourth review found missed (or wrong: the deputy was the representative, 0.95)
REVIEW_22_MISSED = [
    (_T + "Deputy Permanent Representative of Viet Nam to Geneva Nguyen Van An spoke.\n", "en", "holding",
     {"person/nguyen-van-an post/deputy-permanent-representative-un-geneva-vnm"}),
    (_T + "Nguyen Van An, Deputy Permanent Representative of Viet Nam to the United Nations in Geneva, spoke.\n", "en",
     "holding", {"person/nguyen-van-an post/deputy-permanent-representative-un-geneva-vnm"}),
    (_T + "Vietnam's Permanent Mission to Geneva hosted the event.\n", "en", "organisation",
     {"org/permanent-mission-un-geneva-vnm"}),
    ("Tiêu đề bài báo\n\nBà Yanghee Lee, Báo cáo viên đặc biệt của LHQ về tình hình nhân quyền tại Myanmar, đã đến "
     "Yangon.\n", "vi", "holding", {"person/yanghee-lee post/un-special-rapporteur-human-rights-myanmar"}),
    ("Tiêu đề bài báo\n\nĐoàn Việt Nam do Thứ trưởng dẫn đầu gồm 22 thành viên đã tới Geneva.\n", "vi", "figure",
     {"delegation-members=22"}),
    # a hyphened part of five or six lower-case letters ('person/varawut-silpa', 0.98), not '-based', '-backed'
    (_T + "Thailand's Minister of Social Development and Human Security Varawut Silpa-archa attended the meeting.\n",
     "en", "person", {"person/varawut-silpa-archa"}),
    # a portfolio's minister with the state after the title, and 'Bộ trưởng Tư pháp' without a second 'Bộ'
    ("Tiêu đề bài báo\n\nBộ trưởng Tư pháp Việt Nam Lê Thành Long đã phát biểu tại phiên họp ở Geneva về luật mới.\n",
     "vi", "holding", {"person/le-thanh-long post/minister-justice-vnm"}),
    (_T + "Justice Minister of Thailand Somchai Rakdee spoke to the delegates about the new law on torture in "
     "Geneva.\n", "en", "holding", {"person/somchai-rakdee post/minister-justice-tha"}),
]

# what held-out set 22 found after round 24 and the fourth review (made-up sentences of its wordings; round 25)
SET_22_FOUND = [
    ("Tiêu đề bài báo\n\nTrong buổi họp báo tại Genève, phát ngôn viên của Cao Ủy Liên Hiệp Quốc về Nhân Quyền, bà "
     "Liz Throssell nói về Việt Nam.\n", "vi", "holding", set()),  # the High Commissioner's post, 0.96: a spokesperson
    (_T + "On behalf of His Excellency Keo Remy, Minister attached to the Prime Minister of Cambodia, I thank you.\n",
     "en", "person", {"person/keo-remy"}),  # 'person/his-excellency-keo-remy' (0.97)
    (_T + "Indonesia's Foreign Affairs Minister Retno Marsudi will attend a meeting of the Council later this "
     "month.\n", "en", "holding", {"person/retno-marsudi post/minister-foreign-affairs-idn"}),
    ("18 thành viên mới của Hội đồng Nhân quyền Liên Hiệp Quốc\n\nViệt Nam hoan nghênh.\n", "vi", "figure",
     {"members-elected=18"}),  # 18 members of the Council (0.88): its new ones
    ("Tiêu đề bài báo\n\nViệt Nam phát biểu tại khoá họp thứ 21 của HĐNQLHQ ở Geneva.\n", "vi", "session",
     {"session/hrc-21"}),
    (_T + "In Geneva, the 27th special session of the Human Rights Council on Myanmar concluded on Tuesday.\n", "en",
     "session", {"session/hrc-special-27"}),  # it was the 27th regular session (0.9): special sessions are numbered
    # apart (since round 10, session/hrc-special-27, as the HRC importers name it)
]

# what a fifth independent review found in rounds 23-24 with made-up sentences (wrong readings at 0.93-0.99)
_V = "Tiêu đề bài báo\n\n"
REVIEW_24_WRONG = [
    # a lower-case title or 'for' made a mandate of a word ('post/un-special-rapporteur-country', 0.95)
    (_T + "Myanmar's junta has killed thousands, the UN special rapporteur for the country, Tom Andrews, said on "
     "Monday.\n", "en", "holding", set()),
    # ('on the issue' builds no mandate; round 46: the one the graph records Mary Lawlor holding is read instead)
    (_T + "The UN Special Rapporteur on the issue, Mary Lawlor, said so in Geneva.\n", "en", "holding",
     {"person/mary-lawlor post/un-special-rapporteur-human-rights-defenders"}),
    (_T + "The UN Special Rapporteur on Myanmar Tom Andrews said the junta must stop.\n", "en", "holding",
     {"person/tom-andrews post/un-special-rapporteur-human-rights-myanmar"}),  # read before round 23, and again
    # 'Permanent Representative of <state>' before another body or city (0.96); 'Geneva' elsewhere placed it there
    (_T + "Ambassador Le Thi Hong Van, Permanent Representative of Viet Nam at UNESCO, said the nomination was "
     "approved.\n", "en", "holding", set()),
    (_T + "Permanent Representative of Myanmar U Kyaw Moe Tun told the General Assembly in New York that the junta had "
     "no legitimacy. In Geneva, the High Commissioner also condemned the coup.\n", "en", "holding",
     {"person/kyaw-moe-tun post/permanent-representative-un-mmr"}),
    # the Vietnamese mission without 'thường trực': a Geneva after the list (0.94), a minister leading a delegation
    (_V + "Phái đoàn Việt Nam tại Liên hợp quốc và các tổ chức quốc tế tại Geneva đã tổ chức lễ kỷ niệm.\n", "vi",
     "organisation", {"org/united-nations"}),
    (_V + "Phó Thủ tướng Trần Lưu Quang, Trưởng Phái đoàn Việt Nam tại Liên hợp quốc, đã dự Tuần lễ cấp cao Đại hội "
     "đồng.\n", "vi", "holding", {"person/tran-luu-quang post/deputy-prime-minister-vnm"}),
    # implemented counts read as accepted (0.96)
    (_T + "Viet Nam has finished the implementation of 180 recommendations it accepted, out of 241.\n", "en",
     "figure", {"recommendations-implemented-count=180"}),
    (_V + "Đến nay, Việt Nam đã hoàn thành việc thực hiện 180 khuyến nghị được chấp thuận.\n", "vi", "figure",
     {"recommendations-implemented-count=180"}),
    # the Third Committee's bare names (0.99)
    (_V + "Ủy ban 3 bên về quan hệ lao động đã họp tại Hà Nội.\n", "vi", "organisation", set()),
    (_T + "The Third Committee of the National Assembly reviewed the draft law of Viet Nam in Hanoi.\n", "en",
     "organisation", {"org/national-assembly-vnm"}),
    (_V + "Trong tuần, Ủy ban 3 của Đại hội đồng Liên hợp quốc đã thảo luận.\n", "vi", "organisation",
     {"org/un-general-assembly-third-committee"}),
    # a day range's last day in another year (0.99)
    (_V + "Ngày 8-14/11, hội nghị diễn ra tại Hà Nội.\n", "vi", "date", {"2024-11-08", "2024-11-14"}),
    # 'khóa 15 và Hội đồng Nhân quyền' (0.94); 'yêu cầu tham dự' counted visits (0.93)
    (_V + "Đại biểu Quốc hội khóa 15 và Hội đồng Nhân quyền đều họp.\n", "vi", "session", set()),
    (_V + "Có 5 báo cáo viên đặc biệt yêu cầu tham dự phiên họp với Việt Nam.\n", "vi", "figure", set()),
    # a body's name after a descriptor was a person
    (_T + "He met the legal expert Group Alpha in Yangon on Monday.\n", "en", "person", set()),
]

# what held-out set 23 found after round 25 and the fifth review (made-up sentences of its wordings; round 26)
SET_23_FOUND = [
    (_V + "Với kết quả 93 phiếu ủng hộ nghị quyết, 24 phiếu chống và 58 phiếu trắng, Đại hội đồng LHQ đã thông qua, "
     "Việt Nam nói.\n", "vi", "figure", {"votes-received=93", "votes-against=24", "abstentions=58"}),  # new measures
    (_T + "The resolution on Myanmar was adopted by a vote of 33 in favour, 3 against and 9 abstentions in Geneva, "
     "Viet Nam said.\n", "en", "figure", {"votes-in-favour=33", "votes-against=3", "abstentions=9"}),  # a measure since
    (_T + "Until Fiji signed the 1984 UN Convention against Torture last month, Brunei had not.\n", "en", "figure",
     set()),  # no vote
    (_T + "The government of Singapore also failed to accept all four recommendations on the death penalty.\n", "en",
     "figure", set()),  # 4 accepted (0.93)
    ("General Assembly Elects 14 Member States to Serve Three-year Terms on Human Rights Council\n\nThe vote was held "
     "in New York on Friday, Viet Nam said.\n", "en", "figure", {"members-elected=14", "term-years=3"}),  # 14 members
    (_V + "Trung Quốc chưa chấp nhận cho 15 thủ tục đặc biệt muốn đến thăm Tây Tạng.\n", "vi", "figure",
     {"special-procedures-visit-requests=15"}),  # 15 visits (0.87)
    (_T + "Koy Kuong, a spokesman for the Ministry of Foreign Affairs, said the letter had come.\n", "en",
     "organisation", set()),  # no state named anywhere: Viet Nam's ministry (0.99)
    (_T + "Singapore keeps the Internal Security Act (ISA), the rights group said in Paris.\n", "en", "organisation",
     set()),  # an act is no body (0.32)
]

# what a sixth independent review found in round 25 and the fifth review's fixes (wrong readings at 0.93-0.99)
REVIEW_25_WRONG = [
    # a participle after a hyphen joined the name ('person/hun-sen-allied', 0.98)
    (_T + "Cambodian Prime Minister Hun Sen-allied tycoons were named in the report released on Friday.\n", "en",
     "person", {"person/hun-sen"}),
    # an unqualified Vietnamese portfolio title took another state of the sentence ('minister-justice-jpn', 0.95)
    (_V + "Bộ trưởng Tư pháp Lê Thành Long đã có chuyến thăm làm việc tại Nhật Bản từ ngày 5 đến 9/6.\n", "vi",
     "holding", {"person/le-thanh-long post/minister-justice-vnm"}),
    # 'Campuchia' was never a state (one Vietnamese word); the name took it ('person/campuchia-koeut-rith', 0.98)
    (_V + "Bộ trưởng Tư pháp Campuchia Koeut Rith đã tiếp Bộ trưởng Tư pháp Việt Nam tại Phnom Penh.\n", "vi",
     "holding", {"person/koeut-rith post/minister-justice-khm"}),
    # ' va' of 'vào' began a list of bodies that ended in Geneva (0.96)
    (_V + "Đại sứ Đặng Hoàng Giang, Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc vào tuần trước đã gặp Cao "
     "ủy tại Geneva.\n", "vi", "holding", {"person/dang-hoang-giang post/permanent-representative-un-vnm"}),
    # the sentence's Geneva places the representative 'of Viet Nam' (it was New York's, 0.95)
    (_T + "GENEVA, June 20 (VNA) - Permanent Representative of Viet Nam Mai Phan Dung addressed the 56th session of "
     "the Human Rights Council in Geneva on Thursday.\n", "en", "holding",
     {"person/mai-phan-dung post/permanent-representative-un-geneva-vnm"}),
    (_T + "Permanent Representative of Viet Nam in New York Dang Hoang Giang told the Assembly that the plan was "
     "sound.\n", "en", "holding", {"person/dang-hoang-giang post/permanent-representative-un-vnm"}),
    # 'việc thực hiện N khuyến nghị đã được chấp thuận' is the accepted ones; not accepted, no figure (0.93)
    (_V + "Việc thực hiện 241 khuyến nghị đã được chấp thuận là ưu tiên của Việt Nam.\n", "vi", "figure",
     {"recommendations-accepted=241"}),
    (_V + "Để thực hiện 241 khuyến nghị không được chấp thuận, Việt Nam cần nỗ lực.\n", "vi", "figure", set()),
    # another body's new members were elected to the Council (0.93)
    (_V + "Đoàn Thanh niên Việt Nam kết nạp 5.000 thành viên mới trong năm nay tại Hà Nội.\n", "vi", "figure",
     set()),
    # 'Đại sứ X, Trưởng Phái đoàn …': the diplomat's title further before (a miss since the fifth review)
    (_V + "Đại sứ Đặng Hoàng Giang, Trưởng Phái đoàn Việt Nam tại Liên hợp quốc, phát biểu tại phiên họp.\n", "vi",
     "holding", {"person/dang-hoang-giang post/permanent-representative-un-vnm"}),
    # another body's possessive before a bare UN name (0.99, older)
    (_T + "The Asian Development Bank's General Assembly met in Manila with Viet Nam's delegation.\n", "en",
     "organisation", set()),
    (_T + "The National Assembly's Third Committee discussed the draft law on Viet Nam's budget.\n", "en",
     "organisation", {"org/national-assembly-vnm"}),
    (_T + "At the UN, the General Assembly's Third Committee adopted the text on Viet Nam.\n", "en", "organisation",
     {"org/united-nations", "org/un-general-assembly-third-committee"}),
    # 'Her Excellency' (older: 'person/excellency-le-thi-tuyet-mai', 0.97)
    (_T + "Her Excellency Le Thi Tuyet Mai, Permanent Representative of Viet Nam to the UN in Geneva, spoke on "
     "Monday.\n", "en", "person", {"person/le-thi-tuyet-mai"}),
]

# what a seventh independent review found in round 26 and the sixth review's fixes (wrong readings at 0.92-0.97)
REVIEW_26_WRONG = [
    # an unqualified Vietnamese title before a foreign name was Viet Nam's (0.94); 'Mỹ' joined the name (0.97)
    (_V + "Bộ trưởng Y tế Budi Gunadi Sadikin của Indonesia phát biểu tại hội nghị.\n", "vi", "holding",
     {"person/budi-gunadi-sadikin post/minister-health-idn"}),
    (_V + "Bộ trưởng Quốc phòng Mỹ Lloyd Austin và Bộ trưởng Ngoại giao Antony Blinken đến Hà Nội.\n", "vi", "person",
     {"person/antony-blinken", "person/lloyd-austin"}),  # since round 27 'Mỹ' is a state's name, not a name's word
    # a diplomat's title of another person, or before another title (0.94)
    (_V + "Tham tán công sứ Nguyễn Văn B và Bộ trưởng Ngoại giao, Trưởng Phái đoàn Việt Nam tại Liên hợp quốc Bùi "
     "Thanh Sơn phát biểu.\n", "vi", "holding", set()),
    (_V + "Với sự tham dự của Đại sứ, Thứ trưởng Đặng Hoàng Giang, Trưởng Phái đoàn Việt Nam tại Liên hợp quốc, hội "
     "nghị khai mạc.\n", "vi", "holding", set()),
    # a Geneva elsewhere in the sentence placed the representative there (0.94)
    (_T + "The Geneva Conventions were discussed; the Permanent Representative of Viet Nam Dang Dinh Quy spoke in New "
     "York.\n", "en", "holding", {"person/dang-dinh-quy post/permanent-representative-un-vnm"}),
    (_T + "Permanent Representative of Viet Nam Dang Hoang Giang met the Secretary-General in New York, a week after a "
     "seminar in Geneva.\n", "en", "holding", {"person/dang-hoang-giang post/permanent-representative-un-vnm"}),
    # votes: 'N votes against M', invalid ballots, 'abstained' (0.79-0.92)
    (_T + "Viet Nam won 145 votes against 120 for Nepal in the vote.\n", "en", "figure",
     {"votes-received=145", "votes-received=120"}),  # (Nepal's 120: round 19)
    (_T + "The text passed with 20 in favour, 11 against, and 58 abstained, Viet Nam said.\n", "en", "figure",
     {"votes-in-favour=20", "votes-against=11", "abstentions=58"}),
    (_V + "Có 5 phiếu trắng và 2 phiếu không hợp lệ trong cuộc bầu cử của Việt Nam.\n", "vi", "figure",
     {"abstentions=5"}),
    (_V + "Việt Nam đã tiếp 14 thủ tục đặc biệt và 5 thủ tục đặc biệt muốn thăm Việt Nam.\n", "vi", "figure",
     {"special-procedures-visits=14", "special-procedures-visit-requests=5"}),
    # possessives that are no body's (the UN's Assembly was missed)
    (_T + "This year's General Assembly elected Viet Nam to the Council.\n", "en", "organisation",
     {"org/un-general-assembly"}),
    (_T + "Viet Nam's General Assembly statement stressed peace.\n", "en", "organisation", {"org/un-general-assembly"}),
]

# round 27: what set 25 stated and the rules missed (made-up sentences of the same shapes)
SET_24_FOUND = [
    (_V + "Tại cuộc họp báo thường kỳ chiều 23/9, Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng trả lời câu hỏi về "
     "báo cáo của Việt Nam.\n", "vi", "holding", {"person/le-thi-thu-hang post/spokesperson-mofa-vnm"}),
    (_V + "Bà Lê Thị Thu Hằng, người phát ngôn Bộ Ngoại giao, nói Việt Nam bác bỏ báo cáo này.\n", "vi", "holding",
     {"person/le-thi-thu-hang post/spokesperson-mofa-vnm"}),
    (_V + "Đại sứ, Trưởng Phái đoàn Việt Nam tại Geneva Dương Chí Dũng đã chủ trì cuộc tọa đàm về quyền phụ nữ.\n",
     "vi", "holding", {"person/duong-chi-dung post/permanent-representative-un-geneva-vnm"}),  # the name after
    (_V + "Ông Nguyễn Trung Thành, Đại sứ Đặc mệnh toàn quyền, Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp "
     "quốc, đã phát biểu tại New York.\n", "vi", "holding",
     {"person/nguyen-trung-thanh post/permanent-representative-un-vnm"}),  # a second title between
    (_V + "Trong cuộc gặp với Đại sứ Đặng Hoàng Giang, trưởng Phái đoàn Việt Nam tại Liên Hiệp Quốc, Tổng thư ký "
     "Liên Hiệp Quốc Antonio Guterres nói sẽ thăm Việt Nam.\n", "vi", "holding",
     {"person/dang-hoang-giang post/permanent-representative-un-vnm",
      "person/antonio-guterres post/un-secretary-general"}),  # 'Liên Hiệp Quốc'; not Guterres the head (0.94)
    (_T + "The council ended its session on Friday, Viet Nam said in a statement.\n\nForeign Minister Bui Thanh Son "
     "and UN High Commissioner for Human Rights Volker Turk. Photo: Anh Hien/VNA\nThey met in Geneva.\n", "en",
     "holding", {"person/bui-thanh-son post/minister-foreign-affairs-vnm",
                 "person/volker-turk post/un-high-commissioner-human-rights"}),  # a caption's last name
    (_T + "GENEVA — Ambassador Mai Phan Dung, Head of the Vietnamese Delegation in Geneva February 26 reaffirmed "
     "Viet Nam's commitment to human rights.\n", "en", "holding",
     {"person/mai-phan-dung post/permanent-representative-un-geneva-vnm"}),  # guard: no name 'February'
    (_V + "Khóa họp diễn ra tại Giơnevơ, Thụy Sỹ từ ngày 2 đến ngày 5/3 với nhiều đoàn tham dự.\n", "vi", "place",
     {"place/geneva"}),
    (_V + "Khóa họp diễn ra tại Giơnevơ, Thụy Sỹ từ ngày 2 đến ngày 5/3 với nhiều đoàn tham dự.\n", "vi", "state",
     {"state/che"}),
    (_T + "The Special Rapporteur on the Right to Development, Mr Surya Deva, presented a report on children.\n", "en",
     "holding", {"person/surya-deva post/un-special-rapporteur-right-to-development"}),  # a mandate's capitals
    (_T + "The Special Rapporteur on Human Rights and the Environment in Cambodia, David Boyd, met officials of "
     "the government.\n", "en", "holding", set()),  # guard: not a mandate '…-environment-cambodia'
    (_T + "Trợ lý Bộ trưởng Bộ Ngoại giao Nguyễn Minh Vũ led the delegation of Viet Nam to the session.\n", "vi",
     "organisation", {"org/mofa-vnm"}),  # the ministry inside the minister's title inside the assistant's
    (_V + "Hiện tại có khoảng 170 nước tham gia Công ước này, trong đó có Việt Nam.\n", "vi", "figure",
     {"convention-states-parties=170"}),  # not states in a dialogue (0.93)
    (_T + "The Council approved 32 draft resolutions at its session in Geneva, Viet Nam said.\n", "en", "figure",
     {"resolutions-adopted=32"}),  # approved drafts: adopted resolutions, not drafts
]

# round 27: what set 26 stated and the rules missed
SET_25_FOUND = [
    (_T + "Ambassador Omar Zniber of Morocco was elected President of the Human Rights Council for 2024 in Geneva "
     "on Monday.\n", "en", "holding", {"person/omar-zniber post/president-un-human-rights-council"}),
    (_V + "Ngày 8/1, Đại sứ Sidharto Reza Suryodipuro (Indonesia) đã chính thức được bầu giữ chức Chủ tịch Hội đồng "
     "Nhân quyền Liên hợp quốc năm 2026.\n", "vi", "holding",
     {"person/sidharto-reza-suryodipuro post/president-un-human-rights-council"}),
    (_T + "The ambassador said Viet Nam was elected President of the Human Rights Council in a vote on Monday.\n",
     "en", "holding", set()),  # guard: no name after the generic title
    (_T + "The Committee on Economic, Social and Cultural Rights has considered the report of Cambodia.\n", "en",
     "organisation", {"org/cescr-committee"}),  # a name with a comma
]

# after round 27: set 27's wrong readings
SET_26_WRONG = [
    (_T + "The vote in New York was attended by 188 of the UN's 193 member states, and the Council has 47 members, "
     "Viet Nam said.\n", "en", "figure", {"un-member-states=193", "council-members=47"}),  # 193 Council members (0.94)
    (_T + "Convention 98 is one of the eight core conventions of the ILO, which Viet Nam ratified in 2019.\n", "en",
     "figure", set()),  # 98 conventions ratified (0.66): a number that names
    (_V + "Việt Nam đã phê chuẩn 7 công ước cơ bản của ILO, trong đó có Công ước 98 và Công ước số 105.\n", "vi",
     "figure", {"ilo-conventions-ratified=7"}),
]

# what an eighth independent review found in round 27 (wrong readings at 0.94-0.98; older ones marked)
REVIEW_27_WRONG = [
    # a lower-case 'người phát ngôn' after any words and a comma made them its holder ('person/tai-ha-noi', 0.94)
    (_V + "Tại Hà Nội, người phát ngôn Bộ Ngoại giao cho biết Việt Nam đã trúng cử Hội đồng Nhân quyền.\n", "vi",
     "holding", set()),
    (_V + "Theo Bộ trưởng Bùi Thanh Sơn, người phát ngôn Bộ Ngoại giao sẽ thông báo chi tiết.\n", "vi", "holding",
     set()),
    (_V + "Về vấn đề Biển Đông, người phát ngôn Bộ Ngoại giao khẳng định Việt Nam có đủ bằng chứng.\n", "vi",
     "holding", set()),
    (_V + "Trả lời phóng viên, người phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết Việt Nam hoan nghênh.\n", "vi",
     "holding", {"person/pham-thu-hang post/spokesperson-mofa-vnm"}),  # guard: a Vietnamese name after it
    # another state's spokesperson was Viet Nam's, the state in the name ('person/my-matthew-miller', 0.98)
    (_V + "Người phát ngôn Bộ Ngoại giao Mỹ Matthew Miller cho biết Washington quan ngại về nhân quyền tại Việt "
     "Nam.\n", "vi", "holding", {"person/matthew-miller post/spokesperson-mofa-usa"}),
    # a deputy was the spokesperson (0.94); a deputy head of the mission its head (0.94, older)
    (_V + "Phó Phát ngôn viên Bộ Ngoại giao Đoàn Khắc Việt cho biết Việt Nam ủng hộ Hội đồng Nhân quyền.\n", "vi",
     "holding", {"person/doan-khac-viet post/deputy-spokesperson-mofa-vnm"}),
    (_V + "Phó Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc Nguyễn Hoàng Nguyên phát biểu.\n", "vi",
     "holding", {"person/nguyen-hoang-nguyen post/deputy-permanent-representative-un-vnm"}),
    # the head of the minister's office was the minister (0.94, older)
    (_V + "Chánh Văn phòng Bộ trưởng Bộ Tư pháp Lê Văn Cường dự họp với đoàn Việt Nam.\n", "vi", "holding", set()),
    # Geneva as the press spells it was no city of a mission (missed)
    (_V + "Trưởng Phái đoàn thường trực Việt Nam tại Giơ-ne-va Mai Phan Dũng phát biểu.\n", "vi", "holding",
     {"person/mai-phan-dung post/permanent-representative-un-geneva-vnm"}),
    # a state's or a national assembly's approval was the Council's adoption (0.95)
    (_T + "Viet Nam's National Assembly approved 5 draft resolutions on the economy.\n", "en", "figure",
     {"draft-resolutions=5"}),
    (_T + "Of the 40 draft resolutions, Viet Nam approved 32 draft resolutions.\n", "en", "figure",
     {"draft-resolutions=40", "draft-resolutions=32"}),
    # a part of the states parties was their number (0.94)
    (_V + "Năm 2023, thêm 3 nước tham gia Công ước, nâng tổng số lên 173, trong đó có Việt Nam.\n", "vi", "figure",
     set()),
    (_V + "Việt Nam là một trong 173 quốc gia đã tham gia Công ước chống tra tấn.\n", "vi", "figure",
     {"convention-states-parties=173"}),  # guard
    # a country mandate in capitals, its territory no state the gazetteer knows, made a thematic one (0.94)
    (_T + "The Special Rapporteur on the Situation of Human Rights in the Occupied Palestinian Territory, Francesca "
     "Albanese, spoke in Viet Nam.\n", "en", "holding", set()),
    (_T + "The Special Rapporteur on Contemporary Forms of Slavery, Tomoya Obokata, visited Viet Nam.\n", "en",
     "holding", {"person/tomoya-obokata post/un-special-rapporteur-contemporary-forms-slavery"}),  # guard
    # an inverted name with a comma took the next state's words ('Moldova, Republic of' + 'Korea'; Korea missed)
    (_T + "Delegations from Moldova, Republic of Korea and Viet Nam attended.\n", "en", "state",
     {"state/mda", "state/kor", "state/vnm"}),
]

# after the eighth review: held-out set 28's wrong readings at >= 0.9
SET_27_WRONG = [
    # a foreign name took the Vietnamese word after it ('person/kamal-malhotra-ky', 0.94)
    (_V + "Bà Nguyễn Phương Nga đã trao tặng Điều phối viên thường trú Liên hợp quốc tại Việt Nam Kamal Malhotra Kỷ "
     "niệm chương Vì hòa bình hữu nghị.\n", "vi", "holding",
     {"person/kamal-malhotra post/un-resident-coordinator-vnm"}),
    # a mandate's topic before a comma was a name holding the next mandate ('person/minority-issues', 0.92)
    (_T + "Viet Nam received the Independent Expert on Extreme Poverty, Independent Expert on Minority Issues, "
     "Independent Expert on Foreign Debt, Special Rapporteur on the Right to Health.\n", "en", "person", set()),
]

#: wrong readings the held-out record (tests/gold/unseen/first-scorings.csv) showed the current rules still make
RECORD_WRONG = [
    # a state's whole name was a person's, holding the post after it ('person/brunei-darussalam', set 25)
    (_V + "Đại diện của Brunei Darussalam, Chủ tịch AICHR 2021, thay mặt AICHR báo cáo các Bộ trưởng.\n", "vi",
     "person", set()),
    # a total first, then who decided the part: 281 was read as accepted (set 22)
    (_T + "Out of 281 recommendations reviewed by the UPR Working Group during the second cycle, Myanmar has "
     "accepted 166 and noted 115 recommendations.\n", "en", "figure",
     {"recommendations-received=281", "recommendations-accepted=166", "recommendations-noted=115"}),
    (_T + "Of the 249 recommendations received, Malaysia accepted 181.\n", "en", "figure",
     {"recommendations-received=249", "recommendations-accepted=181"}),
]


_OF_249 = _T + "Of the 249 recommendations received, Malaysia "
#: the ninth review's (of the record's two fixes): a total's part is a decision taken, not asked for, denied or another
#: count; the next count goes on from a part only after a decision; a state's or place's name with a word is no person
REVIEW_33_WRONG = [
    # (round 35: 'noted 68' is the recommendations named before, noted: right, as 68 accepted was not)
    (_OF_249 + "accepted none and noted 68.\n", "en", "figure",
     {"recommendations-received=249", "recommendations-noted=68"}),
    (_OF_249 + "has yet to accept 68.\n", "en", "figure", {"recommendations-received=249"}),
    (_T + "Of the 249 recommendations received, civil society urged Malaysia to accept 181.\n", "en", "figure",
     {"recommendations-received=249"}),
    (_OF_249 + "accepted 181, up 20 percent from the previous cycle.\n", "en", "figure",
     {"recommendations-received=249", "recommendations-accepted=181"}),
    (_OF_249 + "accepted 181 and noted that 3 had already been implemented.\n", "en", "figure",
     {"recommendations-received=249", "recommendations-accepted=181"}),
    (_T + "Of the 320 recommendations, Viet Nam accepted 271, and of the 227 in the second cycle, it accepted 182.\n",
     "en", "figure", {"recommendations-received=320", "recommendations-accepted=271",
                      "recommendations-accepted=182"}),  # (round 35: 'it accepted 182', the recommendations': right)
    (_T + "Of the 320 recommendations, Viet Nam noted 12 areas of concern raised by civil society.\n", "en", "figure",
     {"recommendations-received=320"}),
    # what the part's rules must still read
    (_T + "Of the 281 recommendations, Myanmar accepted 166, noted 115.\n", "en", "figure",
     {"recommendations-received=281", "recommendations-accepted=166", "recommendations-noted=115"}),
    (_OF_249 + "refused to accept 68.\n", "en", "figure",
     {"recommendations-received=249", "recommendations-rejected=68"}),
    (_T + "Of the 190 recommendations made to Myanmar, 74 were supported.\n", "en", "figure",
     {"recommendations-received=190", "recommendations-accepted=74"}),
    (_T + "Brunei Darussalam Representative, Chair of AICHR 2021, opened the meeting.\n", "en", "person", set()),
    (_V + "Đại diện Thành phố Hồ Chí Minh, Chủ tịch Ủy ban nhân dân Phan Văn Mãi, phát biểu.\n", "vi", "person", set()),
    (_T + "Georgia Walters, Chair of AICHR 2021, opened the meeting.\n", "en", "person", {"person/georgia-walters"}),
]


#: set 34's wrong readings at >= 0.9 (each once read as the wrong key's kind beside it)
SET_34_WRONG = [
    # an unaccented 'Ong' is a name, no 'Ông' ('person/keng-yong', 0.91; the graph knows him since round 50)
    (_T + "Opening statement by Ambassador Ong Keng Yong at the review of Singapore.\n", "en", "person",
     {"person/ong-keng-yong"}),
    # the session is its Working Group's, not that of the Council named after a comma ('session/hrc-11', 1.0)
    (_T + "Opening Statement at the 11th Session of the Universal Periodic Review Working Group, UN Human Rights "
          "Council in Geneva.\n", "en", "session", {"session/upr-wg-11"}),
    # 'US$' is a currency ('state/usa', 0.98)
    (_T + "Singapore's GDP per head is now about US$41,000, from US$512 at independence.\n", "en", "state",
     {"state/sgp"}),
    # a body's name before a second title ('person/lao-delegation', 0.93)
    (_T + "Introducing the report, Chaleun Yiapaoheu, Head of the Lao Delegation, Minister of Justice, said Laos "
          "had made progress.\n", "en", "person", set()),
    # a military rank is no part of a name ('person/major-general-nguyen-van-ky', 0.93)
    (_T + "Speaking at the workshop, Major General Nguyen Van Ky, Deputy Director of the Department of Foreign "
          "Affairs, said Viet Nam was ready. Senior Lieutenant Colonel Ngo Duc Thang, Deputy Director, also "
          "spoke.\n", "en", "person", {"person/nguyen-van-ky", "person/ngo-duc-thang"}),
    # a name with an apostrophe ('person/al-hussein', 0.93)
    (_V + "Zeid Ra'ad Al Hussein, Cao ủy LHQ về Nhân quyền, nói Philippines phải điều tra.\n", "vi", "person",
     {"person/zeid-raad-al-hussein"}),
]


#: set 35's wrong readings at >= 0.9
SET_35_WRONG = [
    # 'by Marty' was 'by Mar(ch)' (date 2014-03, 0.91)
    (_T + "Indonesia will ratify the convention, as stated by Marty Natalegawa, Foreign Minister of Indonesia.\n", "en",
     "date", set()),
    # a resolution's symbol counts nothing ('resolutions-adopted-without-vote=45', 0.90)
    (_T + "It implements the Human Rights Council (HRC) 45/33 resolution \"Technical cooperation\" co-initiated by "
          "the Philippines and adopted by consensus on October 7, 2020.\n", "en", "figure", set()),
    # a known body's name that starts another's ('org/commonwealth', 0.98)
    (_T + "Groups including the Commonwealth Human Rights Initiative signed the letter to the UN Human Rights "
          "Council.\n", "en", "organisation", {"org/un-human-rights-council"}),
]

#: set 36's wrong readings and the gaps the last note named, in sentences of our own (the held-out texts are not
#: here: they were never ours to keep)
SET_36_WRONG = [
    # a state's own body, named as a UN body's then 'of' the state ('org/un-commission-on-human-rights', 0.98)
    # (round 12: and that state's body, where the graph knows it by the UN body's name and the state's)
    (_T + "The Commission on Human Rights (CHR) of the Philippines said it welcomed the Council's decision.\n", "en",
     "organisation", {"org/commission-human-rights-phl"}),
    (_T + "The Working Group on the Universal Periodic Review of Viet Nam adopted its report.\n", "en",
     "organisation", {"org/upr-working-group"}),
    # an acronym the text spells out as another body's ('org/afp', 0.95), wherever it is used
    (_T + "Soldiers of the Armed Forces of the Philippines (AFP) were accused of abuses. The AFP denied it.\n", "en",
     "organisation", set()),
    (_T + "The Organization of Islamic Cooperation (OIC) and the Association of South East Asian Nations (ASEAN) "
          "spoke, AFP reported.\n", "en", "organisation", {"org/oic", "org/asean", "org/afp"}),
    (_T + "The U.N. Development Programme (UNDP) funded the workshop.\n", "en", "organisation", {"org/undp"}),
    # a newspaper named after a place ('place/hanoi', 0.98)
    (_T + "Theo báo Hà Nội Mới, hội thảo đã diễn ra thành công.\n", "vi", "place", set()),
    (_T + "The seminar was held on May 10, the Hanoi Times reported.\n", "en", "place", set()),
    (_T + "Thông báo Hà Nội được phát đi hôm qua.\n", "vi", "place", {"place/hanoi"}),
    # a total before its part: the total is no accepted count ('recommendations-accepted=291', 0.72)
    (_T + "Trong tổng số 291 khuyến nghị, Việt Nam chấp thuận 241 khuyến nghị.\n", "vi", "figure",
     {"recommendations-received=291", "recommendations-accepted=241"}),
    (_T + "Of the 291 recommendations it received in 2019, Viet Nam accepted 241.\n", "en", "figure",
     {"recommendations-received=291", "recommendations-accepted=241"}),
    (_T + "Out of 281 recommendations reviewed in 2021, Myanmar has accepted 166 and noted 115.\n", "en", "figure",
     {"recommendations-received=281", "recommendations-accepted=166", "recommendations-noted=115"}),
]

#: the tenth independent review: 338 made-up sentences, 79 wrong readings at >= 0.9 (review10/FINDINGS.md)
TENTH_REVIEW_WRONG = [
    # 'Nhân dân' in a body's name was the newspaper Nhân Dân (0.98); the army its newspaper
    (_T + "Chủ tịch Ủy ban Nhân dân tỉnh Quảng Nam tiếp đoàn công tác của Liên hợp quốc.\n", "vi", "organisation",
     {"org/united-nations"}),
    # (the Supreme People's Court is in the reference data since round 14: the court, not the newspaper)
    (_T + "Tòa án Nhân dân tối cao đã ban hành nghị quyết. Đảng Nhân dân Campuchia giành 120 ghế.\n", "vi",
     "organisation", {"org/supreme-peoples-court-vnm"}),
    (_T + "Quân đội Nhân dân Việt Nam luôn tôn trọng luật nhân đạo quốc tế.\n", "vi", "organisation", set()),
    (_T + "Theo báo Nhân Dân, Việt Nam đã chấp thuận 241 khuyến nghị.\n", "vi", "organisation", {"org/nhan-dan"}),
    (_T + "Báo Quân đội Nhân dân đưa tin về hội thảo.\n", "vi", "organisation", {"org/qdnd"}),
    # another body's regular session was the Council's (hrc-35 0.97, hrc-30 0.99)
    (_T + "The 35th regular session of the ASEAN Inter-Parliamentary Assembly Council met in Vientiane.\n", "en",
     "session", set()),
    (_T + "The 5th regular session of the 15th National Assembly of Viet Nam closed on June 24.\n", "en", "session",
     set()),
    (_T + "The Thai Senate concluded its 2nd regular session of the year.\n", "en", "session", set()),
    (_T + "Phiên họp thường kỳ lần thứ 30 của Ủy ban Thường vụ Quốc hội đã cho ý kiến về dự án luật.\n", "vi",
     "session", set()),
    (_T + "Kỳ họp thường kỳ lần thứ 12 của Hội đồng Nhân dân tỉnh bế mạc.\n", "vi", "session", set()),
    (_T + "Delegates at the 2nd session of the Human Rights Council's Expert Mechanism on the Right to Development "
          "met.\n", "en", "session", set()),
    (_T + "The 56th regular session of the Council opened in Geneva.\n", "en", "session", {"session/hrc-56"}),
    (_T + "Phiên họp thường kỳ lần thứ 56 của Hội đồng đã khai mạc.\n", "vi", "session", {"session/hrc-56"}),
    (_T + "Khóa họp thường kỳ lần thứ 56 của Hội đồng Nhân quyền Liên hợp quốc khai mạc.\n", "vi", "session",
     {"session/hrc-56"}),
    # other cycles, 'every five years' and a treaty body's review were UPR cycles (0.90-0.99)
    (_T + "Việc tổ chức Đại hội theo chu kỳ 5 năm một lần là quy định của Điều lệ.\n", "vi", "cycle", set()),
    (_T + "Việt Nam bảo vệ báo cáo UPR chu kỳ 4 năm 2024.\n", "vi", "cycle", {"cycle/4"}),
    (_T + "The fourth cycle of the ASEAN human rights dialogue with the European Union took place.\n", "en", "cycle",
     set()),
    # written set B: 'in the third cycle of the mechanism' (round 4)
    (_T + "The Philippines was last reviewed in May 2017, in the third cycle of the mechanism.\n", "en", "cycle",
     {"cycle/3"}),
    (_T + "It was the second cycle of the 25th UPR Working Group; the third cycle of the UPR began later.\n", "en",
     "cycle", {"cycle/2", "cycle/3"}),
    (_T + "The second review of Viet Nam's report under the Convention against Torture took place.\n", "en", "cycle",
     set()),
    (_T + "The first review of the Anti-Terrorism Act by the Supreme Court found it lawful.\n", "en", "cycle", set()),
    (_T + "The third review of Vietnam was held in Geneva.\n", "en", "cycle", {"cycle/3"}),
    # a nation's or a place's namesake of a UN body ('org/un-security-council', 0.98)
    (_T + "Thailand's National Security Council said the southern insurgency had eased.\n", "en", "organisation",
     set()),
    (_T + "The Bangkok Human Rights Council, a coalition of 20 NGOs, marched to Government House.\n", "en",
     "organisation", set()),
    (_T + "The Philippine Human Rights Council of the Catholic bishops said it would help.\n", "en", "organisation",
     set()),
    (_T + "In Geneva, Human Rights Council members adopted the text; the Security Council met later.\n", "en",
     "organisation", {"org/un-human-rights-council", "org/un-security-council"}),
    # the General Assembly's resolutions were filed as the Council's (0.92)
    (_T + "The Council was established by General Assembly resolution 60/251 in 2006.\n", "en", "resolution",
     set()),
    (_T + "Nghị quyết 77/199 của Đại hội đồng Liên hợp quốc được thông qua. Hội đồng thông qua Nghị quyết 50/9.\n",
     "vi", "resolution", {"50/9"}),
    # credits that name no one, and honorifics before a hospital's or a firm's name (0.97)
    (_T + "Viet Nam's delegation at the session.\nPhoto: Screen Grab\n", "en", "person", set()),
    (_T + "The Philippines will cooperate.\nPhoto: Presidential Communications Office\n", "en", "person", set()),
    (_T + "Đoàn đại biểu Việt Nam tại phiên họp. (Ảnh: Tư Liệu)\n", "vi", "person", set()),
    (_T + "Viet Nam's delegation at the session.\nPhoto: Nguyen Van Hung/VNA\n", "en", "person",
     {"person/nguyen-van-hung"}),
    (_T + "The victims were taken to Dr Soetomo Hospital in Surabaya. Mr DIY Group donated RM1 million.\n", "en",
     "person", set()),
    (_T + "Dato' Sri Azalina Othman, the minister, tabled the bill.\n", "en", "person", {"person/azalina-othman"}),
    # a day or a month without a year: on the side of the article's date (2024-05-12) its clause says (0.91-0.99)
    (_T + "Special Rapporteur Michael Fakhri will visit Viet Nam from 12 to 21 November.\n", "en", "date",
     {"2024-11-12", "2024-11-21"}),
    (_T + "The next session of the Working Group will be held in Geneva from 4 to 15 November.\n", "en", "date",
     {"2024-11-04", "2024-11-15"}),
    (_T + "Viet Nam will present its report to the Committee against Torture in November, the ministry said.\n", "en",
     "date", {"2024-11"}),
    (_T + "Viet Nam's fourth-cycle UPR report was adopted by the Council in September.\n", "en", "date", {"2023-09"}),
    (_T + "The report was adopted on October 5 and will be published in June.\n", "en", "date",
     {"2023-10-05", "2024-06"}),
    (_T + "On May 3, the minister said the country will host the meeting in November.\n", "en", "date",
     {"2024-05-03", "2024-11"}),
    (_T + "The visit took place from 28 December to 3 January.\n", "en", "date", {"2023-12-28", "2024-01-03"}),
    (_T + "The 56th session, which will last to July 12, is under way.\n", "en", "date", {"2024-07-12"}),
    (_T + "Ngày 20/11 tới, Ủy ban CEDAW sẽ đối thoại với phái đoàn Lào.\n", "vi", "date", {"2024-11-20"}),
    (_T + "Từ ngày 8-14/11, đoàn công tác đã làm việc tại Giơ-ne-vơ.\n", "vi", "date", {"2023-11-08", "2023-11-14"}),
    (_T + "Viet Nam was reviewed on November 8. The session opened on May 13 in Geneva.\n", "en", "date",
     {"2023-11-08", "2024-05-13"}),
    # the eleventh review (blind, 250 new sentences): a range's first day takes the year its end gives (2024-09-11,
    # 0.99); a present passive or a 'would' says nothing of the side (2023-09 and 2023-06, 0.91)
    (_T + "The Council's 54th session, held from 11 September to 13 October 2023, adopted 37 resolutions.\n", "en",
     "date", {"2023-09-11", "2023-10-13"}),
    (_T + "The visit ran from December 28 to January 3, 2020.\n", "en", "date", {"2019-12-28", "2020-01-03"}),
    (_T + "Viet Nam will announce its positions before the outcome is adopted at the 57th session in September.\n",
     "en", "date", {"2024-09"}),
    (_T + "Foreign Minister Mohamad Hasan said Malaysia would deliver its responses at the 56th session in June.\n",
     "en", "date", {"2024-06"}),
    # a one-syllable state after a title is the title's, and a title's numeral no name's (lao-saleumxay-kommasith,
    # ii-erywan-yusof, 0.91)
    (_T + "Bộ trưởng Ngoại giao Lào Saleumxay Kommasith chủ trì hội nghị. Bộ trưởng Ngoại giao Nga Sergei Lavrov "
          "hội đàm với Bộ trưởng Ngoại giao Bùi Thanh Sơn.\n", "vi", "holding",
     {"person/saleumxay-kommasith post/minister-foreign-affairs-lao",
      "person/sergei-lavrov post/minister-foreign-affairs-rus",
      "person/bui-thanh-son post/minister-foreign-affairs-vnm"}),
    (_T + "Brunei's Minister of Foreign Affairs II Erywan Yusof attended the ASEAN meeting.\n", "en", "person",
     {"person/erywan-yusof"}),
    # the Standing Committee is no National Assembly (0.98), 'Samdech Techo' an honorific, 'vận động' a candidacy's
    (_T + "Ủy ban Thường vụ Quốc hội họp phiên thứ 30.\n", "vi", "organisation",
     {"org/national-assembly-standing-committee-vnm"}),
    (_T + "Samdech Techo Hun Sen, President of the Senate of Cambodia, met the Thai delegation.\n", "en", "person",
     {"person/hun-sen"}),
    # outlets the press quotes ('Dan Tri said' was a person, 0.86; 'The Manila Times' Manila, 0.98)
    (_T + "The ministry would not comment, VnExpress said. The Manila Times and Prachatai English said so too.\n",
     "en", "organisation", {"org/vnexpress", "org/manila-times", "org/prachatai"}),
    (_T + "The court will rule next month, Prachatai English said.\n", "en", "person", set()),
    # the code review's: everyday phrases that an outlet's bare name made a newspaper (0.98)
    (_T + "Tại Hà Nội mới đây, Bộ Ngoại giao đã tổ chức hội thảo. Kỷ niệm ngày Sài Gòn giải phóng. Dân trí được "
          "nâng cao.\n", "vi", "organisation", {"org/mofa-vnm"}),
    # a treaty's acronym that names its committee ('treaty/cat', 0.95)
    (_T + "The Committee against Torture (CAT) said Viet Nam should criminalise torture.\n", "en", "instrument",
     set()),
    (_T + "Ủy ban CAT đánh giá cao Việt Nam. Ủy ban về Quyền trẻ em (CRC) đối thoại với phái đoàn.\n", "vi",
     "instrument", set()),
    (_T + "Viet Nam ratified the CAT in 2015 and the Convention on the Rights of the Child (CRC) in 1990.\n", "en",
     "instrument", {"treaty/cat", "treaty/crc"}),
]

#: the session's independent code review: what the tenth review's fixes did wrong or dropped, on ordinary text
CODE_REVIEW_WRONG = [
    # 'tới' is mostly 'to': past visits went into next year (2025-03-03, 0.99), a range's days into two years
    (_T + "Đoàn Việt Nam đã có chuyến thăm tới Geneva từ ngày 3-5/3. Việt Nam đã gửi tới Hội đồng báo cáo vào "
          "ngày 15/3.\n", "vi", "date", {"2024-03-03", "2024-03-05", "2024-03-15"}),
    (_T + "Đoàn công tác đã làm việc tại Geneva từ ngày 3/3 tới ngày 5/3.\n", "vi", "date",
     {"2024-03-03", "2024-03-05"}),
    # a reporting verb is no past for what it reports (2023-06-20, 0.99), nor 'has been invited'; 'due', 'expected'
    (_T + "Người phát ngôn Bộ Ngoại giao cho biết, ngày 20/6, Việt Nam sẽ trình bày báo cáo.\n", "vi", "date",
     {"2024-06-20"}),
    (_T + "The ministry said that on 20 June, Viet Nam will present its national report in Geneva.\n", "en", "date",
     {"2024-06-20"}),
    (_T + "Viet Nam has been invited to present its report to the Committee on 20 June.\n", "en", "date",
     {"2024-06-20"}),
    (_T + "Diplomats said the vote, expected on 10 October, would be close.\n", "en", "date", {"2024-10-10"}),
    # lower-case councils and the Council of Ministers are other bodies (hrc-12, hrc-4)
    (_T + "Kỳ họp thường kỳ lần thứ 12 của Hội đồng nhân dân thành phố bế mạc.\n", "vi", "session", set()),
    (_T + "The 4th regular session of the Council of Ministers approved the plan.\n", "en", "session", set()),
    # correct ones the fixes dropped
    (_T + "The Geneva Human Rights Council session opened. The Thai Human Rights Council candidacy was announced.\n",
     "en", "organisation", {"org/un-human-rights-council"}),
    (_T + "The Committee against Torture of Viet Nam's second periodic report was discussed.\n", "en",
     "organisation", {"org/un-committee-against-torture"}),
    (_T + "Mr Richard Bank, the Special Rapporteur, met the minister. Ms Maria Street, the UN Resident Coordinator, "
          "spoke.\n", "en", "person", {"person/richard-bank", "person/maria-street"}),
    (_T + "The third review of Viet Nam, which the Committee on the Rights of the Child had welcomed, took place.\n",
     "en", "cycle", {"cycle/3"}),
    (_T + "Trong buổi họp báo Hà Nội, người phát ngôn trả lời câu hỏi.\n", "vi", "place", {"place/hanoi"}),
]

#: written set A (tests/gold/written/set-a): what its articles showed
WRITTEN_A_FOUND = [
    # a range's first day, no year printed, in its last day's year: 'is due to' sent 27 January to 2015 (0.85)
    (_T + "The Working Group, meeting from April 29 to May 17, is due to adopt the report on Friday.\n", "en",
     "date", {"2024-04-29", "2024-05-17"}),
    (_T + "The Committee, meeting from 29 April to 15 May, will issue its concluding observations.\n", "en", "date",
     {"2024-04-29", "2024-05-15"}),
    # a bare 'Council' or 'Working Group' stands for the body the article named (the UPR Working Group's, named
    # last, was taken: upr-wg-26); 'X of the Y, which is holding its 25th session' is X's (hrc-25)
    (_T + "Viet Nam was reviewed by the UPR Working Group of the Human Rights Council. Hanoi will answer before the "
          "Council's 26th session in June.\n", "en", "session", {"session/hrc-26"}),
    (_T + "Viet Nam was reviewed by the Human Rights Council's UPR Working Group. It will reply when the Council "
          "considers the outcome at its 12th regular session in September.\n", "en", "session", {"session/hrc-12"}),
    (_T + "Thailand was reviewed by the UPR Working Group of the Human Rights Council, which is holding its 25th "
          "session from May 2 to 13.\n", "en", "session", {"session/upr-wg-25"}),
    # written set E: 'the 41st session of the Council', the bare name after 'of the' (round 4)
    (_T + "Cambodia was reviewed by the Human Rights Council. Keo Remy led the delegation at the 41st session of the "
          "Council.\n", "en", "session", {"session/hrc-41"}),
    # an ordinal in words, whose the session is said ('its', a possessive); not a workshop's 'fifth session'
    (_T + "Myanmar was reviewed by the UPR Working Group. The Working Group, which is holding its tenth session in "
          "Geneva, reviews 16 states.\n", "en", "session", {"session/upr-wg-10"}),
    (_T + "Viet Nam was reviewed by the UPR Working Group. Sixty delegations spoke at the Working Group's fifth "
          "session.\n", "en", "session", {"session/upr-wg-5"}),
    (_T + "Delegates attended the forty-second session of the Human Rights Council.\n", "en", "session",
     {"session/hrc-42"}),
    (_T + "The Human Rights Council met. In the fifth session of the workshop, participants spoke. The third session "
          "then opened.\n", "en", "session", set()),
    # delegations that took the floor; a length of time joined by a hyphen; states that cast ballots (were the
    # Council's members, 0.7); the poor household rate; 'the delegation of 20 included'
    (_T + "Myanmar was reviewed by the UPR Working Group. The claim was challenged by many of the 68 delegations that "
          "took the floor. Sixty delegations spoke. The delegation of 20 included officials of the ministry; a "
          "delegation of 30 ministries came.\n", "en", "figure",
     {"states-in-dialogue=68", "states-in-dialogue=60", "delegation-members=20", "delegation-agencies=30"}),
    (_T + "Viet Nam was reviewed by the UPR Working Group. Opening the three-hour interactive dialogue, the minister "
          "spoke of the poor household rate, down from 58 percent in 1993.\n", "en", "figure",
     {"dialogue-hours=3", "poverty-rate=58"}),
    (_T + "Viet Nam was elected to the Human Rights Council. The General Assembly filled 14 seats on the 47-member "
          "Council; 192 member states cast ballots.\n", "en", "figure", {"members-elected=14", "council-members=47",
                                                                         "votes-cast=192"}),  # (seats filled: members
    # elected, as the shared gold and five of seven written sets count them; round 12)
    # 'Thủ tướng' alone is the Prime Minister's title, and the state after it the title's ('campuchia-hun-sen',
    # 0.87, by the title after him); a verb of saying makes an unknown name after a generic title a person
    (_T + "Tham dự có Thủ tướng Nguyễn Tấn Dũng, Trưởng đoàn Việt Nam, dưới sự chủ trì của Thủ tướng Campuchia Hun "
          "Sen, Chủ tịch ASEAN năm 2012.\n", "vi", "holding",
     {"person/nguyen-tan-dung post/prime-minister-vnm", "person/hun-sen post/prime-minister-khm"}),
    (_T + "Ambassador Triyono Wibowo said the report was good. Ambassador Extraordinary Plenipotentiary spoke.\n",
     "en", "person", {"person/triyono-wibowo"}),
    # ', who' after it, 'led by' before the title say so too; 'Chairperson' is a title
    (_T + "The Permanent Mission of Indonesia, led by Ambassador Triyono Wibowo, will coordinate. A new Government, "
          "under President Joko Widodo, who was inaugurated yesterday, begins. Jean Zermatten, Chairperson of the "
          "Committee, closed the session. President Elect Program Office opened.\n", "en", "person",
     {"person/triyono-wibowo", "person/joko-widodo", "person/jean-zermatten"}),
    (_T + "The United Nations Special Rapporteur in the field of cultural rights, Farida Shaheed, concluded her "
          "visit.\n", "en", "holding", {"person/farida-shaheed post/un-special-rapporteur-cultural-rights"}),
    # Viet Nam's other ministries are reference data (they were no one: the ministries rule reads other states'),
    # and another state's is still named by its portfolio, not by Viet Nam's acronym (org/moj-tha)
    (_T + "Viet Nam was reviewed. The delegation included the Ministry of Justice, the Ministry of Education and "
          "Training and the Committee for Ethnic Minority Affairs. Bộ Y tế cũng tham dự.\n", "en", "organisation",
     {"org/moj-vnm", "org/moet-vnm", "org/cema-vnm", "org/moh-vnm"}),
    (_T + "Thailand was reviewed. The delegation included the Ministry of Justice and the Ministry of Health.\n", "en",
     "organisation", {"org/ministry-justice-tha", "org/ministry-health-tha"}),
    # a Vietnamese 'khóa họp' of the body named before it (was none); not a 'kỳ họp' after another body
    (_T + "Hội đồng Nhân quyền đã thông qua 30 nghị quyết tại khóa họp thứ 55 bế mạc ngày 5/4. Lào sẽ trình bày báo "
          "cáo trước Ủy ban CEDAW tại khóa họp thứ 89. Ủy ban Thường vụ Quốc hội tại kỳ họp thứ 7 đã họp.\n", "vi",
     "session", {"session/hrc-55", "session/cedaw-89"}),
    # 'tương đương' (equal to) a share of a count accepted
    (_T + "Việt Nam nhận được 227 khuyến nghị, trong đó đã chấp thuận 182 khuyến nghị, tương đương hơn 80%.\n", "vi",
     "figure", {"recommendations-received=227", "recommendations-accepted=182", "acceptance-rate=80"}),
    # a session the graph knows, named in full, is that session and names its body ('the 46th session of the UPR
    # Working Group' was neither: the one name hid both from the rules)
    (_T + "Viet Nam's review at the 46th session of the UPR Working Group took place. The 55th regular session of the "
          "Human Rights Council opened.\n", "en", "session", {"session/upr-wg-46", "session/hrc-55"}),
    (_T + "Viet Nam's review at the 46th session of the UPR Working Group took place. The 55th regular session of the "
          "Human Rights Council opened.\n", "en", "organisation", {"org/upr-working-group",
                                                                    "org/un-human-rights-council"}),
    # a one-syllable Vietnamese state in a list beside a state the text names ('Lào' was no state); not a name
    # ('Anh Tuấn'), nor a province ('Lào Cai')
    (_T + "Nhiều nước như Lào, Campuchia và Cuba đánh giá cao. Trung Quốc và Nga phản đối. Đại diện Việt Nam và Anh "
          "Tuấn phát biểu. Lào Cai và Hà Nội tổ chức hội thảo.\n", "vi", "state",
     {"state/lao", "state/khm", "state/cub", "state/chn", "state/rus", "state/vnm"}),
    # the UPR Working Group's Vietnamese name with 'Cơ chế', and the session named with it
    (_T + "Tại phiên họp thứ 32 của Nhóm công tác về Cơ chế Rà soát định kỳ phổ quát (UPR), Việt Nam trình bày báo "
          "cáo.\n", "vi", "session", {"session/upr-wg-32"}),
    # 'head of Viet Nam's Permanent Mission in Geneva' (not only '… to the UN in Geneva'), and the state it names
    (_T + "Ambassador Mai Phan Dung, head of Viet Nam's Permanent Mission in Geneva, said the session ended.\n", "en",
     "holding", {"person/mai-phan-dung post/permanent-representative-un-geneva-vnm"}),
    (_T + "Viet Nam's Permanent Mission in Geneva hosted a reception.\n", "en", "state", {"state/vnm"}),
    # a term with no 'term' word: elected to, a member of, a candidacy for a body 'for' its years; a membership's
    # years; but not where a question asks it
    (_T + "The UN Human Rights Council closed its session, the last of Viet Nam's 2023-2025 membership. Viet Nam was "
          "first elected to the Council for 2014-2016. It announced its candidacy for re-election for 2026-2028. The "
          "Philippines was re-elected to the Human Rights Council for 2025-2027?\n", "en", "term",
     {"2023-2025", "2014-2016", "2026-2028"}),
    # Viet Nam's mass organisations are reference data, and a state inside a known body's name is still named (the
    # Women's Union hid Viet Nam, and so whose the ministries were: none was read)
    (_T + "The Special Rapporteur met officials from the Ministry of Health, the Ministry of Public Security and "
          "the Viet Nam Women's Union.\n", "en", "organisation",
     {"org/moh-vnm", "org/mps-vnm", "org/vietnam-womens-union"}),
    (_T + "The National Assembly of Viet Nam passed the law.\n", "en", "state", {"state/vnm"}),
    # written sets C and D: a title written small after its body's word ('Commission chairman', 'Committee chair'),
    # and 'on <weekday>' after the name, say a person too; a small title with no body's word does not
    (_T + "Commission chairman Ifdhal Kasim told reporters. President Susilo Bambang Yudhoyono on Monday ordered an "
          "inquiry. Committee chair Jens Modvig said it was urgent. The chair of the meeting said it was open.\n",
     "en", "person", {"person/ifdhal-kasim", "person/susilo-bambang-yudhoyono", "person/jens-modvig"}),
    # the region's human-rights institutions are reference data (SUHAKAM was a new body at 0.06, the ACWC was ASEAN)
    (_T + "Malaysia's National Human Rights Commission (SUHAKAM) welcomed it. Indonesia's National Commission on Human "
          "Rights (Komnas HAM) and the ASEAN Commission on the Promotion and Protection of the Rights of Women and "
          "Children (ACWC) spoke.\n", "en", "organisation",
     {"org/human-rights-commission-of-malaysia", "org/komnas-ham", "org/acwc"}),
    # Vietnamese 'X trong tổng số Y' is a part of a total (Y was read as accepted), and 'hoàn thành phiên rà soát'
    # (completed the review) no implementation of what is accepted after it
    (_T + "Việt Nam đã chấp thuận 182 trong tổng số 227 khuyến nghị nhận được, tương đương hơn 80%. Việt Nam đã hoàn "
          "thành phiên rà soát UPR chu kỳ IV và chấp thuận 271 trên tổng số 320 khuyến nghị.\n", "vi", "figure",
     {"recommendations-accepted=182", "recommendations-received=227", "acceptance-rate=80",
      "recommendations-accepted=271", "recommendations-received=320"}),
    # a UN body's name, or the bare Council the article named, then its head's title ('Council President Jürg Lauber'
    # was no one); not a national body's ('the Party President')
    (_T + "The UN Human Rights Council closed its 60th session. Council President Jürg Lauber of Switzerland said it "
          "had ended. The Party President Nguyen Van A spoke.\n", "en", "holding",
     {"person/jurg-lauber post/president-un-human-rights-council"}),
    # the independent code review of this session's rules: a term said without 'term' is the Council's only where no
    # other body is named (the UNESCO Board's, the CEDAW Committee's were the Council's, 0.99); another state's named
    # body is no Vietnamese template (the Philippine commission had a Vietnamese counterpart, 0.89)
    (_T + "Viet Nam won a seat on the Human Rights Council last year. Hanoi was also elected to the UNESCO Executive "
          "Board for 2021-2025. Viet Nam, a member of the Human Rights Council, was elected to the CEDAW Committee for "
          "2025-2028. Ms Nguyen Thi Ha was elected to the CEDAW Committee for 2025-2028.\n", "en", "term", set()),
    (_T + "A delegation from Viet Nam visited the Philippine Commission on Human Rights in Manila.\n", "en",
     "organisation", {"org/commission-human-rights-phl"}),
    # the code review, continued: a bare 'Council' or 'Working Group' after another name's words is that body's, and
    # an unknown body between makes no session ('ASEAN Coordinating Council … its 34th session' was the Council's);
    # a spelled ordinal only with 'its' or a short name's possessive; a Vietnamese 'khóa họp' of another body is none
    (_T + "The UN Human Rights Council met. The ASEAN Coordinating Council met at its 34th session. The National "
          "Council for Sustainable Development held its 9th session. The workshop's fifth session was on gender.\n",
     "en", "session", set()),
    (_T + "The UPR Working Group met. The Working Group on Arbitrary Detention held its 88th session.\n", "en",
     "session", set()),
    (_T + "Hội đồng Nhân quyền đã họp. Khóa họp thứ 7 của Quốc hội khai mạc. Ủy ban CEDAW đã họp. Ủy ban hỗn hợp Việt "
          "Nam - Lào họp khóa họp thứ 45.\n", "vi", "session", set()),
    # 'Anh' (the United Kingdom's one-syllable Vietnamese name, data/states.csv) after a title or in a list: not a
    # name's first word ('Thủ tướng Anh Keir Starmer' was person/anh-keir-starmer, 0.91)
    (_T + "Thủ tướng Anh Keir Starmer dự hội nghị. Một số nước như Hoa Kỳ, Anh và Thụy Điển quan tâm. Anh Tuấn và Việt "
          "Nam.\n", "vi", "state", {"state/usa", "state/gbr", "state/swe", "state/vnm"}),
    (_T + "Thủ tướng Anh Keir Starmer dự hội nghị.\n", "vi", "holding",
     {"person/keir-starmer post/prime-minister-gbr"}),
    # one-syllable states: not a name's last word before a list; 'voted' alone counts no votes cast
    (_T + "Theo ông Nguyễn Minh Đức, Việt Nam luôn coi trọng hợp tác. Theo bà Lê Thị Mỹ, Việt Nam đã hoàn thành.\n",
     "vi", "state", {"state/vnm"}),
    (_T + "Viet Nam was reviewed. After 28 states voted in favour and 12 against, the resolution passed.\n", "en",
     "figure", {"votes-against=12"}),
    # another state's ministry by its portfolio (since round 17 'Education and Training' in full, as the labellers
    # name its minister), and no rate from an amount ('tương đương 2% GDP'), no ratification hoped for
    (_T + "Laos was reviewed. The delegation included officials of the Ministry of Education and Training and the "
          "Ministry of National Defence.\n", "en", "organisation",
     {"org/ministry-education-training-lao", "org/ministry-defence-lao"}),
    (_T + "Việt Nam nhận được 120 nghìn tỷ đồng, tương đương 2% GDP, Việt Nam chấp thuận các khuyến nghị. Indonesia "
          "hopes to be the first country in the region to ratify the treaty in 2025.\n", "vi", "figure", set()),
    # 'the first country … to ratify' is a ratification; a date past a semicolon dates no event ('entered into force
    # on 2 September 1990; Viet Nam was the first … to ratify it' was its ratification's day)
    (_T + "Viet Nam had been the first country in Asia to ratify the Convention, in February 1990. The Convention "
          "entered into force on 2 September 1990; Laos was the second country to ratify it.\n", "en", "event",
     {"ratification 1990-02", "entry-into-force 1990-09-02"}),
]


def test_a_weekday_is_the_day_of_the_articles_week_its_tense_says(tmp_path, gazetteer):
    """Written set A: 'on Friday' was no date, so the events it dated had none. It is the day of that name in the
    article's week, after the article's date where the clause says it is to come, before it (or the same day) where
    it says past, none where it says no side ('Viet Nam to defend its report on Friday', a preview's: the held-out
    gold found weekdays dated more events wrongly than rightly); a rule of its own, its confidence its first scorings'
    on the written sets (calibration-written.yaml). A weekday with its date is that date's ('on Friday, January 31')."""
    found = _facts(tmp_path, gazetteer, _T + "Viet Nam to defend its report on Thursday. The Working Group is due to "
                   "adopt the report on Friday. The review took place on Wednesday. Hanoi will answer on Monday. They "
                   "had met on Friday, January 31.\n", date="2014-02-05", language="en")
    dates = {c.key: c for c in found if c.kind == "date"}
    assert set(dates) == {"2014-01-31", "2014-02-07", "2014-02-05", "2014-02-10"}
    assert {dates[d].rule for d in ("2014-02-07", "2014-02-10")} == {"date.weekday"}
    assert all(c.confidence == CALIBRATION["date.weekday"] for c in dates.values() if c.rule == "date.weekday")
    assert _keys(found, "event") >= {"dialogue 2014-02-05"}
    # the code review: a weekday right after a verb of saying is the saying's; not one of another week or year
    found = _facts(tmp_path, gazetteer, _T + "The spokeswoman said on Thursday that Viet Nam will host the dialogue. "
                   "The Council met on Monday last week. In 2019, the review took place on Tuesday.\n",
                   date="2024-05-12", language="en")
    assert {c.key for c in found if c.rule == "date.weekday"} == {"2024-05-09"}
    # written sets A-F: a sentence with no word of tense at all tells what happened, in verbs no list holds
    # ('faced', 'ordered'): the last day of that name, the same day included, by a rule of its own lower still;
    # not a preview's infinitive, nor a mood ('would'); 'to the Council' is no infinitive
    found = _facts(tmp_path, gazetteer, _T + "Myanmar faced its first Universal Periodic Review on Thursday. The "
                   "President on Friday ordered an inquiry. Laos to present its report on Monday. The minister said "
                   "the delegation would answer on Tuesday. Viet Nam handed its report to the Council on Wednesday.\n",
                   date="2011-01-28", language="en")
    untensed = {c.key: c.confidence for c in found if c.rule == "date.weekday-untensed"}
    assert untensed == dict.fromkeys(("2011-01-27", "2011-01-28", "2011-01-26"), CALIBRATION["date.weekday-untensed"])
    assert not {c.key for c in found if c.kind == "date"} & {"2011-01-24", "2011-01-31", "2011-01-25", "2011-02-01"}
    assert _keys(found, "event") >= {"dialogue 2011-01-27"}
    # an article dated to the month has no week: no weekday is read
    assert not [c for c in _facts(tmp_path, gazetteer, _T + "The review took place on Wednesday.\n", date="2014-02",
                                  language="en") if c.rule == "date.weekday"]


def test_a_mood_in_a_reported_sentence_says_no_side(tmp_path, gazetteer):
    """Written set A: 'The delegation said it would give its answers …, and to the remainder before the session in
    March' put March a year back (the reporting verb, read as the sentence's past); 'would' says no side, so March is
    the nearest."""
    found = _facts(tmp_path, gazetteer, _T + "The delegation said it would give its answers to most of them soon, and "
                   "to the remainder before the Council's session in March.\n", date="2011-01-27", language="en")
    assert _keys(found, "date") == {"2011-03"}
    # the code review: a mood after the date says nothing of it ('In October, the ministry said …' is the saying's)
    found = _facts(tmp_path, gazetteer, _T + "In October, the ministry said Viet Nam would consider the remaining "
                   "recommendations.\n", date="2024-05-12", language="en")
    assert _keys(found, "date") == {"2023-10"}


def test_a_participle_after_be_and_an_adverb_is_not_past(tmp_path, gazetteer):
    """Written set A: 'will be formally adopted … in September' in an article of May 2016 was September 2015 ('adopted'
    read as the past: only 'be adopted' was not)."""
    found = _facts(tmp_path, gazetteer, _T + "The outcome of the review will be formally adopted at the Council's "
                   "33rd session in September.\n", date="2016-05-12", language="en")
    assert _keys(found, "date") == {"2016-09"}

def test_a_date_whose_year_only_the_tense_gives_is_for_an_editor(tmp_path, gazetteer):
    """Where the clause's tense, not nearness, chose a year, the date is a new rule's (date.*-by-tense), its
    confidence its first scorings' on the written sets; where both agree, the calibrated rule's, as before."""
    found = _facts(tmp_path, gazetteer, _T + "Viet Nam will present its report to the Committee in November.\n"
                   "Viet Nam presented its report on May 7.\n", language="en")
    dates = {c.key: c for c in found if c.kind == "date"}
    assert dates["2024-11"].rule == "date.month-by-tense"  # its confidence its written sets' first scorings'
    assert dates["2024-11"].confidence == CALIBRATION["date.month-by-tense"] != dates["2024-05-07"].confidence
    assert dates["2024-05-07"].rule == "date.month-day" and dates["2024-05-07"].confidence >= 0.9


def test_a_term_is_of_the_elected_body_named_nearest_and_its_clause_says_how(tmp_path, gazetteer):
    """The tenth review: any 'council' in the sentence made every term the Human Rights Council's, and one word of
    membership in the sentence made every term a membership ('… Security Council for the 2020-2021 term and now
    seeks a Human Rights Council seat for 2026-2028', 0.99); a plan's period by a Council of Ministers a candidacy."""
    def terms(text: str) -> set[str]:
        return {c.record["id"] for c in _facts(tmp_path, gazetteer, _T + text, language="en") if c.kind == "term"}

    assert terms("Viet Nam served on the UN Security Council for the 2020-2021 term and now seeks a Human Rights "
                 "Council seat for 2026-2028.\n") == {"membership/vnm-un-security-council-2020-2021",
                                                      "candidacy/vnm-hrc-2026-2028"}
    assert terms("Cambodia's Development Plan for the 2019-2023 period was endorsed by the Council of Ministers.\n") \
        == set()
    assert terms("Viet Nam was elected to the UN Human Rights Council for the 2023-2025 term, the Foreign Ministry "
                 "said.\n") == {"membership/vnm-hrc-2023-2025"}
    # a seat on a body's board is no membership of the body (membership/vnm-unesco-2021-2025, 0.99); of the board,
    # once the graph knows it (round 30)
    assert terms("Viet Nam was elected to the UNESCO Executive Board for the 2021-2025 term.\n") == {
        "membership/vnm-unesco-executive-board-2021-2025"}
    # an election won outweighs the bid (a candidacy, 0.96: the code review's)
    assert terms("Viet Nam's successful bid saw it elected to the Human Rights Council for the 2023-2025 term.\n") \
        == {"membership/vnm-hrc-2023-2025"}
    # 'trúng cử' (elected) is no 'ứng cử' (a candidacy), the eleventh review's (0.96)
    found = _facts(tmp_path, gazetteer, _T + "Việt Nam trúng cử thành viên Hội đồng Nhân quyền nhiệm kỳ 2023-2025.\n"
                   "Việt Nam ứng cử thành viên Hội đồng Nhân quyền nhiệm kỳ 2026-2028.\n", language="vi")
    assert {c.record["id"] for c in found if c.kind == "term"} == {"membership/vnm-hrc-2023-2025",
                                                                   "candidacy/vnm-hrc-2026-2028"}


def test_a_day_in_an_article_dated_to_the_month_is_on_either_side_of_it(tmp_path, gazetteer):
    """An article dated 2023-04 has no day: 'was held on April 27' is that April, not the last one (the past side of
    an assumed 15 April)."""
    found = _facts(tmp_path, gazetteer, _T + "The workshop was held on April 27 in Hanoi.\n", date="2023-04",
                   language="en")
    assert _keys(found, "date") == {"2023-04-27"}


def test_viet_nams_bare_body_in_an_article_on_another_state_is_for_an_editor(tmp_path, gazetteer):
    """Set 34: a bare 'Quốc hội' in a Vietnamese article on the Philippines was Viet Nam's National Assembly at 0.98.
    Still Viet Nam's (the Vietnamese press names a foreign body's state), but below 0.9; in an article on Viet Nam,
    as before."""
    abroad = _facts(tmp_path, gazetteer, _T + "Philippines đã chấp thuận 200 khuyến nghị. Quốc hội sẽ xem xét dự luật "
                    "về nhân quyền. Philippines cam kết thực hiện.\n", language="vi")
    assembly = next(c for c in abroad if c.key == "org/national-assembly-vnm")
    assert assembly.rule == "gazetteer.name-abroad" and assembly.confidence < 0.9
    home = _facts(tmp_path, gazetteer, _T + "Việt Nam đã chấp thuận 241 khuyến nghị. Quốc hội sẽ xem xét dự luật.\n",
                  language="vi")
    assert next(c for c in home if c.key == "org/national-assembly-vnm").confidence >= 0.9


def test_today_in_an_article_dated_to_the_month_is_that_month(tmp_path, gazetteer):
    """Set 23: 'The General Assembly today elected …' in an article dated 2016-10 is an election that month (it was
    undated); 'yesterday' may be the month before, and stays undated."""
    text = ("General Assembly Elects 14 States\n\nThe General Assembly today elected, by secret ballot, 14 States "
            "to the Human Rights Council, Viet Nam among them.\n")
    assert _keys(_facts(tmp_path, gazetteer, text, date="2016-10", language="en"), "event") == {"election 2016-10"}
    assert _keys(_facts(tmp_path, gazetteer, text.replace("today", "yesterday"), date="2016-10", language="en"),
                 "event") == {"election"}


def test_a_molisa_title_names_the_ministry_the_graph_knows(tmp_path, gazetteer):
    """'MOLISA Minister X' proposed a second ministry (org/ministry-labour-invalids-social-affairs-vnm) beside the
    graph's org/molisa-vnm."""
    found = _facts(tmp_path, gazetteer, _T + "In Viet Nam, MOLISA Minister Dao Ngoc Dung met the ILO team.\n",
                   language="en")
    holding = next(c for c in found if c.kind == "holding")
    post = next(r for r in holding.needs if r["type"] == "Post")
    assert post["organisation"] == "org/molisa-vnm"
    assert not [r for r in holding.needs if r["type"] == "Ministry"]


def test_a_state_named_after_a_city_of_viet_nam_is_the_articles(tmp_path, gazetteer):
    """'The talks in Hanoi, Vietnam, … officials from Laos': the figure is Viet Nam's (it was Laos', 0.97)."""
    found = _facts(tmp_path, gazetteer, _T + "The talks in Hanoi, Vietnam, were attended by officials from Laos. The "
                   "Foreign Minister said 14 recommendations were accepted.\n", language="en")
    figure = next(c for c in found if c.kind == "figure")
    assert (figure.key, figure.record["about"]) == ("recommendations-accepted=14", "state/vnm")


@pytest.mark.parametrize(("text", "language", "kind", "keys"), [
    *SET_8_FOUND,
    # rounds 12 to 15
    *NAMES_ROUND_12, *_kind("figure", FIGURES_ROUND_12), *_kind("event", EVENTS_ROUND_12),
    *_kind("session", SESSIONS_OF_TREATY_BODIES), *_kind("figure", SESSION_OUTCOMES), *SET_10_FOUND,
    *_kind("person", BYLINES_AND_CREDITS), *MISSIONS_NAMED_OTHERWISE, *_kind("event", EVENTS_ROUND_13),
    *_kind("figure", FIGURES_ROUND_13), *SET_11_FOUND, *REPRESENTATIVES_TO_THE_COUNCIL, *SUCCESSIONS,
    # rounds 16 to 21 (sets 14 to 18 and the third review)
    *_kind("holding", HOLDINGS_ROUND_16), *_kind("figure", FIGURES_ROUND_16), *_kind("event", DATED_STATEMENTS),
    *SET_14_FOUND, *ROUND_17, *SET_15_FOUND, *SET_16_FOUND, *REVIEW_18_WRONG, *SET_17_FOUND, *SET_18_FOUND,
    # rounds 22 to 26 (sets 19 to 24 and the fourth to seventh reviews)
    *SET_19_FOUND, *SET_20_FOUND, *SET_21_FOUND, *REVIEW_22_WRONG, *REVIEW_22_MISSED, *SET_22_FOUND,
    *REVIEW_24_WRONG, *SET_23_FOUND, *REVIEW_25_WRONG, *REVIEW_26_WRONG,
    # round 27 (sets 25 and 26)
    *SET_24_FOUND, *SET_25_FOUND, *SET_26_WRONG, *REVIEW_27_WRONG, *SET_27_WRONG,
    # the held-out record's
    *RECORD_WRONG, *REVIEW_33_WRONG, *SET_34_WRONG, *SET_35_WRONG, *SET_36_WRONG,
    *TENTH_REVIEW_WRONG, *CODE_REVIEW_WRONG,
    # the written sets
    *WRITTEN_A_FOUND,
])
def test_what_rounds_11_to_28_read(tmp_path, gazetteer, text, language, kind, keys):
    """Each sentence of the tables above read as the keys beside it, of its kind, and nothing else of that kind."""
    assert _keys(_facts(tmp_path, gazetteer, text, language=language), kind) == keys


@pytest.mark.parametrize(("text", "language", "kind", "wrong"), SET_6_WRONG + REVIEW_WRONG + REVIEW_13_WRONG
                         + SET_12_WRONG)
def test_what_was_read_wrongly_is_not(tmp_path, gazetteer, text, language, kind, wrong):
    """Each sentence once gave the wrong candidate named beside it."""
    assert wrong not in _keys(_facts(tmp_path, gazetteer, text, language=language), kind)


@pytest.mark.parametrize(("text", "language", "dates", "rules"), [
    # 'last November' is the November before the article's month, 'next March' the March after, 'this December' the
    # article's year
    ("Indonesia was reviewed last November. The Committee will meet next March. The campaign ends this December.",
     "en", {"2022-11", "2024-03", "2023-12"}, {"date.month-relative"}),
    # 'the June session' is a month its clause's tense places; 'to be debated' is to come ('the revised Labour Code, to
    # be debated at the October session, would …' in an article of June was last October)
    ("He said the Labour Code, to be debated at the October session, would be revised.", "en", {"2023-10"},
     {"date.month-of-session"}),
    ("The Council adopted the report at its June session.", "en", {"2023-06"}, {"date.month-of-session"}),
    # a range of months with its year: both months, the first in the last's year
    ("The review is scheduled for April-May 2024.", "en", {"2024-04", "2024-05"}, {"date.month"}),
    ("The review took place from December to January 2023.", "en", {"2022-12", "2023-01"}, {"date.month"}),
    # Vietnamese months with no year printed: by the words that say the year, 'hồi' (back in), or the tense
    ("Đoàn đã làm việc tại Geneva hồi tháng 10 năm ngoái.", "vi", {"2022-10"}, {"date.month-vi"}),
    ("Các phiên họp sẽ diễn ra vào tháng 6 và tháng 7 tới.", "vi", {"2024-06", "2024-07"}, {"date.month-vi"}),
    ("Hai bên đã đối thoại hồi tháng 2.", "vi", {"2023-02"}, {"date.month-vi"}),
    # not a count of months, not a day's month read twice, not a thirteenth month
    ("Dự án kéo dài 6 tháng. Hội nghị diễn ra ngày 15 tháng 6 năm 2023. Tháng 13 không có.", "vi", {"2023-06-15"},
     {"date.month-day"}),
])
def test_months_with_no_year_printed(tmp_path, gazetteer, text, language, dates, rules):
    """Written sets A–F: 'last November', 'the Council's June session', 'April-May 2024', 'hồi tháng 10 năm ngoái',
    'vào tháng 6 tới' were no dates, and the events they dated had none (an article of 11 October 2023). Each newer
    pattern is a rule of its own, its confidence its first scorings' on the written sets."""
    found = [c for c in _facts(tmp_path, gazetteer, _T + text + "\n", date="2023-10-11", language=language)
             if c.kind == "date"]
    assert {c.key for c in found} == dates
    assert {c.rule for c in found} == rules
    assert all(c.confidence == CALIBRATION[c.rule] for c in found)  # the newer rules': the written sets' first scorings


#: events the written sets A–F (round 4) named in words the rules did not know (test_events_the_written_sets_name)
WRITTEN_A_TO_F_EVENTS = [
    # bilateral human-rights dialogues are dialogues, in English and Vietnamese
    ("Viet Nam and Norway held their annual human rights dialogue in Hanoi on January 21.", "en",
     {"dialogue 2026-01-21"}),
    ("Ngày 7/8, Việt Nam và Australia đã tiến hành Đối thoại Nhân quyền lần thứ 18 tại Canberra.", "vi",
     {"dialogue 2025-08-07"}),
    # a state's earlier review, its treaty report examined, presented or considered
    ("The Philippines was last reviewed in May 2017.", "en", {"dialogue 2017-05"}),
    ("The committee examined Viet Nam's reports on May 31.", "en", {"dialogue 2025-05-31"}),
    ("Its initial report was considered in 1999.", "en", {"dialogue 1999"}),
    ("The minister presented Viet Nam's ninth periodic report before the committee on 21 May 2024.", "en",
     {"dialogue 2024-05-21"}),
    ("It recalled its review in the second cycle of the Universal Periodic Review in February 2014.", "en",
     {"dialogue 2014-02"}),
    ("Tại phiên rà soát ngày 5/2/2014, Việt Nam nhận 227 khuyến nghị.", "vi", {"dialogue 2014-02-05"}),
    # a report the Working Group will adopt; a body set up in a month; the Vietnamese ratification and signing of a
    # convention
    ("The Working Group is expected to adopt its report on Indonesia on May 25, 2012.", "en", {"adoption 2012-05-25"}),
    ("The commission, set up in October 2009, met in Jakarta.", "en", {"establishment 2009-10"}),
    ("Quốc hội phê chuẩn Công ước chống tra tấn ngày 28/11/2014. Việt Nam ký Công ước ngày 7/11/2013.", "vi",
     {"ratification 2014-11-28", "signing 2013-11-07"}),
    # not a ratification still to come, nor a signing
    ("Việt Nam chưa phê chuẩn Công ước số 87 năm 2019 và sẽ ký Công ước ngày 1/1/2027.", "vi", set()),
]


@pytest.mark.parametrize(("text", "language", "figures"), [
    ("The resolution on Sri Lanka was adopted by 29 votes to 12, with 6 abstentions.", "en",
     {"votes-in-favour=29", "votes-against=12", "abstentions=6"}),
    ("The Council voted 23 to 18 on the Colombia text, after a vote of 31 to 7 on an amendment.", "en",
     {"votes-in-favour=23", "votes-against=18", "votes-in-favour=31", "votes-against=7"}),
    ("The resolution on Myanmar was adopted by a recorded vote of 35 in favour, 3 against and 7 abstentions.", "en",
     {"votes-in-favour=35", "votes-against=3", "abstentions=7"}),
    ("Nghị quyết về Myanmar được thông qua với 29 phiếu thuận, 4 phiếu chống và 14 phiếu trắng.", "vi",
     {"votes-in-favour=29", "votes-against=4", "abstentions=14"}),
    # an election's votes in favour are the votes a candidate received, of the votes cast
    ("Viet Nam was elected to the Council with 184 out of 192 votes in favour.", "en",
     {"votes-received=184", "votes-cast=192"}),
    ("Việt Nam được bầu với 145 phiếu thuận.", "vi", {"votes-received=145"}),
    # an election's tally between candidates, a range: no vote on a text
    ("Viet Nam won 145 votes against 120 for Nepal in the vote.", "en", {"votes-received=145", "votes-received=120"}),
])
def test_a_recorded_vote_on_a_text(tmp_path, gazetteer, text, language, figures):
    """Written set E: 'adopted by 29 votes to 12', '35 in favour' gave no figure, or votes received; a text's votes in
    favour are a measure of their own (``votes-in-favour``), beside those against and the abstentions."""
    found = _facts(tmp_path, gazetteer, _T + text + "\n", language=language)
    assert _keys(found, "figure") == figures
    assert all(c.confidence == CALIBRATION[c.rule] for c in found if c.key.startswith("votes-in-favour"))


@pytest.mark.parametrize(("text", "language", "figures"), [
    # a share in words, and the value it goes to ('from 58 percent in 1993 to about 12 percent'); a share in a year
    # ('14,2% năm 2010')
    ("The share of Vietnamese living below the poverty line in Viet Nam fell from 58 percent in 1993 to about 12 "
     "percent last year.", "en", {"poverty-rate=58", "poverty-rate=12"}),
    ("Tỷ lệ hộ nghèo của Việt Nam đã giảm từ 14,2% năm 2010 xuống còn 7,8% năm 2013.", "vi",
     {"poverty-rate=14.2", "poverty-rate=7.8"}),
    # 'the 47-member body', 'the 47-seat body': the body counted so named last before it (not the United Nations'
    # 193 for the Council's 47)
    ("The Human Rights Council met at the United Nations in Geneva. Viet Nam is a member of the 47-seat body.", "en",
     {"council-members=47"}),
    # states in a dialogue, told in other words; 'phái đoàn' that spoke
    ("He said 75 countries had taken part in the review's interactive dialogue on Cambodia.", "en",
     {"states-in-dialogue=75"}),
    ("The dialogue on the Philippines drew statements from more than 110 countries.", "en",
     {"states-in-dialogue=110"}),
    ("Gần 100 phái đoàn đã phát biểu tại phiên đối thoại với Việt Nam.", "vi", {"states-in-dialogue=100"}),
    ("The 14 new members of the Council, Viet Nam among them, will take their seats on January 1.", "en",
     {"members-elected=14"}),
])
def test_figures_the_written_sets_state(tmp_path, gazetteer, text, language, figures):
    """Written sets A–F: figures their writers stated in words the rules did not read; each newer reading is a rule of
    its own below 0.8 where it is not an old rule's."""
    found = _facts(tmp_path, gazetteer, _T + text + "\n", language=language)
    assert _keys(found, "figure") == figures
    assert all(c.confidence == CALIBRATION[c.rule] for c in found if c.kind == "figure")


def test_a_title_with_its_session_before_the_name(tmp_path, gazetteer):
    """Written set E: 'Tổng Thư ký Liên hợp quốc António Guterres, Chủ tịch Đại hội đồng Liên hợp quốc khóa 77 Csaba
    Kőrösi' gave Guterres the Assembly's presidency (0.68): the title's session ('khóa 77') stands between it and its
    name."""
    found = _facts(tmp_path, gazetteer, _T + "Phát biểu khai mạc có Tổng Thư ký Liên hợp quốc António Guterres, "
                   "Chủ tịch Đại hội đồng Liên hợp quốc khóa 77 Csaba Kőrösi và nhiều đại biểu.\n", language="vi")
    assert _keys(found, "holding") == {"person/antonio-guterres post/un-secretary-general",
                                       "person/csaba-korosi post/president-un-general-assembly"}


@pytest.mark.parametrize(("text", "language", "acts"), [
    ("Luật Người khuyết tật số 51/2010/QH12 có hiệu lực từ năm 2011.", "vi", {"51/2010/QH12"}),
    ("Quốc hội thông qua Nghị quyết số 84/2014/QH13 ngày 28/11/2014.", "vi", {"84/2014/QH13"}),
    ("The Government issued Resolution 30a/2008/NQ-CP on poverty reduction.", "en", {"30a/2008/NQ-CP"}),
    ("The programme was promulgated under Resolution 28/NQ-CP.", "en", {"28/NQ-CP"}),
    # an act read before keeps its rule; a Council resolution is no legal act; a number alone is no symbol
    ("Thủ tướng ban hành Quyết định 1975/QĐ-TTg ngày 31/12/2019.", "vi", {"1975/QĐ-TTg"}),
    ("The Council adopted resolution 52/19 and Decree No. 238 was adopted in 2017.", "en", set()),
])
def test_legal_acts_by_more_symbols(tmp_path, gazetteer, text, language, acts):
    """Written sets C, D and F: a law's or the National Assembly's symbol ('…/QH12'), a number with a letter, the act's
    name between its word and 'số', 'Resolution 28/NQ-CP' were not read: a rule of its own."""
    found = [c for c in _facts(tmp_path, gazetteer, _T + text + "\n", language=language) if c.kind == "legal_act"]
    assert {c.key for c in found} == acts
    assert {c.rule for c in found if c.key != "1975/QĐ-TTg"} <= {"legal-act.symbol-more"}


@pytest.mark.parametrize(("text", "language", "places"), [
    ("The seminar on ethnic minorities was held in Lao Cai; the next will be in Can Tho and Canberra.", "en",
     {"place/lao-cai", "place/can-tho", "place/canberra"}),
    ("Hội thảo tổ chức tại tỉnh Nghệ An, với đại biểu từ Cần Thơ.", "vi", {"place/nghe-an", "place/can-tho"}),
    # a province's name ending a person's, a statute's or an event's day, a word of the Pacific's name: no place
    ("The delegation was led by Nguyen Thanh Hoa, Deputy Minister, and Tran Ha Nam.", "en", set()),
    ("It rejected the Rome Statute; the dialogue fell on the day of Dien Bien liberation.", "en", set()),
    ("Việt Nam đại diện nhóm châu Á - Thái Bình Dương.", "vi", set()),
])
def test_viet_nams_provinces_and_partners_capitals(tmp_path, gazetteer, text, language, places):
    """Written sets A–F named Viet Nam's provinces and its partners' capitals, which the reference data lacked."""
    found = _facts(tmp_path, gazetteer, _T + text + "\n", language=language)
    assert _keys(found, "place") == places


def test_the_high_commissioners_are_known(tmp_path, gazetteer):
    """Written sets B and E: 'Cao ủy Liên hợp quốc về quyền con người Volker Türk' gave neither the post nor the person;
    the Vietnamese 'quyền con người' is the post's 'Nhân quyền'; the High Commissioners are in the reference data."""
    found = _facts(tmp_path, gazetteer, _T + "Bộ trưởng đã có cuộc gặp với Cao ủy Liên hợp quốc về quyền con người "
                   "Volker Türk tại Geneva.\n", date="2023-02-28", language="vi")
    assert _keys(found, "holding") == {"person/volker-turk post/un-high-commissioner-human-rights"}
    found = _facts(tmp_path, gazetteer, _T + "High Commissioner Zeid Ra'ad Al Hussein spoke.\n", language="en")
    assert _keys(found, "person") == {"person/zeid-raad-al-hussein"}


#: events the written sets G and H (round 5) named in words the rules did not know (test_events_the_written_sets_name)
WRITTEN_G_H_EVENTS = [
    ("The dialogue was held on November 14-15 in Geneva.", "en", {"dialogue 2025-11-14"}),
    ("Viet Nam recalled its review in Geneva on January 22, 2019.", "en", {"dialogue 2019-01-22"}),
    ("The report will go to the Council for adoption in June.", "en", {"adoption 2026-06"}),
    ("The General Assembly elects 14 members of the Human Rights Council on November 12.", "en",
     {"election 2025-11-12"}),
    ("Laos ratified the ICCPR, which it signed in 2000.", "en", {"signing 2000"}),
    ("ACWC đã chính thức ra mắt tại Hà Nội ngày 7/4/2010.", "vi", {"establishment 2010-04-07"}),
    ("Ngày 10/3, Bộ Ngoại giao đã tổ chức cuộc họp liên ngành đầu tiên.", "vi", {"meeting 2025-03-10"}),
    ("Bộ trưởng phát biểu tại Phiên cấp cao khóa họp thứ 31 ngày 29/2/2016.", "vi",
     {"high-level-meeting 2016-02-29"}),
    ("The Act has been in force since 22 February 2023.", "en", {"entry-into-force 2023-02-22"}),
    # the outcome of a review is adopted: the review's words are no dialogue of that day; words that name an event only
    # with a date take no 'yesterday' across a clause
    ("The Council yesterday adopted the outcome of Viet Nam's review under the fourth cycle.", "en",
     {"adoption 2026-01-21"}),
    ("Widodo, who was inaugurated yesterday, will lead its third Universal Periodic Review, scheduled for 2027.", "en",
     set()),
]


def test_an_unknown_name_after_a_title_with_a_verb_after_it(tmp_path, gazetteer):
    """Written sets C and G: 'President Rodrigo Duterte rejected …', 'Committee chair Jens Modvig opened …' were no one
    (an unknown name after a generic title needs a cue it is a name); a verb's past right after two or three words is
    one, by a rule of its own; not 'President Hotel Group' nor a name followed by 'by'."""
    # (a made-up name: Rodrigo Duterte is in the reference data since round 14)
    found = _facts(tmp_path, gazetteer, _T + "In Manila, President Rodrigo Alcantara rejected the resolution. "
                   "President Hotel Group owned it. Ambassador Alpha Beta appointed by the Council spoke.\n",
                   language="en")
    persons = {c.key: c for c in found if c.kind == "person"}
    assert set(persons) == {"person/rodrigo-alcantara"}
    assert persons["person/rodrigo-alcantara"].rule == "person.title-name-verb"
    # (its confidence is what its first scorings on the written sets say: 25 of 26 right since round 37, 0.93)
    assert persons["person/rodrigo-alcantara"].confidence == CALIBRATION["person.title-name-verb"]


def test_the_bare_vietnamese_government(tmp_path, gazetteer):
    """Written sets G and H, and the held-out real gold ('các khuyến nghị UPR được Chính phủ giao cho Bộ Công an'):
    'Chính phủ', capitalised and with no state, is Viet Nam's Government in a text about Viet Nam (a rule of its own
    below 0.8); not inside the Prime Minister's title, nor in a text about another state."""
    found = _facts(tmp_path, gazetteer, _T + "Việt Nam đã nhận 241 khuyến nghị. Các khuyến nghị được Chính phủ giao "
                   "cho các bộ. Thủ tướng Chính phủ đã phê duyệt kế hoạch của Việt Nam.\n", language="vi")
    gov = [c for c in found if c.key == "org/government-vnm"]
    assert [c.rule for c in gov] == ["role.government-bare-vi"] and gov[0].confidence == CALIBRATION[gov[0].rule]
    found = _facts(tmp_path, gazetteer, _T + "Lào đã nhận 100 khuyến nghị. Chính phủ sẽ trả lời.\n", language="vi")
    assert "org/government-vnm" not in _keys(found, "organisation")


def test_a_relative_clause_has_its_own_tense(tmp_path, gazetteer):
    """Written set H: '16 reviews held during the session, which runs from November 30 to December 11' (an article of
    8 December 2009) went a year back by 'held', another clause's: a relative clause has its own tense."""
    found = _facts(tmp_path, gazetteer, _T + "Brunei's was one of 16 reviews held during the session, which runs from "
                   "November 30 to December 11. The report was adopted on December 2.\n", date="2009-12-08",
                   language="en")
    assert _keys(found, "date") == {"2009-11-30", "2009-12-11", "2009-12-02"}
    # its own clause still says the side ('will visit … in November' in an article of December: next year's)
    found = _facts(tmp_path, gazetteer, _T + "The expert will visit Hanoi on November 30.\n", date="2009-12-08",
                   language="en")
    assert _keys(found, "date") == {"2010-11-30"}


@pytest.mark.parametrize(("text", "dates"), [
    ("Hà Nội, 21/9 (TTXVN) – Sáng nay, Bộ Ngoại giao tổ chức hội thảo.", {"2010-09-21"}),
    ("Phiên thảo luận kéo dài từ ngày 11 đến 13/10 với gần 90 đoàn.", {"2010-10-11", "2010-10-13"}),
    ("Khóa họp diễn ra từ ngày 20/9 đến 8/10 tại Geneva.", {"2010-09-20", "2010-10-08"}),
    ("Đoàn đã thăm Việt Nam từ ngày 20 đến 30/11/2009.", {"2009-11-20", "2009-11-30"}),
])
def test_vietnamese_datelines_and_ranges(tmp_path, gazetteer, text, dates):
    """Written sets G and H: a Vietnamese dateline's day, which no 'ngày' leads, and a range whose first day has no
    month ('từ ngày 11 đến 13/10') or whose last no 'ngày' ('từ ngày 29/2 đến 24/3'); rules of their own (0.85)."""
    found = [c for c in _facts(tmp_path, gazetteer, _T + text + "\n", date="2010-09-21", language="vi")
             if c.kind == "date"]
    assert {c.key for c in found} == dates
    assert all(c.confidence == CALIBRATION[c.rule] for c in found)


def test_a_province_ending_a_persons_name_is_part_of_it(tmp_path, gazetteer):
    """Written set I: with Thanh Hóa a known place, 'Deputy Minister of Labour, Invalids and Social Affairs Nguyen Thanh
    Hoa said' lost its holding (the place's name ended the name at 'Nguyen')."""
    found = _facts(tmp_path, gazetteer, _T + "Deputy Minister of Labour, Invalids and Social Affairs Nguyen Thanh Hoa "
                   "said the draft would be ready. Viet Nam will ratify the convention.\n", language="en")
    assert _keys(found, "holding") == {
        "person/nguyen-thanh-hoa post/deputy-minister-labour-invalids-social-affairs-vnm"}
    assert not _keys(found, "place")


#: events the written sets I and J (round 6) named in words the rules did not know (test_events_the_written_sets_name)
WRITTEN_I_J_EVENTS = [
    ("The next round of the dialogue will take place in Bern in 2027.", "en", {"dialogue 2027"}),
    ("The committee held its dialogue with Indonesia on 17 and 18 August 2022.", "en", {"dialogue 2022-08-17"}),
    ("Đối thoại lần thứ 15 sẽ được tổ chức tại Hà Nội vào năm 2027.", "vi", {"dialogue 2027"}),
    ("The Council on 27 September 2018 voted to create an independent mechanism.", "en",
     {"establishment 2018-09-27", "adoption 2018-09-27"}),  # (its vote an adoption too: round 12)
    ("The minister addressed the high-level segment on 24 February 2026.", "en", {"high-level-meeting 2026-02-24"}),
    ("Malaysia has been a party to CEDAW since it acceded in July 1995.", "en", {"accession 1995-07"}),
    ("The committee will issue its concluding observations on 23 May 2014.", "en", {"adoption 2014-05-23"}),
    ("Later the same day, on 14 October 2024, the ambassador paid a courtesy call on the President.", "en",
     {"meeting 2024-10-14"}),
]


def test_a_share_after_of_them(tmp_path, gazetteer):
    """Written set I: 'accepted 271 of them, or 84.7 percent' gave no acceptance rate (a part's 'or' was read only
    right after its number)."""
    found = _facts(tmp_path, gazetteer, _T + "Viet Nam received 320 recommendations and accepted 271 of them, or 84.7 "
                   "percent.\n", language="en")
    assert "acceptance-rate=84.7" in _keys(found, "figure")


#: events the written sets K and L (round 7) named in words the rules did not know (test_events_the_written_sets_name)
WRITTEN_K_L_EVENTS = [
    ("During the second cycle of the Universal Periodic Review in May 2012, the Philippines accepted 88 "
     "recommendations.", "en", {"dialogue 2012-05"}),
    # the cycle with no date right after it is no review's day ('accepted during the fourth cycle of the UPR')
    ("On June 19, the Prime Minister approved a plan for the recommendations accepted during the fourth cycle of the "
     "Universal Periodic Review.", "en", {"adoption 2025-06-19"}),
    ("The Council has met since it replaced the Commission on Human Rights in 2006.", "en", {"establishment 2006"}),
    ("Thailand held a public consultation in Bangkok on 22 August 2019.", "en", {"consultation 2019-08-22"}),
    ("Myanmar marked the occasion by depositing its instrument of ratification on 6 October 2017.", "en",
     {"ratification 2017-10-06"}),
    ("Rights groups welcomed the adoption yesterday by the Third Committee.", "en", {"adoption 2026-01-21"}),
]


def test_a_body_of_the_state_its_officials_come_from_and_not_of_an_embassys(tmp_path, gazetteer):
    """The code review's and the twelfth review's wrong readings: 'Thai officials from the Ministry of Justice' was Viet
    Nam's ministry (0.98), and a ministry in a text whose only state is the US, named as its embassy in Hanoi, was the
    US's (0.89)."""
    found = _facts(tmp_path, gazetteer, _T + "Viet Nam hosted the workshop. Thai officials from the Ministry of "
                   "Justice attended the meeting in Hanoi.\n", language="en")
    assert "org/ministry-justice-tha" in _keys(found, "organisation")
    assert "org/moj-vnm" not in _keys(found, "organisation")
    found = _facts(tmp_path, gazetteer, _T + "The Ministry of Information and Communications hosted a dialogue with "
                   "the US Embassy in Hanoi.\n", language="en")
    assert "org/mic-vnm" in _keys(found, "organisation")
    assert not {k for k in _keys(found, "organisation") if k.endswith("-usa")}
    # a text about the US itself keeps its ministries the US's
    found = _facts(tmp_path, gazetteer, _T + "In Washington, the United States said the Ministry of Justice would "
                   "answer.\n", language="en")
    assert "org/moj-vnm" not in _keys(found, "organisation")


#: events the written sets M and N (round 8) named in words the rules did not know (test_events_the_written_sets_name)
WRITTEN_M_N_EVENTS = [
    ("Laos lodged its instrument of ratification on 25 September 2009.", "en", {"ratification 2009-09-25"}),
    ("The instrument of ratification was deposited on 5 February 2015.", "en", {"ratification 2015-02-05"}),
    ("Laos put its signature to the treaty on 7 December 2000.", "en", {"signing 2000-12-07"}),
    ("Viet Nam signed the CRPD in October 2007.", "en", {"signing 2007-10"}),
    ("AICHR has met often since its inauguration in October 2009.", "en", {"establishment 2009-10"}),
    # (the strategy's adoption too, since round 9: 'được <body> … thông qua')
    ("Chiến lược được Đại hội đại biểu toàn quốc lần thứ XI thông qua hồi tháng 1/2011.", "vi",
     {"congress 2011-01", "adoption 2011-01"}),
]


#: events the written sets A–P (round 9) named in words the rules did not read (test_events_the_written_sets_name)
WRITTEN_ROUND_9_EVENTS = [
    # a press briefing is a day's: not of a year or of a date after it in another clause; with none, the article's
    ("Ministry spokesman Sek Wannamethee told a press briefing that the government had prosecuted more traffickers "
     "in 2013.", "en", {"press-briefing 2026-01-22"}),
    ("At the ministry's regular press briefing, spokesman Le Dung said the report, released in Washington on January "
     "19, repeated old allegations.", "en", {"press-briefing 2026-01-22", "publication 2026-01-19"}),  # (round 14)
    ("On 20 January, the ministry held a press briefing in Hanoi.", "en", {"press-briefing 2026-01-20"}),
    ("The ministry will hold a press briefing on the report.", "en", {"press-briefing"}),
    # a month or a year named from the article's ('last month', 'next year', 'năm ngoái'; not 'in September last
    # year', a date's own words) dates an event with nothing nearer
    ("The report had been adopted by the Human Rights Council at its 57th session last month.", "en",
     {"adoption 2025-12"}),
    ("The three laws were passed by the National Assembly last year.", "en", {"adoption 2025"}),
    ("Viet Nam will present its national report to the Working Group next year.", "en", {"dialogue 2027"}),
    ("Tuyên bố được thông qua năm ngoái tại Phnom Penh.", "vi", {"adoption 2025"}),
    ("Brunei signed the Convention against Torture in September last year.", "en", {"signing 2025-09"}),
    # Vietnamese adoptions by a body named between 'được' and 'thông qua', and of a law or declaration after it
    ("Báo cáo được Hội đồng Nhân quyền Liên hợp quốc thông qua tại khóa họp thứ 41 vào tháng 7/2019.", "vi",
     {"adoption 2019-07"}),
    ("Công ước được Đại hội đồng Liên hợp quốc thông qua năm 1984.", "vi", {"adoption 1984"}),
    ("Quốc hội thông qua Bộ luật Lao động sửa đổi ngày 20/11/2019.", "vi", {"adoption 2019-11-20"}),
    ("Thông tin được truyền tải thông qua mạng xã hội.", "vi", set()),  # 'through', no adoption
    # a report sent to OHCHR or a committee in Vietnamese; a meeting with officials
    ("Báo cáo giữa kỳ đã được gửi tới Văn phòng Cao ủy Liên hợp quốc về quyền con người vào tháng 12/2025.", "vi",
     {"submission 2025-12"}),
    ("In Hanoi she met Deputy Minister of Culture Huynh Vinh Ai and officials of the committee.", "en", {"meeting"}),
    ("Chiều 20/1, Bộ trưởng đã có cuộc gặp với Cao ủy Liên hợp quốc về quyền con người.", "vi", {"meeting 2026-01-20"}),
    ("The minister met the target of the plan.", "en", set()),
    # a weekday printed with its day says the year (by its past tense, 2025-01-30, a Thursday; 2026-01-30 is a Friday)
    ("The Working Group adopted the draft report on Viet Nam on Friday, January 30.", "en", {"adoption 2026-01-30"}),
    ("The country came under scrutiny at its review on Tuesday, as states raised the crackdown on workers earlier "
     "this month.", "en", {"dialogue 2026-01-20"}),
]


@pytest.mark.parametrize(("text", "language", "events"), WRITTEN_A_TO_F_EVENTS + WRITTEN_G_H_EVENTS + WRITTEN_I_J_EVENTS
                         + WRITTEN_K_L_EVENTS + WRITTEN_M_N_EVENTS + WRITTEN_ROUND_9_EVENTS)
def test_events_the_written_sets_name(tmp_path, gazetteer, text, language, events):
    """Written sets A–P: events their writers named in words the rules did not know, each round's (an article of
    22 January 2026)."""
    found = _facts(tmp_path, gazetteer, _T + text + "\n", date="2026-01-22", language=language)
    assert _keys(found, "event") == events


#: figures the written sets A–P named in words the rules did not read (round 9; test_figures_the_written_sets_name)
WRITTEN_ROUND_9_FIGURES = [
    # the remaining ones, with their own verb; a share after a part and its total with words between
    ("Viet Nam accepted 271 of the 320 recommendations made by 133 states at its review on May 7, or nearly 85 "
     "percent, and noted the remaining 49.", "en",
     {"recommendations-accepted=271", "recommendations-received=320", "recommending-states=133",
      "acceptance-rate=85", "recommendations-noted=49"}),
    ("Viet Nam had accepted 182 of the 227 recommendations it received at the interactive dialogue in February, or "
     "about 80 percent, and noted the other 45.", "en",
     {"recommendations-accepted=182", "recommendations-received=227", "acceptance-rate=80",
      "recommendations-noted=45"}),
    ("Thailand received 249 recommendations, supporting 181 of them and noting the remaining 68.", "en",
     {"recommendations-received=249", "recommendations-accepted=181", "recommendations-noted=68"}),
    # the share goes with the count before it, not with the next count's own verb
    ("Việt Nam đã chấp thuận 241 khuyến nghị, tương đương gần 83%, và ghi nhận 50 khuyến nghị còn lại.", "vi",
     {"recommendations-accepted=241", "acceptance-rate=83", "recommendations-noted=50"}),
    ("Keo Remy said the acceptance rate of more than 87 percent showed Cambodia's commitment.", "en",
     {"acceptance-rate=87"}),
    # a part of the recommendations with no total's number; a part with an adverb after it
    ("Cambodia supported 163 of the recommendations and said it would examine the rest.", "en",
     {"recommendations-accepted=163"}),
    ("Of the 91 recommendations put to Brunei, the delegation accepted 53 immediately.", "en",
     {"recommendations-received=91", "recommendations-accepted=53"}),
    # a relative clause without its pronoun: who received, who accepted
    ("The report reviews the implementation of the 182 recommendations Viet Nam accepted in 2014.", "en",
     {"recommendations-accepted=182"}),
    ("Cambodia followed up the 205 recommendations Cambodia received during its second review, of which it accepted "
     "163.", "en", {"recommendations-received=205", "recommendations-accepted=163"}),
    # 'two of its members' is a part, no count of the Council's members
    ("For ASEAN, the vote means two of its members will sit on the Council.", "en", set()),
    # the core human rights treaties a state is a party to (not the nine there are)
    ("Bà Hà cho biết Việt Nam hiện là thành viên của 7 trong số 9 công ước quốc tế cơ bản về quyền con người.", "vi",
     {"core-un-treaties-ratified=7"}),
    ("Viet Nam is now a party to seven of the nine core international human rights treaties.", "en",
     {"core-un-treaties-ratified=7"}),
    ("Myanmar has ratified only four of the nine core human rights treaties.", "en", {"core-un-treaties-ratified=4"}),
    ("Năm 2015, Việt Nam trở thành thành viên Công ước chống tra tấn, nâng tổng số điều ước quốc tế cốt lõi về quyền "
     "con người mà Việt Nam tham gia lên 7/9.", "vi", {"core-un-treaties-ratified=7"}),
    ("There are nine core international human rights treaties, and Viet Nam has signed the CRPD.", "en", set()),
    # votes 'for'; a joint statement's states; states that made recommendations, named before them in Vietnamese;
    # a resolution's sponsors; no session's states reviewed without a review
    ("The text on Myanmar passed with 24 votes for, 13 against and 10 abstentions.", "en",
     {"votes-in-favour=24", "votes-against=13", "abstentions=10"}),
    ("Speaking on behalf of 79 states, Viet Nam's mission delivered a joint statement.", "en",
     {"joint-statement-states=79"}),
    ("Thay mặt 10 nước thành viên ASEAN, Đại sứ Việt Nam phát biểu.", "vi", {"asean-member-states=10"}),  # round 15
    ("Việt Nam đã chấp thuận 271 trong tổng số 320 khuyến nghị mà 133 quốc gia đưa ra.", "vi",
     {"recommendations-accepted=271", "recommendations-received=320", "recommending-states=133"}),
    ("The resolution, sponsored this year by an inter-regional group of more than 80 countries, was put to the "
     "Assembly by Malaysia.", "en", {"co-sponsoring-states=80"}),
    ("The special session was requested by Viet Nam and supported by 47 states.", "en", set()),
    # the head count of an event in other nouns than delegates'; a group's size is no state's population
    ("The meeting in Hanoi gathered about 90 officials from 25 ministries of Viet Nam.", "en", {"delegates=90"}),
    ("Around 150 people from government agencies of Thailand attended the meeting in Bangkok.", "en",
     {"delegates=150"}),
    ("Khóa họp diễn ra tại Geneva với sự tham dự của hơn 90 bộ trưởng của các nước, trong đó có Việt Nam.", "vi",
     {"delegates=90"}),
    # (a measure of its own since round 14)
    ("Viet Nam has some 6.7 million people with disabilities.", "en", {"persons-with-disabilities=6700000"}),
    ("Viet Nam has a population of 100 million people.", "en", {"population=100000000"}),
]


@pytest.mark.parametrize(("text", "language", "figures"), WRITTEN_ROUND_9_FIGURES)
def test_figures_the_written_sets_name(tmp_path, gazetteer, text, language, figures):
    """Written sets A–P: figures their writers named in words the rules did not read (an article of 22 January
    2026)."""
    found = _facts(tmp_path, gazetteer, _T + text + "\n", date="2026-01-22", language=language)
    assert _keys(found, "figure") == figures


@pytest.mark.parametrize(("text", "language", "dates"), [
    ("Indonesia ratified the convention last month.", "en", {"2025-12"}),
    ("The rapporteur is due to visit Thailand next month.", "en", {"2026-02"}),
    ("Hội nghị diễn ra trong tháng này.", "vi", {"2026-01"}),
    ("Việt Nam đã phê chuẩn Công ước hồi tháng trước.", "vi", {"2025-12"}),
    ("Ba tháng sau đó, Quốc hội họp.", "vi", set()),  # 'the month after that' is the story's, not the article's
    # the day before the article's, or its own ('Today,' opening a sentence is as often the present)
    ("The ministry said yesterday that it would respond.", "en", {"2026-01-21"}),
    ("Hôm qua, Bộ Ngoại giao cho biết Việt Nam sẽ trả lời.", "vi", {"2026-01-21"}),
    ("The session closes today in Geneva.", "en", {"2026-01-22"}),
    ("Today, Viet Nam is a party to seven core treaties.", "en", set()),
    # 'hôm 28/6'; 'last Sunday', 'next Wednesday' (the article's a Thursday)
    ("Một cuốn kinh Koran bị đốt tại Stockholm hôm 28/12.", "vi", {"2025-12-28"}),
    ("The minister referred to the royal address delivered last Sunday.", "en", {"2026-01-18"}),
    ("The Working Group will adopt its report next Wednesday.", "en", {"2026-01-28"}),
    ("The Working Group will adopt its report next Thursday.", "en", {"2026-01-29"}),
    # after 'and', another predicate's tense: 'dự kiến' put the opening a year ahead; not 'on Thursday and Friday'
    ("Khóa họp thứ 61 khai mạc ngày 5/1 và dự kiến bế mạc ngày 2/4.", "vi", {"2026-01-05", "2026-04-02"}),
    ("A referendum is set for August 7 and an election for next year.", "en", {"2026-08-07"}),
    # the year the words after a day say ('June 28 last year' was read in the article's year)
    ("The law took effect on June 28 last year in Viet Nam.", "en", {"2025-06-28"}),
    ("Luật có hiệu lực từ ngày 1/7 năm ngoái.", "vi", {"2025-07-01"}),
    ("The Council will meet on 11 March next year.", "en", {"2027-03-11"}),
])
def test_a_month_named_from_the_articles(tmp_path, gazetteer, text, language, dates):
    """Round 9: 'last month', 'next month', 'tháng trước' are the month either side of the article's, 'yesterday' the
    day before it (22 January 2026)."""
    found = _facts(tmp_path, gazetteer, _T + text + "\n", date="2026-01-22", language=language)
    assert _keys(found, "date") == dates


#: persons the written sets A–P named with a title set off after them in words the rules did not read (round 9)
WRITTEN_ROUND_9_PERSONS = [
    ("Nantana Sirisup, director of the ministry's Human Rights Division, said the plan was ready.", "en",
     {"person/nantana-sirisup"}),
    ("Claudio Grossman, the committee's chairperson, asked about the investigations.", "en",
     {"person/claudio-grossman"}),
    ('"We welcome it," said Homayoun Alizadeh, the OHCHR Regional Representative for South-East Asia.', "en",
     {"person/homayoun-alizadeh"}),
    ("Usman Hamid, Executive Director of Amnesty International Indonesia, said the law was flawed.", "en",
     {"person/usman-hamid"}),
    ("The EU delegation was led by Gunnar Wiegand, Managing Director for Asia and the Pacific.", "en",
     {"person/gunnar-wiegand"}),
    # a hyphened given name is the name's ('hee-lee' was read)
    ("Chang-Hee Lee, Director of the ILO Country Office for Viet Nam, called the vote historic.", "en",
     {"person/chang-hee-lee"}),
    ("Park Mi-Hyung, Chief of Mission of IOM in Viet Nam, welcomed the law.", "en", {"person/park-mi-hyung"}),
    # an honorific's last word, a particle of a Malay name
    ("Dato' Sri Azalina Othman, the minister, tabled the bill.", "en", {"person/azalina-othman"}),
    ("Norhayati binti Abdul Rahman, the acting permanent secretary, spoke.", "en",
     {"person/norhayati-binti-abdul-rahman"}),
    # 'Tun' is an honorific and a name's word: a name's when one word would be left ('Tun Dr Mahathir' keeps it out)
    ("Attorney General Tun Shin told the dialogue in Myanmar that the country was changing.", "en",
     {"person/tun-shin"}),
    ("Former Prime Minister Tun Dr Mahathir Mohamad of Malaysia spoke.", "en", {"person/mahathir-mohamad"}),
    # 'Bộ LĐ-TB&XH', as the Vietnamese press abbreviates the labour ministry
    ("Phát biểu khai mạc, Thứ trưởng Bộ LĐ-TB&XH Nguyễn Trọng Đàm cho biết Việt Nam đã ký Công ước.", "vi",
     {"person/nguyen-trong-dam"}),
    # a title written small after no name is none
    ("In Geneva, the director said the report was late.", "en", set()),
    ("Human Rights Watch, the group's director said, will publish it.", "en", set()),
]


@pytest.mark.parametrize(("text", "language", "persons"), WRITTEN_ROUND_9_PERSONS)
def test_persons_the_written_sets_name(tmp_path, gazetteer, text, language, persons):
    """Written sets A–P: a name set off before its title, small or with words between (person.name-appositive)."""
    found = _facts(tmp_path, gazetteer, _T + text + "\n", date="2026-01-22", language=language)
    assert _keys(found, "person") == persons


@pytest.mark.parametrize(("text", "holdings"), [
    # the one elected, after a small title with a possessive, a post's title, or as its object
    ("Indonesia's ambassador Febrian Ruddyard was elected President of the Human Rights Council for 2024.",
     {"person/febrian-ruddyard post/president-un-human-rights-council",
      # (an ambassador at the Council heads his mission in Geneva: round 49)
      "person/febrian-ruddyard post/permanent-representative-un-geneva-idn"}),
    ("Thailand's Permanent Representative Sihasak Phuangketkeow was elected President of the Human Rights Council.",
     {"person/sihasak-phuangketkeow post/permanent-representative-un-geneva-tha",
      "person/sihasak-phuangketkeow post/president-un-human-rights-council"}),
    ("The Council elected Ambassador Omar Zniber of Morocco as the President of the Human Rights Council.",
     {"person/omar-zniber post/president-un-human-rights-council"}),
    # the Council's President, and a name set off by commas after it, its state before the comma
    ("The Human Rights Council opened its session. The Council's President, Ambassador Vaclav Balek of the Czech "
     "Republic, opened it.", {"person/vaclav-balek post/president-un-human-rights-council"}),
])
def test_the_councils_presidents_the_written_sets_name(tmp_path, gazetteer, text, holdings):
    """Round 9: the Council's Presidents as the written sets name them (each was missed)."""
    assert _keys(_facts(tmp_path, gazetteer, _T + "GENEVA – " + text + "\n", language="en"), "holding") == holdings


def test_a_title_set_off_after_a_name_with_words_between_holds_the_post(tmp_path, gazetteer):
    """'Kyaw Moe Tun, Myanmar's Permanent Representative in Geneva': the holding, the state's possessive part of the
    title (round 33, as for 'Myanmar's Permanent Mission'), so read as any 'Name, Title' is."""
    found = _facts(tmp_path, gazetteer, _T + "Kyaw Moe Tun, Myanmar's Permanent Representative in Geneva, said his "
                   "government rejects it.\n", language="en")
    holding = [c for c in found if c.kind == "holding"]
    assert [(c.key, c.rule) for c in holding] == [
        ("person/kyaw-moe-tun post/permanent-representative-un-geneva-mmr", "holding.name-comma-title")]


@pytest.mark.parametrize(("text", "sessions"), [
    ("The UN Human Rights Council opened HRC55 in Geneva on Monday.", {"session/hrc-55"}),
    ("Viet Nam spoke at HRC-55 and at UNHRC 56.", {"session/hrc-55", "session/hrc-56"}),
    # a symbol, no session
    ("The Council adopted resolution HRC 45/33 and report A/HRC/55/12.", set()),
])
def test_a_council_session_as_its_acronym_and_number(tmp_path, gazetteer, text, sessions):
    """Round 9: 'HRC55', 'HRC-55', as the issue names them (session.acronym-number)."""
    assert _keys(_facts(tmp_path, gazetteer, _T + text + "\n", language="en"), "session") == sessions


def test_the_body_a_known_posts_title_opens_with_is_named(tmp_path, gazetteer):
    """Round 9: 'UN Women Representative in Viet Nam X': UN Women is named (the title's longest match hid it), as the
    shared articles' gold names the UN in 'UN High Commissioner'; the post is reference data."""
    found = _facts(tmp_path, gazetteer, _T + "UN Women Representative in Viet Nam Caroline Nyamayemombe praised "
                   "progress at a ceremony in Hanoi.\n", language="en")
    assert "org/un-women" in _keys(found, "organisation")
    assert _keys(found, "holding") == {"person/caroline-nyamayemombe post/un-women-representative-vnm"}


def test_a_record_two_rules_find_keeps_the_rule_worth_more(tmp_path, gazetteer):
    """Round 9: 'Bà Caitlin Wiesen, Trưởng Đại diện …' is found by the honorific's rule and, now the post is known, by
    the name-comma-title's: the person keeps the better calibrated of the two (it took the later rule's 0.87). (Since
    round 17 the graph knows Caitlin Wiesen: a name it does not know stands in.)"""
    found = _facts(tmp_path, gazetteer, _T + "Bà Helen Marlowe, Trưởng Đại diện thường trú UNDP tại Việt Nam, "
                   "đánh giá cao kết quả.\n", language="vi")
    person = next(c for c in found if c.kind == "person")
    assert person.rule == "person.honorific-name"
    assert person.confidence == CALIBRATION["person.honorific-name"] > CALIBRATION["person.name-comma-title"]
    assert _keys(found, "holding") == {"person/helen-marlowe post/undp-resident-representative-vnm"}


#: what the written sets Q and R (held out in round 9, developed on in round 10) named in words the rules misread
@pytest.mark.parametrize(("text", "language", "kind", "keys"), [
    # a total after 'trong tổng số', however far its part; the rest, which could not be accepted
    ("Việt Nam cho biết trong tổng số 123 khuyến nghị các nước nêu ra tại phiên đối thoại hồi tháng 5 vừa qua, Việt "
     "Nam đã chấp thuận 96 khuyến nghị.", "vi", "figure",
     {"recommendations-received=123", "recommendations-accepted=96"}),
    ("Đối với 27 khuyến nghị còn lại, Việt Nam không thể chấp thuận do không phù hợp.", "vi", "figure",
     {"recommendations-rejected=27"}),
    # 'năm 1992' is a year, no count ('mà dự thảo …' made 1992 draft resolutions)
    ("Việt Nam sửa đổi Hiến pháp năm 1992 mà dự thảo dự kiến được Quốc hội thông qua.", "vi", "figure", set()),
    # the share of the accepted ones implemented, the verb nearer; 'trong số 182' counts
    ("Trong số 182 khuyến nghị chấp thuận ở chu kỳ trước, Việt Nam đã thực hiện được 175 khuyến nghị, đạt tỷ lệ "
     "96,2%.", "vi", "figure", {"recommendations-accepted=182", "recommendations-implemented-count=175",
                                "accepted-recommendations-implemented=96.2"}),
    ("Việt Nam đã thực hiện phần lớn trong số 116 khuyến nghị đã chấp thuận.", "vi", "figure",
     {"recommendations-accepted=116"}),
    # before 'and', another predicate's tense ('opened' put October 14 a year back)
    ("The Working Group's session on Viet Nam opened on Monday and runs until February 14.", "en", "date",
     {"2026-01-19", "2026-02-14"}),
    ("Viet Nam will sign the convention and hold a press conference on Monday.", "en", "date", {"2026-01-26"}),
    # a generic title after a verb of succession is no part of the name
    ("He succeeds Ambassador Alex Van Meeuwen of Belgium at the Council.", "en", "person",
     {"person/alex-van-meeuwen"}),
    # the Council's special sessions and their resolutions, as the HRC importers name them; not the Assembly's
    ("The Human Rights Council held its 28th special session on Myanmar.", "en", "session",
     {"session/hrc-special-28"}),
    ("Khóa họp đặc biệt lần thứ 29 của Hội đồng Nhân quyền về Myanmar diễn ra tại Geneva.", "vi", "session",
     {"session/hrc-special-29"}),
    ("The General Assembly held its 31st special session in New York.", "en", "session", set()),
    ("The Human Rights Council adopted resolution S-27/1 and resolution A/HRC/RES/S-29/1.", "en", "resolution",
     {"S-27/1", "S-29/1"}),
    # the Council's year is no UPR cycle
    ("At the meeting opening the Council's fifth cycle, Thailand was elected to preside.", "en", "cycle", set()),
    ("The Council's bureau for the fifth cycle comprises four Vice-Presidents.", "en", "cycle", set()),
    # 'members voted in favour' are members, not votes
    ("Thirty-three of the Council's 47 members voted in favour of the resolution on Myanmar.", "en", "figure",
     {"council-members=47"}),

    # round 11, on S and T: an act's word in the plural; a convention's States parties; the present of a schedule
    ("The National Assembly approved the treaties by Resolutions 83/2014/QH13 and 84/2014/QH13.", "vi", "legal_act",
     {"83/2014/QH13"}),
    ("The Committee monitors compliance with the Convention by Viet Nam and its other 193 States parties.", "en",
     "figure", {"convention-states-parties=193"}),
    ("The 26th ASEAN Summit, which opens in Kuala Lumpur on Sunday, will discuss it with Malaysia.", "en", "date",
     {"2026-01-25"}),
])
def test_what_sets_q_and_r_named(tmp_path, gazetteer, text, language, kind, keys):
    """Round 10: sentences of the written sets Q and R, scored once in round 9 (an article of 22 January 2026)."""
    found = _facts(tmp_path, gazetteer, _T + text + "\n", date="2026-01-22", language=language)
    assert _keys(found, kind) == keys


#: the code review of rounds 9 and 10 (its own sentences, an article of 12 May 2024): wrong readings, each fixed
@pytest.mark.parametrize(("text", "language", "kind", "keys"), [
    # relative dates: a duration, 'the last … of', the present, 'tới nay', 'Tôi', another clause's 'năm tới'
    ("Luật có hiệu lực 6 tháng sau khi được Quốc hội Việt Nam thông qua.", "vi", "date", set()),
    ("Hai tháng trước, Việt Nam đã nộp báo cáo lên Hội đồng Nhân quyền.", "vi", "date", set()),
    ("Trong mấy tháng nay, Việt Nam đã tổ chức nhiều hội thảo về quyền con người.", "vi", "date", set()),
    ("In the last month of 2023, Viet Nam submitted its national report to the Council.", "en", "date", set()),
    ("Exports of Viet Nam this month rose 5 percent from a year ago.", "en", "date", {"2024-05"}),
    ("The seminar in Hanoi on Viet Nam will take place on the last Friday of May.", "en", "date", {"2024-05"}),
    ("Viet Nam today has more than 100 million people and 54 ethnic groups.", "en", "date", set()),
    ("Human rights in today's Viet Nam are protected by the Constitution.", "en", "date", set()),
    ("The Committee on Viet Nam concluded today its review.", "en", "date", {"2024-05-12"}),
    ("Cho tới nay, Việt Nam đã là thành viên của 7 công ước.", "vi", "date", set()),
    ("Tôi qua Geneva để dự phiên đối thoại về báo cáo của Việt Nam.", "vi", "date", set()),
    ("Phát biểu hôm 20/5, năm tới Việt Nam sẽ ứng cử vào Hội đồng Nhân quyền.", "vi", "date", {"2024-05-20"}),
    ("Phái đoàn Việt Nam tới Geneva để dự phiên đối thoại với Ủy ban chống tra tấn.", "vi", "event", {"dialogue"}),
    # a plural noun after 'and' keeps the 'will' before it
    ("Viet Nam will present its report in July and reports on two other treaties in October.", "en", "date",
     {"2024-07", "2024-10"}),
    # 'HRC 47 members', 'HRC 25 times' are no sessions; the Assembly's special session is no Council's
    ("All HRC 47 members voted on the resolution on Viet Nam.", "en", "session", set()),
    ("Viet Nam addressed the Human Rights Council in Geneva. At its 10th special session, the General Assembly "
     "adopted a declaration.", "en", "session", set()),
    # counts: negated core treaties, all treaties, the share noted or rejected, committed to implement, head counts
    ("Viet Nam is not a party to two core human rights treaties.", "en", "figure", set()),
    ("The Assembly ratified the agreement, bringing the total number of international treaties Viet Nam has joined "
     "to 1,500, including several on human rights.", "en", "figure", set()),
    ("Viet Nam accepted 241 of 291 recommendations, but noted 50, or 17 percent.", "en", "figure",
     {"recommendations-accepted=241", "recommendations-received=291", "recommendations-noted=50"}),
    ("Việt Nam đã chấp thuận 241 khuyến nghị và cam kết thực hiện đầy đủ, đạt tỷ lệ 83%.", "vi", "figure",
     {"recommendations-accepted=241", "acceptance-rate=83"}),
    ("About 150 people were killed in the floods in Viet Nam, officials attending the meeting said.", "en", "figure",
     {"deaths=150"}),  # (a measure of its own since round 15)
    # adverbials are no names; 'thông qua' in lower case is 'through'
    ("On Human Rights Day, the chairman of the committee spoke in Hanoi, Viet Nam.", "en", "person", set()),
    ("Last Monday, the director of the institute spoke about Viet Nam.", "en", "person", set()),
    ("Ngày 10/5, Việt Nam cam kết thúc đẩy bình đẳng giới thông qua chiến lược quốc gia.", "vi", "event", set()),
    # a press briefing of last week, or one still to come, is not the article's day's
    ("At a regular press briefing last week, the spokesperson of Viet Nam's ministry said so.", "en", "event",
     {"press-briefing"}),
    ("The Foreign Ministry of Viet Nam is set to hold a press briefing on the report.", "en", "event",
     {"press-briefing"}),
])
def test_what_the_code_review_of_rounds_9_and_10_found(tmp_path, gazetteer, text, language, kind, keys):
    assert _read(tmp_path, gazetteer, text, language, kind) == keys


@pytest.mark.parametrize("text, language, kind, keys", [
    # the UN body a mission is accredited to, named inside the mission's words (the shared gold names it)
    ("Viet Nam's Permanent Mission to the UN Office in Geneva hosted the event.", "en", "organisation",
     {"org/permanent-mission-un-geneva-vnm", "org/un-office-at-geneva"}),
    ("Ambassador Le Thi Tuyet Mai, Permanent Representative of Viet Nam to the United Nations Office, the World "
     "Trade Organization and other international organisations in Geneva, spoke.", "en", "organisation",
     {"org/un-office-at-geneva", "org/wto"}),
    # (not the UN Office at Geneva: the UN Office on Drugs and Crime, which the graph knows since round 14)
    ("The United Nations Office on Drugs and Crime opened an office in Geneva.", "en", "organisation",
     {"org/unodc"}),
    ("Đại sứ Mai Phan Dũng, Trưởng Phái đoàn đại diện thường trực Việt Nam bên cạnh Liên hợp quốc tại Geneva, phát "
     "biểu.", "vi", "organisation", {"org/permanent-mission-un-geneva-vnm", "org/united-nations"}),
    # OHCHR by its Vietnamese name with 'quyền con người'; a state's own body named as the UN's, then 'of' it
    ("Bộ Ngoại giao đã gửi báo cáo tới Văn phòng Cao ủy Liên hợp quốc về quyền con người.", "vi", "organisation",
     {"org/mofa-vnm", "org/ohchr"}),
    ("The Commission on Human Rights (CHR) of the Philippines said the law was unconstitutional.", "en",
     "organisation", {"org/commission-human-rights-phl"}),
    # a bare 'Human Rights Committee' is the UN's only beside its Covenant, and after no national word
    ("The Human Rights Committee examined Viet Nam's report under the ICCPR at its 125th session.", "en",
     "organisation", {"org/un-human-rights-committee"}),
    ("The Cambodian Human Rights Committee replied to the ICCPR committee.", "en", "organisation",
     {"org/cambodian-human-rights-committee"}),  # (Cambodia's own body, in the reference data since round 14)
    ("The Human Rights Committee was replaced by the Council in 2006.", "en", "organisation", set()),
    # a review named with its date is its dialogue; 'N years ago'
    ("During the third cycle, in November 2018, Malaysia received 268 recommendations.", "en", "event",
     {"dialogue 2018-11"}),
    ("Viet Nam accepted most recommendations from the third-cycle review in January 2019.", "en", "event",
     {"dialogue 2019-01"}),
    ("Kể từ lần rà soát chu kỳ II năm 2015, Lào đã thực hiện nhiều khuyến nghị.", "vi", "event", {"dialogue 2015"}),
    ("Indonesia is among the first States to be examined in the second cycle, which began on Monday.", "en",
     "event", set()),
    ("Malaysia rejected the downgrade, saying it ignored the work done since Parliament passed the "
     "Anti-Trafficking in Persons Act two years ago.", "en", "event", {"adoption 2022"}),
    # passing a law; setting up a body in a month; a report due or sent
    ("The 15th National Assembly on November 14 passed the revised Law on Domestic Violence Prevention.", "en",
     "event", {"adoption 2023-11-14"}),
    ("The fact-finding mission set up by the Council in March will report in September.", "en", "event",
     {"establishment 2024-03"}),
    ("Viet Nam's national report for the fifth cycle is due in 2028.", "en", "event", {"submission 2028"}),
    ("The Special Rapporteur will present a full report to the Human Rights Council in June 2025.", "en", "event",
     {"report-presentation 2025-06"}),  # (a kind of its own since round 15)
    # a visit is dated by its first day; a meeting with a person named; a press briefing somewhere
    ("HANOI (12 May 2024) – The Special Rapporteur ended an eleven-day official visit to Viet Nam, which began on "
     "2 May.", "en", "event", {"visit 2024-05-02"}),
    ("During the mission, carried out from 23 to 31 August, the expert held talks with the Ministry of Justice.",
     "en", "event", {"visit 2023-08-23", "meeting 2023-08-23"}),
    ("On the sidelines, Mr Phoxay met Volker Türk.", "en", "event", {"meeting"}),
    ("Speaking to reporters in Yangon on Friday, she said the situation had worsened.", "en", "event",
     {"press-briefing 2024-05-10"}),
    ("Hasmy Agam told reporters the forum wanted regular consultations.", "en", "event", set()),
    # anniversaries count years; a resolution's quoted title does not
    ("Viet Nam marked the 75th anniversary of the Universal Declaration of Human Rights.", "en", "figure",
     {"years-since=75"}),
    ('Viet Nam led resolutions on the "75th anniversary of the Universal Declaration of Human Rights".', "en",
     "figure", set()),
    # a UN agency's representative in a state; a permanent representative 'in Geneva'
    ("Naomi Kitahara, UNFPA Representative in Viet Nam, welcomed the law.", "en", "holding",
     {"person/naomi-kitahara post/unfpa-representative-vnm"}),
    ("Myanmar's Permanent Representative in Geneva, Htin Lynn, rejected the report.", "en", "holding",
     {"person/htin-lynn post/permanent-representative-un-geneva-mmr"}),
    # a law's votes in the National Assembly (and the new measure of their share); Council terms counted by an
    # ordinal (not an earlier one's); seats filled; ordinals that count treaties and visits; what a report contains
    ("Luật Trẻ em được Quốc hội Việt Nam thông qua với 430 đại biểu tán thành.", "vi", "figure",
     {"votes-in-favour=430"}),
    ("The law was approved by 437 deputies, or 90.47 percent of the legislature of Viet Nam.", "en", "figure",
     {"votes-in-favour=437", "votes-in-favour-share=90.47"}),
    ("The Human Rights Council welcomed Indonesia, which won its sixth term on the Geneva-based body.", "en", "figure",
     {"hrc-memberships=6"}),
    ("Đây là nhiệm kỳ thứ ba của Việt Nam tại Hội đồng Nhân quyền.", "vi", "figure", {"hrc-memberships=3"}),
    ("The Human Rights Council elected Thailand: its second time on the 47-member body, after a first term from "
     "2010 to 2013.", "en", "figure", {"hrc-memberships=2", "council-members=47"}),
    ("The General Assembly filled 18 seats on the Council, including Thailand's.", "en", "figure",
     {"members-elected=18"}),
    ("The ICERD is the fourth core UN human rights treaty to which Singapore is a party.", "en", "figure",
     {"core-un-treaties-ratified=4"}),
    ("The Special Rapporteur on Myanmar ended her fifth visit to Myanmar on Friday.", "en", "figure",
     {"special-procedures-visits=5"}),
    ("The minister paid her fifth visit to Myanmar on Friday.", "en", "figure", set()),
    ("Viet Nam received visits from seven special procedures mandate-holders.", "en", "figure",
     {"special-procedures-visits=7"}),
    ("The report on Viet Nam contains 291 recommendations.", "en", "figure", {"recommendations-received=291"}),
    # a state's representative on a regional body; Indonesia's ministry as printed; one visit, by its first day
    ("Đại sứ Phan Thị Minh Giang, Đại diện Việt Nam tại AICHR, đã tham dự cuộc họp tại Jakarta.", "vi", "holding",
     {"person/phan-thi-minh-giang post/representative-aichr-vnm"}),
    ("Ambassador Yuyun Wahyuningrum, Indonesia's Representative to the AICHR, said the commission needed more.", "en",
     "holding", {"person/yuyun-wahyuningrum post/representative-aichr-idn"}),
    ("On Monday, Indonesia's Minister of Law and Human Rights Yasonna Laoly led the delegation.", "en", "holding",
     {"person/yasonna-laoly post/minister-law-human-rights-idn"}),
    ("HANOI (12 May 2024) – The Special Rapporteur today concluded an eleven-day official visit to Viet Nam. The "
     "visit, which began on 2 May, took her to three provinces.", "en", "event", {"visit 2024-05-02"}),
    # the Council's vote is an adoption, dated by its day (the undated 'was adopted' after it is the same)
    ("GENEVA, May 9 – The UN Human Rights Council on Thursday voted to create an independent mechanism on Myanmar. "
     "Resolution 39/2 was adopted by a recorded vote of 35 in favour.", "en", "event",
     {"adoption 2024-05-09", "establishment 2024-05-09"}),
    ("The Council voted against the motion on Thursday.", "en", "event", set()),
])
def test_round_12(tmp_path, gazetteer, text, language, kind, keys):
    """Round 12: broad rules from the written sets A–V, each on a made-up sentence (an article of 12 May 2024)."""
    assert _read(tmp_path, gazetteer, text, language, kind) == keys


@pytest.mark.parametrize("text, language, kind, keys", [
    # elections in other words; a meeting by 'received'
    ("The General Assembly, meeting in New York on Thursday, chose the 34 members of the International Law "
     "Commission.", "en", "event", {"election 2024-05-09"}),
    ("Hội đồng Nhân quyền đã nhất trí bầu Đại sứ Sidharto Reza Suryodipuro làm Chủ tịch vào ngày 5/1.", "vi", "event",
     {"election 2024-01-05"}),
    ("Việt Nam được Đại hội đồng Liên hợp quốc bầu lại vào HĐNQ ngày 14/10/2025.", "vi", "event",
     {"election 2025-10-14"}),
    ("On the afternoon of May 6, Deputy Foreign Minister Do Hung Viet received Ms Pauline Tamesis in Hanoi.", "en",
     "event", {"meeting 2024-05-06"}),
    # a law takes effect ahead; a report on a visit is no visit
    ("The Constitution was adopted on November 28, 2023. The text takes effect on January 1.", "en", "event",
     {"adoption 2023-11-28", "entry-into-force 2025-01-01"}),
    ("She will present a report on the visit to the Human Rights Council in March 2025.", "en", "event",
     {"report-presentation 2025-03"}),  # (a kind of its own since round 15)
    # the votes of deputies who took part; a mission's days; seats of the Council; groups are no population
    ("Luật được thông qua với 469 đại biểu tham gia biểu quyết tán thành trong Quốc hội Việt Nam.", "vi", "figure",
     {"votes-in-favour=469"}),
    ("The Special Rapporteur on Cambodia ended her eleven-day mission to Cambodia on Friday.", "en", "figure",
     {"visit-days=11"}),
    ("The Human Rights Council elected Thailand to one of the Council's 47 seats.", "en", "figure",
     {"council-members=47"}),
    ("Viet Nam has about 7.4 million people aged 60 or over.", "en", "figure", set()),
    # the UN in Viet Nam; the Philippines' own Commission on Human Rights; another body's post
    ("The United Nations in Viet Nam welcomed the ratification by Viet Nam.", "en", "organisation",
     {"org/un-country-team-vnm"}),
    ("The Commission on Human Rights (CHR) said the Philippines' police must investigate the killings.", "en",
     "organisation", {"org/commission-human-rights-phl"}),
    ("Truong Thi Mai, Chairwoman of the National Assembly's Committee for Social Affairs, presented the bill in Viet "
     "Nam.", "en", "holding",  # (the committee's chair, since round 24 gave the graph the post)
     {"person/truong-thi-mai post/chair-committee-social-affairs-national-assembly-vnm"}),
    # the Assembly's chair and the ILO's director in Viet Nam; a state's president after its plural possessive
    ("National Assembly Chairwoman Nguyen Thi Kim Ngan closed the session in Viet Nam.", "en", "holding",
     {"person/nguyen-thi-kim-ngan post/chairman-national-assembly-vnm"}),
    ("Ông Chang-Hee Lee, Giám đốc Văn phòng ILO tại Việt Nam, cho biết bộ luật mới phù hợp với tiêu chuẩn lao động.",
     "vi", "holding", {"person/chang-hee-lee post/director-ilo-country-office-vnm"}),
    ("On Monday, the Philippines' President Ferdinand Marcos Jr said the country would cooperate with the UN.", "en",
     "holding", {"person/ferdinand-marcos-jr post/president-phl"}),
    # a mandate's generic title after the mandate was named in full; not where two were
    ("The Council extended the mandate of the Special Rapporteur on the situation of human rights in Myanmar. The "
     "Special Rapporteur, Thomas Andrews, said the military must release all detainees.", "en", "holding",
     {"person/thomas-andrews post/un-special-rapporteur-human-rights-myanmar"}),
    ("The Special Rapporteur on the situation of human rights in Myanmar and the Special Rapporteur on the situation "
     "of human rights in Cambodia spoke. The Special Rapporteur, Thomas Andrews, said the military must act.", "en",
     "holding", set()),
    # 'in the run-up to' says nothing of the side a date is on (the code review of rounds 12-13: it was read as to come)
    ("In the run-up to the elections in February, the authorities arrested 12 activists.", "en", "date",
     {"2024-02"}),
])
def test_round_13(tmp_path, gazetteer, text, language, kind, keys):
    """Round 13: readings from the written sets A–Z, each on a made-up sentence (an article of 12 May 2024)."""
    assert _read(tmp_path, gazetteer, text, language, kind) == keys


@pytest.mark.parametrize("text, language, kind, keys", [
    # the measures and kinds the vocabulary gained in round 14 (written sets A–ZB named them alike)
    ("Viet Nam has an estimated 5.3 million people with disabilities, about 6.3 percent of the population.", "en",
     "figure", {"persons-with-disabilities=5300000", "persons-with-disabilities-share=6.3"}),
    ("Theo Bộ, Việt Nam hiện có khoảng 6,7 triệu người khuyết tật, chiếm 7,8% dân số.", "vi", "figure",
     {"persons-with-disabilities=6700000", "persons-with-disabilities-share=7.8"}),
    ("In Viet Nam 1.2 million persons with disabilities now receive monthly social allowances.", "en", "figure",
     set()),
    ("Hiện Việt Nam có 43 tổ chức tôn giáo thuộc 16 tôn giáo được công nhận, với khoảng 27 triệu tín đồ, chiếm "
     "27% dân số.", "vi", "figure", {"religious-organisations-recognised=43", "religions-recognised=16",
                                     "religious-followers=27000000", "religious-followers-share=27"}),
    ("Viet Nam now counts about 24 million followers of religion and 38 recognised organisations of 13 religions.",
     "en", "figure", {"religious-followers=24000000", "religious-organisations-recognised=38",
                      "religions-recognised=13"}),
    ("In Viet Nam some 20 million people follow a religion.", "en", "figure", {"religious-followers=20000000"}),
    ("Viet Nam's 22 international organisations working on religion met in Hanoi.", "en", "figure", set()),
    ("Việt Nam có 54 dân tộc, trong đó 53 dân tộc thiểu số chiếm khoảng 14% dân số.", "vi", "figure",
     {"ethnic-groups=54", "ethnic-minority-groups=53", "ethnic-minority-population-share=14"}),
    ("Tỉnh đã hỗ trợ 500 đồng bào dân tộc ở Việt Nam.", "vi", "figure", set()),
    ("More than 700,000 Rohingya have fled to Bangladesh from Myanmar since August 2017.", "en", "figure",
     {"refugees=700000"}),
    ("In Myanmar more than 140,000 people displaced by communal violence remain in camps.", "en", "figure",
     {"displaced-persons=140000"}),
    ("Viet Nam reported to the Human Rights Committee, the body of 18 independent experts that monitors the "
     "Covenant.", "en", "figure", {"committee-members=18"}),
    ("Viet Nam met the Committee on the Elimination of Discrimination against Women. The 23-member committee will "
     "publish its findings on Friday.", "en", "figure", {"committee-members=23"}),
    ("Viet Nam reported to the Committee against Torture, the ten-member committee that monitors the Convention.",
     "en", "figure", {"committee-members=10"}),
    ("Sixty officials of 13 Mekong Delta provinces in Viet Nam are attending a three-day training course in Can Tho "
     "that opened on June 23.", "en", "figure", {"provinces=13"}),
    ("Sixty officials of 13 Mekong Delta provinces in Viet Nam are attending a three-day training course in Can Tho "
     "that opened on May 6.", "en", "event", {"training 2024-05-06"}),
    ("Sở Tư pháp tổ chức lớp tập huấn chiều 14/5 tại Bắc Giang.", "vi", "event", {"training 2024-05-14"}),
    ("Các đại biểu đề xuất tăng cường tập huấn cho cán bộ cấp xã.", "vi", "event", set()),
    ("The 121-page report, released in Bangkok on Wednesday, urged Thailand to act.", "en", "event",
     {"publication 2024-05-08"}),
    ("Báo cáo thế giới 2024 của tổ chức được công bố ngày 13/1.", "vi", "event", {"publication 2024-01-13"}),
])
def test_round_14(tmp_path, gazetteer, text, language, kind, keys):
    """Round 14: the vocabulary's new measures and kinds, each on a made-up sentence (an article of 12 May 2024)."""
    assert _read(tmp_path, gazetteer, text, language, kind) == keys


@pytest.mark.parametrize("text, language, kind, keys", [
    # the measures and kinds the vocabulary gained in round 15 (written sets A–ZE named them alike)
    ("Luật Trẻ em của Việt Nam gồm 7 chương, 106 điều.", "vi", "figure", {"law-chapters=7", "law-articles=106"}),
    ("Viet Nam's revised Penal Code, with 26 chapters and 426 articles, reduced the number of offences punishable by "
     "death from 22 to 18.", "en", "figure",
     {"law-chapters=26", "law-articles=426", "capital-offences=22", "capital-offences=18"}),
    ("Hiến pháp năm 2013 của Việt Nam dành riêng một chương cho quyền con người.", "vi", "figure", set()),
    ("The 2015 Penal Code of Viet Nam cut capital offences to 18.", "en", "figure", set()),
    ("Rights groups say Viet Nam holds more than 2,100 political prisoners.", "en", "figure",
     {"political-prisoners=2100"}),
    ("The project in Viet Nam trained 1,850 legal aid officers.", "en", "figure", {"persons-trained=1850"}),
    ("Viện đã mở 46 lớp bồi dưỡng cho hơn 3.000 lượt cán bộ của Việt Nam.", "vi", "figure",
     {"training-courses=46", "persons-trained=3000"}),
    ("In the Philippines at least 6,600 people have been killed in police anti-drug operations.", "en", "figure",
     {"deaths=6600"}),
    ("Đại diện của cả 10 quốc gia thành viên ASEAN tham dự hội thảo tại Việt Nam.", "vi", "figure",
     {"asean-member-states=10"}),
    ("Myanmar accepted 90 recommendations and said it would respond to the remaining 38 by September.", "en", "figure",
     {"recommendations-accepted=90", "recommendations-deferred=38"}),
    ("Viet Nam and Australia held their 17th annual Human Rights Dialogue in Canberra.", "en", "figure",
     {"dialogue-round=17"}),
    ("Viet Nam's second interactive dialogue with the Committee on the Rights of the Child went well.", "en", "figure",
     set()),
    ("The Special Rapporteur on Myanmar will present her final report to the Human Rights Council in March.", "en",
     "event", {"report-presentation 2025-03"}),
    ("The Council will hold a panel discussion on the rights of the child at its 31st session in Geneva in March.",
     "en", "event", {"panel-discussion 2025-03"}),
    ("Thailand's Ministry of Justice held a public consultation in Bangkok on Thursday.", "en", "event",
     {"consultation 2024-05-09"}),
    ("Myanmar's military has detained thousands since the February 1 coup.", "en", "event", {"coup 2024-02-01"}),
    ("Viet Nam's population and housing census taken on April 1 counted 96 million people.", "en", "event",
     {"census 2024-04-01"}),
    # a name's word may hold an apostrophe (the title's holding was lost at 'Ra'ad'), not a possessive's
    ("The UN High Commissioner for Human Rights, Zeid Ra'ad Al Hussein, welcomed Myanmar's step.", "en", "holding",
     {"person/zeid-raad-al-hussein post/un-high-commissioner-human-rights"}),
])
def test_round_15(tmp_path, gazetteer, text, language, kind, keys):
    """Round 15: the vocabulary's new measures and kinds, each on a made-up sentence (an article of 12 May 2024)."""
    assert _read(tmp_path, gazetteer, text, language, kind) == keys


@pytest.mark.parametrize("text, language, kind, keys", [
    # an independent helper's review of rounds 12 and 13 (290 sentences of its own; 83 wrong readings, 22 at >= 0.8):
    # each fixed reading on its sentence (an article of 12 May 2024)
    ("The Human Rights Committee of the Malaysian Bar urged the government to ratify the International Covenant on "
     "Civil and Political Rights.", "en", "organisation", set()),
    ("On Thursday Human Rights Committee experts questioned the delegation about pre-trial detention under the "
     "ICCPR.", "en", "organisation", {"org/un-human-rights-committee"}),
    ("The Commission on Human Rights, which the Human Rights Council replaced in 2006, had criticised the Philippines "
     "over extrajudicial killings for years.", "en", "organisation",
     {"org/un-commission-on-human-rights", "org/un-human-rights-council"}),
    ("The exhibition traces the role of the United Nations in Viet Nam's development since 1977.", "en",
     "organisation", {"org/united-nations"}),
    ("A UN office spokesperson in Bangkok said the Geneva Conventions applied to the conflict in Myanmar.", "en",
     "organisation", {"org/united-nations"}),
    ("All 480 deputies of Viet Nam's National Assembly attended the opening session, at which the Assembly later "
     "approved the state budget.", "en", "figure", set()),
    ("Viet Nam's land law was approved by 437 deputies, while 35 deputies voted against it and 12 abstained.", "en",
     "figure", {"votes-in-favour=437", "abstentions=12"}),
    ("Female deputies account for 30.26 percent of the legislature of Viet Nam, the highest share since the Assembly "
     "was set up.", "en", "figure", {"women-deputies-share=30.26"}),  # (no vote's share; women's, since round 41)
    ("More than 60 percent of participants at the workshop in Viet Nam were women, and the workshop approved a plan "
     "of action on Friday.", "en", "figure", set()),
    ("Viet Nam's National Assembly has 499 deputies, who will vote on the draft in June.", "en", "figure", set()),
    ("The ICRMW is the third core human rights treaty that Myanmar has yet to ratify.", "en", "figure", set()),
    ("Experts met in Hanoi for a seminar titled “Towards the 30th anniversary of the Vienna Declaration” hosted by "
     "Viet Nam.", "en", "figure", set()),
    ("The council voted unanimously on Wednesday to postpone the debate on the resolution until its next session.",
     "en", "date", {"2024-05-08"}),
    ("The council voted unanimously on Wednesday to postpone the debate on the resolution until its next session.",
     "en", "event", set()),
    ("The Human Rights Council voted on Thursday to hold a special session on Sudan next week.", "en", "date",
     {"2024-05-09"}),
    ("Ahead of the vote in April, the minister lobbied African states; Viet Nam lost the vote.", "en", "date",
     {"2024-04"}),
    ("Lesley Miller, Deputy UNICEF Representative in Viet Nam, presented the survey results on Monday.", "en",
     "holding", set()),
    ("The Special Rapporteur on the situation of human rights in Myanmar briefed the Council. Another Special "
     "Rapporteur, Mary Lawlor, who covers human rights defenders, also spoke.", "en", "holding", set()),
    ("The Special Rapporteur on the situation of human rights in Myanmar presented a report. The Independent Expert, "
     "Victor Madrigal-Borloz, then spoke about sexual orientation.", "en", "holding", set()),
    ("Viet Nam is on track towards meeting Sustainable Development Goal 4 on education by 2030.", "en", "event",
     set()),
    ("She received her doctorate from the University of Oxford in 2010 before joining the United Nations.", "en",
     "event", set()),
    ("The government received the Special Rapporteur's report on 2 March and replied within 60 days.", "en", "event",
     set()),
    ("The report on Cambodia contains 173 recommendations, of which Cambodia accepted 160.", "en", "figure",
     {"recommendations-received=173", "recommendations-accepted=160"}),
    ("The 2023 report contains 14 recommendations that Malaysia has rejected outright.", "en", "figure", set()),
    ("Indonesia secured a sixth term on the Human Rights Council on Tuesday, winning 186 votes.", "en", "figure",
     {"hrc-memberships=6", "votes-received=186"}),
    ("The Viet Nam Vice-Chairman of the People's Council, Le Van Hung, began his second term on the 23-member body of "
     "Viet Nam.", "en", "figure", set()),
    ("The government established the national committee on human rights in March, three years ago.", "en", "date",
     {"2021-03"}),
    # readings the review found missing: 'comes into force'; the Vietnamese agency representative (not the deputy's);
    # the UN a mission is to, where the mission's known name took its words
    ("The decree comes into force on 1 July, the Ministry of Justice of Viet Nam said.", "en", "event",
     {"entry-into-force 2024-07-01"}),
    ("Ông Rana Flowers, Trưởng Đại diện UNICEF tại Việt Nam, cho biết trẻ em cần được bảo vệ.", "vi", "holding",
     {"person/rana-flowers post/unicef-representative-vnm"}),
    ("Bà Lê Thị An, Phó Trưởng Đại diện UNICEF tại Việt Nam, cho biết trẻ em cần được bảo vệ.", "vi", "holding",
     set()),
    ("The Permanent Mission of Viet Nam to the United Nations in Geneva hosted the event.", "en", "organisation",
     {"org/permanent-mission-un-geneva-vnm", "org/united-nations"}),
])
def test_what_the_code_review_of_rounds_12_and_13_found(tmp_path, gazetteer, text, language, kind, keys):
    assert _read(tmp_path, gazetteer, text, language, kind) == keys


#: an independent helper's review of rounds 14 and 15 (257 sentences of its own; 54 wrong readings, 24 at >= 0.8):
#: each fixed reading on its sentence
CODE_REVIEW_14_15 = [
    ("HANOI, Viet Nam – Leaders of four religions attended the Christmas reception in Ho Chi Minh City.",
     "en", "figure", set()),
    ("HANOI, Viet Nam – Some 30 organisations working on freedom of religion took part in the "
     "consultation.", "en", "figure", set()),
    ("HANOI, Viet Nam – Some 500 people fled to higher ground as the typhoon hit Quang Nam.", "en", "figure", set()),
    ("HANOI, Viet Nam – After the Committee on the Rights of the Child's review, a five-member panel of "
     "judges in Hanoi upheld the sentence.", "en", "figure", set()),
    ("GENEVA, Switzerland – The forty-seven-member Human Rights Council adopted Viet Nam's UPR outcome on "
     "Friday.", "en", "figure", set()),
    ("HANOI, Viet Nam – Viet Nam sits on the Human Rights Council; at home, the nine-member council of the"
     " Viet Nam Bar Federation elected its new president.", "en", "figure", set()),
    ("RIYADH, Saudi Arabia – ASEAN officials met their counterparts from the Gulf Cooperation Council, the"
     " six-member bloc of Gulf states, in Riyadh.", "en", "figure", set()),
    ("JAKARTA, Indonesia – The 10 countries outside ASEAN that attended the forum included Japan.",
     "en", "figure", set()),
    ("HANOI, Viet Nam – The journalist wrote 30 articles criticising the draft law on associations.",
     "en", "figure", set()),
    ("HANOI, Viet Nam – Jail terms for offences that carry the death penalty in other states rose from 12 "
     "to 20 years.", "en", "figure", set()),
    ("HANOI, Viet Nam – About 300 people mourned the dead at a ceremony in Hue.", "en", "figure", set()),
    ("HANOI, Viet Nam – None of the 300 people on board were killed when the ferry ran aground.",
     "en", "figure", set()),
    ("HANOI, Viet Nam – The ministry plans to hire 500 teachers who have not been trained in sign "
     "language.", "en", "figure", set()),
    ("GENEVA, Switzerland – Myanmar supported 166 recommendations, noted 40 and deferred 75 others.",
     "en", "figure", {"recommendations-accepted=166", "recommendations-deferred=75", "recommendations-noted=40"}),
    ("GENEVA, Switzerland – Viet Nam accepted 30 recommendations on pending legislation in the area of "
     "labour rights.", "en", "figure", {"recommendations-accepted=30"}),
    ("HANOI, Viet Nam – Ahead of the EU-Viet Nam human rights dialogue, the two sides held their fifth "
     "dialogue on trade in Hanoi.", "en", "figure", set()),
    ("HANOI, Viet Nam – The government has stepped up training programmes on human rights for police "
     "officers.", "en", "event", set()),
    ("HANOI, Viet Nam – Patients in 10 provinces can now book online consultations with doctors.",
     "en", "event", set()),
    ("HANOI, Viet Nam – Winning a seat on the Council was a diplomatic coup for Viet Nam.", "en", "event", set()),
    ("HANOI, Viet Nam – In 2016 provinces were asked to report on religious activities.", "en", "figure", set()),
    ("HANOI, Viet Nam – In 2018 political prisoners in Viet Nam numbered about 130.", "en", "figure", set()),
    ("HÀ NỘI, Việt Nam – Đoàn vận động viên khuyết tật Việt Nam giành 12 huy chương vàng; Luật Người "
     "khuyết tật được ban hành năm 2010.", "vi", "figure", set()),
    ("HÀ NỘI, Việt Nam – Cả nước có 6,2 triệu người khuyết tật, người cao tuổi chiếm 12% dân số.",
     "vi", "figure", {"persons-with-disabilities=6200000"}),
    ("HÀ NỘI, Việt Nam – Cả nước có hơn 54.000 chức sắc tôn giáo và 29.000 cơ sở thờ tự.", "vi", "figure", set()),
    ("HÀ NỘI, Việt Nam – Hơn 120 tình nguyện viên tham gia hỗ trợ người khuyết tật tại Hà Nội.", "vi", "figure", set()),
    ("HÀ NỘI, Việt Nam – Báo cáo được xây dựng trong 3 tháng tính từ ngày Bộ Ngoại giao giao nhiệm vụ.",
     "vi", "figure", set()),
    ("HÀ NỘI, Việt Nam – Việt Nam tham gia phiên đối thoại UPR lần thứ 4 tại Giơ-ne-vơ; đối thoại nhân "
     "quyền với EU cũng được đề cập.", "vi", "figure", set()),
    ("BĂNG CỐC, Thái Lan – Cảnh sát bắt 5 người bị cáo buộc âm mưu đảo chính.", "vi", "event", set()),
    ("HÀ NỘI, Việt Nam – Có 11 nước ngoài ASEAN tham dự hội nghị.", "vi", "figure", set()),
    ("HÀ NỘI, Việt Nam – Trong đợt tham vấn, hơn 200 tổ chức và cá nhân đã góp ý cho dự thảo luật về tôn "
     "giáo.", "vi", "figure", set()),
    ("HÀ NỘI, Việt Nam – Luật Trẻ em gồm 7 chương, 106 điều; Luật sửa đổi 2 chương.",
     "vi", "figure", {"law-articles=106", "law-chapters=7"}),
    ("HANOI, Viet Nam – Speaking at a national consultation in Hanoi, the deputy minister said on Monday that the "
     "report would be submitted in October.", "en", "event", {"consultation 2024-05-06"}),
    ("HANOI, Viet Nam – A report by Amnesty International said the blogger was released on Friday after serving his "
     "sentence.", "en", "event", set()),
    ("HANOI, Viet Nam – The ministry issued a statement rejecting the report on Tuesday.", "en", "event", set()),
    ("BANGKOK, Thailand – Police arrested five people over an alleged coup plot.", "en", "event", set()),
]


@pytest.mark.parametrize("text, language, kind, keys", CODE_REVIEW_14_15)
def test_what_the_code_review_of_rounds_14_and_15_found(tmp_path, gazetteer, text, language, kind, keys):
    """Each sentence read as the keys beside it, of its kind, and nothing else of that kind (an article of 12 May
    2024)."""
    assert _read(tmp_path, gazetteer, text, language, kind) == keys


@pytest.mark.parametrize("text, language, keys", [
    # round 16: a bare 'President' or 'High Commissioner' before a known person
    ("MANILA, Philippines – President Rodrigo Duterte rejected the resolution on Friday.", "en",
     {"person/rodrigo-duterte post/president-phl"}),
    ("GENEVA, Philippines – High Commissioner Michelle Bachelet told the Human Rights Council that killings went on.",
     "en", {"person/michelle-bachelet post/un-high-commissioner-human-rights"}),
    # (a body's president; a state's envoy; a visitor; an article that names the refugees' High Commissioner)
    ("HANOI, Viet Nam – VUFO President Nguyen Phuong Nga met President Rodrigo Duterte.", "en",
     {"person/nguyen-phuong-nga post/president-vufo"}),  # (round 35: VUFO's own president, no bare one)
    ("LONDON, Malaysia – British High Commissioner Charles Hay met human rights groups.", "en", set()),
    ("GENEVA, Myanmar – The High Commissioner for Refugees and High Commissioner Volker Türk spoke on human rights.",
     "en", set()),
    # (the Council's president the graph knows, not Fiji's: round 45)
    ("GENEVA, Fiji – Council President Nazhat Shameem Khan of Fiji opened the Human Rights Council's session.", "en",
     {"person/nazhat-shameem-khan post/president-un-human-rights-council"}),
])
def test_round_16(tmp_path, gazetteer, text, language, keys):
    """Round 16: holdings by a bare title, each on a made-up sentence (an article of 12 May 2024)."""
    assert _read(tmp_path, gazetteer, text, language, "holding") == keys



@pytest.mark.parametrize("text, language, keys", [
    # round 17: the heads of a department the graph knows, in Vietnamese and English, capitalised or after a name
    ("HÀ NỘI, Việt Nam – Bà Trần Thị Hồng Vân, Phó Vụ trưởng Vụ Các tổ chức quốc tế, Bộ Ngoại giao, cho biết.", "vi",
     {"person/tran-thi-hong-van post/deputy-director-general-international-organizations-department-mofa-vnm"}),
    ("HANOI, Viet Nam – Vu Thi Lan Huong, deputy director general of the Foreign Ministry's Department of "
     "International Organisations, said the report was ready.", "en",
     {"person/vu-thi-lan-huong post/deputy-director-general-international-organizations-department-mofa-vnm"}),
    ("HANOI, Viet Nam – Nguyen Thi Thanh Ha, Deputy Director-General of MOFA's Department of International "
     "Organizations, said so.", "en",
     {"person/nguyen-thi-thanh-ha post/deputy-director-general-international-organizations-department-mofa-vnm"}),
    # a department named before its word, at its ministry or by its acronym; no other body's department
    ("HANOI, Viet Nam – Tran Thi Bich Loan, Deputy Director of MOLISA's Gender Equality Department, spoke.", "en",
     {"person/tran-thi-bich-loan post/deputy-director-gender-equality-department-molisa-vnm"}),
    ("HANOI, Viet Nam – Nguyen Thi Kim Lien, Deputy Director of the Gender Equality Department at the Ministry of "
     "Labour, Invalids and Social Affairs, spoke.", "en",
     {"person/nguyen-thi-kim-lien post/deputy-director-gender-equality-department-molisa-vnm"}),
    ("HANOI, Viet Nam – Vi Thi Huong, Deputy Director of Ha Giang province's Department of Foreign Affairs, spoke.",
     "en", set()),
    ("BANGKOK, Thailand – Wichai Rattanaporn, Director-General of the Rights and Liberties Protection Department at "
     "the Ministry of Justice, said Thailand would act.", "en",
     {"person/wichai-rattanaporn post/director-general-rights-liberties-protection-department-tha"}),
    ("HÀ NỘI, Việt Nam – Bà Lê Thị Hồng Vân, Phó Vụ trưởng Vụ Bình đẳng giới, Bộ Lao động - Thương binh và Xã hội "
     "cho biết.", "vi",
     {"person/le-thi-hong-van post/deputy-director-general-gender-equality-department-molisa-vnm"}),
    # the head of a national or non-governmental body, not of a part of it, nor of a state's section
    ("PHNOM PENH, Cambodia – Naly Pilorge, director of LICADHO, said the review showed progress.", "en",
     {"person/naly-pilorge post/director-licadho"}),
    ("HÀ NỘI, Việt Nam – Ông Phạm Dũng, Trưởng ban Tôn giáo Chính phủ, cho biết Việt Nam tôn trọng tự do tôn giáo.",
     "vi", {"person/pham-dung post/head-government-committee-religious-affairs-vnm"}),
    ("HANOI, Viet Nam – Dang Van Lam, Deputy Head of the Government Committee for Religious Affairs, spoke.", "en",
     {"person/dang-van-lam post/deputy-head-government-committee-religious-affairs-vnm"}),
    ("HANOI, Viet Nam – Hoang Thi Minh Nguyet, Director of CEMA's Ethnic Minorities Department, said so.", "en",
     set()),
    ("JAKARTA, Indonesia – Usman Hamid, Executive Director of Amnesty International Indonesia, said so.", "en",
     set()),
    # 'Name of State, Title'; 'Title for 2023, Ambassador Name'
    ("GENEVA, Morocco – The minister paid a courtesy call on Omar Zniber of Morocco, President of the Human Rights "
     "Council for 2024.", "en", {"person/omar-zniber post/president-un-human-rights-council"}),
    ("HÀ NỘI, Việt Nam – Bộ trưởng đã gặp Chủ tịch HĐNQ năm 2023, Đại sứ Václav Bálek (Séc), và trao đổi.", "vi",
     {"person/vaclav-balek post/president-un-human-rights-council"}),
    # a state's envoy named by the state (its permanent representative in Geneva, as the text or the UN body says);
    # an ambassador the text does not place at the UN is none
    ("GENEVA, Philippines – Before the vote, the Philippine ambassador in Geneva, Evan Garcia, told members so.", "en",
     {"person/evan-garcia post/permanent-representative-un-geneva-phl"}),
    ("GENEVA, Myanmar – Replying for Myanmar, its permanent representative in Geneva, U Wunna Maung Lwin, rejected "
     "the text.", "en", {"person/wunna-maung-lwin post/permanent-representative-un-geneva-mmr"}),
    ("HANOI, Viet Nam – Japan's ambassador to Viet Nam, Takio Yamada, visited Hanoi.", "en", set()),
    # a portfolio in full, as the labellers name its minister
    ("HÀ NỘI, Việt Nam – Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng cho biết.", "vi",
     {"person/nguyen-van-hung post/minister-culture-sports-tourism-vnm"}),
    ("HÀ NỘI, Việt Nam – Thứ trưởng Bộ Giáo dục và Đào tạo Nguyễn Văn Phúc nhấn mạnh giáo dục quyền con người.", "vi",
     {"person/nguyen-van-phuc post/deputy-minister-education-training-vnm"}),
])
def test_round_17(tmp_path, gazetteer, text, language, keys):
    """Round 17: posts and their holders, each on a made-up sentence (an article of 12 May 2024)."""
    assert _read(tmp_path, gazetteer, text, language, "holding") == keys


def test_round_17_people_the_graph_knows(tmp_path, gazetteer):
    """Round 17: the people the written sets' labellers named in three articles or more, and the Council's presidents
    since 2006, are known by their names alone; a shorter name printed is another id, as the labellers write it."""
    text = ("GENEVA, Switzerland – Mai Phan Dung met Doru Romulus Costea, Joachim Rücker and Magdalena Sepúlveda; "
            "Le Hoai Trung spoke.")
    found = _read(tmp_path, gazetteer, text, "en", "person")
    assert {"person/mai-phan-dung", "person/doru-romulus-costea", "person/joachim-rucker",
            "person/le-hoai-trung"} <= found
    assert "person/magdalena-sepulveda-carmona" not in found
    known = {e.id for e in gazetteer.entities.values() if e.kind == "person"}
    assert {"person/mai-phan-dung", "person/doru-romulus-costea", "person/joachim-rucker"} <= known
    assert "person/magdalena-sepulveda" not in known


@pytest.mark.parametrize("text, language, kind, keys", [
    # round 18: the head of the body named just before ('Its chairman, X'); not when a state is named after the body
    ("YANGON, Myanmar – He held talks with the Myanmar National Human Rights Commission (MNHRC). Its chairman, U Win "
     "Mra, told reporters that it would act.", "en", "holding",
     {"person/win-mra post/chair-national-human-rights-commission-mmr"}),
    ("YANGON, Myanmar – He met the Myanmar National Human Rights Commission and Thailand. Its chairman, U Win Mra, "
     "told reporters so.", "en", "holding", set()),
    # a president's spokesperson, of the article's state; a ministry's, by 'ministry' or at its press briefing
    ("MANILA, Philippines – Presidential spokesman Salvador Panelo said the government would not cooperate.", "en",
     "holding", {"person/salvador-panelo post/presidential-spokesperson-phl"}),
    ("HANOI, Viet Nam – The Foreign Ministry rejected the report. Answering reporters at the ministry's regular press "
     "briefing, spokesman Le Dung said the report had errors.", "en", "holding",
     {"person/le-dung post/spokesperson-mofa-vnm"}),
    ("BANGKOK, Thailand – Thailand's Ministry of Foreign Affairs defended the move. Ministry spokesperson Nikorndej "
     "Balankura said the decision had been made.", "en", "holding",
     {"person/nikorndej-balankura post/spokesperson-mofa-tha"}),
    ("HANOI, Viet Nam – The ministry rejected it. A spokesman, Le Dung, told a press conference so.", "en", "holding",
     set()),
    # a ratification approved or decided (dated), not an adoption; an agreement 'phê chuẩn'
    ("HANOI, Viet Nam – The National Assembly approved the ratification of the Convention on November 28 last year.",
     "en", "event", {"ratification 2023-11-28"}),
    ("HANOI, Viet Nam – The ILO welcomed today's decision by the National Assembly of Viet Nam to ratify the Abolition "
     "of Forced Labour Convention.", "en", "event", {"ratification 2024-05-12"}),
    ("HÀ NỘI, Việt Nam – Chiều 8/5, Quốc hội đã biểu quyết phê chuẩn Hiệp định Thương mại tự do Việt Nam - EU.", "vi",
     "event", {"ratification 2024-05-08"}),
])
def test_round_18(tmp_path, gazetteer, text, language, kind, keys):
    """Round 18: heads named by 'its', spokespersons named by their ministry or president, ratifications approved;
    each on a made-up sentence (an article of 12 May 2024)."""
    assert _read(tmp_path, gazetteer, text, language, kind) == keys


#: what the independent code review of rounds 17 and 18 (437 sentences of its own) found the new rules misread
CODE_REVIEW_17_18 = [
    # a department the graph knows, of another state's ministry: that state's namesake (it was Viet Nam's)
    ("BANGKOK, Thailand – Thani Thongphakdi, Director-General of the Department of International Organizations of "
     "Thailand's Ministry of Foreign Affairs, said so.", "en", "holding",
     {"person/thani-thongphakdi post/director-general-international-organizations-department-mofa-tha"}),
    ("BANGKOK, Thailand – Thailand's Ministry of Foreign Affairs hosted the talks. Thani Thongphakdi, "
     "Director-General of the ministry's Department of International Organizations, said so.", "en", "holding",
     {"person/thani-thongphakdi post/director-general-international-organizations-department-mofa-tha"}),
    ("PHNOM PENH, Campuchia – Ông Sok Chea, Vụ trưởng Vụ ASEAN, Bộ Ngoại giao Campuchia, cho biết.", "vi", "holding",
     {"person/sok-chea post/director-general-asean-department-mofa-khm"}),
    # a deputy's title far before the department's word
    ("HANOI, Viet Nam – Pitikan Sithidej, Deputy Director of Thailand's Rights and Liberties Protection Department, "
     "spoke.", "en", "holding",
     {"person/pitikan-sithidej post/deputy-director-rights-liberties-protection-department-tha"}),
    ("HANOI, Viet Nam – Tran Van An, Deputy Director of MOLISA's Social Protection and Child Care Department, spoke.",
     "en", "holding",
     {"person/tran-van-an post/deputy-director-social-protection-child-care-department-molisa-vnm"}),
    # no post the rules would make for a body whose head the graph knows, a part's head, a section's head
    ("HANOI, Viet Nam – President of the National Assembly Vuong Dinh Hue received the delegation.", "en", "holding",
     set()),
    ("HANOI, Viet Nam – The National Assembly approved the law. Its chairman, Vuong Dinh Hue, said so.", "en",
     "holding", {"person/vuong-dinh-hue post/chairman-national-assembly-vnm"}),  # its known Chairman (round 24)
    ("JAKARTA, Indonesia – Ming Yu Hah, Deputy Regional Director of Amnesty International, said so.", "en", "holding",
     set()),
    ("JAKARTA, Indonesia – Usman Hamid, Executive Director of Amnesty International in Indonesia, said so.", "en",
     "holding", set()),
    ("HANOI, Viet Nam – Nguyen Phu Trong, head of the Communist Party of Viet Nam, said so.", "en", "holding", set()),
    ("PHNOM PENH, Cambodia – Om Yentieng, vice president of the Cambodian Human Rights Committee, said so.", "en",
     "holding", {"person/om-yentieng post/vice-president-cambodian-human-rights-committee"}),
    # 'Its …': the subject of the sentence before, not a body it speaks to
    ("YANGON, Myanmar – The Myanmar National Human Rights Commission (MNHRC) told Reuters it would act. Its "
     "chairman, Win Mra, said so.", "en", "holding",
     {"person/win-mra post/chair-national-human-rights-commission-mmr"}),
    # an envoy named by 'its' after a dateline's state only is none
    ("BANGKOK, Thailand – The European Union said its ambassador in Geneva, Lotte Knudsen, welcomed the vote.", "en",
     "holding", set()),
    # a president's spokesperson of the state named before the title
    ("HANOI, Viet Nam – Philippine Presidential spokesman Salvador Panelo said the government would not cooperate.",
     "en", "holding", {"person/salvador-panelo post/presidential-spokesperson-phl"}),
    ("HANOI, Viet Nam – Myanmar's presidential spokesman Zaw Htay said so.", "en", "holding",
     {"person/zaw-htay post/presidential-spokesperson-mmr"}),
    # 'Name of State, Title' with a state of two words
    ("GENEVA, Switzerland – The minister met Mai Phan Dung of Viet Nam, President of the Human Rights Council for "
     "2030, in Geneva.", "en", "holding", {"person/mai-phan-dung post/president-un-human-rights-council"}),
    # an ambassador after a year only for a UN body's president
    ("HANOI, Viet Nam – The National Assembly Chairman for 2021, Ambassador Nguyen Van Xuan, attended.", "en",
     "holding", set()),
    # a mandate the graph knows, named in full: its post
    ("GENEVA, Switzerland – Special Rapporteur on extreme poverty and human rights Philip Alston visited Viet Nam.",
     "en", "holding", {"person/philip-alston post/un-special-rapporteur-extreme-poverty"}),
    ("GENEVA, Switzerland – The Special Rapporteur on the right to freedom of religion or belief, Heiner Bielefeldt, "
     "spoke.", "en", "holding", {"person/heiner-bielefeldt post/un-special-rapporteur-freedom-religion-belief"}),
    # Viet Nam's ministry by a part of its portfolio: the whole one
    ("HANOI, Viet Nam – Education Minister Nguyen Kim Son said so.", "en", "holding",
     {"person/nguyen-kim-son post/minister-education-training-vnm"}),
    # no ratification in a question, a motion voted down or a plan approved
    ("HANOI, Viet Nam – The decision on whether to ratify the convention will be made next year.", "en", "event",
     set()),
    ("HANOI, Viet Nam – Lawmakers voted against a motion to ratify the treaty on Friday.", "en", "event", set()),
    ("HANOI, Viet Nam – The Prime Minister approved the ratification plan for Convention 98 on Friday.", "en", "event",
     set()),
]


@pytest.mark.parametrize("text, language, kind, keys", CODE_REVIEW_17_18)
def test_what_the_code_review_of_rounds_17_and_18_found(tmp_path, gazetteer, text, language, kind, keys):
    """Each sentence read as the keys beside it, of its kind, and nothing else of that kind (an article of 12 May
    2024)."""
    assert _read(tmp_path, gazetteer, text, language, kind) == keys


@pytest.mark.parametrize("text, language, keys", [
    # round 19: a part of a whole a body's possessive names ('18 of the Council's 47 seats'); not of its members
    ("NEW YORK – The General Assembly filled 18 of the Council's 47 seats; Viet Nam won one.", "en",
     {"members-elected=18", "council-members=47"}),
    ("GENEVA – The call by Viet Nam was backed by 19 of the Council's 47 members.", "en", {"council-members=47"}),
    # the share of deputies in favour, after their count or with 'in favour'; not in a law against violence alone
    ("HÀ NỘI – Quốc hội đã thông qua Luật Phòng, chống mua bán người với 426 đại biểu tán thành, chiếm 86,41% tổng số "
     "đại biểu Quốc hội.", "vi", {"votes-in-favour=426", "votes-in-favour-share=86.41"}),
    ("HANOI – Viet Nam's National Assembly passed the code with 92.17 percent of deputies in favour.", "en",
     {"votes-in-favour-share=92.17"}),
    ("HANOI – Viet Nam's deputies passed the law on June 12, with 423 of the 466 deputies present, or 86.86 percent, "
     "voting in favour.", "en", {"votes-in-favour=423", "votes-in-favour-share=86.86"}),
    # the recommendations a state accepted, whatever it did with them, unless it finished them
    ("HANOI – Viet Nam had implemented the great majority of the 96 recommendations it accepted in the first cycle.",
     "en", {"recommendations-accepted=96"}),
    ("HÀ NỘI – Việt Nam đang nghiêm túc thực hiện 182 khuyến nghị đã chấp thuận, trong tổng số 227 khuyến nghị nhận "
     "được.", "vi", {"recommendations-accepted=182", "recommendations-received=227"}),
    ("HANOI – Of the 271 accepted recommendations, 118 have been fully implemented in Viet Nam.", "en",
     {"recommendations-accepted=271", "recommendations-implemented-count=118"}),
    ("HÀ NỘI – Việt Nam đang triển khai 182 trên tổng số 227 khuyến nghị đã chấp thuận.", "vi",
     {"recommendations-accepted=182", "recommendations-received=227"}),
    # the share accepted after the count, with what was received between
    ("HANOI – Viet Nam received 291 recommendations from 122 states and accepted 241 of them, nearly 83 percent.", "en",
     {"recommendations-received=291", "recommending-states=122", "recommendations-accepted=241",
      "acceptance-rate=83"}),
    ("HANOI – Of the 291 recommendations Viet Nam received from 122 states, it accepted 241, or 82.8 percent.", "en",
     {"recommendations-received=291", "recommendations-accepted=241", "acceptance-rate=82.8"}),
    # the votes of the states listed after a candidate's, each its own
    ("NEW YORK – Thailand obtained 182 votes in the Assembly and Malaysia 179; Viet Nam was not running.", "en",
     {"votes-received=182", "votes-received=179"}),
    ("NEW YORK – Bangladesh topped the group with 160 votes, followed by the Maldives with 154 and Viet Nam with 145.",
     "en", {"votes-received=160", "votes-received=154", "votes-received=145"}),
    # a committee's members: 'the committee's 18 independent experts' (not 'Viet Nam' read as 'năm', a year), 'ACWC
    # gồm 20 đại diện', 'the 18-strong committee', 'the ten-expert Committee'
    ("GENEVA – The committee's 18 independent experts reviewed Viet Nam's report.", "en", {"committee-members=18"}),
    ("HÀ NỘI – Theo Điều khoản tham chiếu, ACWC gồm 20 đại diện, mỗi nước hai người, có hai người của Việt Nam.", "vi",
     {"committee-members=20"}),
    ("GENEVA – Viet Nam's delegation met the Committee on the Rights of the Child. Members of the 18-strong committee "
     "asked questions.", "en", {"committee-members=18"}),
    # years since: an anniversary's in a Vietnamese list, after years of carrying out, a review's after another's
    ("HÀ NỘI – Năm 2023 đánh dấu 75 năm Tuyên ngôn Thế giới về Nhân quyền và 30 năm Tuyên bố và Chương trình hành "
     "động Viên, Việt Nam cho biết.", "vi", {"years-since=75", "years-since=30"}),
    ("HÀ NỘI – Sau 8 năm thực hiện, nội dung quyền con người đã được lồng ghép vào các môn học.", "vi",
     {"years-since=8"}),
    ("GENEVA – Viet Nam underwent its second review on Wednesday, five years after its first appearance.", "en",
     {"years-since=5"}),
    # treaties: a part of the core ones, 'brings to six the number of …', '5 trong 9 công ước'
    ("VIENTIANE – Laos is now a party to five of the core UN human rights conventions, Viet Nam said.", "en",
     {"core-un-treaties-ratified=5"}),
    ("VIENTIANE – The ratification brings to six the number of the nine core UN human rights treaties by which Laos is "
     "bound.", "en", {"core-un-treaties-ratified=6"}),
    ("HÀ NỘI – Hiện Việt Nam là thành viên của 5 trong 9 công ước quốc tế cơ bản về quyền con người.", "vi",
     {"core-un-treaties-ratified=5"}),
    # the poverty rate by the share of poor households
    ("GENEVA – Viet Nam said the share of poor households had dropped from 58 percent in 1993 to around 13 percent.",
     "en", {"poverty-rate=58", "poverty-rate=13"}),
    # a Vietnamese text that names no state is about Viet Nam; a state named in a known post's title counts
    ("HÀ NỘI – Hội nghị có sự tham dự của hơn 300 đại biểu đến từ các bộ, ngành.", "vi", {"delegates=300"}),
    ("HANOI – The workshop brought together some 120 delegates. Caitlin Wiesen, Country Director of UNDP in Viet Nam, "
     "spoke.", "en", {"delegates=120"}),
])
def test_round_19(tmp_path, gazetteer, text, language, keys):
    """Round 19: figures — parts of a body's seats, shares of votes and of recommendations accepted, the votes of a
    list of states, a committee's members, years since, core treaties, poverty shares; each on a made-up sentence."""
    assert _read(tmp_path, gazetteer, text, language, "figure") == keys


def test_round_19_a_states_count_in_a_list_is_about_that_state(tmp_path, gazetteer):
    """'… and Malaysia 179': the figure's record says whose votes they are (not the sentence's first state's)."""
    found = _facts(tmp_path, gazetteer, "A title line\n\nNEW YORK – Thailand obtained 182 votes in the Assembly and "
                   "Malaysia 179.\n", date="2024-05-12", language="en")
    about = {c.key: c.record["about"] for c in found if c.kind == "figure"}
    assert about == {"votes-received=182": "state/tha", "votes-received=179": "state/mys"}


def test_round_19_a_state_in_a_known_posts_title_is_named(tmp_path, gazetteer):
    """'Country Director of UNDP in Viet Nam': the state is named too, and the text's ministries are its."""
    text = "HANOI – The Ministry of Justice held it. Caitlin Wiesen, Country Director of UNDP in Viet Nam, spoke."
    assert _read(tmp_path, gazetteer, text, "en", "state") == {"state/vnm"}
    assert "org/moj-vnm" in _read(tmp_path, gazetteer, text, "en", "organisation")


@pytest.mark.parametrize("text, language, keys", [
    # round 20: a date whose words begin inside the event's ('in force since October 2016')
    ("HANOI – The agreement between the EU and Viet Nam, in force since October 2016, links the two.", "en",
     {"entry-into-force 2016-10"}),
    # a year that opens the sentence before a comma; 'before the end of 2022'
    ("HÀ NỘI – Việt Nam chuẩn bị. Đầu năm 2014, Việt Nam sẽ trình bày báo cáo quốc gia theo cơ chế UPR.", "vi",
     {"dialogue 2014"}),
    ("VIENTIANE – The government of Laos planned to submit a voluntary mid-term report before the end of 2022.", "en",
     {"submission 2022"}),
    # a date that opens the sentence, before one in a relative clause after the event's words
    ("GENEVA – On 21 June 2010, Ambassador Sihasak of Thailand was elected by acclamation as President of the "
     "Council for its fifth cycle, which runs from 19 June 2010 to 18 June 2011.", "en", {"election 2010-06-21"}),
    # 'entered into force … on January 14' is past, though the sentence goes on to what is to come
    # (and, since round 22, the signing it plans)
    ("HANOI – The CPTPP entered into force for Viet Nam on January 14, and the EVFTA is scheduled to be signed on "
     "June 30.", "en", {"entry-into-force 2024-01-14", "signing 2024-06-30"}),
    # a review in other words
    ("GENEVA – The UPR Working Group this morning reviewed the human rights record of the Philippines.", "en",
     {"dialogue 2024-05-12"}),
    ("GENEVA – Viet Nam said its dialogue with the UPR Working Group on May 7 was frank.", "en",
     {"dialogue 2024-05-07"}),
])
def test_round_20(tmp_path, gazetteer, text, language, keys):
    """Round 20: events' dates — a date whose words begin inside the event's, an opening year or date, past words of
    entry into force; reviews in other words; each on a made-up sentence (an article of 12 May 2024)."""
    assert _read(tmp_path, gazetteer, text, language, "event") == keys


def test_round_20_a_press_releases_dateline_in_small_letters(tmp_path, gazetteer):
    """'Bangkok, 28 January 2011 –' is the release's day, not the review's: 'held yesterday' dates the review."""
    found = _facts(tmp_path, gazetteer, "A title line\n\nBangkok, 28 January 2011 – FORUM-ASIA today criticised "
                   "Myanmar's response to its first Universal Periodic Review, held yesterday in Geneva.\n",
                   date="2011-01-28", language="en")
    assert _keys(found, "event") == {"dialogue 2011-01-27"}


@pytest.mark.parametrize("text, language, keys", [
    # round 22: an act's date the text says it was signed on is the act's signing; an act someone signed
    ("HANOI – Decision 88/2024/QĐ-TTg, signed on April 29, sets up the programme.", "en", {"signing 2024-04-29"}),
    ("HÀ NỘI – Thủ tướng vừa ký Quyết định số 512/QĐ-TTg ngày 3/5/2024 về chương trình.", "vi", {"signing 2024-05-03"}),
    ("HÀ NỘI – Ngày 6/5, Phó Thủ tướng đã ký Quyết định 1719/QĐ-TTg về chương trình mục tiêu.", "vi",
     {"signing 2024-05-06"}),
    # signing a plan, a declaration, an arrangement; a signing planned; not contracts
    ("BANGKOK – The two governments signed a repatriation arrangement in Nay Pyi Taw on April 23.", "en",
     {"signing 2024-04-23"}),
    ("HANOI – The UN and the government are due to sign the new cooperation framework in June.", "en",
     {"signing 2024-06"}),
    ("HANOI – The ministry plans to sign contracts with law firms in every province.", "en", set()),
    # elections: 'được … bầu ngày', a country's general elections
    ("HÀ NỘI – Ông được Quốc hội bầu ngày 5/4 với số phiếu cao.", "vi", {"election 2024-04-05"}),
    ("PHNOM PENH – Observers prepared for the national elections on July 28.", "en", {"election 2024-07-28"}),
    # visits: 'visited … in', a numbered visit to a country, the mission one carried out
    ("GENEVA – The rapporteur, who visited Viet Nam in March, spoke.", "en", {"visit 2024-03"}),
    ("YANGON – He made his ninth visit to Myanmar last month.", "en", {"visit 2024-04"}),
    # a party to a treaty; reports presented, published, submitted
    ("HANOI – Viet Nam became a party to the convention in 2015.", "en", {"ratification 2015"}),
    ("GENEVA – She will present her final report to the Council in March 2025.", "en",
     {"report-presentation 2025-03"}),
    ("HANOI – The survey's preliminary results were made public on Thursday.", "en", {"publication 2024-05-09"}),
    ("HANOI – The national report was submitted in February.", "en", {"submission 2024-02"}),
    ("BANGKOK – The commission sent its own submission to the Office of the High Commissioner.", "en",
     {"submission"}),
    # meetings held or to be held; adopting a resolution; a mandate renewed
    ("JAKARTA – The commission will hold its 31st meeting in Jakarta in June.", "en", {"meeting 2024-06"}),
    ("GENEVA – The Council closed its session on Friday by adopting, without a vote, a resolution on Myanmar.", "en",
     {"adoption 2024-05-10"}),
    ("GENEVA – The Council last renewed the mandate in March 2016.", "en", {"adoption 2016-03"}),
])
def test_round_22(tmp_path, gazetteer, text, language, keys):
    """Round 22: events' words — signings of acts and documents, elections, visits, becoming a party, reports
    presented, published and submitted, meetings, adoptions; each on a made-up sentence (an article of 12 May 2024)."""
    assert _read(tmp_path, gazetteer, text, language, "event") == keys


#: what the independent code review of rounds 19 and 20 (494 sentences of its own) found the new rules misread
CODE_REVIEW_19_20 = [
    # recommendations accepted: the state (or 'it') accepted them, no other decision or negation before them
    ("GENEVA – Viet Nam has not yet implemented 40 accepted recommendations, the report said.", "en", "figure",
     set()),
    ("GENEVA – Cambodia noted 12 recommendations that Thailand supported on land rights.", "en", "figure",
     {"recommendations-noted=12"}),
    # a delegation's size before a committee is no committee's; a committee's 'gồm N đại diện' is
    ("GENEVA – Viet Nam's delegation, comprising 20 representatives of ministries, presented its report to the "
     "Committee on the Rights of the Child.", "en", "figure", {"delegates=20"}),
    ("HÀ NỘI – Đoàn Việt Nam gồm 20 đại diện các bộ, ngành đã trình bày báo cáo trước Ủy ban Quyền trẻ em.", "vi",
     "figure", set()),
    ("HÀ NỘI – Hiện có 3 đại diện Việt Nam tại các cơ chế nhân quyền của Liên hợp quốc.", "vi", "figure", set()),
    # years since, not of what is to come
    ("HÀ NỘI – Kế hoạch của Việt Nam sẽ được sơ kết sau 2 năm thực hiện và tổng kết sau 5 năm thực hiện.", "vi",
     "figure", set()),
    ("HANOI – Viet Nam's law will be reviewed five years after its entry into force.", "en", "figure", set()),
    ("HÀ NỘI – Việt Nam sẽ tổ chức kỷ niệm 50 năm gia nhập Liên hợp quốc vào năm 2027.", "vi", "figure", set()),
    ("HANOI – Viet Nam will send its follow-up information by the end of May, two years after the committee adopted "
     "its concluding observations.", "en", "figure", {"years-since=2"}),
    # core treaties: not 'all but two'
    ("HANOI – Viet Nam has ratified all but two of the core human rights treaties.", "en", "figure", set()),
    # the Council's seats are 47; Vietnamese seats
    ("NEW YORK – Viet Nam won one of the four of the 13 seats on the Human Rights Council reserved for the "
     "Asia-Pacific Group.", "en", "figure", {"seats=13", "seats=4"}),
    ("NEW YORK – Đại hội đồng bầu 14 trong số 47 ghế của Hội đồng Nhân quyền, trong đó có Việt Nam.", "vi", "figure",
     {"members-elected=14", "council-members=47"}),
    # a poll is no vote; 'Công ước chống tra tấn' is no vote against; deputies against
    ("BANGKOK – In a poll of 2,000 adults in Thailand, 62 percent in favour of the reform.", "en", "figure", set()),
    ("HANOI – The law was passed with 92.17 percent of deputies in favour, and 71 percent of respondents to a survey "
     "in Viet Nam welcomed it.", "en", "figure", {"votes-in-favour-share=92.17"}),
    ("HÀ NỘI – Quốc hội Việt Nam có 90% đại biểu tán thành việc phê chuẩn Công ước chống tra tấn.", "vi", "figure",
     {"votes-in-favour-share=90"}),
    ("HÀ NỘI – Quốc hội Việt Nam thông qua luật, có 12 đại biểu chống và 5 đại biểu không biểu quyết.", "vi", "figure",
     {"votes-against=12"}),
    ("HÀ NỘI – Tỷ lệ đại biểu nữ trong Quốc hội khóa XV đạt 30,26%, với 151 đại biểu.", "vi", "figure",
     {"women-deputies-share=30.26"}),  # (no vote's share; women's, since round 41)
    # the poverty rate: not another share of poor households, not a yearly cut
    ("HANOI – The share of poor households with access to clean water in Viet Nam rose to 90 percent.", "en", "figure",
     set()),
    ("HÀ NỘI – Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều của Việt Nam năm 2023 còn 2,93%.", "vi", "figure",
     {"poverty-rate=2.93"}),
    ("HÀ NỘI – Việt Nam đặt mục tiêu giảm tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số mỗi năm trên 3%.", "vi",
     "figure", set()),
    # a list of votes: no year; each state's own ('… the Philippines 165')
    ("NEW YORK – Viet Nam won 150 votes, the highest since Thailand's 2010 bid.", "en", "figure",
     {"votes-received=150"}),
    # a part of a whole of another kind: no part; 'without a vote' counts no votes
    ("HÀ NỘI – Việt Nam nhận 291 khuyến nghị trong 3 giờ đối thoại.", "vi", "figure",
     {"recommendations-received=291", "dialogue-hours=3"}),
    ("GENEVA – The Council adopted 30 of its 35 resolutions without a vote, Viet Nam said.", "en", "figure",
     {"resolutions-adopted-without-vote=30"}),
    # a Vietnamese text that names no state: Viet Nam's only with a body of Viet Nam's or a dateline in it
    ("GENEVA – Hội đồng Nhân quyền đã thông qua 33 nghị quyết tại khóa họp.", "vi", "figure", set()),
    ("HÀ NỘI – Sau 2 năm thi hành, Luật Trẻ em đã bộc lộ một số hạn chế.", "vi", "figure", {"years-since=2"}),
    # events: an opening date after a dateline; not the event of an 'after' clause nor of an intent
    ("GENEVA – On 21 June 2010, after long consultations, Ambassador Sihasak of Thailand was elected President of the "
     "Council for its fifth cycle, which runs from 19 June 2010.", "en", "event", {"election 2010-06-21"}),
    ("HANOI – Viet Nam acts. In 2016, Viet Nam ratified the convention, two years after the Assembly approved it.",
     "en", "event", {"ratification 2016", "adoption"}),
    ("HANOI – Viet Nam acts. In 2013, it pledged to hold a national consultation.", "en", "event", {"consultation"}),
    ("HANOI – Viet Nam prepared. In 2019, a year after the ministry held a consultation with NGOs, Viet Nam presented "
     "its report.", "en", "event", {"consultation", "dialogue 2019"}),
    ("HANOI – Viet Nam prepared. In 2020, the pandemic delayed many plans; the ministry held a workshop on the UPR in "
     "Hanoi.", "en", "event", {"workshop 2020"}),
    # a relative clause of the event's own ('the workshop, which opens on 20 May'); 'came' alone is not past
    ("HANOI – Viet Nam prepares. On 14 May, the ministry announced that the workshop, which opens on 20 May, would be "
     "held in Hanoi.", "en", "event", {"workshop 2024-05-20"}),
    ("GENEVA – Viet Nam said the Universal Periodic Review session, held in Geneva on 7 May, was frank.", "en", "event",
     {"dialogue 2024-05-07"}),
    # an older rule: recommendations that support something, or others backed, or 'accepted or noted', are not accepted
    ("GENEVA – States made 291 recommendations to Viet Nam, and NGOs said the 40 recommendations they supported were "
     "the most important.", "en", "figure", {"recommendations-received=291"}),
    ("GENEVA – Có 20 khuyến nghị ủng hộ việc bãi bỏ án tử hình trong phiên đối thoại của Việt Nam.", "vi", "figure",
     set()),
    ("GENEVA – The 227 recommendations it accepted or noted were grouped into 14 clusters, Viet Nam said.", "en",
     "figure", {"recommendation-clusters=14"}),
    # a review by a body, not NGOs' or researchers'
    ("HANOI – NGOs in Viet Nam have long reviewed the human rights record of the government.", "en", "event", set()),
    ("GENEVA – On Tuesday, the Working Group, which meets three times a year, reviewed the human rights record of Viet "
     "Nam.", "en", "event", {"dialogue 2024-05-07"}),
]


#: round 24: posts the written sets' labellers named in four sets or more, now reference data, each read by its title
ROUND_24 = [
    ("GENEVA – Human Rights Council President Omar Zniber opened the session.", "en",
     {"person/omar-zniber post/president-un-human-rights-council"}),
    ("MANILA – CHR Chairperson Richard Palpal-latoc welcomed the ruling.", "en",
     {"person/richard-palpal-latoc post/chair-commission-human-rights-phl"}),
    ("MANILA – The Commission on Human Rights of the Philippines said it would monitor the trial. Its chairperson, "
     "Richard Palpal-latoc, urged restraint.", "en",
     {"person/richard-palpal-latoc post/chair-commission-human-rights-phl"}),
    ("VIENTIANE – AICHR Chair Phoukhong Sisoulath said the meeting would go on.", "en",
     {"person/phoukhong-sisoulath post/chair-aichr"}),
    ("BANGKOK – Pia Oberoi, OHCHR Regional Representative for South-East Asia, spoke at the launch.", "en",
     {"person/pia-oberoi post/ohchr-regional-representative-south-east-asia"}),
    ("NAYPYITAW – State Counsellor Aung San Suu Kyi received the envoy.", "en",
     {"person/aung-san-suu-kyi post/state-counsellor-mmr"}),
    ("HÀ NỘI – Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Vũ Hải Hà tiếp đoàn.", "vi",
     {"person/vu-hai-ha post/chairman-national-assembly-committee-foreign-affairs-vnm"}),
    ("GENEVA – Chairperson of the Committee on the Rights of the Child Ann Skelton closed the session.", "en",
     {"person/ann-skelton post/chair-crc-committee"}),
]


@pytest.mark.parametrize("text, language, keys", ROUND_24)
def test_round_24(tmp_path, gazetteer, text, language, keys):
    """Round 24: each sentence's holdings as the keys beside it (an article of 12 May 2024)."""
    assert _read(tmp_path, gazetteer, text, language, "holding") == keys


def test_round_24_a_post_names_its_body_for_the_council_said_after(tmp_path, gazetteer):
    """'The President of the Human Rights Council … the Council's 57th session': the post's title names the Council,
    which a bare 'Council' after it is (its title hid the body once the post was reference data)."""
    text = ("GENEVA – The President of the Human Rights Council, Jürg Lauber, said Viet Nam would answer at the "
            "Council's 57th session in September.")
    assert _read(tmp_path, gazetteer, text, "en", "session") == {"session/hrc-57"}


@pytest.mark.parametrize("text, name", [
    ("GENEVA – The session was chaired by the outgoing President, Slovenian Ambassador Vojislav Šuc.", "vojislav-suc"),
    ("GENEVA – Its President, Uruguayan Ambassador Laura Dupuy Lasserre, opened the session.", "laura-dupuy-lasserre"),
])
def test_round_25_an_envoys_state_and_title_are_not_his_name(tmp_path, gazetteer, text, name):
    """'the outgoing President, Czech Ambassador Václav Bálek' read a person 'czech-ambassador-vaclav-balek' (0.91)."""
    people = _read(tmp_path, gazetteer, text, "en", "person")
    assert f"person/{name}" in people and not any("ambassador" in p for p in people)


#: what the independent code review of rounds 23-25 found (sentences of this project's own, of the kinds it named)
CODE_REVIEW_23_25 = [
    # events that took place, with a negation or a condition near them
    ("HANOI – Officials who had never visited Geneva attended the workshop held on 2 May.", "en", "event",
     {"workshop 2024-05-02"}),
    ("HANOI – Viet Nam, and not Cambodia, signed the memorandum on 3 May.", "en", "event", {"signing 2024-05-03"}),
    ("HANOI – It was not until 3 May that Viet Nam signed the memorandum.", "en", "event", {"signing 2024-05-03"}),
    ("HANOI – Viet Nam signed the memorandum on 3 May even if some ministries had doubts.", "en", "event",
     {"signing 2024-05-03"}),
    ("HÀ NỘI – Hội thảo về ô nhiễm không khí được tổ chức ngày 3/5.", "vi", "event", {"workshop 2024-05-03"}),
    # round 24's reference data: another state's namesakes of its posts and bodies
    ("BANGKOK – The UNFPA Representative in Thailand, Mai Linh Do, spoke.", "en", "holding",
     {"person/mai-linh-do post/unfpa-representative-tha"}),
    ("HÀ NỘI – Cố vấn Nhà nước Aung San Suu Kyi tiếp Đại sứ.", "vi", "holding",
     {"person/aung-san-suu-kyi post/state-counsellor-mmr"}),
    ("MANILA – The Commission on Human Rights of the Philippines met on Monday. Its vice chairperson, Karen Gomez "
     "Dumpit, said so.", "en", "holding", {"person/karen-gomez-dumpit post/vice-chair-commission-human-rights-phl"}),
]

CODE_REVIEW_26 = [
    # a unique post of one state's, named with another state: not that one's
    ("BEIJING – Chinese State Counsellor and Foreign Minister Wang Yi met the envoy on Monday.", "en", "holding",
     set()),
    ("NAYPYIDAW – State Counsellor Aung San Suu Kyi met the envoy on Monday.", "en", "holding",
     {"person/aung-san-suu-kyi post/state-counsellor-mmr"}),
    # a national body's deputy head is no UN body's, and a body whose head the graph knows has no other head
    ("RABAT – Morocco's National Human Rights Council published its report. Its president, Amina Bouayach, spoke.",
     "en", "holding", set()),
    ("PRAGUE – The Czech government's Human Rights Council met on 3 May. Its vice chairman, Jan Novak, spoke.", "en",
     "holding", set()),
    ("GENEVA – The Committee on the Rights of the Child met on 3 May. Its vice chair, Mai Linh Do, spoke.", "en",
     "holding", {"person/mai-linh-do post/vice-chair-crc-committee"}),
    ("GENEVA – The OHCHR issued a statement on 3 May. Its deputy spokesperson, Mai Linh Do, spoke.", "en", "holding",
     {"person/mai-linh-do post/deputy-spokesperson-ohchr"}),
    # the UN's Office of Legal Affairs, named as the UN's
    ("NEW YORK – Viet Nam deposited the instrument with the UN's Office of Legal Affairs.", "en", "organisation",
     {"org/un-office-of-legal-affairs"}),
    # negations: the clause's, not a relative clause's; a control verb far before the event's words
    ("HANOI – Officials who could not travel joined the workshop held on 5 May.", "en", "event",
     {"workshop 2024-05-05"}),
    ("HANOI – Viet Nam does not currently have plans to host a workshop on 5 May.", "en", "event", set()),
    ("HANOI – Viet Nam failed for a third year running to host the workshop on 5 May.", "en", "event", set()),
    ("HANOI – The deputy minister won't attend the workshop on 5 May.", "en", "event", set()),
    ("YANGON – Myanmar, which has neither signed nor ratified the Convention, spoke on 5 May.", "en", "event", set()),
    ("HÀ NỘI – Việt Nam chưa đáp ứng những điều kiện cần thiết để ký kết thỏa thuận ngày 3/5.", "vi", "event", set()),
    ("HÀ NỘI – Không lâu sau đó Việt Nam đã ký Công ước ngày 3/5.", "vi", "event", {"signing 2024-05-03"}),
    ("HÀ NỘI – Việt Nam sẽ chỉ ký kết hiệp định nếu các điều kiện được đáp ứng.", "vi", "event", set()),
    ("HANOI – The Assembly ratified the Convention on 3 May and deputies asked if more laws were needed.", "en",
     "event", {"ratification 2024-05-03"}),
]

#: round 27: what the rules read from the written sets' misses and wrong readings
ROUND_27 = [
    ("GENEVA – The Human Rights Council was created in 2006. It replaced the Commission on Human Rights. Its "
     "President, Mai Linh Do, opened the session.", "en", "holding",
     {"person/mai-linh-do post/president-un-human-rights-council"}),
    ("GENEVA – The CEDAW Committee reviewed Viet Nam on Tuesday. Committee Chairperson Yoko Hayashi asked why.", "en",
     "holding", {"person/yoko-hayashi post/chair-cedaw-committee"}),
    ("HA NOI – The National Assembly on March 31 elected Nguyen Thi Kim Ngan as its Chairwoman.", "en", "holding",
     {"person/nguyen-thi-kim-ngan post/chairman-national-assembly-vnm"}),
    ("JAKARTA – Hội nghị có sự tham dự của Tổng thống Indonesia Joko Widodo.", "vi", "holding",
     {"person/joko-widodo post/president-idn"}),
    ("MANILA – Tổng thống Philippines Rodrigo Duterte, Chủ tịch ASEAN năm 2017, phát biểu.", "vi", "person",
     {"person/rodrigo-duterte"}),
    ("HANOI – Viet Nam's poverty rate fell to 6.7 percent, while health insurance covers 86.4 percent of people.",
     "en", "figure", {"poverty-rate=6.7"}),
    ("GENEVA – Khóa họp 58 HĐNQ thông qua nghị quyết do Việt Nam đồng chủ trì.", "vi", "figure", set()),
    ("GENEVA – Indonesia, Malaysia and the Philippines, the three Southeast Asian members of the Council, abstained.",
     "en", "figure", set()),
    ("HÀ NỘI – Việt Nam cho biết HĐNQ gồm 47 thành viên, được Đại hội đồng bầu.", "vi", "figure",
     {"council-members=47"}),
    ("JAKARTA – Indonesia's member of the AICHR said decisions in the ten-member body are made by consensus.", "en",
     "figure", {"committee-members=10"}),
    ("GENEVA – A total of 227 recommendations were made by 106 states to Viet Nam.", "en", "figure",
     {"recommendations-received=227", "recommending-states=106"}),
    ("GENEVA – Heading a delegation of some 30 officials, the minister told the Working Group Viet Nam was ready.",
     "en", "figure", {"delegation-members=30"}),
    ("HANOI – The number of offences carrying the death penalty in Viet Nam had been cut from 22 to 18.", "en",
     "figure", {"capital-offences=22", "capital-offences=18"}),
    ("BANGKOK – Thailand's Senate approved the bill by 130 votes to 4.", "en", "figure",
     {"votes-in-favour=130", "votes-against=4"}),
    ("GENEVA – Viet Nam said the Council adopted resolution 48/13 by 43 votes to none.", "en", "figure",
     {"votes-in-favour=43", "votes-against=0"}),
    # left by the code review of round 22: accession, another act's date, a condition told by the verb first
    ("HANOI – Viet Nam became party to the Covenant in 1982 by accession.", "en", "event", {"accession 1982"}),
    ("HANOI – The Prime Minister on 5 May signed a decision to implement Decree 12/2020/ND-CP dated March 3, 2020.",
     "en", "event", {"signing 2024-05-05", "adoption 2020-03-03"}),
    ("HANOI – Had the minister signed the agreement on 3 May, the talks would have ended.", "en", "event", set()),
]

CODE_REVIEW_27_28 = [
    # another state's president: its own post, of that state
    ("MANILA – Tổng thống Philippines Ferdinand Marcos Jr. đã tiếp Thủ tướng Phạm Minh Chính.", "vi", "holding",
     {"person/ferdinand-marcos-jr post/president-phl", "person/pham-minh-chinh post/prime-minister-vnm"}),
    # no votes in points, no executions for capital offences, no other council's size, no pledges' states
    ("HANOI – The bill passed in Viet Nam, but support slipped by 55 to 45 points among voters.", "en", "figure",
     set()),
    ("HANOI – In Viet Nam, executions for capital crimes fell from 45 to 30 last year.", "en", "figure", set()),
    ("HANOI – The Ho Chi Minh City People's Council of Viet Nam consists of 95 members elected in May.", "en",
     "figure", {"members-elected=95"}),
    ("GENEVA – Pledges made by 60 states to the recommendation of Viet Nam were noted.", "en", "figure", set()),
    ("GENEVA – The recommendations, made by 101 countries during Indonesia's review, cover many issues.", "en",
     "figure", {"recommending-states=101"}),
    # another body between a treaty body and 'its chairwoman', a committee the graph does not know before 'Committee'
    ("GENEVA – The CEDAW Committee reviewed Viet Nam. The Viet Nam Women's Union sent observers; its chairwoman, "
     "Mai Linh Do, spoke.", "en", "holding", set()),
    ("GENEVA – The CEDAW Committee will review Viet Nam. Viet Nam's National Committee for Children met on Monday; "
     "Committee Chairwoman Mai Linh Do opened it.", "en", "holding", set()),
    # the UN's Council after a leader's possessive, in a speech
    ("GENEVA – The Prime Minister's Human Rights Council address focused on climate change.", "en", "organisation",
     {"org/un-human-rights-council"}),
    # events: a negation before 'as', a Vietnamese condition after the date
    ("GENEVA – Not a single state objected as the Council adopted the resolution on 3 May.", "en", "event",
     {"adoption 2024-05-03"}),
    ("HÀ NỘI – Việt Nam sẽ ký kết hiệp định ngày 3/5 nếu Lào đồng ý.", "vi", "event", set()),
    # a unique post of Myanmar's before a name another state's follows; a new body's size after AICHR
    ("BEIJING – State Counsellor Wang Yi of China visited Myanmar on 3 May.", "en", "holding", set()),
    ("JAKARTA – AICHR officials of Indonesia briefed a ten-member body of independent experts.", "en", "figure",
     set()),
]

#: round 28: from the sets held out in round 27 (ZZS, ZZU), then development
ROUND_28 = [
    ("HANOI – The National Assembly of Viet Nam voted on Friday. Presenting the bill on behalf of the State President, "
     "Minister of Labour, Invalids and Social Affairs Dao Ngoc Dung said so.", "en", "holding",
     {"person/dao-ngoc-dung post/minister-labour-invalids-social-affairs-vnm"}),
    ("VIÊNG CHĂN – Bà Kaarina Immonen, Điều phối viên thường trú Liên hợp quốc tại Lào, phát biểu.", "vi", "holding",
     {"person/kaarina-immonen post/un-resident-coordinator-lao"}),
    ("HANOI – The rapporteur spoke on Friday at the end of his April 21-30 mission to Viet Nam.", "en", "event",
     {"visit 2024-04-21"}),
    ("VIÊNG CHĂN – Ông Philip Alston kết thúc chuyến thăm chính thức Lào kéo dài 11 ngày, từ 18/3.", "vi", "event",
     {"visit 2024-03-18"}),
]

#: round 31's readings, in sentences of my own
ROUND_31 = [
    # a one-syllable state written so, alone and in a list (a capital is no lower-case letter: 'đã' after 'Lào')
    ("VIÊNG CHĂN – Cuba và Lào đã phát biểu. Cộng hòa Séc cũng ủng hộ nghị quyết.", "vi", "state",
     {"state/cub", "state/lao", "state/cze"}),  # (a bare 'Séc' since round 34: no state, a cheque too)
    ("HÀ NỘI – Lao động nhập cư được bảo vệ theo luật của Việt Nam.", "vi", "state", {"state/vnm"}),
    ("VIÊNG CHĂN – Bộ Ngoại giao Lào tổ chức hội thảo về UPR với sự tham gia của Việt Nam.", "vi", "organisation",
     {"org/mofa-lao"}),
    # a UN body's head after its name; an initial opening a name; Malaysia's and the Philippines' portfolios
    ("GENEVA – UNESCO Director-General Audrey Azoulay welcomed the inscription of the site in Viet Nam.", "en",
     "holding", {"person/audrey-azoulay post/director-general-unesco"}),
    ("JAKARTA – It was signed by Malaysia's Human Resources Minister M. Saravanan, officials in Malaysia said.", "en",
     "holding", {"person/m-saravanan post/minister-human-resources-mys"}),
    ("MANILA – In the Philippines, Labor and Employment Secretary Rosalinda Baldoz welcomed the ratification.", "en",
     "holding", {"person/rosalinda-baldoz post/secretary-labour-employment-phl"}),
    # a bare President: not the state a possessive names when an adjective names another; one the graph does not know
    ("JAKARTA – Indonesian Minister Ida Fauziyah and Malaysia's Foreign Minister met in the presence of President "
     "Joko Widodo on Friday.", "en", "holding", set()),
    ("YANGON – Myanmar's envoy praised President Thein Sein's pledge to free every prisoner of conscience in Myanmar.",
     "en", "holding", {"person/thein-sein post/president-mmr"}),
    ("HANOI – In Viet Nam, President Barack Obama met students in Ha Noi.", "en", "holding", set()),
    # the National Assembly's committees and their chairs, 'NA' for the National Assembly
    ("HANOI – In Viet Nam, Nguyen Van Hien, Chairman of the National Assembly's Judicial Committee, said so.", "en",
     "holding", {"person/nguyen-van-hien post/chair-national-assembly-judicial-committee-vnm"}),
    ("HANOI – In Viet Nam, Phan Trung Ly, Chairman of the NA's Law Committee, presented the bill.", "en",
     "organisation", {"org/national-assembly-law-committee-vnm"}),
    ("HÀ NỘI – Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội Nguyễn Thúy Anh phát biểu.", "vi", "holding",
     {"person/nguyen-thuy-anh post/chair-committee-social-affairs-national-assembly-vnm"}),
    # a title one presents a bill for is another's; a Philippine post in an article from Manila is no Viet Nam's
    ("HÀ NỘI – Trình bày tờ trình của Chủ tịch nước, Bộ trưởng Bộ Tư pháp Lê Thành Long cho biết như vậy.", "vi",
     "holding", {"person/le-thanh-long post/minister-justice-vnm"}),
    ("MANILA – CHR Chairperson Jose Luis Martin Gascon spoke. Viet Nam has studied the commission.", "en", "holding",
     {"person/jose-luis-martin-gascon post/chair-commission-human-rights-phl"}),
]  # ('In Manila, …' gave a sentence's titles their state in round 31, and visiting ministers the host's: undone in
#   round 34, CODE_REVIEW_31_32)

#: round 32's readings, in sentences of my own
ROUND_32 = [
    # a session number no body of that name can have reached is none of its sessions; 'của Hội đồng' after the Council
    ("NEW YORK – Viet Nam was elected to the Human Rights Council with 180 votes during its 80th session.", "en",
     "session", set()),
    ("GENEVA – Hội đồng Nhân quyền họp hôm nay. Việt Nam sẽ trả lời tại khóa họp thứ 56 của Hội đồng vào tháng 6.",
     "vi", "session", {"session/hrc-56"}),
    ("GENEVA – Hội đồng Bảo an họp hôm nay. Việt Nam sẽ trả lời tại khóa họp thứ 56 của Hội đồng vào tháng 6.",
     "vi", "session", set()),
    # the mission in Geneva by its people's word or the article's state; a fact-finding mission is none
    ("GENEVA – Viet Nam was reviewed. Ambassador Mai Phan Dung, head of the Permanent Mission in Geneva, spoke.", "en",
     "holding", {"person/mai-phan-dung post/permanent-representative-un-geneva-vnm"}),
    ("GENEVA – According to the Vietnamese mission in Geneva, 60 delegations took the floor.", "en", "organisation",
     {"org/permanent-mission-un-geneva-vnm"}),
    ("GENEVA – Myanmar was reviewed. The fact-finding mission in Geneva said so.", "en", "organisation", set()),
    # embassies, and a list of ministries sharing the word
    ("HÀ NỘI – Đại diện các đại sứ quán Thụy Điển, Anh và Nhật Bản góp ý về dự thảo báo cáo của Việt Nam.", "vi",
     "organisation", {"org/embassy-swe-vnm", "org/embassy-gbr-vnm", "org/embassy-jpn-vnm"}),
    ("BANGKOK – Đại sứ quán Việt Nam tại Thái Lan tổ chức lễ kỷ niệm.", "vi", "organisation",
     {"org/embassy-vnm-tha"}),
    ("BANGKOK – The Thai Ministry of Justice said the US Embassy would help Thailand.", "en", "organisation",
     {"org/ministry-justice-tha"}),
    ("GENEVA – Its members came from the ministries of public security, justice and labour of Viet Nam.", "en",
     "organisation", {"org/mps-vnm", "org/moj-vnm", "org/molisa-vnm"}),
    ("JAKARTA – It brought together the ministries of manpower, environment and forestry of Indonesia.", "en",
     "organisation", {"org/ministry-labour-idn"}),
    ("BANGKOK – Officials of the ministries of justice and health of Cambodia, Laos and Thailand attended.", "en",
     "organisation", set()),
    # trainees of a course; a Vietnamese family name's English next word; 'Kyung-wha'; a bare 'Cao ủy'
    ("HANOI – OHCHR will organise a training course in November for about 100 officials of Viet Nam.", "en", "figure",
     {"persons-trained=100"}),
    ("HANOI – Mr. Alizadeh held talks with Deputy Minister of Justice Hoang The Lien in Viet Nam.", "en", "holding",
     {"person/hoang-the-lien post/deputy-minister-justice-vnm"}),
    ("HÀ NỘI – Thứ trưởng đã tiếp bà Kyung-wha Kang, Phó Cao ủy Liên hợp quốc về nhân quyền, tại Việt Nam.", "vi",
     "holding", {"person/kyung-wha-kang post/un-deputy-high-commissioner-human-rights"}),
    ("GENEVA – Tuyên bố hoan nghênh báo cáo của Cao ủy Michelle Bachelet về quyền con người.", "vi", "holding",
     {"person/michelle-bachelet post/un-high-commissioner-human-rights"}),
    ("GENEVA – Bộ trưởng đã gặp Chủ tịch HĐNQ, Đại sứ Gabon Baudelaire Ndong Ella tại Geneva.", "vi", "holding",
     {"person/baudelaire-ndong-ella post/president-un-human-rights-council"}),
    ("HÀ NỘI – Bà trao đổi với bà Lotta Sylwander, Trưởng đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Việt Nam.",
     "vi", "holding", {"person/lotta-sylwander post/unicef-representative-vnm"}),
    # a meeting with a UN official
    ("HANOI – Deputy Foreign Minister Ha Kim Ngoc received UN Resident Coordinator Pratibha Mehta on 10 May.", "en",
     "event", {"meeting 2024-05-10"}),
]

#: what the independent code review of rounds 31-32 found read wrong, in sentences of my own (round 34)
CODE_REVIEW_31_32 = [
    # a bare 'Séc' is a cheque too; 'Cộng hòa Séc' is the state
    ("HÀ NỘI – Séc chuyển khoản được dùng trong các giao dịch lớn của doanh nghiệp Việt Nam.", "vi", "state",
     {"state/vnm"}),
    ("GENEVA – Đại sứ Václav Bálek của Cộng hòa Séc điều hành phiên họp.", "vi", "state", {"state/cze"}),
    # another agency's regional office is not OHCHR's; OHCHR's by its bare name where the article names OHCHR
    ("BANGKOK – The WHO Regional Office for South-East Asia issued a report on malaria in Viet Nam.", "en",
     "organisation", {"org/who"}),
    ("BANGKOK – OHCHR said its Regional Office for South-East Asia would train officials of Viet Nam.", "en",
     "organisation", {"org/ohchr", "org/ohchr-regional-office-south-east-asia"}),
    ("BANGKOK – OHCHR welcomed the report the WHO regional office for South-East Asia issued on Viet Nam.", "en",
     "organisation", {"org/ohchr", "org/who"}),
    # a minister abroad stays his own state's
    ("SEOUL – Viet Nam protects its workers. In Seoul, Labour Minister Dao Ngoc Dung met Vietnamese workers.", "en",
     "holding", {"person/dao-ngoc-dung post/minister-labour-vnm"}),
    # a mission head whose state is not said, and whose name is not Vietnamese: no one's post
    ("GENEVA – Thailand was reviewed. Ambassador Kanika Phommachanh, head of the Permanent Mission in Geneva, spoke.",
     "en", "holding", set()),
    # a bare 'Hội đồng' after another council, or after the General Assembly
    ("HÀ NỘI – Việt Nam là thành viên Hội đồng Nhân quyền. Hội đồng Thẩm phán họp; tại khóa họp thứ 12 của Hội đồng, "
     "các thẩm phán thông qua án lệ.", "vi", "session", set()),
    ("GENEVA – Việt Nam là thành viên Hội đồng Nhân quyền, tái đắc cử tại Đại hội đồng. Đoàn dự khóa họp thứ 55 của "
     "Hội đồng.", "vi", "session", {"session/hrc-55"}),
    # an envoy after a national title without a name is not its holder
    ("HÀ NỘI – Dự lễ có Bộ trưởng Bộ Tư pháp, Đại sứ Nhật Bản Yamada Takio và đại diện UNICEF.", "vi", "holding",
     {"person/yamada-takio post/ambassador-jpn-vnm"}),  # (his own post, read since round 37; no minister's)
    # a title of a state the gazetteer does not know ('of Korea') is no state's the article names
    ("HANOI – Park Mi-hyung, Deputy Minister of Justice of Korea, visited Viet Nam's Ministry of Justice.", "en",
     "holding", set()),
    # a people's word that qualifies no office is no state's name for a bare President
    ("MANILA – The Philippines signed the deal. President Ferdinand Marcos Jr. said the Philippines welcomed "
     "Vietnamese investment.", "en", "holding", {"person/ferdinand-marcos-jr post/president-phl"}),
    # a mausoleum is no person
    ("HANOI – Delegates of Viet Nam laid wreaths at the President Ho Chi Minh Mausoleum.", "en", "person", set()),
]

#: round 33's readings, in sentences of my own
ROUND_33 = [
    # a permanent representative whose state is not said: a Vietnamese holder's is Viet Nam's, another's the article's
    ("GENEVA – Singapore was reviewed. Viet Nam, represented by Ambassador Le Thi Tuyet Mai, Permanent Representative "
     "to the UN in Geneva, commended Singapore.", "en", "holding",
     {"person/le-thi-tuyet-mai post/permanent-representative-un-geneva-vnm"}),
    ("GENEVA – Singapore was reviewed. Ambassador Umej Bhatia, Permanent Representative to the UN in Geneva, answered "
     "questions on Singapore.", "en", "holding", {"person/umej-bhatia post/permanent-representative-un-geneva-sgp"}),
    ("GENEVA – Viet Nam spoke. Ambassador Le Thi Tuyet Mai, Viet Nam's Permanent Representative in Geneva, said so.",
     "en", "holding", {"person/le-thi-tuyet-mai post/permanent-representative-un-geneva-vnm"}),
    # a Vietnamese family name that is an English word, before two name words; none in a headline
    ("HANOI – Viet Nam will run, Deputy Foreign Minister To Anh Dung said in a statement.", "en", "holding",
     {"person/to-anh-dung post/deputy-minister-foreign-affairs-vnm"}),
    ("Deputy Foreign Minister To Attend The Meeting In Geneva With Many Officials", "en", "person", set()),
    # officials who met somewhere are its attendance
    ("BANGKOK – Some 120 officials from government agencies met in Bangkok on Monday for a workshop.", "en", "figure",
     {"delegates=120"}),
]


@pytest.mark.parametrize("text, language, kind, keys", [
    *(pytest.param(*case, id=f"rounds-19-20-{i}") for i, case in enumerate(CODE_REVIEW_19_20)),
    *(pytest.param(*case, id=f"rounds-23-25-{i}") for i, case in enumerate(CODE_REVIEW_23_25)),
    *(pytest.param(*case, id=f"round-26-{i}") for i, case in enumerate(CODE_REVIEW_26)),
    *(pytest.param(*case, id=f"round-27-{i}") for i, case in enumerate(ROUND_27)),
    *(pytest.param(*case, id=f"round-28-{i}") for i, case in enumerate(ROUND_28)),
    *(pytest.param(*case, id=f"rounds-27-28-{i}") for i, case in enumerate(CODE_REVIEW_27_28)),
    *(pytest.param(*case, id=f"round-31-{i}") for i, case in enumerate(ROUND_31)),
    *(pytest.param(*case, id=f"round-32-{i}") for i, case in enumerate(ROUND_32)),
    *(pytest.param(*case, id=f"round-33-{i}") for i, case in enumerate(ROUND_33)),
    *(pytest.param(*case, id=f"rounds-31-32-{i}") for i, case in enumerate(CODE_REVIEW_31_32))])
def test_what_the_code_reviews_found(tmp_path, gazetteer, text, language, kind, keys):
    """The code reviews of rounds 19-20, 23-25, 26, 27-28 and 31-32, and rounds 27, 28 and 31 to 33's readings: each
    sentence read as the keys beside it, of its kind, and nothing else of that kind (an article of 12 May 2024)."""
    assert _read(tmp_path, gazetteer, text, language, kind) == keys


def test_the_code_review_of_rounds_23_to_25_a_ministrys_office_of_legal_affairs_is_not_the_uns(tmp_path, gazetteer):
    """Round 24 gave the UN Office of Legal Affairs a bare name and acronym: a ministry's was read as the UN's
    (0.98)."""
    text = "MANILA – The Department of Foreign Affairs' Office of Legal Affairs (OLA) issued the opinion."
    assert "org/un-office-of-legal-affairs" not in _read(tmp_path, gazetteer, text, "en", "organisation")


#: what the independent code review of round 22 (356 sentences of its own) found its event words misread; each event
#: kind read in a sentence of the kind it named (written for this test)
CODE_REVIEW_22 = [
    # denied, doubted, wished or asked for: no event
    ("BANGKOK – Cambodia has no plans to sign the convention, its foreign minister said on 9 May.", "en", set()),
    ("JAKARTA – The ministry is not expected to sign the agreement in June.", "en", set()),
    ("GENEVA – Rights groups on Tuesday urged the Council to adopt a resolution on Myanmar.", "en", set()),
    ("GENEVA – The committee failed to hold its spring meeting in 2021.", "en", set()),
    ("GENEVA – The Council would adopt the text only if the regional group agreed.", "en", set()),
    ("HÀ NỘI – Bộ Tư pháp chưa ký kế hoạch triển khai trong tháng 5.", "vi", set()),
    ("HÀ NỘI – Nếu Bộ trưởng ký quyết định trong tháng 6, kế hoạch sẽ được thực hiện ngay.", "vi", set()),
    ("HANOI – The Minister of Justice has not signed Decision 88/QD-BTP dated 2 May.", "en", {"adoption 2024-05-02"}),
    # 'Hoa Kỳ', 'thường kỳ', 'định kỳ' are no 'ký'
    ("HÀ NỘI – Đại sứ quán Hoa Kỳ ngày 7/5 tổ chức hội thảo về quyền lao động.", "vi", {"workshop 2024-05-07"}),
    ("HÀ NỘI – Ban chỉ đạo họp định kỳ ngày 6/5 tại Hà Nội.", "vi", set()),
    # words without their object
    ("GENEVA – Laos is expected to meet its 2030 targets for maternal health.", "en", set()),
    ("HANOI – The portal was visited 2 million times in 2023.", "en", set()),
    ("MANILA – The Philippines became a party to the dispute over the shoal in 2013.", "en", set()),
    ("MANILA – The Philippines became a party to the Convention against Torture in 1986.", "en",
     {"ratification 1986"}),
    ("HANOI – Some 5,000 workers signed a petition against the decree in April.", "en", set()),
    ("BANGKOK – Activists renewed pressure on it on 3 May.", "en", set()),
    ("HANOI – The draft was presented to the Council of Ministers on 2 May.", "en", set()),
    ("HÀ NỘI – Các xã gửi báo cáo lên Ủy ban nhân dân huyện trước ngày 20/5.", "vi", set()),
    ("HÀ NỘI – Cuộc bỏ phiếu thông qua nghị quyết diễn ra ngày 4/4.", "vi", {"adoption 2024-04-04"}),  # no election
    # a signing's own date, not one that opens the sentence
    ("HANOI – On 6 May, the ministry said the memorandum, signed on 29 April, takes effect in July.", "en",
     {"signing 2024-04-29", "entry-into-force 2024-07"}),
]


@pytest.mark.parametrize("text, language, keys", CODE_REVIEW_22)
def test_what_the_code_review_of_round_22_found(tmp_path, gazetteer, text, language, keys):
    """Each sentence's events as the keys beside it, and no other event (an article of 12 May 2024)."""
    assert _read(tmp_path, gazetteer, text, language, "event") == keys


def test_a_signing_after_a_comma_is_named_by_its_words(tmp_path, gazetteer):
    """', signed by the two ministers on 2 May' names the event 'signed by the two ministers', not '' (the code
    review of round 22: the comma opened its words)."""
    found = _facts(tmp_path, gazetteer, "A title line\n\nHANOI – The memorandum, signed by the two ministers on 2 May, "
                   "covers labour migration.\n", date="2024-05-12", language="en")
    event = next(c for c in found if c.kind == "event" and c.key == "signing 2024-05-02")
    assert event.record["name"]["en"].startswith("signed by")


def test_the_code_review_of_rounds_19_and_20_today_is_the_datelines_day(tmp_path, gazetteer):
    """'Geneva, 27 January 2011 – … held today' in an article of the 28th: the dateline's day."""
    found = _facts(tmp_path, gazetteer, "A title line\n\nGeneva, 27 January 2011 – Myanmar's first Universal "
                   "Periodic Review was held today before the Working Group.\n", date="2011-01-28", language="en")
    assert _keys(found, "event") == {"dialogue 2011-01-27"}


def test_the_code_review_of_rounds_19_and_20_whose_votes_and_which_dateline(tmp_path, gazetteer):
    """'Viet Nam received 184 votes, the Philippines 165 …': each count about its state; a timeline's 'Myanmar, 27
    January 2011 –' is no dateline (its event keeps its day), a press release's 'Bangkok, 28 January 2011 –' is."""
    found = _facts(tmp_path, gazetteer, "A title line\n\nNEW YORK – Viet Nam received 184 votes, the Philippines 165 "
                   "and Bangladesh 160.\n", date="2024-05-12", language="en")
    assert {c.key: c.record["about"] for c in found if c.kind == "figure"} == {
        "votes-received=184": "state/vnm", "votes-received=165": "state/phl", "votes-received=160": "state/bgd"}
    found = _facts(tmp_path, gazetteer, "A title line\n\nTimeline.\n\nMyanmar, 27 January 2011 – first review held in "
                   "Geneva.\n", date="2011-01-28", language="en")
    assert _keys(found, "event") == {"dialogue 2011-01-27"}


#: the independent code review of round 35 (/work/review-35, 328 sentences of its own): each wrong reading it found,
#: sentence, kind, the keys that must not come back and those that must (an article of 12 May 2024)
CODE_REVIEW_35 = [
    # a fraction's whole is the review's total only where it is one: not a share, a topic's part or the Council's size
    ("Viet Nam accepted 35/38 recommendations on the rights of persons with disabilities.", "en", "figure",
     {"recommendations-received=38"}, set()),
    ("Việt Nam đã chấp thuận 3/4 số khuyến nghị nhận được trong chu kỳ III.", "vi", "figure",
     {"recommendations-received=4"}, set()),
    ("The Myanmar resolution, which Viet Nam backed, was adopted with 29/47 votes in favour.", "en", "figure",
     {"votes-cast=47"}, set()),
    ("Việt Nam đã chấp thuận 241/291 khuyến nghị trong chu kỳ III.", "vi", "figure", set(),
     {"recommendations-accepted=241", "recommendations-received=291"}),
    # a mandate's length, not a deadline's, a loan's, a visa's or a head of state's
    ("Viet Nam extended the deadline by two years, to 2026, for companies to comply with the labour code.", "en",
     "figure", {"term-years=2"}, set()),
    ("The visa of the Special Rapporteur on Viet Nam was extended by one year to allow a follow-up visit.", "en",
     "figure", {"term-years=1"}, set()),
    ("Việt Nam gia hạn visa cho người lao động nước ngoài thêm hai năm.", "vi", "figure", {"term-years=2"}, set()),
    ("Indonesia's Joko Widodo won a second five-year presidency in 2019.", "en", "figure", {"term-years=5"}, set()),
    ("The Council, with Viet Nam's support, extended for another year the mandate of the Special Rapporteur on "
     "Myanmar.", "en", "figure", set(), {"term-years=1"}),
    # recommendations answered later: with 'the remaining', or a word of the answer to come
    ("Viet Nam's labour ministry will consider 12 recommendations on labour rights as part of a wider review of 40 "
     "laws.", "en", "figure", {"recommendations-deferred=12"}, set()),
    ("Laos accepted 69 recommendations and would study 21 and give its answers before the Council's 15th session.",
     "en", "figure", set(), {"recommendations-deferred=21"}),
    # members chosen at an election only; 'hai lần' is twice, 'lúc ba giờ' a time of day
    ("Twelve members of Viet Nam's Ho Chi Minh Communist Youth Union were chosen to attend the forum in Geneva.",
     "en", "figure", {"members-elected=12"}, set()),
    ("Việt Nam đã hai lần trúng cử thành viên Hội đồng Nhân quyền.", "vi", "figure", {"members-elected=2"}, set()),
    ("Phiên đối thoại với Việt Nam bắt đầu lúc ba giờ rưỡi chiều.", "vi", "figure", {"dialogue-hours=3.5"}, set()),
    # a weekday beside a month's year that opens the sentence is not the article's week's
    ("In January 2019, Viet Nam on Tuesday presented its third national report to the Working Group.", "en", "date",
     {"2024-05-07"}, set()),
    # a Vietnamese name of three words under an unqualified title, after a foreign dateline: Viet Nam's
    ("BANGKOK, July 12 – Viet Nam and Thailand signed a labour agreement. Labour Minister Nguyen Van Binh said it "
     "would protect migrant workers.", "en", "holding", {"person/nguyen-van-binh post/minister-labour-tha"},
     {"person/nguyen-van-binh post/minister-labour-vnm"}),
    # a known person named with a middle initial keeps the graph's id
    ("Secretary of Foreign Affairs Teodoro L. Locsin Jr. delivered the Philippines' statement to the Council.", "en",
     "person", {"person/teodoro-l-locsin-jr"}, {"person/teodoro-locsin-jr"}),
    # the Vietnamese ministry named before a bare minister's title is not another state's minister's
    ("The Ministry of Foreign Affairs hosted the talks. China's Vice Minister Le Yucheng met Vietnamese officials.",
     "en", "holding", {"person/le-yucheng post/minister-foreign-affairs-vnm"}, set()),
    # a decision on something else than recommendations
    ("Viet Nam received 320 recommendations. The Supreme Court rejected 4 of the appeals and accepted 2 of them.",
     "en", "figure", {"recommendations-rejected=4", "recommendations-accepted=2", "recommendations-rejected=2"},
     {"recommendations-received=320"}),
    # an appeal is no meeting, a session's lead-up no session's length, the first side event no first term
    ("Human Rights Watch called on Prime Minister Pham Minh Chinh to free the detained activists.", "en", "event",
     {"meeting"}, set()),
    ("In the last two weeks before the session, Viet Nam consulted 40 states.", "en", "figure", {"session-weeks=2"},
     set()),
    ("Lần đầu tiên Việt Nam tổ chức sự kiện bên lề tại khóa họp của Hội đồng Nhân quyền, với tư cách thành viên.",
     "vi", "figure", {"hrc-memberships=1"}, set()),
    # 'the days after' counts no day; 'newly elected … on 11 October 2022' keeps its day; the UN told on a Monday
    ("Viet Nam held elections on 28 May and in the days after the election the new assembly met.", "en", "event",
     {"election 2024-05-27"}, set()),
    ("Viet Nam, newly elected to the Council on 11 October 2022, pledged to promote dialogue.", "en", "event", set(),
     {"election 2022-10-11"}),
    ("Viet Nam told the United Nations Monday it would study the recommendations.", "en", "organisation", set(),
     {"org/united-nations"}),
]


@pytest.mark.parametrize(("text", "language", "kind", "absent", "present"), CODE_REVIEW_35)
def test_the_code_review_of_round_35(tmp_path, gazetteer, text, language, kind, absent, present):
    """Each wrong reading the review of round 35 found is gone, and the readings beside it that were right stay."""
    found = _read(tmp_path, gazetteer, text, language, kind)
    assert not found & absent and present <= found, found


ROUND_37 = [
    # the event a text leads with, named again in its headline or as 'The workshop': the lead's day
    ("Hanoi workshop weighs options for a rights body\n\nHANOI – Officials and researchers gathered in Hanoi on "
     "Thursday to discuss a national human rights institution.\n", "en", "2020-12-11", "event", {"workshop"},
     {"workshop 2020-12-10"}),
    ("Officials and researchers gathered in Hanoi on Thursday to discuss a national human rights institution.\n\n"
     "The two-day workshop was organised by the Ministry of Foreign Affairs.\n", "en", "2020-12-11", "event",
     {"workshop"}, {"workshop 2020-12-10"}),
    ("Geneva (TTXVN) – Chiều 4/4, Khóa họp thường kỳ lần thứ 58 Hội đồng Nhân quyền đã bế mạc.\n\nTại phiên bế mạc, "
     "HĐNQ đã thông qua nghị quyết về quyền của người khuyết tật.\n", "vi", "2025-04-05", "event", {"adoption"},
     {"adoption 2025-04-04"}),
    # … not another event the headline names ('after …'), one of a session's sidelines, what one is congratulated
    # on, nor 'The report' that will be submitted
    ("Viet Nam, Japan hold dialogue after Viet Nam's election to the Council\n\nTOKYO – Viet Nam and Japan held a "
     "human rights dialogue in Tokyo on November 19.\n", "en", "2023-11-20", "event", {"election 2023-11-19"},
     {"dialogue 2023-11-19"}),
    ("The Deputy Minister addressed the Council in Geneva on Monday.\n\nOn the sidelines of the session, the Deputy "
     "Minister met UN High Commissioner for Human Rights Volker Türk.\n", "en", "2024-10-15", "event",
     {"meeting 2024-10-14"}, {"meeting"}),
    ("Viet Nam's ambassador presented his credentials in Geneva on October 14.\n\nAt the ceremony, the "
     "Director-General congratulated the ambassador on his appointment.\n", "en", "2024-10-15", "event",
     {"appointment 2024-10-14"}, {"appointment"}),
    ("The report was approved by the Prime Minister on March 22 and will be submitted to the Council.\n", "en",
     "2024-05-12", "event", {"submission 2024-03-22"}, {"submission"}),
    # a past verb of the clause says the side of its weekday, not a future one after it
    ("Officials gathered in Hanoi on Thursday to discuss how Viet Nam will report to the Council.\n", "en",
     "2020-12-11", "date", {"2020-12-17"}, {"2020-12-10"}),
    # the Council's thematic mandates by their long names and in Vietnamese (posts of the graph)
    ("Bà Elisa Morgera, Báo cáo viên đặc biệt về quyền con người và biến đổi khí hậu, đã phát biểu.\n", "vi",
     "2025-07-09", "holding", set(), {"person/elisa-morgera post/un-special-rapporteur-climate-change"}),
    ("Ông David Boyd, Báo cáo viên đặc biệt của Liên hợp quốc về quyền con người và môi trường, hoan nghênh.\n", "vi",
     "2021-10-09", "holding", set(), {"person/david-r-boyd post/un-special-rapporteur-human-rights-environment"}),
    # a state's ambassador to another, the sender first as in its embassy's id; not a mission's in Geneva
    ("German Ambassador to Vietnam Guido Hildner said the dialogue was useful.\n", "en", "2021-06-25", "holding",
     set(), {"person/guido-hildner post/ambassador-deu-vnm"}),
    ("Rolf Bergman, Ambassador of Sweden to Viet Nam, opened the meeting.\n", "en", "2009-12-17", "holding", set(),
     {"person/rolf-bergman post/ambassador-swe-vnm"}),
    ("Đại sứ Hoa Kỳ Marc Knapper và Đại sứ Australia Andrew Goledzinowski đã tham dự buổi thông tin.\n", "vi",
     "2024-05-24", "holding", set(),
     {"person/marc-knapper post/ambassador-usa-vnm", "person/andrew-goledzinowski post/ambassador-aus-vnm"}),
    ("Đại sứ Việt Nam tại Thái Lan Phan Chí Thành đã dự buổi lễ.\n", "vi", "2020-01-01", "holding", set(),
     {"person/phan-chi-thanh post/ambassador-vnm-tha"}),
    ("Chủ tịch HĐNQ, Đại sứ Gabon Baudelaire Ndong Ella phát biểu tại Geneva.\n", "vi", "2014-03-05", "holding",
     {"person/baudelaire-ndong-ella post/ambassador-gab-vnm"},
     {"person/baudelaire-ndong-ella post/president-un-human-rights-council"}),
    # the Council's President by 'as', 'President of the Council' and 'presided over the Council'
    ("On 21 June 2010, Ambassador Sihasak Phuangketkeow, Permanent Representative of Thailand to the United Nations "
     "Office and other international organisations in Geneva, was elected by acclamation as President of the United "
     "Nations Human Rights Council.\n", "en", "2010-06-22", "holding", set(),
     {"person/sihasak-phuangketkeow post/president-un-human-rights-council"}),
    ("The Human Rights Council met in Geneva. Ambassador Sihasak Phuangketkeow served as President of the Council in "
     "2010-2011.\n", "en", "2024-10-10", "holding", set(),
     {"person/sihasak-phuangketkeow post/president-un-human-rights-council"}),
    ("The Human Rights Council elected its President. He succeeds Alex Van Meeuwen of Belgium, who presided over the "
     "Council during its fourth cycle.\n", "en", "2010-06-21", "holding", set(),
     {"person/alex-van-meeuwen post/president-un-human-rights-council"}),
    ("The Security Council met in New York. Its members heard that Sihasak Phuangketkeow served as President of the "
     "Council.\n", "en", "2010-06-21", "holding",
     {"person/sihasak-phuangketkeow post/president-un-human-rights-council"}, set()),
    # a share after a count of states is no share of them: the share accepted
    ("Viet Nam confirmed that it had accepted 241 of the 291 recommendations made to it in January by 122 states, or "
     "nearly 83 percent.\n", "en", "2019-07-05", "figure", set(), {"acceptance-rate=83"}),
    # a visit's days in Vietnamese, in a text of a visit
    ("Chuyến thăm chính thức Việt Nam của bà McDougall kết thúc.\n\nTrong 11 ngày ở Việt Nam, bà McDougall đã làm "
     "việc với Ủy ban Dân tộc.\n", "vi", "2010-07-15", "figure", set(), {"visit-days=11"}),
    ("Hội nghị bế mạc.\n\nTrong 11 ngày, các đại biểu đã thảo luận về dự thảo luật.\n", "vi", "2010-07-15", "figure",
     {"visit-days=11"}, set()),
    ("Frank La Rue, the UN Special Rapporteur on the promotion and protection of the right to freedom of opinion "
     "and expression, said so.\n", "en", "2011-06-03", "holding",
     {"person/frank-la-rue post/un-special-rapporteur-promotion-protection-right-to-freedom"},
     {"person/frank-la-rue post/un-special-rapporteur-freedom-opinion-expression"}),
]


@pytest.mark.parametrize(("text", "language", "date", "kind", "absent", "present"), ROUND_37)
def test_round_37(tmp_path, gazetteer, text, language, date, kind, absent, present):
    """Round 37's readings, and the wrong ones beside them that stay unread."""
    _assert_reads(tmp_path, gazetteer, text, language, date, kind, absent, present)


CODE_REVIEW_37 = [
    # each wrong reading the independent review of round 37 found with its own texts (text, language, the article's
    # date, kind, the wrong keys, the right ones beside them that stay)
    ("Speaking at the Security Council's open debate, Chinese Ambassador Zhang Jun praised Viet Nam's "
     'presidency of the Council.',
     'en', '2023-08-18', 'holding', {'person/zhang-jun post/ambassador-chn-vnm'}, set()),
    ('Đại sứ Hoa Kỳ Michèle Taylor phát biểu tại phiên đối thoại về báo cáo quốc gia của Việt Nam tại Hội '
     'đồng Nhân quyền.',
     'vi', '2023-08-18', 'holding', {'person/michele-taylor post/ambassador-usa-vnm'}, set()),
    ('Đại sứ Trung Quốc Trương Quân phát biểu tại phiên thảo luận mở của Hội đồng Bảo an do Việt Nam chủ trì.',
     'vi', '2023-08-18', 'holding', {'person/truong-quan post/ambassador-chn-vnm'}, set()),
    ('Đại sứ Myanmar Kyaw Moe Tun phát biểu tại Đại hội đồng Liên hợp quốc rằng quân đội phải trả tự do '
     'cho bà Aung San Suu Kyi.',
     'vi', '2021-09-18', 'holding', {'person/kyaw-moe-tun post/ambassador-mmr-vnm'}, set()),
    ('VIÊNG CHĂN, 18/8 (TTXVN) – Đại sứ Hoa Kỳ Heather Variava đã thăm Trung tâm hỗ trợ phụ nữ Lào bị mua bán.',
     'vi', '2023-08-18', 'holding', {'person/heather-variava post/ambassador-usa-vnm'}, set()),
    ('A consultation convened by the Ministry of Justice on Thursday will gather comments on the draft report.',
     'en', '2023-08-18', 'date', {'2023-08-17'}, set()),
    ('A national workshop convened by UNDP on Monday will review progress on the recommendations.',
     'en', '2023-08-18', 'date', {'2023-08-14'}, set()),
    ("Rights groups condemn Viet Nam's election to UN Human Rights Council\\n\\nBANGKOK, October 13 – Human "
     "Rights Watch said on Thursday that UN member states had ignored Viet Nam's record of jailing "
     "critics.\\n\\nThe group urged the Council's members to press Hanoi to free political prisoners.",
     'en', '2023-10-13', 'event', {'election 2023-10-12'}, set()),
    ('Hanoi seminar discusses freedom of expression online\\n\\nHANOI, August 18 (VNA) – A seminar on '
     'freedom of expression on social media was held in Hanoi last week, drawing lawyers, journalists and '
     'officials.\\n\\nParticipants called for clearer rules on content moderation.',
     'en', '2023-08-18', 'event', {'workshop 2023-08-18'}, set()),
    ("HANOI, August 18 – The Ministry of Justice on Thursday released Viet Nam's mid-term report on the "
     'implementation of UPR recommendations.\\n\\nThe draft was discussed at a workshop in Hai Phong '
     'earlier this summer. At the workshop, the ministry and UNDP signed an agreement on legal aid for '
     'ethnic minority women.',
     'en', '2023-08-18', 'event', {'workshop 2023-08-17', 'signing 2023-08-17'}, set()),
    ('HANOI, August 18 – Viet Nam on Thursday marked the tenth anniversary of its ratification of the '
     'Convention against Torture.\\n\\nAt the ceremony, Deputy Minister Nguyen Thi Ha said the country had '
     'signed a cooperation agreement with Denmark.',
     'en', '2023-08-18', 'event', {'signing 2023-08-17'}, {'ceremony 2023-08-17'}),
    ('HANOI, August 18 – Deputy Foreign Minister Do Hung Viet on Thursday met the visiting UN Special '
     'Rapporteur on the right to food.\\n\\nThe Special Rapporteur also attended a seminar organised by the '
     "Viet Nam Farmers' Union. The seminar was chaired by Union President Luong Quoc Doan.",
     'en', '2023-08-18', 'event', {'workshop 2023-08-17'}, set()),
    ('HÀ NỘI, 18/8 (TTXVN) – Ngày 17/8, Bộ Tư pháp công bố báo cáo giữa kỳ về thực hiện khuyến nghị '
     'UPR.\\n\\nBáo cáo đã được góp ý tại nhiều hội thảo. Tại hội thảo ở Hải Phòng, Bộ Tư pháp và UNDP đã '
     'ký thỏa thuận hợp tác về trợ giúp pháp lý.',
     'vi', '2023-08-18', 'event', {'signing 2023-08-17'}, set()),
    ('HÀ NỘI, 18/8 (TTXVN) – Ngày 17/8, Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt đã tiếp Đại sứ Thụy Điển '
     'Ann Måwe.\\n\\nTại buổi tiếp, Thứ trưởng chúc mừng Đại sứ nhân dịp được bổ nhiệm.',
     'vi', '2023-08-18', 'event', {'appointment 2023-08-17'}, set()),
    ('Việt Nam được bầu vào Hội đồng Nhân quyền\\n\\nHÀ NỘI, 18/8 (TTXVN) – Hôm qua, Bộ Ngoại giao cho biết '
     'Việt Nam sẽ tiếp tục đóng góp tích cực.',
     'vi', '2023-08-18', 'event', {'election 2023-08-17'}, set()),
    ('HANOI, August 18 – The Ministry of Justice on Thursday presented the draft revised Law on Legal Aid '
     'to donors.\\n\\nThe draft had been reviewed at a workshop in Can Tho. The workshop was attended by 80 '
     'lawyers and legal aid officers.',
     'en', '2023-08-18', 'event', {'workshop 2023-08-17'}, set()),
    ('Rights experts gather in Hanoi for ASEAN workshop\\n\\nHANOI, August 18 – More than 100 experts from '
     'ASEAN countries will gather in Hanoi next week for a regional workshop on the rights of migrant '
     'workers, the Ministry of Labour said on Thursday.',
     'en', '2023-08-18', 'event', {'workshop 2023-08-17'}, set()),
    ('HÀ NỘI, 18/8 (TTXVN) – Ngày 17/8, Bộ Ngoại giao tổ chức lễ kỷ niệm ngày Việt Nam gia nhập Công ước '
     'chống tra tấn.\\n\\nPhát biểu tại buổi lễ, Thứ trưởng Đỗ Hùng Việt cho biết Việt Nam đã ký thỏa thuận '
     'hợp tác với Đan Mạch.',
     'vi', '2023-08-18', 'event', {'signing 2023-08-17'}, set()),
    ('HANOI, August 18 – Viet Nam and Cambodia pledged on Thursday to fight trafficking together. In '
     'Phnom Penh, Chinese Ambassador Wang Wentian said China would help both countries.',
     'en', '2023-08-18', 'holding', {'person/wang-wentian post/ambassador-chn-vnm'}, set()),
    ('Đoàn công tác của Bộ Tư pháp đã có chuyến thăm Thụy Điển. Trong 3 ngày, mưa lũ tại miền Trung Việt '
     'Nam đã làm 20 người thiệt mạng.',
     'vi', '2023-08-18', 'figure', {'visit-days=3'}, {'deaths=20'}),
    ('The Human Rights Council opened its 54th session. Ambassador Le Thi Tuyet Mai, who presided over '
     "the Council's meeting on Tuesday as Vice-President, gave the floor to the High Commissioner.",
     'en', '2023-08-18', 'holding', {'person/le-thi-tuyet-mai post/president-un-human-rights-council'}, set()),
    ('The Security Council and the Human Rights Council both met this week. Nguyen Phuong Nga served as '
     'President of the Council in 2008.',
     'en', '2023-08-18', 'holding', {'person/nguyen-phuong-nga post/president-un-human-rights-council'}, set()),
    ('Chuyên gia độc lập đã có chuyến thăm Việt Nam năm 2015. Trong 10 ngày tại Hà Nội, các học viên của '
     'khóa tập huấn đã được trang bị kiến thức về quyền con người.',
     'vi', '2023-08-18', 'figure', {'visit-days=10'}, set()),
    ('Tổng Bí thư đã có chuyến thăm chính thức Lào. Trong 5 ngày, lực lượng chức năng đã bắt giữ 30 đối '
     'tượng buôn bán người.',
     'vi', '2023-08-18', 'figure', {'visit-days=5'}, set()),
    ("The Inter-American Commission's Special Rapporteur for Freedom of Expression, Pedro Vaca, and the "
     "African Commission's Special Rapporteur on Freedom of Expression and Access to Information, "
     'Ourveena Geereesha Topsy-Sonoo, issued a joint declaration.',
     'en', '2023-08-18', 'holding',
     {'person/ourveena-geereesha-topsy-sonoo post/un-special-rapporteur-freedom-opinion-expression'}, set()),
    ('Viet Nam sits on the Human Rights Council and served on the Security Council in 2020-2021. '
     'Ambassador Dang Hoang Giang, President of the Council for April 2021, chaired a debate on mine '
     'action.',
     'en', '2023-08-18', 'holding', {'person/dang-hoang-giang post/president-un-human-rights-council'}, set()),
    ('Viet Nam was elected to the Human Rights Council last year. In January 2020, when Viet Nam held the '
     'rotating presidency of the Security Council, Ambassador Dang Hoang Giang presided over the Council '
     'in a debate on the UN Charter.',
     'en', '2023-08-18', 'holding', {'person/dang-hoang-giang post/president-un-human-rights-council'}, set()),
    ("Ambassador Le Thi Tuyet Mai presided over the Human Rights Council's panel discussion on the rights "
     'of persons with disabilities.',
     'en', '2023-08-18', 'holding', {'person/le-thi-tuyet-mai post/president-un-human-rights-council'}, set()),
    ('The Human Rights Council opened its session. Federico Villegas, President of the Council of the '
     'Argentine Foreign Service Institute, lectured on human rights.',
     'en', '2023-08-18', 'holding', {'person/federico-villegas post/president-un-human-rights-council'}, set()),
    ("Mai Phan Dung, who presided over the Human Rights Council's 2023 Social Forum, said Viet Nam would "
     'share its experience.',
     'en', '2023-08-18', 'holding', {'person/mai-phan-dung post/president-un-human-rights-council'}, set()),
    # and readings it found missing: an ambassador's host after 'the', the mandates' long Vietnamese names
    ('Vietnamese Ambassador to the US Nguyen Quoc Dung attended the ceremony in Washington.',
     'en', '2023-08-18', 'holding', set(), {'person/nguyen-quoc-dung post/ambassador-vnm-usa'}),
    ('The Ambassador of Viet Nam to the Philippines, Lai Thai Binh, met the Philippine Commission on Human Rights.',
     'en', '2023-08-18', 'holding', set(), {'person/lai-thai-binh post/ambassador-vnm-phl'}),
    ('Báo cáo viên đặc biệt về thúc đẩy và bảo vệ quyền tự do ý kiến và biểu đạt Irene Khan đã gửi thư '
     'cho Chính phủ Việt Nam.',
     'vi', '2023-08-18', 'holding', set(), {'person/irene-khan post/un-special-rapporteur-freedom-opinion-expression'}),
    ('Chuyên gia độc lập của Liên hợp quốc về tác động của nợ nước ngoài đối với việc thụ hưởng quyền con '
     'người Cephas Lumina đã đến Hà Nội.',
     'vi', '2023-08-18', 'holding', set(), {'person/cephas-lumina post/un-independent-expert-foreign-debt'}),
    ('The UN Special Rapporteur on climate change said he would visit Viet Nam, while the Special '
     'Rapporteur on the right to food and the Special Rapporteur on freedom of expression were refused.',
     'en', '2023-08-18', 'person', {'person/special-rapporteur'}, set()),
]


@pytest.mark.parametrize(("text", "language", "date", "kind", "absent", "present"), CODE_REVIEW_37)
def test_the_code_review_of_round_37(tmp_path, gazetteer, text, language, date, kind, absent, present):
    """Each wrong reading the review of round 37 found is gone, and the readings beside it that were right stay."""
    _assert_reads(tmp_path, gazetteer, text.replace("\\n", "\n"), language, date, kind, absent, present)


ROUND_40 = [
    # a headline followed by a single line break (a page flattened so) is a headline all the same
    ("Hanoi workshop weighs options for a rights body\nHANOI – Officials and researchers gathered in Hanoi on "
     "Thursday to discuss a national human rights institution.\n", "en", "2020-12-11", "event", {"workshop"},
     {"workshop 2020-12-10"}),
    # a Vietnamese agency's dispatch from home is Viet Nam's, as any dateline in Viet Nam is
    ("HÀ NỘI (TTXVN) – Chính phủ vừa ban hành Nghị định 82/2011/NĐ-CP quy định về thuốc sử dụng cho việc thi hành "
     "án tử hình.\n", "vi", "2011-09-22", "organisation", set(), {"org/government-vnm"}),
    # a state named only as an ambassador's sender in Viet Nam is not whose ministries the text names (the code
    # review of round 37)
    ("HANOI, August 18 – US Ambassador Marc Knapper met officials of the Ministry of Public Security to discuss "
     "religious freedom.\n", "en", "2023-08-18", "organisation", {"org/mps-usa"}, {"org/mps-vnm"}),
    # a simple past the participles lack says a month's side ('went through … in May', written in December)
    ("Viet Nam went through its first Universal Periodic Review before the Human Rights Council in May and later "
     "accepted 93 recommendations.\n", "en", "2009-12-30", "date", {"2010-05"}, {"2009-05"}),
    # a session's own days in a relative clause date the session, not the adoption named before it
    ("Resolution 17/4 was adopted without a vote on the penultimate day of the Council's 17th session, which opened "
     "on May 30 and closes today.\n", "en", "2011-06-17", "event", {"adoption 2011-05-30"}, {"adoption 2011-06-17"}),
    ("The review took place during the Committee's 65th session, which runs from November 12 to December 7.\n", "en",
     "2018-11-15", "event", {"dialogue 2018-11-12", "dialogue 2018-12-07"}, set()),
    # 'the draft report on Singapore's review' names a report: the day after it is the adoption's
    ("The Working Group will adopt the draft report on Singapore's review on 29 January 2016.\n", "en", "2016-01-27",
     "event", {"dialogue 2016-01-29"}, {"adoption 2016-01-29"}),
    # "Monday's election" is dated as 'on Monday' is, the day of the noun it is said of only
    ("KUALA LUMPUR, Oct 17 – Malaysia has failed in its bid for a third term, finishing last of five candidates in "
     "Monday's election at the General Assembly in New York.\n", "en", "2017-10-17", "event", {"election"},
     {"election 2017-10-16"}),
    ("The report, adopted at the Working Group's 18th session, lists 227 recommendations put forward during "
     "Wednesday's dialogue.\n", "en", "2014-02-07", "event", {"adoption 2014-02-05"}, {"dialogue 2014-02-05"}),
    ("Myanmar underwent its second review on Friday, just two days before Sunday's general election.\n", "en",
     "2015-11-06", "date", {"2015-11-01", "2015-11-08"}, {"2015-11-06"}),
]


@pytest.mark.parametrize(("text", "language", "date", "kind", "absent", "present"), ROUND_40)
def test_round_40(tmp_path, gazetteer, text, language, date, kind, absent, present):
    """Round 40's readings, and the wrong ones beside them that stay unread."""
    _assert_reads(tmp_path, gazetteer, text, language, date, kind, absent, present)


def test_a_home_dispatch_of_a_vietnamese_agency_weighs_as_home_only_where_it_names_no_other_state(tmp_path, gazetteer):
    """'HÀ NỘI (TTXVN) –' is Viet Nam's dateline where the text names no other state; where it does, the agencies file
    their foreign news from Hanoi: Japan's ministry is no Viet Nam's at 0.98, and Viet Nam's own bodies there stay
    flagged as named abroad (the code review of rounds 40-42)."""
    found = _facts(tmp_path, gazetteer, "HÀ NỘI (TTXVN) – Chính phủ vừa ban hành Nghị định 82/2011/NĐ-CP.\n",
                   date="2011-09-22", language="vi")
    assert "org/government-vnm" in _keys(found, "organisation")
    text = ("HÀ NỘI (TTXVN) – Theo phóng viên TTXVN tại Tokyo, Bộ trưởng Tư pháp Nhật Bản Ryuji Koizumi cho biết Bộ Tư "
            "pháp sẽ trình dự luật. Bộ trưởng Tư pháp Ryuji Koizumi nhấn mạnh dự luật là cần thiết.\n")
    found = _facts(tmp_path, gazetteer, text, date="2024-05-15", language="vi")
    assert "person/ryuji-koizumi post/minister-justice-vnm" not in _keys(found, "holding")
    assert all(c.confidence < 0.8 for c in found if c.key == "org/moj-vnm"), found


ROUND_41 = [
    # a review by its verb 'defended its … reports', and a dialogue by its length
    ("GENEVA, July 15 – Viet Nam defended its combined seventh and eighth periodic reports before the Committee on the "
     "Elimination of Discrimination against Women on Tuesday.\n", "en", "2015-07-15", "event", set(),
     {"dialogue 2015-07-14"}),
    ("The delegation answered questions in a day-long dialogue with the Committee on Tuesday.\n", "en", "2015-07-15",
     "event", set(), {"dialogue 2015-07-14"}),  # (with a treaty body or the UPR's: the code review of rounds 40-42)
    # the Vietnamese election of a known person to a post: by its agent ('được Quốc hội khóa XIII bầu làm'), and
    # actively ('Quốc hội đã bầu bà X làm …')
    ("Việc bà Nguyễn Thị Kim Ngân được Quốc hội khóa XIII bầu làm Chủ tịch Quốc hội là dấu mốc quan trọng.\n", "vi",
     "2016-06-09", "holding", set(), {"person/nguyen-thi-kim-ngan post/chairman-national-assembly-vnm"}),
    ("Quốc hội đã bầu bà Nguyễn Thị Kim Ngân làm Chủ tịch Quốc hội.\n", "vi", "2016-06-09", "holding", set(),
     {"person/nguyen-thi-kim-ngan post/chairman-national-assembly-vnm"}),
    # a rapporteur's or a commission's report presented, with the day after the Council's name; not a state's under
    # the UPR, nor the days of the visit the report is on
    ("GENEVA, March 11 – The UN Special Rapporteur on freedom of religion or belief, Heiner Bielefeldt, presented to "
     "the Human Rights Council on Tuesday his report on Viet Nam.\n", "en", "2015-03-11", "event", set(),
     {"report-presentation 2015-03-10"}),
    ("The fact-finding mission presented its full report to the Council on September 18.\n", "en", "2018-09-28",
     "event", set(), {"report-presentation 2018-09-18"}),
    ("Ngày 5/3, Cao ủy Nhân quyền Navi Pillay trình bày báo cáo thường niên.\n", "vi", "2014-03-29", "event", set(),
     {"report-presentation 2014-03-05"}),
    ("Indonesia will present its report to the UN Human Rights Council under the Universal Periodic Review in Geneva "
     "next month.\n", "en", "2012-04-12", "event", {"report-presentation", "report-presentation 2012-05"}, set()),
    ("Anand Grover presented to the Human Rights Council the report on his visit to the country from November 21 to "
     "December 2 last year.\n", "en", "2012-06-21", "event",
     {"report-presentation 2011-11-21", "report-presentation 2011-12-02"}, set()),
    # two figures the press states in set phrases: women's share of a parliament's seats, the sex ratio at birth
    ("HANOI – Women now hold 30.26 percent of the seats in the National Assembly, and the sex ratio at birth stood at "
     "112.2 boys for every 100 girls.\n", "en", "2024-05-22", "figure", {"women-deputies-share=112.2"},
     {"women-deputies-share=30.26", "sex-ratio-at-birth=112.2"}),
    ("Hà Nội – Trong 499 người trúng cử có 151 đại biểu nữ, chiếm 30,26%. Tỷ số giới tính khi sinh là 111,5 bé trai "
     "trên 100 bé gái.\n", "vi", "2021-06-11", "figure", set(),
     {"women-deputies-share=30.26", "sex-ratio-at-birth=111.5"}),
    ("HANOI – The share of women among National Assembly deputies stood at 24.4 percent, against 30 percent "
     "targeted.\n", "en", "2015-07-15", "figure", {"women-deputies-share=30"}, {"women-deputies-share=24.4"}),
    # the Ministry of Ethnic and Religious Affairs' minister (2025), in a Vietnamese text from home that names no
    # state but others: Viet Nam's
    ("Hà Nội (TTXVN) – Bộ trưởng Bộ Dân tộc và Tôn giáo Đào Ngọc Dung cho biết Bộ sẽ đối thoại với Hoa Kỳ và Úc.\n",
     "vi", "2025-03-01", "holding", set(), {"person/dao-ngoc-dung post/minister-ethnic-religious-affairs-vnm"}),
    # a known department before 'của' and its ministry raised an AttributeError
    ("Bà Nguyễn Thị A, Vụ trưởng Vụ Các tổ chức quốc tế của Bộ Ngoại giao, cho biết.\n", "vi", "2024-05-02",
     "holding", set(), {"person/nguyen-thi-a post/director-general-international-organizations-department-mofa-vnm"}),
    # bodies the round's sets named and the data lacked
    ("The World Bank and the National Election Council of Viet Nam took part, as did the Committee on Ethnic Minority "
     "Affairs.\n", "en", "2021-06-11", "organisation", set(),
     {"org/world-bank", "org/national-election-council-vnm", "org/cema-vnm"}),
]


@pytest.mark.parametrize(("text", "language", "date", "kind", "absent", "present"), ROUND_41)
def test_round_41(tmp_path, gazetteer, text, language, date, kind, absent, present):
    """Round 41's readings, and the wrong ones beside them that stay unread."""
    _assert_reads(tmp_path, gazetteer, text, language, date, kind, absent, present)


ROUND_42 = [
    # Viet Nam's Minister of Industry and Trade by the id the labellers give him (Singapore's Minister for Trade and
    # Industry stays a trade minister)
    ("HANOI – Minister of Industry and Trade Tran Tuan Anh signed the agreement.\n", "en", "2019-06-30", "holding",
     {"person/tran-tuan-anh post/minister-trade-vnm"}, {"person/tran-tuan-anh post/minister-industry-trade-vnm"}),
    # the EU's ambassador in Hanoi, and the Council's Independent Expert on older persons, as posts of the graph
    ("HANOI – EU Ambassador to Viet Nam Giorgio Aliberti welcomed the vote.\n", "en", "2020-06-09", "holding", set(),
     {"person/giorgio-aliberti post/head-eu-delegation-vnm"}),
    ("The Independent Expert on the enjoyment of all human rights by older persons, Claudia Mahler, welcomed the "
     "resolution.\n", "en", "2025-04-04", "holding", set(),
     {"person/claudia-mahler post/un-independent-expert-older-persons"}),
]


@pytest.mark.parametrize(("text", "language", "date", "kind", "absent", "present"), ROUND_42)
def test_round_42(tmp_path, gazetteer, text, language, date, kind, absent, present):
    """Round 42's readings, and the wrong ones beside them that stay unread."""
    _assert_reads(tmp_path, gazetteer, text, language, date, kind, absent, present)


ROUND_43 = [
    # a person named again by honorific and family names is the one the text named in full, not a second one
    ("Đại sứ hoan nghênh báo cáo của Báo cáo viên đặc biệt Felipe González Morales về di cư. Đây là lần trình bày báo "
     "cáo cuối cùng của ông González Morales trước Hội đồng.\n", "vi", "2023-06-22", "person",
     {"person/gonzalez-morales", "person/et-felipe-gonzalez-morales"}, {"person/felipe-gonzalez-morales"}),
    ("Mr González Morales said migrants need protection.\n", "en", "2023-06-22", "person", set(),
     {"person/gonzalez-morales"}),
    # where a body is based is no part of its name
    ("The Bangkok-based Manushya Foundation said the plan lacked measurable indicators.\n", "en", "2019-10-31",
     "organisation", {"org/bangkok-based-manushya-foundation"}, {"org/manushya-foundation"}),
    # a body that endorsed a text adopted it; a candidacy endorsed is no adoption
    ("GENEVA, June 16 – The UN Human Rights Council on Thursday endorsed the Guiding Principles on Business and Human "
     "Rights.\n", "en", "2011-06-17", "event", {"adoption"}, {"adoption 2011-06-16"}),
    ("His candidature had been endorsed by the Asian Group in Geneva.\n", "en", "2010-06-22", "event",
     {"adoption"}, set()),
]


@pytest.mark.parametrize(("text", "language", "date", "kind", "absent", "present"), ROUND_43)
def test_round_43(tmp_path, gazetteer, text, language, date, kind, absent, present):
    """Round 43's readings, and the wrong ones beside them that stay unread."""
    _assert_reads(tmp_path, gazetteer, text, language, date, kind, absent, present)


#: the independent code review of rounds 40 to 42 (245 texts of its own, 942 candidates judged; 38 wrong at >= 0.8 from
#: those rounds): each wrong reading on its text, and the right one beside it
CODE_REVIEW_42 = [
    # a Vietnamese agency's dispatch from Hanoi about another state: that state's minister
    ("HANOI (VNA) – Cambodia's Ministry of Justice said on Tuesday it would submit the country's report. Justice "
     "Minister Koeut Rith said Cambodia and Viet Nam had shared experience.\n", "en", "2024-05-15", "holding",
     {"person/koeut-rith post/minister-justice-vnm"}, {"person/koeut-rith post/minister-justice-khm"}),
    # women's share of a parliament only, observed, not a target, nor an ethnic group's; the sex ratio said at birth
    ("Women account for 33 percent of Communist Party members in Viet Nam.\n", "en", "2024-05-15", "figure",
     {"women-deputies-share=33"}, set()),
    ("Women hold 29 percent of the seats in Viet Nam's provincial People's Councils.\n", "en", "2024-05-15", "figure",
     {"women-deputies-share=29"}, set()),
    ("Việt Nam phấn đấu tỷ lệ nữ đại biểu Quốc hội đạt trên 35% vào năm 2030.\n", "vi", "2024-05-15", "figure",
     {"women-deputies-share=35"}, set()),
    ("Số đại biểu là nữ người dân tộc thiểu số chiếm 5,6% tổng số đại biểu Quốc hội Việt Nam.\n", "vi", "2024-05-15",
     "figure", {"women-deputies-share=5.6"}, set()),
    ("In Bac Ninh province the ratio reached 119 boys per 100 girls, one of the highest in Viet Nam.\n", "en",
     "2024-05-15", "figure", {"sex-ratio-at-birth=119"}, set()),
    ("Tỷ số giới tính khi sinh của Việt Nam năm 2023 là 112,2 bé trai/100 bé gái, theo Tổng cục Thống kê.\n", "vi",
     "2024-05-15", "figure", set(), {"sex-ratio-at-birth=112.2"}),
    ("HANOI – Women hold 24.4 percent of the seats in the National Assembly and the authorities aim to have women make "
     "up 35 percent of the candidates.\n", "en", "2015-07-10", "figure", {"women-deputies-share=35"},
     {"women-deputies-share=24.4"}),
    # 'drew up a plan for a workshop in January', written in December: next January
    ("The Ministry of Labour, Invalids and Social Affairs drew up a plan for a national workshop on child labour in "
     "January.\n", "en", "2024-12-10", "date", {"2024-01"}, {"2025-01"}),
    # a one-letter middle name is a name's (Hmong 'A'), not an initial: no other person the graph knows
    ("Ông Vừ A Dũng, đại biểu Quốc hội tỉnh Lai Châu, cho biết trẻ em cần thêm trường nội trú.\n", "vi", "2024-05-15",
     "person", {"person/vu-dung"}, {"person/vu-a-dung"}),
    ("Mr Pham A Dung, deputy director of the Dien Bien labour department, said 300 workers had left.\n", "en",
     "2024-05-15", "person", {"person/pham-dung"}, {"person/pham-a-dung"}),
    # another state's department of the same name is not Viet Nam's
    ("BANGKOK – Thailand's Gender Equality Department held a workshop with UN Women on Tuesday.\n", "en", "2024-05-15",
     "organisation", {"org/gender-equality-department-molisa-tha"}, set()),
    # a headline that announces, or a dateline and its lead on the first line: no day of the lead's
    ("Viet Nam to host ASEAN workshop on migrant workers\nHANOI (VNA) – The Ministry of Labour, Invalids and Social "
     "Affairs on Tuesday unveiled its plan to bring officials to Hanoi in August.\n", "en", "2024-05-15", "event",
     {"workshop 2024-05-14"}, set()),
    ("HANOI (VNA) – A workshop on the draft Law on Associations was held in Hanoi last week\nOn Tuesday, the Ministry "
     "of Home Affairs sent the draft to the Government.\n", "en", "2024-05-15", "event", {"workshop 2024-05-14"},
     set()),
    # one post, one id: Viet Nam's trade minister is its Minister of Industry and Trade
    ("Vietnamese Trade Minister Nguyen Hong Dien met his Australian counterpart in Canberra on Tuesday.\n", "en",
     "2024-05-15", "holding", {"person/nguyen-hong-dien post/minister-trade-vnm"},
     {"person/nguyen-hong-dien post/minister-industry-trade-vnm"}),
    # 'defended its report' of a ministry is no review; a researcher's report is no Council's; a state's report under
    # the UPR is its dialogue, not a report-presentation
    ("The Ministry of Information and Communications on Tuesday defended its report on press freedom.\n", "en",
     "2024-05-15", "event", {"dialogue 2024-05-14", "dialogue"}, set()),
    ("At the seminar on Tuesday, Dr Nguyen Thi Lan presented her research report on migrant workers.\n", "en",
     "2024-05-15", "event", {"report-presentation 2024-05-14", "report-presentation"}, set()),
    ("Viet Nam presented its report to the Human Rights Council in Geneva on Tuesday, in the fourth cycle of the "
     "Universal Periodic Review.\n", "en", "2024-05-15", "event",
     {"report-presentation 2024-05-14", "report-presentation"}, set()),
    ("Việt Nam sẽ trình báo cáo giữa kỳ về thực hiện các khuyến nghị UPR tại khóa họp thứ 58 của Hội đồng.\n", "vi",
     "2024-05-15", "event", {"report-presentation"}, set()),
    # a session's closing day is the event's on its last day; a meeting that opened and closed the same day
    ("The Human Rights Council adopted 25 resolutions on the last day of its 56th session, which closed on July 12.\n",
     "en", "2024-07-15", "event", set(), {"adoption 2024-07-12"}),
    ("Viet Nam and Australia held their 19th human rights dialogue at a meeting that opened and closed on Tuesday in "
     "Canberra.\n", "en", "2024-05-15", "event", set(), {"dialogue 2024-05-14"}),
    # 'a report on its third review in January 2019': the review's month, not the report's
    ("Viet Nam released a report on its third review in January 2019, and on the recommendations it accepted.\n", "en",
     "2024-05-15", "event", {"publication 2019-01"}, set()),
]


@pytest.mark.parametrize(("text", "language", "date", "kind", "absent", "present"), CODE_REVIEW_42)
def test_the_code_review_of_rounds_40_to_42(tmp_path, gazetteer, text, language, date, kind, absent, present):
    """Each wrong reading the review of rounds 40 to 42 found is gone, and the readings beside it that were right
    stay."""
    _assert_reads(tmp_path, gazetteer, text, language, date, kind, absent, present)


def test_a_share_of_women_is_of_the_state_its_words_name(tmp_path, gazetteer):
    """'… Thailand, where women hold just 16 percent of the seats in parliament' is Thailand's share, not Viet Nam's;
    the newer weak readings (a share, a ratio, "Monday's" day) stay below 0.8 until first scorings calibrate them."""
    found = _facts(tmp_path, gazetteer, "Viet Nam ranks well above its neighbour Thailand, where women hold just 16 "
                   "percent of the seats in parliament.\n", date="2024-05-15", language="en")
    assert [c.record["about"] for c in found if c.key == "women-deputies-share=16"] == ["state/tha"]
    text = ("The ministry will issue guidance following Monday's decision by the Prime Minister. Malaysia finished "
            "last in Monday's election at the General Assembly.\n")
    found = _facts(tmp_path, gazetteer, text, date="2024-05-15", language="en")
    assert "2024-05-20" not in _keys(found, "date")
    assert all(c.confidence < 0.8 for c in found if c.rule == "date.weekday-of-a-noun") and any(
        c.rule == "date.weekday-of-a-noun" for c in found)


def test_a_text_in_decomposed_unicode_reads_as_the_composed_one(tmp_path, gazetteer):
    """Vietnamese saved in decomposed form (NFD) gave no candidate at all (the code review of rounds 40-42)."""
    import unicodedata
    text = "Quốc hội đã bầu bà Nguyễn Thị Kim Ngân làm Chủ tịch Quốc hội.\n"
    composed = _facts(tmp_path, gazetteer, text, date="2016-03-31", language="vi")
    decomposed = _facts(tmp_path, gazetteer, unicodedata.normalize("NFD", text), date="2016-03-31", language="vi")
    assert composed and {c.key for c in decomposed} == {c.key for c in composed}


#: round 45: a person the graph records holding a post, named beside its title; a department's '(Deputy) Director'
#: where the graph knows its (Deputy) Director-General; names of known posts
ROUND_45 = [
    # a bare title the rules could not place, before or after a known holder
    ("GENEVA – The United Nations suspended the Human Rights Council's session. It had opened on February 24 with an "
     "address by Secretary-General António Guterres.\n", "en",
     "2020-03-13", "holding", set(), {"person/antonio-guterres post/un-secretary-general"}),
    ("Đại sứ cho biết sáng kiến UN80 của Tổng Thư ký António Guterres được các nước thành viên Liên hợp quốc ủng hộ.\n",
     "vi", "2025-06-17",
     "holding", set(), {"person/antonio-guterres post/un-secretary-general"}),
    ("GENEVA – The resolution was gavelled through by the Council's president, Nigerian ambassador Martin Ihoeghian "
     "Uhomoibhi, in the last hours of the Human Rights Council's 10th session.\n", "en", "2009-03-27", "holding",
     set(), {"person/martin-ihoeghian-uhomoibhi post/president-un-human-rights-council"}),
    ("The Human Rights Council met in Geneva. The ambassador welcomed the choice of Nazhat Shameem Khan of Fiji as "
     "President of the Council for 2021.\n", "en",
     "2021-03-05", "holding", set(), {"person/nazhat-shameem-khan post/president-un-human-rights-council"}),
    # not another's title between them, nor a title of the holder's before the tenure
    ("ASEAN Secretary-General Le Luong Minh met Ban Ki-moon in New York on Monday.\n", "en", "2015-09-29", "holding",
     {"person/ban-ki-moon post/un-secretary-general"}, set()),
    ("UNHCR Assistant High Commissioner for Protection Volker Türk said boats must be allowed to land.\n", "en",
     "2015-05-29", "holding", {"person/volker-turk post/un-high-commissioner-human-rights"}, set()),
    ("Thailand's ambassador Sihasak Phuangketkeow is the only candidate to preside over the Council.\n", "en",
     "2010-05-14", "holding", {"person/sihasak-phuangketkeow post/president-un-human-rights-council"}, set()),
    ("Secretary-General António Guterres and Mary Robinson, Chair of The Elders and a former UN High Commissioner for "
     "Human Rights, briefed the Security Council. The United Nations turns 75 this year.\n", "en", "2020-01-10",
     "holding",
     {"person/antonio-guterres post/un-high-commissioner-human-rights"},
     {"person/antonio-guterres post/un-secretary-general"}),
    # the press's 'Deputy Director' of the department the graph knows by its Deputy Director-General
    ("HANOI – Tran Minh Khoa, Deputy Director of the foreign ministry's Department of International Organisations, "
     "met Norway's delegation.\n", "en", "2013-02-27", "holding",
     {"person/tran-minh-khoa post/deputy-director-international-organizations-department-mofa-vnm"},
     {"person/tran-minh-khoa post/deputy-director-general-international-organizations-department-mofa-vnm"}),
    # names of known posts, as the press writes them
    ("HÀ NỘI – Bà Pratibha Mehta, Điều phối viên thường trú của Liên hợp quốc tại Việt Nam, phát biểu tại hội thảo.\n",
     "vi", "2013-11-28", "holding", set(), {"person/pratibha-mehta post/un-resident-coordinator-vnm"}),
    ("BANGKOK – Matilda Bogner, OHCHR's Regional Representative for South-East Asia, said the review mattered.\n", "en",
     "2013-11-22", "holding", set(), {"person/matilda-bogner post/ohchr-regional-representative-south-east-asia"}),
    ("HANOI – Ramla Khalidi, Resident Representative of the United Nations Development Programme in Viet Nam, spoke.\n",
     "en", "2025-10-15", "holding", set(), {"person/ramla-khalidi post/undp-resident-representative-vnm"}),
]


@pytest.mark.parametrize(("text", "language", "date", "kind", "absent", "present"), ROUND_45)
def test_round_45(tmp_path, gazetteer, text, language, date, kind, absent, present):
    """Round 45's readings, and the wrong ones beside them that stay unread."""
    _assert_reads(tmp_path, gazetteer, text, language, date, kind, absent, present)


ROUND_46 = [
    # a treaty body's chair by the bare word of the committee the text named
    ("GENEVA – The Committee against Torture reviewed the Philippines this week. Committee chair Jens Modvig said the "
     "Philippines had shown a willingness to engage.\n", "en", "2016-05-13", "holding", set(),
     {"person/jens-modvig post/chair-un-committee-against-torture"}),
    ("GENEVA – The Committee on the Rights of the Child reviewed Viet Nam. In concluding remarks, Jean Zermatten, "
     "Chairperson of the Committee, thanked the delegation.\n", "en", "2012-06-01", "holding", set(),
     {"person/jean-zermatten post/chair-crc-committee"}),
    ("GENEVA – The Committee on the Rights of the Child reviewed Viet Nam's report. The Committee's chair, Mikiko "
     "Otani, thanked the delegation.\n", "en", "2022-05-19", "holding", set(),
     {"person/mikiko-otani post/chair-crc-committee"}),
    ("GENÈVE – Ủy ban về các quyền kinh tế, xã hội và văn hóa đã xem xét báo cáo của Việt Nam. Chủ tịch Ủy ban, ông "
     "Zdzislaw Kedzia, đánh giá cao thiện chí hợp tác.\n", "vi", "2014-11-19", "holding", set(),
     {"person/zdzislaw-kedzia post/chair-cescr-committee"}),
    ("GENÈVE – Ủy ban Quyền trẻ em đã xem xét báo cáo của Việt Nam. Bà Mikiko Otani, Chủ tịch Ủy ban, đánh giá "
     "cao tinh thần hợp tác.\n", "vi", "2022-05-19", "holding", set(),
     {"person/mikiko-otani post/chair-crc-committee"}),
    ("GENEVA – Viet Nam presented its ninth report. The Chair of the Committee on the Elimination of Discrimination "
     "against Women (CEDAW), Ana Peláez Narváez, welcomed the dialogue.\n", "en", "2024-05-22", "holding", set(),
     {"person/ana-pelaez-narvaez post/chair-cedaw-committee"}),
    # not another committee's chair: a national one, written small; nor a vice chair
    ("GENEVA – The UN Human Rights Committee reviewed Viet Nam. A parliamentary committee chair Nguyen Van Giau said "
     "the dialogue was useful.\n", "en", "2019-03-13", "holding",
     {"person/nguyen-van-giau post/chair-un-human-rights-committee"}, set()),
    ("GENEVA – The Committee against Torture reviewed Viet Nam. Claude Heller, Vice-Chair of the Committee, asked "
     "about detention.\n", "en", "2018-11-15", "holding",
     {"person/claude-heller post/chair-un-committee-against-torture"}, set()),
    # a known mandate holder by a bare title, in the tenure's years, the Council named
    ("GENEVA – The Human Rights Council extended for another year the mandate of its special rapporteur on Myanmar, "
     "Argentine lawyer Tomás Ojea Quintana.\n", "en", "2010-03-27", "holding", set(),
     {"person/tomas-ojea-quintana post/un-special-rapporteur-human-rights-myanmar"}),
    ("Tại khóa họp 53 của Hội đồng Nhân quyền, Đại sứ hoan nghênh báo cáo của Báo cáo viên đặc biệt Tlaleng "
     "Mofokeng.\n",
     "vi", "2023-06-23", "holding", set(), {"person/tlaleng-mofokeng post/un-special-rapporteur-right-to-health"}),
    # two mandates of one holder under one title: the one held in the article's year
    ("GENEVA – The Human Rights Council heard its Special Rapporteur, Tomás Ojea Quintana, on Thursday.\n", "en",
     "2018-03-12", "holding", {"person/tomas-ojea-quintana post/un-special-rapporteur-human-rights-myanmar"},
     {"person/tomas-ojea-quintana post/un-special-rapporteur-human-rights-prk"}),
    # 'Sir' is an honorific, not a name's word
    ("GENEVA – The UN Human Rights Committee reviewed Indonesia. Committee chairperson Sir Nigel Rodley described the "
     "dialogue as frank.\n", "en", "2013-07-12", "person", {"person/sir-nigel-rodley"}, {"person/nigel-rodley"}),
]


@pytest.mark.parametrize(("text", "language", "date", "kind", "absent", "present"), ROUND_46)
def test_round_46(tmp_path, gazetteer, text, language, date, kind, absent, present):
    """Round 46's readings, and the wrong ones beside them that stay unread."""
    _assert_reads(tmp_path, gazetteer, text, language, date, kind, absent, present)


ROUND_47 = [
    # the UPR Working Group by its bare name in a text of the UPR that names no other working group
    ("GENEVA – Viet Nam presented its national report under the Universal Periodic Review (UPR) before the Council's "
     "Working Group on Friday. The Working Group's fifth session runs until May 15.\n", "en", "2009-05-08",
     "organisation", set(), {"org/upr-working-group"}),
    ("GENEVA – Viet Nam presented its national report under the Universal Periodic Review (UPR) before the Council's "
     "Working Group on Friday. The Working Group's fifth session runs until May 15.\n", "en", "2009-05-08",
     "session", set(), {"session/upr-wg-5"}),
    ("GENEVA – Viet Nam presented its report under the Universal Periodic Review at the fifth session of the Human "
     "Rights Council's Working Group on Friday.\n", "en", "2009-05-09", "session", set(), {"session/upr-wg-5"}),
    ("GIƠ-NE-VƠ – Việt Nam trình bày báo cáo trước Nhóm công tác về Kiểm điểm định kỳ phổ quát (UPR) của Hội đồng Nhân "
     "quyền tại phiên họp thứ 32 của Nhóm công tác.\n", "vi", "2019-01-23", "session", set(), {"session/upr-wg-32"}),
    ("GENEVA – The Working Group on Arbitrary Detention met. Viet Nam's Universal Periodic Review took place before "
     "the Working Group on Tuesday.\n", "en", "2019-01-22", "organisation", {"org/upr-working-group"}, set()),
    ("HÀ NỘI – Việt Nam chuẩn bị báo cáo UPR. Nhóm công tác soạn thảo báo cáo đã họp.\n", "vi", "2018-08-30",
     "organisation", {"org/upr-working-group"}, set()),
    # a ministry its department's name names
    ("HÀ NỘI – Đoàn Việt Nam do ông Phan Đức Thịnh, Vụ trưởng Vụ Các tổ chức quốc tế, Bộ Ngoại giao, dẫn đầu.\n", "vi",
     "2014-12-05", "organisation", set(), {"org/mofa-vnm", "org/international-organizations-department-mofa-vnm"}),
    ("HÀ NỘI – Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội họp.\n", "vi",
     "2016-04-05", "organisation", {"org/thanh-nien"}, set()),
    # a body's members counted
    ("GENEVA – The Committee on the Rights of the Child reviewed Viet Nam. The Committee, whose 18 members are "
     "independent experts, will publish its findings.\n", "en", "2012-06-01", "figure", set(),
     {"committee-members=18"}),
    ("GENÈVE – Ủy ban chống tra tấn xem xét báo cáo của Việt Nam. 10 chuyên gia của Ủy ban đã đặt câu hỏi.\n", "vi",
     "2018-11-16", "figure", set(), {"committee-members=10"}),
    ("GENEVA – The 27 members of the European Union voted. The delegation of 18 members met.\n", "en", "2019-03-13",
     "figure", {"committee-members=27", "committee-members=18"}, set()),
]


@pytest.mark.parametrize(("text", "language", "date", "kind", "absent", "present"), ROUND_47)
def test_round_47(tmp_path, gazetteer, text, language, date, kind, absent, present):
    """Round 47's readings, and the wrong ones beside them that stay unread."""
    _assert_reads(tmp_path, gazetteer, text, language, date, kind, absent, present)


ROUND_48 = [
    # the UN's agencies in Viet Nam, by the bare 'UN Country Team' in a text of Viet Nam, and in Vietnamese
    ("HANOI – The Special Rapporteur met members of the UN Country Team and officials of Viet Nam's health ministry.\n",
     "en", "2011-12-02", "organisation", set(), {"org/un-country-team-vnm"}),
    ("HÀ NỘI – Các cơ quan Liên hợp quốc tại Việt Nam sẵn sàng hỗ trợ Việt Nam thực hiện khuyến nghị UPR.\n", "vi",
     "2019-05-10", "organisation", set(), {"org/un-country-team-vnm"}),
    ("HANOI – The UN family in Viet Nam welcomed the plan.\n", "en", "2019-05-10", "organisation", set(),
     {"org/un-country-team-vnm"}),
    # not another state's
    ("PHNOM PENH – The UN Country Team in Cambodia said the law was flawed. The UN Country Team urged changes.\n", "en",
     "2015-07-14", "organisation", {"org/un-country-team-vnm"}, {"org/un-country-team-khm"}),
]


@pytest.mark.parametrize(("text", "language", "date", "kind", "absent", "present"), ROUND_48)
def test_round_48(tmp_path, gazetteer, text, language, date, kind, absent, present):
    """Round 48's readings, and the wrong ones beside them that stay unread."""
    _assert_reads(tmp_path, gazetteer, text, language, date, kind, absent, present)


ROUND_49 = [
    # a permanent mission 'in' its city, and its head named after it ('led by', 'do … đứng đầu')
    ("GENEVA – Ambassador Mai Phan Dung, Head of the Permanent Mission of Viet Nam in Geneva, said the Council "
     "met.\n", "en", "2024-05-08", "holding", set(),
     {"person/mai-phan-dung post/permanent-representative-un-geneva-vnm"}),
    ("JAKARTA – The Permanent Mission of Indonesia in Geneva, led by Ambassador Triyono Wibowo, will coordinate the "
     "work.\n", "en", "2014-10-21", "holding", set(),
     {"person/triyono-wibowo post/permanent-representative-un-geneva-idn"}),
    ("HÀ NỘI – Đoàn gồm Bộ Tư pháp và Phái đoàn đại diện thường trực Việt Nam tại Geneva do Đại sứ Nguyễn Trung Thành "
     "đứng đầu.\n", "vi", "2014-11-19", "holding", set(),
     {"person/nguyen-trung-thanh post/permanent-representative-un-geneva-vnm"}),
    # 'the country's' mission: the Vietnamese holder's
    ("HANOI – Viet Nam will reply by June, said Ambassador Nguyen Trung Thanh, head of the country's Permanent Mission "
     "to the United Nations in Geneva.\n", "en", "2014-02-07", "holding", set(),
     {"person/nguyen-trung-thanh post/permanent-representative-un-geneva-vnm"}),
    # the bare head of the delegation, after the text named one mission
    ("GENEVA (TTXVN) – Phái đoàn đại diện thường trực Việt Nam tại Geneva tổ chức chiêu đãi. Đại sứ Mai Phan Dũng, "
     "Trưởng Phái đoàn, nhấn mạnh nhiệm kỳ mới.\n", "vi", "2025-06-19", "holding", set(),
     {"person/mai-phan-dung post/permanent-representative-un-geneva-vnm"}),
    # ... not after two missions
    ("GENEVA (TTXVN) – Phái đoàn đại diện thường trực Việt Nam tại Geneva và Phái đoàn thường trực Việt Nam tại New "
     "York phối hợp. Đại sứ Mai Phan Dũng, Trưởng Phái đoàn, nhấn mạnh nhiệm kỳ mới.\n", "vi", "2025-06-19", "holding",
     {"person/mai-phan-dung post/permanent-representative-un-geneva-vnm",
      "person/mai-phan-dung post/permanent-representative-un-vnm"}, set()),
    # a state's ambassador in a text of the Council's session, or of the Third Committee's (a UN dateline)
    ("GENEVA – The Human Rights Council adopted the text. Myanmar's ambassador, Kyaw Moe Tun, rejected the findings.\n",
     "en", "2018-09-28", "holding", set(), {"person/kyaw-moe-tun post/permanent-representative-un-geneva-mmr"}),
    ("Title\n\nUNITED NATIONS, Nov. 19 – The General Assembly's Third Committee adopted the text after the Human "
     "Rights Council's inquiry. Japan's ambassador, Motohide Yoshikawa, said abductions remained unresolved.\n", "en",
     "2015-11-20", "holding", set(), {"person/motohide-yoshikawa post/permanent-representative-un-jpn"}),
    # ... not an ambassador to a state, nor in a text from a capital
    ("GENEVA – The Human Rights Council met. Japan's ambassador to Viet Nam, Takio Yamada, said it was useful.\n", "en",
     "2019-01-23", "holding", {"person/takio-yamada post/permanent-representative-un-geneva-jpn"}, set()),
    ("HANOI – Viet Nam's UPR report to the Human Rights Council was discussed. Australia's ambassador, Andrew "
     "Goledzinowski, welcomed it.\n", "en", "2023-10-17", "holding",
     {"person/andrew-goledzinowski post/permanent-representative-un-geneva-aus"}, set()),
    # ... nor the head of 'the Permanent Mission in Geneva' of a state the text does not say
    ("GENEVA – Thailand was reviewed. Ambassador Kanika Phommachanh, head of the Permanent Mission in Geneva, spoke.\n",
     "en", "2011-10-05", "holding", {"person/kanika-phommachanh post/permanent-representative-un-geneva-tha"}, set()),
    # the National Assembly's deputies who voted: the votes cast, alone or as a fraction's whole
    ("HÀ NỘI – Quốc hội thông qua Luật Phòng, chống bạo lực gia đình với 465/471 đại biểu tham gia biểu quyết tán "
     "thành.\n", "vi", "2022-11-14", "figure", set(), {"votes-cast=471", "votes-in-favour=465"}),
    ("HÀ NỘI – Kết quả biểu quyết Luật của Quốc hội cho thấy có 459 đại biểu tham gia biểu quyết.\n", "vi",
     "2020-06-08", "figure", {"delegates=459"}, {"votes-cast=459"}),
    # ... not the whole of deputies 'tán thành' alone, which labellers read as the deputies present as often
    ("HÀ NỘI – Quốc hội thông qua Hiến pháp với 486/488 đại biểu tán thành.\n", "vi", "2013-11-28", "figure",
     {"votes-cast=488"}, {"votes-in-favour=486"}),
]


@pytest.mark.parametrize(("text", "language", "date", "kind", "absent", "present"), ROUND_49)
def test_round_49(tmp_path, gazetteer, text, language, date, kind, absent, present):
    """Round 49's readings, and the wrong ones beside them that stay unread."""
    _assert_reads(tmp_path, gazetteer, text, language, date, kind, absent, present)


ROUND_50 = [
    # the region's heads of state, the Party's General Secretary and the UN's envoys, by a bare title beside a holder
    # the graph records
    ("GENEVA – Presenting his report on Myanmar, Quintana said he had met President Thein Sein in Naypyidaw.\n", "en",
     "2012-03-23", "holding", set(), {"person/thein-sein post/president-mmr"}),
    ("HÀ NỘI (TTXVN) – Chiều 25/10, Tổng Bí thư Tô Lâm đã tiếp Tổng Thư ký Liên hợp quốc António Guterres.\n", "vi",
     "2025-10-26", "holding", set(), {"person/to-lam post/general-secretary-communist-party-vnm"}),
    ("NEW YORK – Ambassador Dang Hoang Giang called on UN Deputy Secretary-General Amina J. Mohammed on January 21.\n",
     "en", "2026-01-22", "holding", set(), {"person/amina-j-mohammed post/un-deputy-secretary-general"}),
    ("NEW YORK, Aug 17 – The UN Secretary-General's Special Envoy on Myanmar, Noeleen Heyzer, met the military "
     "leader.\n", "en", "2022-08-17", "holding", set(), {"person/noeleen-heyzer post/un-special-envoy-myanmar"}),
    ("HÀ NỘI – Phát biểu tại lễ, bà Ghada Waly, Giám đốc điều hành Văn phòng Liên hợp quốc về Ma túy và Tội phạm "
     "(UNODC), cho biết.\n", "vi", "2025-10-26", "holding", set(), {"person/ghada-waly post/executive-director-unodc"}),
    ("BANDAR SERI BEGAWAN – The declaration was adopted at the summit chaired by Brunei's Sultan Hassanal Bolkiah.\n",
     "en", "2013-10-09", "holding", set(), {"person/hassanal-bolkiah post/sultan-brn"}),
    # ASEAN's Secretary-General where the text names its Secretariat
    ("JAKARTA – Pillay held talks at the ASEAN Secretariat with Secretary-General Surin Pitsuwan.\n", "en",
     "2012-11-13", "holding", set(), {"person/surin-pitsuwan post/secretary-general-asean"}),
    # ... not a president before his tenure, nor another post's title
    ("HANOI – Party General Secretary Nguyen Phu Trong received the delegation; the President of Viet Nam was "
     "abroad.\n", "en", "2015-06-01", "holding", {"person/nguyen-phu-trong post/president-vnm"},
     {"person/nguyen-phu-trong post/general-secretary-communist-party-vnm"}),
    # a national post whose name says its own state stays that state's ('Quốc vương Brunei' in a text of Myanmar)
    ("JAKARTA – Hội nghị về Myanmar do Quốc vương Brunei Hassanal Bolkiah, Chủ tịch ASEAN 2021, chủ trì. Myanmar cam "
     "kết.\n", "vi", "2021-04-24", "holding", {"person/hassanal-bolkiah post/sultan-mmr"},
     {"person/hassanal-bolkiah post/sultan-brn"}),
    # a UN agency's bare Representative: the one in the state the text is about
    ("HANOI – UNICEF Representative Rana Flowers warned that the pandemic threatened Viet Nam's children.\n", "en",
     "2020-12-10", "holding", set(), {"person/rana-flowers post/unicef-representative-vnm"}),
    ("BANGKOK – Thailand's children need schools, UNICEF Representative Kyungsun Kim said in Thailand.\n", "en",
     "2021-05-10", "holding", {"person/kyungsun-kim post/unicef-representative-vnm"},
     {"person/kyungsun-kim post/unicef-representative-tha"}),
    # ... not its deputy, nor the one whose state the title says
    ("HANOI – Deputy UNICEF Representative Lesley Miller spoke in Viet Nam.\n", "en", "2016-08-19", "holding",
     {"person/lesley-miller post/unicef-representative-vnm"}, set()),
    # a permanent mission's diplomats by rank, the mission after the rank or after the name, or not named again
    ("GENEVA – Responding, Counsellor Pham Thi Kim Anh of the Permanent Mission of Viet Nam in Geneva said the Council "
     "should wait.\n", "en", "2012-06-19", "holding", set(),
     {"person/pham-thi-kim-anh post/counsellor-permanent-mission-un-geneva-vnm"}),
    ("GENEVA – Nguyen Quang Minh, Counsellor at Viet Nam's Permanent Mission to the UN in Geneva, said the Council "
     "agreed.\n", "en", "2011-06-17", "holding", set(),
     {"person/nguyen-quang-minh post/counsellor-permanent-mission-un-geneva-vnm"}),
    ("GENEVA – Phát biểu, ông Nguyễn Văn Thịnh, Tham tán Công sứ Phái đoàn đại diện thường trực Việt Nam tại Geneva, "
     "cho biết.\n", "vi", "2011-10-05", "holding", set(),
     {"person/nguyen-van-thinh post/minister-counsellor-permanent-mission-un-geneva-vnm"}),
    ("NEW YORK – Phái đoàn Thường trực Việt Nam tại Liên hợp quốc tham dự. Bên lề phiên họp, bà Lương Thị Thu Trang, "
     "Tham tán Phái đoàn, cho biết.\n", "vi", "2020-10-07", "holding", set(),
     {"person/luong-thi-thu-trang post/counsellor-permanent-mission-un-vnm"}),
    # ... not a rank with no name, nor one followed by a comma and no mission (it once raised an AttributeError)
    ("GENEVA – The counsellor said the Permanent Mission of Viet Nam in Geneva was ready. A Counsellor, Le Van An, "
     "spoke.\n", "en", "2012-06-19", "holding",
     {"person/le-van-an post/counsellor-permanent-mission-un-geneva-vnm"}, set()),
]


@pytest.mark.parametrize(("text", "language", "date", "kind", "absent", "present"), ROUND_50)
def test_round_50(tmp_path, gazetteer, text, language, date, kind, absent, present):
    """Round 50's readings, and the wrong ones beside them that stay unread."""
    _assert_reads(tmp_path, gazetteer, text, language, date, kind, absent, present)


ROUND_51 = [
    # bodies the written sets name often that the graph lacked, by their names and acronyms in both languages
    ("HÀ NỘI – Bộ Nông nghiệp và Phát triển nông thôn phối hợp với Tổ chức Lương thực và Nông nghiệp Liên hợp quốc "
     "(FAO) tổ chức hội thảo.\n", "vi", "2012-04-05", "organisation", set(), {"org/mard-vnm", "org/fao"}),
    ("HANOI – The UN's Central Emergency Response Fund (CERF) allocated US$4 million, and the World Food Programme "
     "sent rice.\n", "en", "2020-10-23", "organisation", set(), {"org/cerf", "org/wfp"}),
    ("HANOI – The Vietnam Chamber of Commerce and Industry (VCCI) and the UN Working Group on Business and Human "
     "Rights met.\n", "en", "2017-11-23", "organisation", set(),
     {"org/vcci", "org/un-working-group-business-human-rights"}),
    ("MANILA – The ASEAN Committee on Migrant Workers (ACMW) met the AHA Centre's staff.\n", "en", "2017-11-14",
     "organisation", set(), {"org/acmw", "org/aha-centre"}),
    ("HÀ NỘI – Học viện Ngoại giao và Hội Nhà báo Việt Nam tổ chức hội thảo.\n", "vi", "2022-10-13", "organisation",
     set(), {"org/diplomatic-academy-vnm", "org/vietnam-journalists-association"}),
    # ... not the Ministry of Agriculture of another state
    ("JAKARTA – Indonesia's Ministry of Agriculture said the harvest was good.\n", "en", "2018-04-18", "organisation",
     {"org/mard-vnm"}, set()),
]


@pytest.mark.parametrize(("text", "language", "date", "kind", "absent", "present"), ROUND_51)
def test_round_51(tmp_path, gazetteer, text, language, date, kind, absent, present):
    """Round 51's readings, and the wrong ones beside them that stay unread."""
    _assert_reads(tmp_path, gazetteer, text, language, date, kind, absent, present)


ROUND_52 = [
    # bodies the development sets named that the graph lacked
    ("HANOI – The International Federation of Red Cross and Red Crescent Societies (IFRC) and the Viet Nam Red Cross "
     "Society appealed for aid; OCHA said 1.5 million people were affected.\n", "en", "2020-10-23", "organisation",
     set(), {"org/ifrc", "org/vietnam-red-cross", "org/ocha"}),
    ("HÀ NỘI – Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh và Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam phối "
     "hợp tổ chức diễn đàn.\n", "vi", "2021-08-12", "organisation", set(),
     {"org/ho-chi-minh-communist-youth-union", "org/vusta"}),
    # a member of the International Law Commission the graph records, by the bare word beside his name
    ("NEW YORK – The General Assembly re-elected Nguyen Hong Thao as a member of the International Law Commission.\n",
     "en", "2021-11-13", "holding", set(), {"person/nguyen-hong-thao post/member-international-law-commission"}),
    # ... not before his tenure
    ("HANOI – Nguyen Hong Thao said he would stand for election as a member of the International Law Commission.\n",
     "en", "2014-05-01", "holding", {"person/nguyen-hong-thao post/member-international-law-commission"}, set()),
]


@pytest.mark.parametrize(("text", "language", "date", "kind", "absent", "present"), ROUND_52)
def test_round_52(tmp_path, gazetteer, text, language, date, kind, absent, present):
    """Round 52's readings, and the wrong ones beside them that stay unread."""
    _assert_reads(tmp_path, gazetteer, text, language, date, kind, absent, present)
