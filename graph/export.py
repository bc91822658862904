"""Deterministic dumps of the graph: the same store gives byte-identical files, so releases can be diffed.

TriG and N-Quads keep each source's named graph; Turtle, N-Triples, JSON-LD and RDF/XML carry the merged
graph (each statement once). Statements are sorted; Turtle and TriG are written here, subject by subject
and predicate by predicate, with the project's prefixes; JSON-LD is compacted with the context published
in ``ontology/context.jsonld`` and its nodes and keys sorted. ``--no-provenance`` leaves out the
descriptions of the sources and the evidence (quotes, source rows): the facts alone.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from . import formats
from .errors import UnknownNameError
from .namespaces import ONTOLOGY_GRAPH, RG, bind_prefixes, prefixes

#: The export formats and their file extensions (see :mod:`rightsgraph.formats`).
FORMATS = {f.name: f.extension for f in formats.of_kind(formats.GRAPH, formats.DATASET)}
#: The formats that keep each source's named graph.
QUAD_FORMATS = formats.names(formats.DATASET)
#: Evidence that says where a fact comes from rather than what it is.
EVIDENCE = frozenset({str(RG.quote), str(RG.sourceRow)})
_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")

Quad = tuple[str, str, str, str]  # subject, predicate, object in N-Triples syntax; graph IRI ("" = none)


def source_graph(store, name: str) -> str:
    """The named graph of a source given by IRI, prefixed name or identifier (``vna-2022-midterm-report-launch``)."""
    graphs = store.graphs()
    base = store.meta.get("base")
    candidates = [name, prefixes(base)["id"] + "source/" + name]
    if ":" in name and not name.startswith("http"):
        prefix, _, local = name.partition(":")
        if prefix in prefixes(base):
            candidates.append(prefixes(base)[prefix] + local)
    for candidate in candidates:
        if candidate in graphs:
            return candidate
    known = ", ".join(g.rsplit("/", 1)[-1] for g in graphs if g != ONTOLOGY_GRAPH)
    raise UnknownNameError(f"no source graph {name!r}; sources: {known}")


def quads(store, graph: str | None = None, provenance: bool = True) -> list[Quad]:
    """The statements to export, sorted: one source's graph, or every named graph.

    Each graph is dumped by Oxigraph as N-Triples (twice as fast as decoding quads one by one in Python),
    then read back line by line.
    """
    sources = {f"<{g}>" for g in store.graphs()}
    evidence = {f"<{p}>" for p in EVIDENCE}
    wanted = [ox.NamedNode(graph)] if graph else list(store.ox.named_graphs())
    out = set()
    with tempfile.TemporaryDirectory(prefix="rightsgraph-export-") as tmp:
        path = Path(tmp) / "graph.nt"
        for g in wanted:
            store.ox.dump(str(path), ox.RdfFormat.N_TRIPLES, from_graph=g)
            with open(path, encoding="utf-8") as lines:
                for line in lines:
                    s, p, rest = line.split(" ", 2)
                    if not provenance and (s in sources or p in evidence):
                        continue
                    out.add((s, p, rest[:-3], g.value))  # rest ends with " .\n"
    return sorted(out)


def statements(store, fmt: str, graph: str | None = None, provenance: bool = True) -> list[Quad]:
    """What a dump in ``fmt`` holds, one row per statement: the quads in TriG and N-Quads, their merge in
    the other formats."""
    rows = quads(store, graph, provenance)
    return rows if fmt in QUAD_FORMATS else triples(rows)


def triples(rows: Iterable[Quad]) -> list[Quad]:
    """The merged graph: each statement once, without its graph."""
    return sorted({(s, p, o, "") for s, p, o, _ in rows})


def _term(text: str, names: list[tuple[str, str]]) -> str:
    """An N-Triples term as Turtle: IRIs (and literals' datatypes) as prefixed names where one fits."""
    if text.startswith("<"):
        iri = text[1:-1]
        for prefix, namespace in names:
            if iri.startswith(namespace) and _LOCAL.match(iri[len(namespace):]):
                return f"{prefix}:{iri[len(namespace):]}"
    elif text.endswith(">") and '"^^<' in text:
        value, _, datatype = text.rpartition("^^")
        return f"{value}^^{_term(datatype, names)}"
    return text


def _turtle_body(rows: list[Quad], names: list[tuple[str, str]], indent: str = "") -> Iterator[str]:
    subject = predicate = None
    memo: dict[str, str] = {}
    for s, p, o, _ in rows:
        obj = memo.get(o)
        if obj is None:
            obj = _term(o, names)
            if len(memo) < 200_000:
                memo[o] = obj
        if s != subject:
            if subject is not None:
                yield " .\n\n"
            subject, predicate = s, p
            yield f"{indent}{_term(s, names)}\n{indent}    {_predicate(p, names)} {obj}"
        elif p != predicate:
            predicate = p
            yield f" ;\n{indent}    {_predicate(p, names)} {obj}"
        else:
            yield f" ,\n{indent}        {obj}"
    if subject is not None:
        yield " .\n"


def _predicate(p: str, names) -> str:
    return "a" if p == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" else _term(p, names)


def _prefix_lines(base: str | None) -> tuple[str, list[tuple[str, str]]]:
    table = sorted(prefixes(base).items())
    head = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in table)
    return head, sorted(table, key=lambda item: -len(item[1]))


