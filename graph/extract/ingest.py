"""``rightsgraph ingest article``: articles → sources and candidate graphs in the store.

Every article is read and checked before the store is touched; the store then changes on a copy
(:func:`rightsgraph.store.updating`) that goes live only when every article is in, so an error or a
kill leaves it as it was.

Each file's metadata (URL, title, date, publisher, language) comes from, in this order: its row in a
manifest, the command line, its own header.  An article is one source however its metadata changes:
it is known by its URL, else by its file name, among the curated sources (their ``url`` or
``local_copy``) and the articles ingested before, and keeps their id; re-ingesting it replaces its
candidates, and the editors' decisions on candidates still proposed still hold.  Any other article
becomes a new source whose description lives in the store until an editor's first decision writes it
into the review file.  A publisher the graph does not know becomes a candidate organisation; dates
printed without a year take it from the article's date, and without one they are dropped, each named
in the report's warnings.  Figures about a state's UPR cycle are attached to that cycle's review.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from rightsgraph.curation.curated import Compiler, Source, concept_ids, read_files
from rightsgraph.errors import DataError, UnknownNameError
from rightsgraph.extract import candidates as cands
from rightsgraph.extract import reviews
from rightsgraph.extract.article import MAX_BYTES, Article, check_date, read_article
from rightsgraph.extract.gazetteer import Gazetteer, from_store
from rightsgraph.extract.rules import Candidate, extract
from rightsgraph.namespaces import local_name
from rightsgraph.store import read_meta, updating
from rightsgraph.text import slugify

MANIFEST_COLUMNS = ("path", "url", "title", "date", "publisher", "language")
#: what a UPR review's figures measure: a figure of these about a state is about one of its reviews
REVIEW_MEASURES = {"recommendations-received", "recommending-states", "recommendations-accepted",
                   "accepted-recommendations-implemented", "recommendations-implemented",
                   "recommendations-implemented-count",
                   "states-registered-to-speak"}
PUBLISHER_RULE = reviews.PUBLISHER_RULE
_CYCLE_NEAR = 400  # characters: a cycle named this close to a figure is the figure's


@dataclass
class ArticleInput:
    """One file to ingest and what is known of it besides its own header."""

    path: Path
    url: str | None = None
    title: str | None = None
    date: str | None = None
    publisher: str | None = None
    language: str = "auto"
    source_id: str | None = None


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
    replaced: bool = False  # it had been ingested before: its candidates are replaced
    kept: int = 0  # earlier decisions (accepted or corrected) on candidates proposed again
    gone: list[str] = field(default_factory=list)  # candidates decided on before and no longer proposed
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Job:
    article: Article
    source: Source
    curated: bool
    header: dict
    publisher: str | None  # as given: an organisation's id or a name


def read_manifest(path: Path) -> list[ArticleInput]:
    """A CSV manifest (``path,url,title,date,publisher,language``; paths relative to the manifest) → inputs."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read the manifest: {exc}", path) from None
    reader = csv.DictReader(text.splitlines())
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    if "path" not in columns:
        raise DataError(f"a manifest's first line names its columns: {', '.join(MANIFEST_COLUMNS)}", path, 1)
    unknown = [c for c in columns if c not in MANIFEST_COLUMNS]
    if unknown:
        raise DataError(f"unknown manifest column {unknown[0]!r}; the columns: {', '.join(MANIFEST_COLUMNS)}", path, 1)
    inputs = []
    for line, row in enumerate(reader, 2):
        row = {k.strip().lower(): (v or "").strip() or None for k, v in row.items() if k}
        if not row.get("path"):
            raise DataError("a manifest row needs a path", path, line)
        file = (path.parent / row["path"]).resolve()
        if not file.is_file():
            raise DataError(f"no such file: {row['path']}", path, line)
        language = row.get("language") or "auto"
        if language not in ("auto", "en", "vi"):
            raise DataError("the language must be en, vi or auto", path, line, language)
        try:
            check_date(row.get("date"))
        except DataError as exc:
            raise DataError(exc.message, path, line, row.get("date")) from None
        inputs.append(ArticleInput(file, row.get("url"), row.get("title"), row.get("date"), row.get("publisher"),
                                   language))
    if not inputs:
        raise DataError("the manifest lists no article", path)
    return inputs


