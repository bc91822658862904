"""Paths to the data files shipped inside the package (ontology, queries, curated data)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _package_dir(package: str) -> Path:
    return Path(str(resources.files(package)))


def ontology_dir() -> Path:
    return _package_dir("rightsgraph.ontology")


def queries_dir() -> Path:
    return _package_dir("rightsgraph.queries")


def data_dir() -> Path:
    """The curated knowledge base bundled with rightsgraph."""
    return _package_dir("rightsgraph.data")


def ontology_files() -> list[Path]:
    """The ontology and concept schemes, loaded into every build (SHACL shapes are kept apart)."""
    return [ontology_dir() / "rightsgraph.ttl", ontology_dir() / "concepts.ttl"]


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def curated_files(directory: Path | None = None) -> list[Path]:
    """Every curated YAML file and the states table under a directory (default: the bundled data)."""
    root = directory or data_dir()
    return sorted(p for p in [*root.rglob("*.yaml"), *root.rglob("states.csv")] if p.is_file())