def serialise(rows: list[Quad], fmt: str, base: str | None = None) -> Iterator[str]:
    """The sorted statements in ``fmt`` (see FORMATS), as chunks of text."""
    if fmt == "nquads":
        for s, p, o, g in rows:
            yield f"{s} {p} {o} <{g}> .\n" if g else f"{s} {p} {o} .\n"
    elif fmt == "nt":
        for s, p, o, _ in triples(rows):
            yield f"{s} {p} {o} .\n"
    elif fmt == "turtle":
        head, names = _prefix_lines(base)
        yield head + "\n"
        yield from _turtle_body(triples(rows), names)
    elif fmt == "trig":
        head, names = _prefix_lines(base)
        yield head
        graph = None
        block: list[Quad] = []
        by_graph = sorted(rows, key=lambda r: (r[3], r[0], r[1], r[2]))
        for row in [*by_graph, ("", "", "", None)]:
            if row[3] != graph:
                if block:
                    yield f"\n<{graph}> {{\n" if graph else "\n{\n"
                    yield from _turtle_body(block, names, "  ")
                    yield "}\n"
                graph, block = row[3], []
            block.append(row)
    elif fmt in ("jsonld", "rdfxml"):
        yield _via_rdflib(triples(rows), fmt, base)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _via_rdflib(rows: list[Quad], fmt: str, base: str | None) -> str:
    from rdflib import Graph

    graph = bind_prefixes(Graph(), base)
    graph.parse(data="".join(f"{s} {p} {o} .\n" for s, p, o, _ in rows), format="nt")
    if fmt == "rdfxml":
        return graph.serialize(format="xml")
    context = jsonld_context(base)
    data = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    nodes = _compact_ids(data.get("@graph", [data] if "@id" in data else []), context["id"])
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    document = {"@context": context, "@graph": sorted((n for n in nodes), key=lambda n: n.get("@id", ""))}
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _compact_ids(value, base: str):
    """``id:person/x`` for resource IRIs (a compact IRI through the context's ``id`` prefix)."""
    if isinstance(value, list):
        return [_compact_ids(v, base) for v in value]
    if isinstance(value, dict):
        return {k: ("id:" + v[len(base):] if k == "@id" and isinstance(v, str) and v.startswith(base)
                    else _compact_ids(v, base)) for k, v in value.items()}
    return value


def jsonld_context(base: str | None = None) -> dict:
    """The published JSON-LD context (``ontology/context.jsonld``), with ``id`` bound to the resource base."""
    from .resources import ontology_dir

    context = json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    context["id"] = prefixes(base)["id"]
    return context