def _same_article(url: str | None, name: str, other_url: str | None, other_name: str | None) -> bool:
    """One article: the same URL where both have one, else the same file name."""
    return url == other_url if url and other_url else name == other_name


def _plan(inputs: list[ArticleInput], records, data: Path | None, reviews_at: Path | None, ingested: list[dict],
          encoding: str | None, max_bytes: int) -> list[_Job]:
    """Read every article and settle its source, before anything is written."""
    sources: dict[str, Source] = {}
    for record in records:
        sources.setdefault(record.source.id, record.source)
    before = [e for e in ingested if e.get("format") == "article-source"]
    jobs, seen = [], {}
    for item in inputs:
        path = item.path
        article = read_article(path, item.language, item.date, item.url, item.publisher, item.title, encoding,
                               max_bytes)
        url = article.url
        if item.source_id:
            known = sources.get(item.source_id)
        else:
            known = next((s for s in sources.values() if _same_article(
                url, path.name, s.data.get("url"), s.data.get("local_copy"))), None)
        if known is not None:  # what the file and the command line do not say, the curated source does
            if item.language == "auto" and known.data.get("language"):
                article = dataclasses.replace(article, language=str(known.data["language"]))
            if article.date is None and _curated_date(known.data):
                article = dataclasses.replace(article, date=check_date(_curated_date(known.data)))
            if article.url is None and known.data.get("url"):
                article = dataclasses.replace(article, url=str(known.data["url"]))
            job = _Job(article, known, True, {}, article.publisher)
        else:
            earlier = next((e["source"] for e in before if _same_article(
                url, path.name, e["header"].get("url"), e["header"].get("local_copy"))), None)
            sid = item.source_id or earlier or slugify(" ".join(filter(None, [(article.date or "")[:4],
                                                                             article.title])),
                                                       max_words=9) or slugify(path.stem)
            if not sid[:1].isalnum():
                sid = f"article-{sid}"
            header = cands.source_header(sid, article.title or path.stem, article.language, article.date, article.url,
                                         None, path)
            job = _Job(article, Source(sid, reviews.review_path(reviews_at, sid), cands.as_yaml(header),
                                       article.language), False, header, article.publisher)
        if job.source.id in seen:
            raise DataError(f"two of the files are the same source ({job.source.id}, also {seen[job.source.id]})",
                            path)
        seen[job.source.id] = path
        jobs.append(job)
    return jobs


def _curated_date(data) -> str | None:
    value = data.get("date") or data.get("date_latest")
    return str(value) if value is not None else None


def _publisher(name: str | None, types: dict[str, str], gazetteer: Gazetteer, article: Article,
               ) -> tuple[str | None, Candidate | None]:
    """The publisher's id if the graph knows it (by id, name or acronym), else a candidate organisation."""
    if not name:
        return None, None
    name = " ".join(name.split())
    if name in types:
        return name, None
    if re.fullmatch(r"[a-z]+/[a-z0-9.-]+", name):
        raise UnknownNameError("no organisation has this id: give its name to propose a new one", value=name)
    main = name.split("(")[0].strip(" -")
    inside = [p.strip() for part in re.findall(r"\(([^)]*)\)", name) for p in re.split(r"[/,]", part)]
    for guess in [name, main, *[p.strip() for p in re.split(r"[/,]", main)], *inside]:
        found = {e.id for e in gazetteer.lookup(guess, "organisation")} if guess else set()
        if len(found) == 1:
            return found.pop(), None
    rid = f"org/{slugify(main or name, max_words=8)}"
    if types.get(rid) in ("Organisation", "UNBody", "NGO", "Media"):
        return rid, None
    at = article.text.find(main) if main else -1
    start, end = (at, at + len(main)) if at >= 0 else (-1, -1)
    record = {"type": "Organisation", "id": rid, "name": {article.language: main or name}}
    return None, Candidate("organisation", rid, start, end, PUBLISHER_RULE, 0.9, record)


def _dropped_dates(article: Article, gazetteer: Gazetteer, sid: str, found: list[Candidate]) -> list[str]:
    """The dates printed without a year that an undated article had to drop: those the rules resolve as soon
    as the article has a year (any year)."""
    if article.date:
        return []
    have = {(c.start, c.end) for c in found if c.kind == "date"}
    dated = extract(dataclasses.replace(article, date="2000-07-01"), gazetteer, sid)
    spans = sorted({(c.start, c.end) for c in dated if c.kind == "date"} - have)
    return [f"{' '.join(article.text[s:e].split())!r} (at {s}) has no year and the article no date: dropped; "
            "give the article's date (--date, its header or the manifest) to keep it" for s, e in spans]


