"""The rules' word lists (``lexicon.yaml``, shipped with the package)."""

from __future__ import annotations

from importlib import resources

import yaml

LEXICON: dict = yaml.safe_load(resources.files(__package__).joinpath("lexicon.yaml").read_text(encoding="utf-8"))
