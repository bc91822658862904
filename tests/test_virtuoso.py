"""Every library query gives the same answers on a real Virtuoso, through --endpoint, as on the local store."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from rightsgraph.cli import main
from rightsgraph.errors import QueryError
from rightsgraph.library import library
from rightsgraph.remote import run
from virtuoso import MERGED, Virtuoso

NUMERIC = {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.int, XSD.long}


@pytest.fixture(scope="module")
def server(upr, tmp_path_factory):
    virtuoso = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    virtuoso.start()
    try:
        virtuoso.load(upr)
        yield virtuoso
    finally:
        virtuoso.stop()


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


@pytest.mark.parametrize("name", [q.name for q in library()])
def test_library_query_gives_the_same_answers_on_virtuoso(server, upr, name):
    query = next(q for q in library() if q.name == name)
    for values in [{}] + ([{"state": "id:state/svn"}] if "state" in query.params else []):
        bindings = query.bindings(values, upr.meta.get("base"))
        local = upr.query(query.text, bindings)
        remote = run(server.endpoint, query.text, bindings, upr.meta.get("base"), default_graphs=[MERGED],
                     named_graphs=upr.graphs())
        assert [str(v) for v in remote.vars or ()] == [str(v) for v in local.vars or ()]
        assert rows(remote, query.text) == rows(local, query.text), f"{name} {values}"


def test_cli_query_on_the_endpoint_with_a_hostile_value(server, upr):
    runner = CliRunner()
    args = ["query", "person-posts", "--endpoint", server.endpoint, "--default-graph", MERGED, "--format", "csv"]
    result = runner.invoke(main, [*args, "--param", "person=id:person/ha-kim-ngoc"])
    assert result.exit_code == 0, result.output
    assert "deputy-minister-foreign-affairs-vnm" in result.output
    text = '# param: name (string) = x -- a label\nSELECT ?name ?s WHERE { ?s rdfs:label ?l FILTER(STR(?l) = ?name) }'
    result = runner.invoke(main, ["sparql", text, "--endpoint", server.endpoint, "--format", "csv",
                                  "--param", 'name="} ; DROP ALL ; #'])
    assert result.exit_code == 0 and result.output.strip() == "name,s"
    count = run(server.endpoint, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(next(iter(count))[0]) > 10000  # nothing was dropped


def test_unreachable_endpoint_and_bad_query_are_clear_errors(server):
    with pytest.raises(QueryError, match="cannot reach"):
        run("http://127.0.0.1:9/sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", timeout=2)
    with pytest.raises(QueryError, match=r"refused|HTTP"):
        run(server.endpoint, "SELECT * WHERE { ?s ?p ", timeout=10)
