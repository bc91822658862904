"""Shared fixtures: the seed graph built once into a real on-disk Oxigraph store."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from rightsgraph.build import build
from rightsgraph.queryfile import load_query_file
from rightsgraph.resources import data_dir, queries_dir
from rightsgraph.store import GraphStore

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
REAL = Path(__file__).resolve().parents[2] / "shared" / "realdata"
UPR_INFO = REAL / "uprinfo-terman" / "uprinfo-v2" / "1-5.csv"
SLOVENIA = sorted((REAL / "slovenia-upr").glob("*Thematic_List*.md"))


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "rg"
    build(path)
    return path


@pytest.fixture(scope="session")
def seed(store_path) -> GraphStore:
    return GraphStore.open(store_path)


@pytest.fixture(scope="session")
def upr(tmp_path_factory) -> GraphStore:
    """The seed graph plus real recommendation data: UPR Info sessions 1-5 and Slovenia's thematic lists."""
    from rightsgraph.ingest import ingest

    if not REAL.is_dir():
        pytest.skip("../shared/realdata is not beside the repository")
    path = tmp_path_factory.mktemp("upr") / "rg"
    build(path)
    ingest("upr-info", [UPR_INFO], path)
    ingest("ohchr-list", SLOVENIA, path)
    return GraphStore.open(path)


@pytest.fixture(scope="session")
def slovenia_store(tmp_path_factory) -> Path:
    """The seed graph plus Slovenia's two thematic lists of recommendations (cycles II and IV)."""
    from rightsgraph.ingest import ingest

    if not SLOVENIA:
        pytest.skip("../shared/realdata is not beside the repository")
    path = tmp_path_factory.mktemp("slovenia") / "rg"
    build(path)
    ingest("ohchr-list", SLOVENIA, path)
    return path


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of the bundled curated data."""
    target = tmp_path / "data"
    shutil.copytree(data_dir(), target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return target


def run_query(store: GraphStore, name: str, **params: str) -> list[dict[str, str]]:
    """Run a library query with parameters; rows as {variable: value string}."""
    query = load_query_file(queries_dir() / f"{name}.rq")
    result = store.query(query.text, query.bindings(params, store.meta.get("base")))
    names = [str(v) for v in result.vars]
    return [{n: (None if v is None else str(v)) for n, v in zip(names, row, strict=True)} for row in result]


ID = "https://w3id.org/rightsgraph/id/"


UPR_INFO_COLUMNS = ["To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action",
                    "Issue", "Session"]


def upr_info_file(path: Path, rows: list[tuple[str, str, str, int]]) -> Path:
    """A UPR Info export: (state under review, text, recommending state, session) per row."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(UPR_INFO_COLUMNS)
        for to, text, by, session in rows:
            writer.writerow([to, "Asia", "ASEAN", text, by, "WEOG", "EU", "Accepted", "5", "Justice", session])
    return path


