"""Generate synthetic UPR recommendations at full real scale, in UPR Info's CSV export layout.

    .venv/bin/python bench/generate_upr.py OUT.csv [--per-review 130] [--seed 1]

193 states, each reviewed once in each of four cycles (sessions 1-12, 13-26, 27-40, 41-54), about
130 recommendations per review: about 100,000 rows, 1.3 million statements once ingested.  The text,
recommending states, responses, actions, issues and organisations are drawn with a fixed seed, so the
same command writes the same file.
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

from rightsgraph.curation.states import read_states
from rightsgraph.resources import data_dir
from rightsgraph.upr.importers.upr_info import ISSUES, ORGS

VERBS = ["Ratify", "Consider ratifying", "Continue efforts to", "Strengthen", "Ensure", "Adopt", "Take measures to",
         "Establish", "Review", "Abolish", "Guarantee", "Promote", "Intensify efforts to", "Implement"]
OBJECTS = ["the Optional Protocol to the Convention against Torture", "the rights of women and girls",
           "freedom of expression online and offline", "access to quality education in rural areas",
           "an independent national human rights institution", "the death penalty", "the rights of the child",
           "measures against trafficking in persons", "the protection of human rights defenders",
           "universal access to health care", "the rights of persons with disabilities",
           "the independence of the judiciary", "freedom of religion or belief", "labour rights of migrants"]
TAILS = ["in line with international standards", "with the support of the international community",
         "in consultation with civil society", "as recommended in the previous cycle", "by {year}",
         "through a national action plan", "and allocate adequate resources", ""]


def cycles() -> list[range]:
    return [range(1, 13), range(13, 27), range(27, 41), range(41, 55)]


def generate(out: Path, per_review: int = 130, seed: int = 1) -> int:
    rng = random.Random(seed)
    states = [s for s, _ in read_states(data_dir() / "states.csv") if s.regional_group]
    groups = {"african": "Africa", "asia-pacific": "Asia", "eeg": "EEG", "grulac": "GRULAC", "weog": "WEOG"}
    orgs = {s.iso3: ", ".join(sorted(rng.sample(sorted(o.upper() for o in ORGS), rng.randint(0, 3))))
            for s in states}
    issues = sorted(ISSUES)
    rows = 0
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action",
                         "Issue", "Session"])
        for sessions in cycles():
            for i, state in enumerate(states):
                session = sessions[i * len(sessions) // len(states)]
                for k in range(rng.randint(per_review - 40, per_review + 40)):
                    source = rng.choice([s for s in states[:50]] + states)  # some states recommend more
                    tail = rng.choice(TAILS).format(year=2010 + session // 4)
                    text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {tail}".strip() + f" ({k})."
                    writer.writerow([
                        state.name, groups[state.regional_group], orgs[state.iso3], text, source.name,
                        groups[source.regional_group], orgs[source.iso3],
                        "Accepted" if rng.random() < 0.73 else "Noted", rng.choice("12345"),
                        ",".join(rng.sample(issues, rng.randint(1, 3))).replace("-", " "), session])
                    rows += 1
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--per-review", type=int, default=130)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"{generate(args.out, args.per_review, args.seed)} rows -> {args.out}")


if __name__ == "__main__":
    main()