def _reviews_of(records) -> dict[tuple[str, str], str]:
    """(state id, cycle id) → the id of that UPR review, from the curated records."""
    out = {}
    for record in records:
        if record.type.name == "Review" and isinstance(record.data.get("state"), str):
            out.setdefault((record.data["state"], str(record.data.get("cycle"))), record.id)
    return out


def _attach_figures(found: list[Candidate], known_reviews: dict, gazetteer: Gazetteer) -> None:
    """A figure about a state that counts a UPR review's recommendations is about that review: the cycle named
    nearest to it (or the article's only cycle); a review the graph lacks is proposed with it."""
    cycles = [c for c in found if c.kind == "cycle" and c.record]
    cycle_ids = {_cycle_id(c) for c in cycles} - {None}
    for cand in found:
        rec = cand.record
        if cand.kind != "figure" or not rec or rec.get("measure") not in REVIEW_MEASURES:
            continue
        about = str(rec.get("about", ""))
        if not about.startswith("state/"):
            continue
        near = [c for c in cycles if abs(c.start - cand.start) <= _CYCLE_NEAR and _cycle_id(c)]
        if near:
            cycle = _cycle_id(min(near, key=lambda c: abs(c.start - cand.start)))
        elif len(cycle_ids) == 1:
            cycle = next(iter(cycle_ids))
        else:
            continue
        review = known_reviews.get((about, cycle))
        if review is None:
            number = cycle.split("/")[-1]
            review = f"review/{local_name(about)}-cycle-{number}"
            state = gazetteer.entities.get(about)
            label = state.label if state else local_name(about).upper()
            need = {"type": "Review", "id": review, "state": about, "cycle": cycle, "mechanism": "mechanism/upr",
                    "name": {"en": f"{label}'s UPR review, cycle {number}"}}
            if all(n["id"] != review for n in cand.needs):
                cand.needs.append(need)
        rec["about"] = review


def _cycle_id(cand: Candidate) -> str | None:
    rec = cand.record or {}
    rid = rec.get("of") if rec.get("type") == "Mention" else rec.get("id")
    return rid if isinstance(rid, str) and rid.startswith("cycle/") else None


def _label_sessions(found: list[Candidate], gazetteer: Gazetteer) -> None:
    """A new session is proposed with a label (the shapes ask every session for one)."""
    for cand in found:
        rec = cand.record
        if cand.kind == "session" and rec and rec.get("type") == "Session" and not rec.get("name"):
            body = gazetteer.entities.get(str(rec.get("body")))
            what = body.label if body else "session"
            rec["name"] = {"en": f"{what}, session {rec.get('number')}" if body else f"session {rec.get('number')}"}


