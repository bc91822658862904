"""The rules' word lists (``lexicon.yaml``) and their calibrated confidences (``calibration.yaml``), shipped
with the package."""

from __future__ import annotations

from importlib import resources

import yaml

LEXICON: dict = yaml.safe_load(resources.files(__package__).joinpath("lexicon.yaml").read_text(encoding="utf-8"))


def _calibration(name: str) -> dict[str, dict]:
    """The rules of a calibration file shipped with the package (none where it is absent)."""
    path = resources.files(__package__).joinpath(name)
    if not path.is_file():
        return {}
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return doc.get("rules") or {}


_RULES = _calibration("calibration.yaml")
#: rule name → calibrated confidence (written by ``rightsgraph eval-extract --calibrate``)
MAIN_CALIBRATION: dict[str, float] = {rule: float(row["confidence"]) for rule, row in _RULES.items()}


#: the rules calibration.yaml does not know (added since it was computed, and it cannot be computed again without the
#: held-out real texts): their confidence from the written sets' first scorings (calibration-written.yaml, written by
#: bench/written_first_scorings.py)
WRITTEN_CALIBRATION: dict[str, float] = {rule: float(row["confidence"])
                                         for rule, row in _calibration("calibration-written.yaml").items()
                                         if rule not in MAIN_CALIBRATION}
#: rule name → the confidence extraction gives its candidates: calibration.yaml's, else the written sets'
CALIBRATION: dict[str, float] = {**WRITTEN_CALIBRATION, **MAIN_CALIBRATION}
#: rule name → (its candidates, how many correct) in the held-out record: how it did on text it was not tuned on
HELD_OUT: dict[str, tuple[int, int]] = {rule: (row["held_out_candidates"], row["held_out_correct"])
                                        for rule, row in _RULES.items() if row.get("held_out_candidates")}
