"""Parameters bound into SPARQL text as data.

The local store and remote endpoints receive parameter values the same way: a ``VALUES`` block at
the start of the query's outermost group, each value serialised as an RDF term by pyoxigraph's N-Triples writer (which
escapes quotes, backslashes and newlines; IRIs were checked when they were parsed), so a value is
only ever data.  One mechanism gives one semantics on every engine.

The block is also copied into each subquery that projects a bound variable (as a plain variable,
hence a group key if the subquery aggregates): joining the value there gives the same answers,
since the subquery's rows meet the outer block anyway, and it spares engines (Oxigraph among them)
from aggregating over every state before the join.  Oxigraph's own substitutions were 30x slower
than this on the full-scale recommendation queries.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib import URIRef

from rightsgraph.errors import QueryError
from rightsgraph.namespaces import prefixes
from rightsgraph.rdfwriter import to_ox

_FORM = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", re.I)
_SELECT = re.compile(r"\bSELECT\b", re.I)
_CONSTRUCT_WHERE = re.compile(r"\s*WHERE\s*\{", re.I)
_DECLARED = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?:", re.I | re.M)
_VAR = re.compile(r"[?$]([A-Za-z0-9_]\w*)")
_IRI = re.compile(r"<[^\s<>\"{}|^`\\]*>")
# on the query's code: the first keyword after the prologue (PREFIX and BASE declarations)
_KEYWORD = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*([A-Za-z]+)", re.I)
#: The keywords a SPARQL Update operation starts with.
UPDATES = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})


def code_of(text: str) -> str:
    """The query's code, same length: comments, string contents and IRI contents blanked, for searching."""
    out, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "\"'":
            long = text.startswith(ch * 3, i)
            quote = ch * 3 if long else ch
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            end = min(j + len(quote), n)
            inside = end - i - 2 * len(quote)
            out.append(quote + " " * inside + text[end - len(quote):end] if inside >= 0 else text[i:end])
            i = end
        elif ch == "<" and (iri := _IRI.match(text, i)):
            out.append("<" + " " * (iri.end() - i - 2) + ">")
            i = iri.end()
        elif ch == "#":
            end = text.find("\n", i)
            end = n if end < 0 else end
            out.append(" " * (end - i))
            i = end
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def first_keyword(text: str) -> str:
    """The keyword after the prologue, upper-case (SELECT, CONSTRUCT, ..., or an update's INSERT, DROP, ...);
    words in comments, strings and IRIs do not count. "" when there is none."""
    match = _KEYWORD.match(code_of(text))
    return match[1].upper() if match else ""


def _closing(code: str, brace: int) -> int:
    depth = 0
    for i in range(brace, len(code)):
        depth += {"{": 1, "}": -1}.get(code[i], 0)
        if depth == 0:
            return i
    raise QueryError("unbalanced braces in the query")


def _outer_group(code: str) -> tuple[int, int]:
    """(where the query form keyword is, the index of the brace opening the outermost WHERE group)."""
    form = _FORM.search(code)
    if form is None:
        raise QueryError("cannot bind parameters: no SELECT, CONSTRUCT, DESCRIBE or ASK in the query")
    at = form.end()
    if form[1].upper() == "CONSTRUCT" and not _CONSTRUCT_WHERE.match(code, at):
        template = code.find("{", at)
        at = _closing(code, template) + 1 if template >= 0 else -1
    brace = code.find("{", at) if at >= 0 else -1
    if brace < 0:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    return form.start(), brace


def _projected(projection: str) -> set[str] | None:
    """Plain variables a SELECT projects (expressions `(... AS ?v)` excluded); None for `SELECT *`."""
    flat, depth = [], 0
    for ch in projection:
        depth += ch == "("
        if depth == 0:
            flat.append(ch)
        depth -= ch == ")" and depth > 0
    flat = "".join(flat)
    return None if "*" in flat else set(_VAR.findall(flat))


def _block(bindings: Mapping[str, object]) -> str:
    """A VALUES block of the terms, each written by pyoxigraph's N-Triples serialiser: rdflib's
    ``Literal.n3()`` leaves the last quote of a multi-line string ending in ``\\"`` unescaped (rdflib 7.6)."""
    names = " ".join("?" + name for name in bindings)
    values = " ".join(_no_codepoint_escape(str(to_ox(term))) for term in bindings.values())
    return f" VALUES ({names}) {{ ({values}) }} "


#: an escape of the serialised term (``\\``, ``\"``, ``\n``...), with the letter after an escaped backslash
_ESCAPE = re.compile(r"\\(.)([uU]?)", re.S)


def _no_codepoint_escape(term: str) -> str:
    """``term`` with no escaped backslash followed by ``u`` or ``U``: SPARQL reads ``\\uXXXX`` and ``\\UXXXXXXXX``
    as code points before it reads the text (rdflib does; hypothesis found the string ``\\U0000`` breaking the
    query), so after an escaped backslash that letter is written as a code point itself, in the eight-digit form
    (``\\U00000055``: rdflib reads ``\\u`` followed by eight hex digits as one code point), which every reader
    turns back into the letter."""
    def fix(m: re.Match) -> str:
        if m[1] == "\\" and m[2]:
            return "\\\\" + ("\\U00000055" if m[2] == "U" else "\\U00000075")
        return m[0]
    return _ESCAPE.sub(fix, term)


def bind(text: str, bindings: Mapping[str, object] | None = None, base: str | None = None) -> str:
    """``text`` with the parameters in VALUES blocks and PREFIX declarations for the prefixes it does not declare."""
    code = code_of(text)
    if bindings:
        form, outer = _outer_group(code)
        inserts = [(outer + 1, _block(bindings))]
        for select in _SELECT.finditer(code):
            if select.start() == form:
                continue
            brace = code.find("{", select.end())
            projected = _projected(code[select.end():brace]) if brace >= 0 else None
            pushed = {k: v for k, v in bindings.items() if projected and k in projected}
            if pushed:
                inserts.append((brace + 1, _block(pushed)))
        for at, block in sorted(inserts, reverse=True):
            text, code = text[:at] + block + text[at:], code[:at] + block + code[at:]
    declared = set(_DECLARED.findall(code))
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefixes(base).items() if p not in declared)
    return head + text


_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:.-])", re.I)


def services(text: str) -> list[str | None]:
    """The endpoints a query's ``SERVICE`` clauses name (``None`` for a variable), read from the parsed query.

    A query with no ``SERVICE`` keyword in its code (comments, strings and IRIs aside) is not parsed; one
    that has the keyword but does not parse in rdflib counts as naming an unknown endpoint.
    """
    if not _SERVICE.search(code_of(text)):
        return []
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.parserutils import CompValue

    try:
        algebra = translateQuery(parseQuery(text)).algebra
    except Exception:  # rdflib's parser is stricter than Oxigraph's on some texts: refuse what it cannot read
        return [None]
    found: list[str | None] = []

    def walk(node) -> None:
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                found.append(str(node.term) if isinstance(node.term, URIRef) else None)
            for value in node.values():
                walk(value)
        elif isinstance(node, list | tuple):
            for value in node:
                walk(value)

    walk(algebra)
    return found or [None]  # the keyword is there: a SERVICE the walk did not find is still refused
