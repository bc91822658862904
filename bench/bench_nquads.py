"""The importers' N-Quads writer (rightsgraph.upr.nquads, on pyoxigraph terms) beside the hand-written escaper it
replaced and beside ``pyoxigraph.serialize``, on the same statements, in one run.

    .venv/bin/python bench/bench_nquads.py [--statements 300000] [--repeat 5]

Importers turn table cells into N-Quads text that Oxigraph bulk-loads. Every writer starts from the same
Python strings (IRIs, texts with quotes, newlines, backslashes and Vietnamese letters, language tags, dates)
and ends with the N-Quads bytes, which are checked to parse to the same quads:
- rightsgraph.upr.nquads: ``iri``/``literal`` (pyoxigraph terms' N-Triples text) joined into lines;
- former escaper: the regular expressions and ``str.translate`` nquads.py used before (kept here only as
  the baseline);
- pyoxigraph.serialize: ``Quad`` objects serialised by pyoxigraph as N-Quads.
Prints the median of the repeats.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import time

import pyoxigraph as ox

from rightsgraph.upr.nquads import XSD, iri, literal, quad

BASE = "https://w3id.org/rightsgraph/id/"
RG = "https://w3id.org/rightsgraph/ontology#"


def cells(n: int) -> list[tuple[str, str, str, str | None, str | None]]:
    """(subject, predicate, value, language, datatype) as an importer holds them; a third are IRIs."""
    out = []
    for i in range(n):
        subject = f"{BASE}recommendation/upr-info-{i // 8}"
        kind = i % 3
        if kind == 0:
            out.append((subject, RG + "recommendingState", f"{BASE}state/s{i % 193}", None, None))
        elif kind == 1:
            text = f'Tiếp tục "nỗ lực" bảo vệ quyền {i}\nand ensure\\that line {i} is kept'
            out.append((subject, RG + "text", text, "vi" if i % 2 else "en", None))
        else:
            out.append((subject, RG + "madeOn", f"20{i % 24:02d}-05-07", None, XSD + "date"))
    return out


def _is_iri(value: str, lang, dt) -> bool:
    return lang is None and dt is None and value.startswith("http")


def with_nquads(rows, graph: str) -> bytes:
    g = iri(graph)
    return "".join([quad(iri(s), iri(p), iri(v) if _is_iri(v, lang, dt) else literal(v, lang, dt), g)
                    for s, p, v, lang, dt in rows]).encode("utf-8")


_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _former_iri(value: str) -> str:
    if _IRI_BAD.search(value) or ":" not in value:
        raise ValueError(f"not a valid IRI: {value!r}")
    return f"<{value}>"


def _former_literal(value: str, lang: str | None = None, datatype: str | None = None) -> str:
    text = f'"{value.translate(_ESCAPES)}"'
    if lang:
        if not re.fullmatch(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*", lang):
            raise ValueError(f"not a language tag: {lang!r}")
        return f"{text}@{lang}"
    if datatype and datatype != XSD + "string":
        return f"{text}^^{_former_iri(datatype)}"
    return text


def with_former_escaper(rows, graph: str) -> bytes:
    g = _former_iri(graph)
    return "".join([quad(_former_iri(s), _former_iri(p), _former_iri(v) if _is_iri(v, lang, dt)
                         else _former_literal(v, lang, dt), g) for s, p, v, lang, dt in rows]).encode("utf-8")


def with_serialize(rows, graph: str) -> bytes:
    g = ox.NamedNode(graph)
    quads = []
    for s, p, v, lang, dt in rows:
        if _is_iri(v, lang, dt):
            o = ox.NamedNode(v)
        elif lang:
            o = ox.Literal(v, language=lang)
        else:
            o = ox.Literal(v, datatype=ox.NamedNode(dt) if dt else None)
        quads.append(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), o, g))
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows = cells(args.statements)
    graph = BASE + "source/bench"
    writers = {"rightsgraph.upr.nquads": with_nquads, "former escaper": with_former_escaper,
               "pyoxigraph.serialize": with_serialize}
    times: dict[str, list[float]] = {name: [] for name in writers}
    outputs = {}
    for _ in range(args.repeat):  # interleaved, so a busy moment of the machine is shared out
        for name, write in writers.items():
            start = time.perf_counter()
            outputs[name] = write(rows, graph)
            times[name].append(time.perf_counter() - start)
    parsed = [list(ox.parse(data, ox.RdfFormat.N_QUADS)) for data in outputs.values()]
    assert all(p == parsed[0] for p in parsed), "the writers disagree"
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
          f"{platform.python_implementation()} {platform.python_version()}, pyoxigraph {ox.__version__}")
    print(f"{args.statements} statements to N-Quads bytes, median of {args.repeat}")
    ours = statistics.median(times["rightsgraph.upr.nquads"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:<24}{median:>8.2f} s  ({median / ours:.2f}x rightsgraph.upr.nquads)")


if __name__ == "__main__":
    main()