def ingest_articles(paths: list[Path | ArticleInput], store: Path | None = None, data: Path | None = None,
                    language: str = "auto", date: str | None = None, url: str | None = None,
                    publisher: str | None = None, title: str | None = None, source_id: str | None = None,
                    encoding: str | None = None, max_bytes: int = MAX_BYTES,
                    reviews_at: Path | None = None) -> list[ArticleReport]:
    """Extract candidates from the articles into the store at ``store``; return one report per article.

    ``paths`` are files (the other arguments, where given, are their metadata) or :class:`ArticleInput`
    (a manifest's rows: their own metadata first, then the arguments')."""
    inputs = []
    for item in paths:
        if not isinstance(item, ArticleInput):
            item = ArticleInput(Path(item))
        inputs.append(ArticleInput(
            Path(item.path), item.url or url, item.title or title, item.date or date, item.publisher or publisher,
            item.language if item.language != "auto" else language, item.source_id or source_id))
    if source_id and len(inputs) > 1:
        raise DataError("--id names one article's source; give one file with it")
    if url and len(inputs) > 1:
        raise DataError("--url belongs to one article; give one file with it")
    if title and len(inputs) > 1:
        raise DataError("--title belongs to one article; give one file with it")
    meta = read_meta(store)
    base = meta.base
    reviews_at = reviews.for_store(reviews_at, meta)
    records = read_files(reviews.build_files(data, reviews_at))
    types = {}
    for record in records:
        types.setdefault(record.id, record.type.name)
    jobs = _plan(inputs, records, data, reviews_at, meta.ingested, encoding, max_bytes)
    decided = reviews.decisions(data, reviews_at)
    concepts = concept_ids()
    known_reviews = _reviews_of(records)
    reports = []
    with updating(store, "an ingest of articles") as graph_store:
        gazetteer = from_store(graph_store, base)
        for entity in gazetteer.entities.values():
            types.setdefault(entity.id, entity.type)
        known = {e["graph"]: e for e in graph_store.meta.ingested}
        for job in jobs:
            sid = job.source.id
            done = decided.get(sid, reviews.Decisions())
            found = extract(job.article, gazetteer, sid)
            warnings = _dropped_dates(job.article, gazetteer, sid, found)
            publisher_id, proposed = _publisher(job.publisher, types, gazetteer, job.article)
            if proposed is not None and proposed.id not in {c.id for c in found}:
                found.insert(0, proposed)
                warnings.append(f"publisher {job.publisher!r} is not in the graph: proposed as a new organisation "
                                f"({proposed.id}); accepting it makes it the article's publisher")
            if publisher_id and not job.curated:
                job.header["publisher"] = publisher_id
                job.source = Source(sid, job.source.path, cands.as_yaml(job.header), job.source.language)
            if not job.article.date:  # a figure is true as of a date: without the article's, it cannot be stated
                for cand in [c for c in found if c.record and c.record.get("type") == "ReportedFigure"
                             and not c.record.get("as_of")]:
                    found.remove(cand)
                    warnings.append(f"figure {cand.key} ({' '.join(job.article.text[cand.start:cand.end].split())!r}) "
                                    "dropped: a figure is true as of a date, and the article has none")
            _label_sessions(found, gazetteer)
            _attach_figures(found, known_reviews, gazetteer)
            kept = [c for c in found if c.id not in done.rejected]
            compiler = Compiler(records + cands.records(job.source, kept), concepts, base)
            for entity in gazetteer.entities.values():
                compiler.types.setdefault(entity.id, entity.type)
            new = {r for c in kept if c.record for r in [c.id, *(n["id"] for n in c.needs)]
                   if r not in gazetteer.entities}
            status = {c.id: "accepted" for c in kept if c.id in done.accepted}
            quads = list(cands.quads(kept, job.source, compiler, job.article.text, base, status, new))
            description = [] if job.curated else list(compiler.source_quads(job.source))
            graph = cands.graph_iri(base, sid)
            replaced = graph in known
            graph_store.candidates.put_graph(graph, quads)
            source_graph = str(compiler.source_iri(sid))
            if description:  # an article no editor has reviewed yet is itself a candidate source
                graph_store.candidates.put_graph(source_graph, description)
            digest = job.article.sha256
            known[graph] = {"graph": graph, "format": "article", "file": str(job.article.path.resolve()),
                            "sha256": digest, "source": sid, "rows": len(kept), "url": job.article.url}
            if not job.curated:
                known[source_graph] = {"graph": source_graph, "format": "article-source", "source": sid,
                                       "file": str(job.article.path.resolve()), "sha256": digest,
                                       "header": job.header}
            proposed_ids = {c.id for c in found}
            gone = sorted((done.accepted | done.rejected) - proposed_ids - {publisher_id})
            reports.append(ArticleReport(job.article.path, sid, job.article.language, len(kept),
                                         sum(1 for c in kept if c.record and c.id in new), len(found) - len(kept),
                                         graph, job.curated, replaced, len(status), gone, warnings))
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
          ?t oa:hasSelector ?q . ?q oa:exact ?exact .
          OPTIONAL { ?t oa:hasSelector ?p . ?p oa:start ?start }
          OPTIONAL { ?c rg:proposedRecord ?record }
          OPTIONAL { ?c rg:proposesNew ?new }
        } GROUP BY ?c ?id ?type ?rule ?conf ?status ?record ORDER BY ?first ?id""", graph)
    return [{"iri": c.value, "id": i.value, "type": t.value, "rule": r.value, "confidence": float(conf.value),
             "status": local_name(s.value), "record": json.loads(rec.value) if rec else None,
             "start": int(first.value) if first else -1, "quote": q.value, "mentions": int(n.value),
             "new": int(p.value) > 0}
            for c, i, t, r, conf, s, rec, first, q, n, p in rows]

