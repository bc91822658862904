"""The rules' word lists (``lexicon.yaml``) and their calibrated confidences (``calibration.yaml``), shipped
with the package."""

from __future__ import annotations

from importlib import resources

import yaml

LEXICON: dict = yaml.safe_load(resources.files(__package__).joinpath("lexicon.yaml").read_text(encoding="utf-8"))


def _calibration() -> dict[str, float]:
    path = resources.files(__package__).joinpath("calibration.yaml")
    if not path.is_file():
        return {}
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {rule: float(row["confidence"]) for rule, row in (doc.get("rules") or {}).items()}


#: rule name → calibrated confidence (written by ``rightsgraph eval-extract --calibrate``)
CALIBRATION: dict[str, float] = _calibration()
