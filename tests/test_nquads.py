"""The N-Quads writer: every string from data comes back exactly, and bad IRIs are refused."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from rightsgraph.upr.nquads import XSD, integer, iri, literal, quad

HOSTILE = ['"} ; DROP ALL ; #', 'a " . <x> <y> <z> .', "line\nbreak\rcr\ttab", "back\\slash \\u0041",
           'triple """ quotes', "Bùi Thanh Sơn 🇻🇳", "> } UNION { ?s ?p ?o"]


@pytest.mark.parametrize("text", HOSTILE)
def test_literals_round_trip_through_oxigraph(text):
    line = quad(iri("http://ex.org/s"), iri("http://ex.org/p"), literal(text, "vi"), iri("http://ex.org/g"))
    (parsed,) = list(ox.parse(line.encode(), ox.RdfFormat.N_QUADS))
    assert parsed.object.value == text and parsed.object.language == "vi"
    assert parsed.graph_name == ox.NamedNode("http://ex.org/g")


def test_typed_literals_and_default_graph():
    line = quad(iri("http://ex.org/s"), iri("http://ex.org/p"), literal("2024-05-07", datatype=XSD + "date"), None)
    (parsed,) = list(ox.parse(line.encode(), ox.RdfFormat.N_QUADS))
    assert parsed.object.datatype == ox.NamedNode(XSD + "date") and parsed.graph_name == ox.DefaultGraph()
    (parsed,) = list(ox.parse(quad(iri("http://e/s"), iri("http://e/p"), integer(42), None).encode(),
                              ox.RdfFormat.N_QUADS))
    assert parsed.object.value == "42"


@pytest.mark.parametrize("bad", ["http://ex.org/a b", "http://ex.org/>", "no-scheme", 'http://x/"', "http://x/{y}"])
def test_bad_iris_are_refused(bad):
    with pytest.raises(ValueError):
        iri(bad)


def test_bad_language_tag_is_refused():
    with pytest.raises(ValueError):
        literal("x", lang="en gb")
