"""Article extraction speed, beside a regular-expression gazetteer measured in the same run.

    .venv/bin/python bench/bench_extract.py [--repeat 3] [--megabytes 10]

Prints, each the median of the repeats:
- per seed article: the whole extraction (every rule) in milliseconds;
- name matching on a long text (the seed articles repeated to --megabytes): rightsgraph's gazetteer
  (folded tokens, longest match by first word) beside the usual baseline, one regular expression
  alternating every known name (longest first) over the same folded text; both count their matches;
- the whole extraction on that long text, with the rate in MB/s (the bound for a 10 MB input);
- `rightsgraph ingest-articles` of the five seed articles into a freshly built store, end to end;
- adversarial text (a run of capitals, one endless line of titles, of figures, of acronyms...) at 1 and 2 MB
  (the size limit): the whole extraction beside the baseline on the same text, and how the time grows
  when the text doubles (2.0 is linear; the run of capitals was quadratic, 4.5 s at 20 kB).
"""

from __future__ import annotations

import argparse
import platform
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_build import timed  # the scripts run from bench/: one timing helper for all

from rightsgraph.build import memory
from rightsgraph.extract.article import Article, read_article
from rightsgraph.extract.gazetteer import TOKEN, from_store
from rightsgraph.extract.rules import extract
from rightsgraph.namespaces import base_iri
from rightsgraph.text import fold_same_length

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def regex_gazetteer(gazetteer) -> re.Pattern:
    """The baseline: every known name, folded, in one alternation (longest first), on word boundaries."""
    names = {" ".join(key) for key in gazetteer._names}
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\W+") for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--megabytes", type=float, default=10)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
          f"median of {args.repeat}")
    gazetteer = from_store(memory(), base_iri())
    print(f"gazetteer: {len(gazetteer)} resources, {len(gazetteer._names)} names and variants")
    texts = sorted(SEEDS.glob("*.txt"))
    for path in texts:
        article = read_article(path, date="2024")
        t, found = timed(lambda a=article: extract(a, gazetteer, "bench"), args.repeat)
        print(f"{path.name:<28}{len(article.text):>7} chars {t * 1000:>8.1f} ms  {len(found):>3} candidates")

    seed_text = "\n".join(p.read_text(encoding="utf-8") for p in texts)
    size = int(args.megabytes * 1e6)
    long_text = (seed_text + "\n") * (size // len(seed_text.encode("utf-8")) + 1)
    megabytes = len(long_text.encode("utf-8")) / 1e6
    pattern = regex_gazetteer(gazetteer)
    t_ours, ours = timed(lambda: gazetteer.find(long_text), args.repeat)
    t_base, base = timed(lambda: sum(1 for _ in pattern.finditer(fold_same_length(long_text))), args.repeat)
    tokens = sum(1 for _ in TOKEN.finditer(long_text))
    print(f"\nname matching on {megabytes:.1f} MB ({tokens} words)   rightsgraph      regex alternation")
    print(f"{'time':<44}{t_ours:>8.2f} s {t_base:>15.2f} s")
    print(f"{'matches':<44}{len(ours):>10} {base:>17}")
    article = Article(long_text, "en", "2024")
    t_all, found = timed(lambda: extract(article, gazetteer, "bench"), 1)
    print(f"whole extraction on {megabytes:.1f} MB: {t_all:.1f} s ({megabytes / t_all:.2f} MB/s), "
          f"{len(found)} candidates")

    with tempfile.TemporaryDirectory() as tmp:
        exe = Path(sys.executable).with_name("rightsgraph")
        store = str(Path(tmp) / "store")
        subprocess.run([exe, "build", "--store", store], check=True, capture_output=True)
        t_ingest, _ = timed(lambda: subprocess.run([exe, "ingest-articles", "--store", store, *map(str, texts)],
                                                   check=True, capture_output=True), 1)
        print(f"`rightsgraph ingest-articles` of the {len(texts)} seed articles (a process, store copy included): "
              f"{t_ingest:.2f} s")
    adversarial(gazetteer, args.repeat)


ADVERSARIAL = {
    "run of capitals": "A",
    "endless line of titles": "Deputy Foreign Minister Nguyen Van An said ",
    "endless line of figures": "291 recommendations from 122 countries, ",
    "acronyms in brackets": "United Nations Development Programme (UNDP) and ",
    "Vietnamese titles": "Thứ trưởng Ngoại giao Đỗ Hùng Việt cho biết ",
    "brackets only": "(((((",
    # each a rule that once looked through the whole text or every earlier span per match (quadratic)
    "missions and member counts": "The Human Rights Council, the 47 member council, a 2020-2022 term, Permanent "
                                  "Representative Nam Le to the UN Office. ",
    # events, dates and terms in one sentence with no full stop: each event once read its whole "sentence"
    "one endless sentence": "the meeting with Viet Nam on 12 May 2020 and the workshop in 2019 was adopted "
                            "yesterday and elected for the third time to the Human Rights Council and ",
    # honorifics and organisations' names on one line: each once searched back to the line's start (quadratic)
    "honorifics and NGO names": "Mr Nguyen Van An and Amnesty International Federation and the ",
    # sessions whose body is named after them: each once read every mention to the sentence's end (x4 a doubling)
    "sessions before their body": "kỳ họp thứ 5 tại Hà Nội, the 125th session in Hanoi, ",
    # lines that start with 'By' but are no bylines: each once copied the rest of the text (5.3 s at 2 MB, x7)
    "'By' lines that are no bylines": "By Lunar Year, Viet Nam went\n",
    # rounds 16-18's rules: speakers, credits joined by slashes, governments and acronyms in brackets, heads of
    # delegations, a state's own titles
    "speakers, credits, heads": "Johannes Matyassy said, Rep: Indah Wulandari/Satya Festiani/ the Government of "
                                "Indonesia (UNHCR), Ambassador Nguyen Van An, head of the Vietnamese delegation to "
                                "the WTO, Indonesian President of the ",
    # rounds 22-24 (the fourth review: lengths read a whole endless sentence, x4 a doubling)
    "terms, delegations, mandates": "Viet Nam served three year terms, sent a 22-member delegation to the AIPA "
                                    "General Assembly, met the Special Rapporteur on Myanmar, Trưởng Phái đoàn Việt "
                                    "Nam tại Liên hợp quốc, Permanent Representative of Viet Nam ",
    # round 27 (the eighth review: each post mention scanned every built title, x3 a doubling)
    "Vietnamese mission heads": "Đại sứ Đặc mệnh toàn quyền, Trưởng Phái đoàn thường trực Việt Nam tại Liên Hiệp "
                                "Quốc ",
    # rounds 14-15 (their code review: each ordinal, bloc and capital-offence reading read its whole "sentence")
    "ordinals, blocs, offences": "the 2nd human rights dialogue, ASEAN and the ten-member bloc, Viet Nam cut capital "
                                 "offences from 22 to 18, 300 people were killed and ",
    # rounds 17-18 (their code review: spokespersons, departments, envoys and 'its' heads looked back over the whole
    # "sentence")
    "spokespersons, departments, envoys": "the Foreign Ministry and a spokesman said at the ministry's regular press "
                                          "briefing, Director of the ministry's Legal Department at the Ministry of "
                                          "Justice, Myanmar and its permanent representative in Geneva U Htin Lynn, "
                                          "the MNHRC and UNDP; its chairman, U Win Mra, ",
    # rounds 49-52 (missions' heads and staff, envoys placed by a session, agencies' bare representatives: each reads
    # the text's missions; a look through all of them per title would be quadratic)
    "missions' staff, envoys, agencies": "Counsellor Le Van An of the Permanent Mission of Viet Nam in Geneva, "
                                         "Myanmar's ambassador, Kyaw Moe Tun, at the Human Rights Council, UNICEF "
                                         "Representative Rana Flowers, the Permanent Mission of Indonesia in Geneva, "
                                         "led by Ambassador Triyono Wibowo, ",
    "Vietnamese missions' heads and staff": "Phái đoàn đại diện thường trực Việt Nam tại Geneva do Đại sứ Nguyễn Văn "
                                            "An đứng đầu, bà Lê Thị Hà, Tham tán Phái đoàn, Đại sứ Mai Phan Dũng, "
                                            "Trưởng Phái đoàn, ",
}


def adversarial(gazetteer, repeat: int) -> None:
    """Extraction on hostile text at 1 and 2 MB beside the regex-alternation baseline on the same text."""
    pattern = regex_gazetteer(gazetteer)
    print(f"\n{'adversarial text':<26}{'1 MB':>9}{'2 MB':>9}{'x':>6}   baseline 1 MB, 2 MB")
    for name, unit in ADVERSARIAL.items():
        times, base = [], []
        for megabytes in (1, 2):
            text = "Title\n" + unit * (megabytes * 1_000_000 // len(unit.encode("utf-8"))) + "\n"
            article = Article(text, "vi" if "Vietnamese" in name else "en", "2024-05-01")
            times.append(timed(lambda a=article: extract(a, gazetteer, "bench"), repeat)[0])
            base.append(timed(lambda t=text: sum(1 for _ in pattern.finditer(fold_same_length(t))), repeat)[0])
        print(f"{name:<26}{times[0]:>8.2f}s{times[1]:>8.2f}s{times[1] / times[0]:>6.1f}   "
              f"{base[0]:.2f} s, {base[1]:.2f} s")


if __name__ == "__main__":
    main()
