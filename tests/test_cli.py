"""The command line, through click's CliRunner and as a real subprocess."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
import yaml
from click.testing import CliRunner
from rdflib import Graph

from conftest import ID
from rightsgraph import __version__
from rightsgraph.cli import main
from rightsgraph.resources import queries_dir


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_version_and_help_on_every_command():
    assert invoke("--version").output.strip() == f"rightsgraph, version {__version__}"
    for command in main.commands:
        result = invoke(command, "--help")
        assert result.exit_code == 0 and "Usage: main " + command in result.output.replace("rightsgraph", "main")


def test_build_stats_validate(tmp_path, data_copy):
    store = str(tmp_path / "rg")
    result = invoke("build", "--store", store, "--data", str(data_copy))
    assert result.exit_code == 0, result.output
    stats = json.loads(invoke("stats", "--store", store, "--format", "json").output)
    persons = sum(1 for r in yaml.safe_load((data_copy / "reference.yaml").read_text(encoding="utf-8"))["records"]
                  if r.get("type") == "Person")
    assert stats["classes"]["https://w3id.org/rightsgraph/ontology#Person"] == persons > 0
    assert stats["graphs"][ID + "source/vietnamnet-2024-upr-dialogue"] > 50
    assert stats["statements"] > stats["triples"] > 2000  # shared facts are stated by several sources
    result = invoke("validate", "--store", store)
    assert result.exit_code == 0
    assert "0 violation(s)" in result.output and "rg:termLabel" in result.output


def test_validate_exits_1_on_violations(tmp_path, data_copy):
    path = data_copy / "sources" / "vietnamnet-2024-upr-dialogue.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "  - {type: Person, id: person/nameless}\n", encoding="utf-8")
    store = str(tmp_path / "rg")
    assert invoke("build", "--store", store, "--data", str(data_copy)).exit_code == 0
    result = invoke("validate", "--store", store)
    assert result.exit_code == 1
    assert "Violation: id:person/nameless rdfs:label" in result.output


def test_build_error_names_file_line_and_exits_nonzero(tmp_path, data_copy):
    path = data_copy / "sources" / "vietnamnet-2024-upr-dialogue.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("number: 46", "number: forty-six"), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--store", str(tmp_path / "rg"), "--data", str(data_copy)])
    assert result.exit_code == 1
    assert "vietnamnet-2024-upr-dialogue.yaml:" in result.output and "'forty-six'" in result.output
    assert not (tmp_path / "rg" / "CURRENT").exists()


def test_sparql_formats(store_path):
    q = "SELECT ?name WHERE { ?p a rg:Person ; rdfs:label ?name FILTER(LANG(?name) = 'vi') } ORDER BY ?name"
    table = invoke("sparql", q, "--store", str(store_path)).output
    assert "Hà Kim Ngọc @vi" in table and table.rstrip().endswith("rows)")
    data = json.loads(invoke("sparql", q, "--store", str(store_path), "--format", "json").output)
    names = [b["name"]["value"] for b in data["results"]["bindings"]]
    assert "Đỗ Hùng Việt" in names and data["head"]["vars"] == ["name"]
    assert data["results"]["bindings"][0]["name"]["xml:lang"] == "vi"
    rows = list(csv.reader(io.StringIO(invoke("sparql", q, "--store", str(store_path), "--format", "csv").output)))
    assert rows[0] == ["name"] and [r[0] for r in rows[1:]] == names
    tsv = invoke("sparql", q, "--store", str(store_path), "--format", "tsv").output.splitlines()
    assert tsv[0] == "?name" and '"Đỗ Hùng Việt"@vi' in tsv
    ask = invoke("sparql", "ASK { ?s a rg:Candidacy }", "--store", str(store_path), "--format", "json").output
    assert json.loads(ask) == {"head": {}, "boolean": True}


def test_construct_prints_turtle(store_path):
    out = invoke("sparql", "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a rg:Person ; rdfs:label ?n }",
                 "--store", str(store_path)).output
    graph = Graph().parse(data=out, format="turtle")
    assert len(graph) == len(set(graph)) >= 8


def test_query_file_and_stdin(store_path):
    out = invoke("sparql", str(queries_dir() / "person-posts.rq"), "--store", str(store_path), "--format", "csv")
    assert "Assistant Minister of Foreign Affairs of Viet Nam" in out.output
    out = invoke("sparql", "-", "--store", str(store_path), input="ASK { ?s a rg:Person }")
    assert out.output.strip() == "true"


def test_hostile_parameter_is_data_not_code(store_path):
    q = str(queries_dir() / "person-posts.rq")
    for hostile in ['"} ; DROP ALL ; #', "> } UNION { ?s ?p ?o", "x> . ?a ?b ?c . <y"]:
        result = CliRunner().invoke(main, ["sparql", q, "--store", str(store_path), "--param", f"person={hostile}"])
        assert result.exit_code == 2 and "parameter person must be a iri" in result.output
    # string parameters carrying the same text are matched as literals: see test_queryfile.py


def test_unknown_or_missing_parameter_is_a_usage_error(store_path):
    q = str(queries_dir() / "person-posts.rq")
    result = CliRunner().invoke(main, ["sparql", q, "--store", str(store_path), "--param", "persn=x"])
    assert result.exit_code == 2 and "unknown parameter persn" in result.output and "person (iri" in result.output


def test_malformed_query_is_a_clear_error(store_path):
    result = CliRunner().invoke(main, ["sparql", "SELECT ?x WHERE { ?x", "--store", str(store_path)])
    assert result.exit_code == 1 and "SPARQL syntax error" in result.output


def test_missing_store(tmp_path):
    result = CliRunner().invoke(main, ["stats", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1 and "run `rightsgraph build`" in result.output


@pytest.mark.parametrize("env", [True, False])
def test_store_from_environment_and_real_process(store_path, env, tmp_path):
    cmd = [sys.executable, "-m", "rightsgraph.cli", "sparql", "ASK { ?s a rg:Person }"]
    environ = {"RIGHTSGRAPH_STORE": str(store_path), "PATH": "/usr/bin:/bin"} if env else {"PATH": "/usr/bin:/bin"}
    if not env:
        cmd += ["--store", str(store_path)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=environ, cwd=tmp_path, check=False)
    assert done.returncode == 0 and done.stdout.strip() == "true", done.stderr


def test_broken_pipe_exits_cleanly(store_path):
    proc = subprocess.Popen(f"{sys.executable} -m rightsgraph.cli sparql 'SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }}' "
                            f"--store {store_path} --format csv | head -1", shell=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = proc.communicate(timeout=60)
    assert out.strip() == "s,p,o" and "Traceback" not in err


def test_articles_have_their_own_command(tmp_path):
    """`ingest` takes data files and their options only; `ingest article` is `ingest-articles`, with its options."""
    text = tmp_path / "a.txt"
    text.write_text("Hanoi, 5 May 2024 - Viet Nam.", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", "article", "--help"])
    assert result.exit_code == 0 and "--publisher" in result.output and "--skip-bad" not in result.output
    result = runner.invoke(main, ["ingest", "article", str(text), "--skip-bad"])
    assert result.exit_code == 2 and "--skip-bad" in result.output
    result = runner.invoke(main, ["ingest", "upr-info", str(text), "--lang", "vi"])
    assert result.exit_code == 2 and "--lang" in result.output
    assert "--skip-bad" not in runner.invoke(main, ["ingest-articles", "--help"]).output
