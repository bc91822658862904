"""A past commit's rightsgraph, unpacked to run beside the working tree's (bench/first_scorings.py,
bench/review_sentences.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: the sub-packages pyproject.toml maps from top-level directories ([tool.setuptools.package-dir])
_SUBPACKAGES = ("data", "ontology", "queries", "viz")


def unpack(commit: str, into: Path) -> Path:
    """``git archive`` ``commit`` into ``into`` and return the directory to put on PYTHONPATH: its ``rightsgraph``
    is the commit's graph/ with the commit's own data/, ontology/, queries/ and viz/ as sub-packages. A bare link to
    graph/ left those to the working tree's editable install: old code ran on today's reference data."""
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    package = into / "pkg" / "rightsgraph"
    package.mkdir(parents=True)
    for entry in (into / "graph").iterdir():
        (package / entry.name).symlink_to(entry)
    for name in _SUBPACKAGES:
        if (into / name).is_dir() and not (package / name).exists():
            (package / name).symlink_to(into / name)
    return into / "pkg"
