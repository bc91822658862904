"""``rightsgraph ingest article``: articles → sources and candidate graphs in the store.

Every article is read and checked before the store is touched; the store then changes on a copy
(:func:`rightsgraph.store.updating`) that goes live only when every article is in, so an error or a
kill leaves it as it was.  An article already described by a curated source (its ``local_copy`` is
the file's name, or its ``url`` is the one given) is ingested under that source's id, with its date
and language; any other becomes a new source whose description lives in the store until an editor's
first decision writes it into ``data/reviews/``.  Candidates the editors rejected are not proposed
again; those they accepted are marked so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rightsgraph.curation.curated import Compiler, Source, concept_ids, read_files
from rightsgraph.errors import DataError, UnknownNameError
from rightsgraph.extract import candidates as cands
from rightsgraph.extract import reviews
from rightsgraph.extract.article import MAX_BYTES, Article, read_article
from rightsgraph.extract.gazetteer import from_store
from rightsgraph.extract.rules import extract
from rightsgraph.namespaces import local_name
from rightsgraph.resources import curated_files
from rightsgraph.store import read_meta, updating
from rightsgraph.text import slugify


@dataclass
class ArticleReport:
    path: Path
    source_id: str
    language: str
    candidates: int
    new: int  # candidates that propose resources the graph does not know
    dropped: int  # rejected by the editors before: not proposed again
    graph: str
    curated: bool  # the article's source is described in the curated data


@dataclass
class _Job:
    article: Article
    source: Source
    curated: bool
    header: dict


def _publisher(name: str | None, types: dict[str, str]) -> str | None:
    if name is None or name in types:
        return name
    raise UnknownNameError("unknown publisher: give the id of an organisation in the graph (org/vna, org/vov, ...)",
                           value=name)


def _plan(paths: list[Path], records, data: Path | None, language: str, date: str | None, url: str | None,
          publisher: str | None, title: str | None, source_id: str | None, encoding: str | None,
          max_bytes: int) -> list[_Job]:
    """Read every article and settle its source, before anything is written."""
    if source_id and len(paths) > 1:
        raise DataError("--id names one article's source; give one file with it")
    if url and len(paths) > 1:
        raise DataError("--url belongs to one article; give one file with it")
    sources: dict[str, Source] = {}
    types: dict[str, str] = {}
    for record in records:
        sources.setdefault(record.source.id, record.source)
        types.setdefault(record.id, record.type.name)
    publisher = _publisher(publisher, types)
    jobs, seen = [], set()
    for path in paths:
        known = next((s for s in sources.values() if source_id in (None, s.id) and (
            s.data.get("local_copy") == path.name or (url and s.data.get("url") == url))), None)
        if source_id and not known and source_id in sources:
            known = sources[source_id]
        if known is not None:  # what the command line does not say, the curated source does
            lang = language if language != "auto" else str(known.data.get("language", "auto"))
            day = date or _curated_date(known.data)
            article = read_article(path, lang, day, url or known.data.get("url"), publisher, title, encoding,
                                   max_bytes)
            job = _Job(article, known, True, {})
        else:
            article = read_article(path, language, date, url, publisher, title, encoding, max_bytes)
            sid = source_id or slugify(" ".join(filter(None, [(article.date or "")[:4], article.title])),
                                       max_words=9) or slugify(path.stem)
            if not sid[:1].isalnum():
                sid = f"article-{sid}"
            header = cands.source_header(sid, article.title or path.stem, article.language, article.date, article.url,
                                         publisher, path)
            job = _Job(article, Source(sid, reviews.review_path(data, sid), cands.as_yaml(header),
                                       article.language), False, header)
        if job.source.id in seen:
            raise DataError(f"two of the files are the same source ({job.source.id})", path)
        seen.add(job.source.id)
        jobs.append(job)
    return jobs


def _curated_date(data) -> str | None:
    value = data.get("date") or data.get("date_latest")
    return str(value) if value is not None else None


def ingest_articles(paths: list[Path], store: Path | None = None, data: Path | None = None, language: str = "auto",
                    date: str | None = None, url: str | None = None, publisher: str | None = None,
                    title: str | None = None, source_id: str | None = None, encoding: str | None = None,
                    max_bytes: int = MAX_BYTES) -> list[ArticleReport]:
    """Extract candidates from ``paths`` into the store at ``store``; return one report per article."""
    paths = [Path(p) for p in paths]
    meta = read_meta(store)
    base = meta.base
    records = read_files(curated_files(data))
    jobs = _plan(paths, records, data, language, date, url, publisher, title, source_id, encoding, max_bytes)
    decided = reviews.decisions(data)
    concepts = concept_ids()
    reports = []
    with updating(store, "an ingest of articles") as graph_store:
        gazetteer = from_store(graph_store, base)
        known = {e["graph"]: e for e in graph_store.meta.ingested}
        for job in jobs:
            sid = job.source.id
            accepted, rejected = decided.get(sid, (set(), set()))
            found = extract(job.article, gazetteer, sid)
            kept = [c for c in found if c.id not in rejected]
            compiler = Compiler(records + cands.records(job.source, kept), concepts, base)
            for entity in gazetteer.entities.values():
                compiler.types.setdefault(entity.id, entity.type)
            new = {r for c in kept if c.record for r in [c.id, *(n["id"] for n in c.needs)]
                   if r not in gazetteer.entities}
            status = {c.id: "accepted" for c in kept if c.id in accepted}
            quads = list(cands.quads(kept, job.source, compiler, job.article.text, base, status, new))
            description = [] if job.curated else list(compiler.source_quads(job.source))
            graph = cands.graph_iri(base, sid)
            graph_store.candidates.put_graph(graph, quads)
            source_graph = str(compiler.source_iri(sid))
            if description:  # an article no editor has reviewed yet is itself a candidate source
                graph_store.candidates.put_graph(source_graph, description)
            digest = job.article.sha256
            known[graph] = {"graph": graph, "format": "article", "file": str(job.article.path.resolve()),
                            "sha256": digest, "source": sid, "rows": len(kept)}
            if not job.curated:
                known[source_graph] = {"graph": source_graph, "format": "article-source", "source": sid,
                                       "file": str(job.article.path.resolve()), "sha256": digest,
                                       "header": job.header}
            reports.append(ArticleReport(job.article.path, sid, job.article.language, len(kept),
                                         sum(1 for c in kept if c.record and c.id in new), len(found) - len(kept),
                                         graph, job.curated))
        graph_store.meta.ingested = sorted(known.values(), key=lambda e: e["graph"])
    return reports


def candidate_rows(store, base: str, source_id: str) -> list[dict]:
    """The candidates of one article in text order: id, type, rule, confidence, status, quote, record."""
    graph = cands.graph_iri(base, source_id)
    if not store.candidates.has_graph(graph):
        raise UnknownNameError("no candidates for this source: ingest the article first", value=source_id)
    rows = store.candidates.select("""
        PREFIX rg: <https://w3id.org/rightsgraph/ontology#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?c ?id ?type ?rule ?conf ?status ?record (MIN(?start) AS ?first) (SAMPLE(?exact) AS ?quote)
               (COUNT(DISTINCT ?t) AS ?mentions) (COUNT(DISTINCT ?new) AS ?proposed) WHERE {
          ?c a rg:Candidate ; rg:candidateId ?id ; rg:candidateType ?type ; rg:extractionRule ?rule ;
             rg:confidence ?conf ; rg:reviewStatus ?status ; oa:hasTarget ?t .
          ?t oa:hasSelector ?p, ?q . ?p oa:start ?start . ?q oa:exact ?exact .
          OPTIONAL { ?c rg:proposedRecord ?record }
          OPTIONAL { ?c rg:proposesNew ?new }
        } GROUP BY ?c ?id ?type ?rule ?conf ?status ?record ORDER BY ?first ?id""", graph)
    return [{"iri": c.value, "id": i.value, "type": t.value, "rule": r.value, "confidence": float(conf.value),
             "status": local_name(s.value), "record": json.loads(rec.value) if rec else None,
             "start": int(first.value), "quote": q.value, "mentions": int(n.value), "new": int(p.value) > 0}
            for c, i, t, r, conf, s, rec, first, q, n, p in rows]

