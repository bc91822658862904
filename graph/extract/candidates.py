"""Candidates as RDF: their proposed statements and one Web Annotation each, with the evidence.

The statements a candidate proposes are compiled by the curated-data compiler (the same checks, the
same shapes as reviewed facts) into the article's candidate graph, ``<source IRI>/candidates``.  Each
candidate is an ``rg:Candidate`` (an ``oa:Annotation``) in that graph::

    <candidate/SOURCE/holding--do-hung-viet--...> a oa:Annotation, rg:Candidate ;
        oa:motivatedBy oa:describing ;            # oa:identifying for a link to a known resource
        oa:hasBody <holding/do-hung-viet--...> ;
        oa:hasTarget <…#1> ;                      # one per mention (at most five)
        rg:candidateId "holding/do-hung-viet--..." ; rg:candidateType "holding" ;
        rg:extractionRule "holding.title-name" ; rg:confidence 0.95 ;
        rg:reviewStatus rgc:review-status/unreviewed ; rg:proposedRecord "{…}"^^rdf:JSON .
    <…#1> a oa:SpecificResource ; oa:hasSource <source/SOURCE> ;
        oa:hasSelector <…#1-position>, <…#1-quote> .
    <…#1-position> a oa:TextPositionSelector ; oa:start 412 ; oa:end 452 .
    <…#1-quote> a oa:TextQuoteSelector ; oa:exact "…" ; oa:prefix "…" ; oa:suffix "…" .
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD

from rightsgraph import __version__
from rightsgraph.curation.curated import Compiler, Quad, Record, Source, _read_record
from rightsgraph.extract.rules import Candidate
from rightsgraph.namespaces import CANDIDATES_SUFFIX, OA, RG, RGC
from rightsgraph.yamlfile import Mapping, Sequence

EVIDENCE_SPANS = 5
CONTEXT = 32  # characters of prefix and suffix in a TextQuoteSelector


def as_yaml(value: object) -> object:
    """Plain dicts and lists → the line-aware mappings the curated-data compiler reads (line 0)."""
    if isinstance(value, dict):
        mapping = Mapping((k, as_yaml(v)) for k, v in value.items())
        mapping.line, mapping.lines = 0, dict.fromkeys(value, 0)
        return mapping
    if isinstance(value, list | tuple):
        seq = Sequence(as_yaml(v) for v in value)
        seq.line, seq.lines = 0, [0] * len(seq)
        return seq
    return value


def graph_iri(base: str, source_id: str) -> str:
    return f"{base}source/{source_id}{CANDIDATES_SUFFIX}"


def candidate_iri(base: str, source_id: str, cand: Candidate) -> URIRef:
    return URIRef(f"{base}candidate/{source_id}/{cand.id.replace('/', '--')}")


def records(source: Source, candidates: list[Candidate]) -> list[Record]:
    """The records the candidates propose (with the new entities they need), each id once."""
    seen: dict[str, Record] = {}
    for cand in candidates:
        for item in [*cand.needs, cand.record] if cand.record else []:
            if item["id"] not in seen:
                seen[item["id"]] = _read_record(as_yaml(item), 0, source)
    return list(seen.values())


def quads(candidates: list[Candidate], source: Source, compiler: Compiler, text: str, base: str,
          status: dict[str, str], new: set[str]) -> Iterator[Quad]:
    """The candidate graph: proposed statements and annotations.  ``status`` maps candidate ids to a
    review status (default unreviewed); ``new`` holds the ids the graph does not know yet."""
    g = URIRef(graph_iri(base, source.id))
    src = compiler.source_iri(source.id)
    for record in records(source, candidates):
        for s, p, o, _ in compiler.record_quads(record):
            yield s, p, o, g
    activity = URIRef(f"{src}/extraction")
    yield activity, RDF.type, PROV.Activity, g
    yield activity, PROV.used, src, g
    yield activity, DCTERMS.creator, Literal(f"rightsgraph {__version__} rules"), g
    yield activity, PROV.endedAtTime, Literal(dt.datetime.now(dt.UTC).replace(microsecond=0), datatype=XSD.dateTime), g
    for cand in candidates:
        a = candidate_iri(base, source.id, cand)
        yield a, RDF.type, OA.Annotation, g
        yield a, RDF.type, RG.Candidate, g
        yield a, PROV.wasGeneratedBy, activity, g
        yield a, RG.candidateId, Literal(cand.id), g
        yield a, RG.candidateType, Literal(cand.kind), g
        yield a, RG.extractionRule, Literal(cand.rule), g
        yield a, RG.confidence, Literal(Decimal(str(round(cand.confidence, 2))), datatype=XSD.decimal), g
        yield a, RG.reviewStatus, RGC[f"review-status/{status.get(cand.id, 'unreviewed')}"], g
        if cand.record:
            yield a, OA.motivatedBy, OA.identifying if cand.link else OA.describing, g
            yield a, OA.hasBody, compiler.iri(cand.id), g
            yield a, RG.proposedRecord, Literal(json.dumps({"record": cand.record, "needs": cand.needs},
                                                           ensure_ascii=False, sort_keys=True),
                                                datatype=RDF.JSON), g
            for rid in sorted({cand.id, *(n["id"] for n in cand.needs)} & new):
                yield a, RG.proposesNew, compiler.iri(rid), g
        else:
            yield a, OA.motivatedBy, OA.tagging, g
            kind = XSD.date if len(cand.key) == 10 else XSD.gYearMonth
            yield a, RG.dateValue, Literal(cand.key, datatype=kind), g
        if cand.start < 0:  # from the article's header (its publisher): the quote is the value, not a place
            t = URIRef(f"{a}#header")
            quote = URIRef(f"{t}-quote")
            yield a, OA.hasTarget, t, g
            yield t, RDF.type, OA.SpecificResource, g
            yield t, OA.hasSource, src, g
            yield t, OA.hasSelector, quote, g
            yield quote, RDF.type, OA.TextQuoteSelector, g
            yield quote, OA.exact, Literal(_header_value(cand)), g
            continue
        for n, (start, end) in enumerate([(cand.start, cand.end), *cand.spans][:EVIDENCE_SPANS], 1):
            t = URIRef(f"{a}#{n}")
            yield a, OA.hasTarget, t, g
            yield t, RDF.type, OA.SpecificResource, g
            yield t, OA.hasSource, src, g
            pos, quote = URIRef(f"{t}-position"), URIRef(f"{t}-quote")
            yield t, OA.hasSelector, pos, g
            yield t, OA.hasSelector, quote, g
            yield pos, RDF.type, OA.TextPositionSelector, g
            yield pos, OA.start, Literal(start), g
            yield pos, OA.end, Literal(end), g
            yield quote, RDF.type, OA.TextQuoteSelector, g
            yield quote, OA.exact, Literal(text[start:end]), g
            yield quote, OA.prefix, Literal(text[max(0, start - CONTEXT):start]), g
            yield quote, OA.suffix, Literal(text[end:end + CONTEXT]), g


def _header_value(cand: Candidate) -> str:
    names = (cand.record or {}).get("name") or {}
    return next(iter(names.values()), cand.key) if isinstance(names, dict) else str(names)


def source_header(source_id: str, title: str, language: str, date: str | None, url: str | None,
                  publisher: str | None, path: Path | None) -> dict:
    """The curated description of an ingested article (what its review file's ``source`` holds)."""
    header = {"id": source_id, "kind": "news-article", "title": {language: title}, "language": language}
    if publisher:
        header["publisher"] = publisher
    if date:
        header["date"] = date
    if url:
        header["url"] = url
    if path:
        header["local_copy"] = path.name
    return header
