"""Shared fixtures: the seed graph built once into a real on-disk Oxigraph store."""

from __future__ import annotations

import csv
import io
import re
import shutil
import zipfile
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from rightsgraph.build import build
from rightsgraph.cli import main
from rightsgraph.library import find
from rightsgraph.library.queryfile import load_query_file
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


def real_store(tmp_path_factory, name: str, *loads: tuple) -> Path:
    """A store of the bundled data with real files ingested in order, each load ``(format, files[, options])``;
    the test is skipped when ../shared is not beside the repository."""
    from rightsgraph.upr.ingest import ingest

    if not REAL.is_dir():
        pytest.skip("../shared/realdata is not beside the repository")
    path = tmp_path_factory.mktemp(name) / "rg"
    build(path)
    for fmt, files, *options in loads:
        ingest(fmt, files, path, **(options[0] if options else {}))
    return path


@pytest.fixture(scope="session")
def upr(tmp_path_factory) -> GraphStore:
    """The seed graph plus real recommendation data: UPR Info sessions 1-5 and Slovenia's thematic lists."""
    return GraphStore.open(real_store(tmp_path_factory, "upr", ("upr-info", [UPR_INFO]), ("ohchr-list", SLOVENIA)))


@pytest.fixture(scope="session")
def slovenia_store(tmp_path_factory) -> Path:
    """The seed graph plus Slovenia's two thematic lists of recommendations (cycles II and IV)."""
    return real_store(tmp_path_factory, "slovenia", ("ohchr-list", SLOVENIA))


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of the bundled curated data."""
    target = tmp_path / "data"
    shutil.copytree(data_dir(), target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return target


NUMERIC = {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.int, XSD.long}


def term(value):
    """A term compared by value: plain literals are xsd:string (RDF 1.1), numbers compare as numbers."""
    if value is None:
        return ("unbound",)
    if isinstance(value, URIRef):
        return ("iri", str(value))
    if isinstance(value, Literal):
        if value.language:
            return ("lang", str(value), value.language.lower())
        if value.datatype in NUMERIC:
            try:
                return ("number", Decimal(str(value)).normalize())
            except InvalidOperation:
                pass
        return ("literal", str(value), str(value.datatype or XSD.string))
    return ("other", str(value))


def concatenated(text: str) -> dict[str, str]:
    """Columns made by GROUP_CONCAT, with their separators: SPARQL leaves the order of the parts open."""
    return {name: sep for sep, name in re.findall(r'GROUP_CONCAT\(.*?separator="([^"]*)"\)[^()]*?AS \?(\w+)', text)}


def rows(result, text: str = "") -> list[tuple]:
    """A result's rows (a graph's statements) as terms compared by value, sorted; GROUP_CONCAT columns as parts."""
    if result.vars is None:  # CONSTRUCT: the statements, compared term by term (no blank nodes in the library)
        return sorted((term(s), term(p), term(o)) for s, p, o in result.graph)
    joined = concatenated(text)
    names = [str(v) for v in result.vars]
    out = []
    for row in result:
        cells = []
        for name, value in zip(names, row, strict=True):
            if name in joined and value is not None:
                cells.append(("parts", tuple(sorted(str(value).split(joined[name])))))
            else:
                cells.append(term(value))
        out.append(tuple(cells))
    return sorted(out)


def query_both(store: GraphStore, endpoint: str, name: str, values: dict[str, str], *options: str):
    """The library query ``name`` with parameters ``values`` on ``store``, and through `rightsgraph query --endpoint`
    (its JSON results or Turtle graph read back): the two results."""
    from rdflib import Graph
    from rdflib.query import Result

    query = find(name)
    local = store.query(query.text, query.bindings(values, store.meta.base))
    args = ["query", name, "--endpoint", endpoint, "--format", "json", *options]
    args += [arg for key, value in values.items() for arg in ("--param", f"{key}={value}")]
    answer = CliRunner().invoke(main, args)
    assert answer.exit_code == 0, f"{name} {values}: {answer.output}"
    if local.type in ("CONSTRUCT", "DESCRIBE"):
        remote = Result(local.type)
        remote.graph = Graph().parse(data=answer.stdout, format="turtle")
    else:
        remote = Result.parse(io.StringIO(answer.stdout), format="json")
    return local, remote


def run_query(store: GraphStore, name: str, **params: str) -> list[dict[str, str]]:
    """Run a library query with parameters; rows as {variable: value string}."""
    query = load_query_file(queries_dir() / f"{name}.rq")
    result = store.query(query.text, query.bindings(params, store.meta.base))
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


_DOCX_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def write_matrix(path: Path, header: str, rows: list[tuple[list[str], str, list[str]]]) -> Path:
    """An OHCHR matrix in Word's layout: the running header, then a table whose rows are
    (recommendation cell lines, position, themes cell lines); a heading row comes first."""
    from xml.sax.saxutils import escape

    def cell(lines: list[str]) -> str:
        return "<w:tc>" + "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(line)}</w:t></w:r></w:p>"
                                  for line in lines) + "</w:tc>"

    table = "".join("<w:tr>" + cell(rec) + cell([position]) + cell(themes) + cell([""]) + "</w:tr>"
                    for rec, position, themes in [(["Recommendation"], "Position", ["Full list of themes"]), *rows])
    document = (f'<w:document xmlns:w="{_DOCX_W}"><w:body><w:tbl>{table}</w:tbl></w:body></w:document>')
    head = f'<w:hdr xmlns:w="{_DOCX_W}"><w:p><w:r><w:t>{escape(header)}</w:t></w:r></w:p></w:hdr>'
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", document)
        archive.writestr("word/header1.xml", head)
    return path
