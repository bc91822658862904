"""Parameter values are data for every string: a property-based test of the VALUES block.

With rdflib 7.6's ``Literal.n3()``, a string holding a newline and ending in a backslash and a quote left
its last quote unescaped, so a second string parameter in the same query ran as SPARQL.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Literal
from rdflib.plugins.sparql import prepareQuery

from rightsgraph.library.binding import bind

QUERY = "SELECT ?a ?b WHERE { BIND(1 AS ?one) }"
#: Characters that matter to a SPARQL string: quotes, backslashes, line ends, braces, hashes; and any text.
TRICKY = st.text(alphabet=st.sampled_from(list('"\'\\\n\r\t{}#<>. ;aéuU0A')), max_size=30) | st.text(max_size=30)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=TRICKY, b=TRICKY, lang=st.sampled_from([None, "en", "vi"]))
def test_every_string_is_bound_as_exactly_one_literal(a, b, lang):
    a, b = a.replace("\x00", ""), b.replace("\x00", "")  # rdflib's SPARQL parser refuses a raw NUL in a string
    text = bind(QUERY, {"a": Literal(a, lang=lang), "b": Literal(b)})
    [row] = list(ox.Store().query(text))  # Oxigraph (the local engine) reads both values back
    assert (row["a"].value, row["b"].value) == (a, b)
    assert row["a"].language == lang
    algebra = prepareQuery(text).algebra  # so does rdflib (the text sent to endpoints), same shape
    assert [str(v) for v in algebra["PV"]] == ["a", "b"]


def test_the_rdflib_76_counter_example():
    a, b = 'x\n\\"', " } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #"
    [row] = list(ox.Store().query(bind(QUERY, {"a": Literal(a), "b": Literal(b)})))
    assert (row["a"].value, row["b"].value) == (a, b)


@pytest.mark.parametrize(("a", "b"), [("", "\\U0000"), ("x\\u0041", "\\\\U0000"), ("\\u00e9\\", "\\U0001F600"),
                                      ("\\u0000abcd", "\\uabcdabcd")])
def test_a_backslash_before_u_is_never_read_as_a_code_point(a, b):
    """SPARQL readers turn \\uXXXX and \\UXXXXXXXX into code points before reading the text (rdflib even after an
    escaped backslash, and \\u with eight digits): hypothesis found "\\U0000" breaking a bound query. Both
    engines read the strings back as given."""
    from rdflib import Graph

    text = bind(QUERY, {"a": Literal(a), "b": Literal(b)})
    [row] = list(ox.Store().query(text))
    assert (row["a"].value, row["b"].value) == (a, b)
    [(ra, rb)] = [(str(r[0]), str(r[1])) for r in Graph().query(text)]
    assert (ra, rb) == (a, b)
