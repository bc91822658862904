"""The editors' decisions on extracted candidates, kept in the curated data (``data/reviews/``).

One file per article, in the curated format, so a rebuild turns accepted candidates into facts and
the decisions live in version control::

    source: vna-2022-midterm-report-launch      # a source described elsewhere, or its description
    records:                                     # accepted candidates, as curated records
      - {type: PostHolding, holder: person/do-hung-viet, post: post/..., from_candidates: [holding/...]}
      - {type: Mention, of: org/undp, from_candidates: [org/undp]}
    rejected:                                    # never proposed again
      - {candidate: org/united-nations, quote: "UN", rule: gazetteer.acronym}

Writing is all or nothing: the new file is checked with every other curated file (every reference
resolved) before it replaces the old one.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from rightsgraph.curation.curated import compile_curated, read_files
from rightsgraph.errors import ArgumentError, DataError
from rightsgraph.resources import curated_files, data_dir
from rightsgraph.yamlfile import Mapping, Sequence, load_yaml

REVIEWS = "reviews"


def review_path(data: Path | None, source_id: str) -> Path:
    return Path(data or data_dir()) / REVIEWS / f"{source_id}.yaml"


def decisions(data: Path | None = None) -> dict[str, tuple[set[str], set[str]]]:
    """Per source id: the ids of the candidates accepted and of those rejected."""
    found: dict[str, tuple[set[str], set[str]]] = {}
    for path in sorted((Path(data or data_dir()) / REVIEWS).glob("*.yaml")):
        doc = load_yaml(path)
        if not isinstance(doc, Mapping):
            continue  # the build reports it
        src = doc.get("source")
        sid = src if isinstance(src, str) else src.get("id") if isinstance(src, Mapping) else None
        if not isinstance(sid, str):
            continue
        accepted, rejected = found.setdefault(sid, (set(), set()))
        for record in doc.get("records") or []:
            if isinstance(record, Mapping):
                accepted.update(str(c) for c in record.get("from_candidates") or [])
        for item in doc.get("rejected") or []:
            if isinstance(item, Mapping) and isinstance(item.get("candidate"), str):
                rejected.add(item["candidate"])
    return found


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | Sequence):
        return [_plain(v) for v in value]
    return value


def record_decisions(source_id: str, header: dict | None, accept: list[dict], reject: list[dict],
                     data: Path | None = None, note: str | None = None) -> Path:
    """Write decisions on candidates (rows of :func:`rightsgraph.extract.ingest.candidate_rows`) into the
    article's review file; return its path.  ``header`` describes a source not described elsewhere."""
    path = review_path(data, source_id)
    doc = _plain(load_yaml(path)) if path.exists() else {}
    doc = {"source": doc.get("source") or header or source_id, "records": doc.get("records") or [],
           "rejected": doc.get("rejected") or []}
    ids = {row["id"] for row in accept + reject}
    # a new decision replaces an earlier one on the same candidate
    doc["records"] = [r for r in doc["records"] if not set(r.get("from_candidates") or []) & ids]
    doc["rejected"] = [r for r in doc["rejected"] if r.get("candidate") not in ids]
    others = [p for p in curated_files(data) if p.resolve() != path.resolve()]
    declared = {r.id for r in read_files(others)}
    for row in accept:
        if not row.get("record"):
            raise DataError(f"{row['id']} is a date, evidence for other candidates: nothing to accept")
        proposal = row["record"]
        for need in proposal["needs"]:
            if need["id"] not in declared:
                doc["records"].append({"type": need["type"], "id": need["id"], **need})
                declared.add(need["id"])
        record = {"type": proposal["record"]["type"], "id": proposal["record"]["id"], **proposal["record"]}
        record["from_candidates"] = [row["id"]]  # not "candidate": a Candidacy has a field of that name
        if note:
            record["note"] = [note]
        doc["records"].append(record)
        declared.add(record["id"])
    for row in reject:
        entry = {"candidate": row["id"], "quote": row["quote"], "rule": row["rule"]}
        if note:
            entry["note"] = note
        doc["rejected"].append(entry)
    if not doc["rejected"]:
        del doc["rejected"]
    text = ("# Decisions of the rightsgraph editors on candidates extracted from this article.\n"
            "# Written by `rightsgraph review`; edit freely (a rebuild checks every field).\n"
            + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110))
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(".*.yaml.tmp"):  # left by a review that was killed while writing
        stale.unlink(missing_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    try:
        compile_curated([*others, tmp])  # every reference must resolve before the file is replaced
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def apply(store, data: Path | None = None) -> None:
    """Set the review status of every candidate in the store's review workspace from the decisions."""
    import pyoxigraph as ox

    from rightsgraph.namespaces import CANDIDATES_SUFFIX, RG, RGC, is_candidate_graph, source_id_of_graph

    decided = decisions(data)
    status_p, id_p = ox.NamedNode(str(RG.reviewStatus)), ox.NamedNode(str(RG.candidateId))
    workspace = store.candidates
    for graph in workspace.graphs():
        if not is_candidate_graph(graph):
            continue
        sid = source_id_of_graph(store.base, graph.removesuffix(CANDIDATES_SUFFIX))
        accepted, rejected = decided.get(sid, (set(), set()))
        for quad in list(workspace.quads(None, id_p, None, graph)):
            cid = quad.object.value
            state = "accepted" if cid in accepted else "rejected" if cid in rejected else "unreviewed"
            workspace.set_object(quad.subject, status_p, ox.NamedNode(f"{RGC}review-status/{state}"), graph)


def decide(rows: list[dict], accept: str | None, reject: str | None,
           min_confidence: float = 0.0) -> tuple[list[dict], list[dict]]:
    """The candidates an editor accepts and rejects, from ``--accept``/``--reject`` specs.

    ``all`` means every unreviewed candidate at least ``min_confidence`` sure, but those named for the other
    decision; a candidate both accepted and rejected is refused; a date (evidence for other candidates,
    with no record of its own) cannot be accepted by name, and ``all`` passes it over.
    """
    chosen_accept = choose(accept, rows, min_confidence) if accept else []
    chosen_reject = choose(reject, rows, min_confidence) if reject else []
    if accept and accept.strip() == "all":
        chosen_accept = [r for r in chosen_accept if r not in chosen_reject]
    elif reject and reject.strip() == "all":
        chosen_reject = [r for r in chosen_reject if r not in chosen_accept]
    both = {r["id"] for r in chosen_accept} & {r["id"] for r in chosen_reject}
    if both:
        raise ArgumentError(f"accepted and rejected at once: {', '.join(sorted(both))}")
    evidence = [r for r in chosen_accept if not r["record"]]
    if evidence and accept != "all":
        raise ArgumentError(f"{evidence[0]['id']} is a date (evidence for other candidates): nothing to accept")
    return [r for r in chosen_accept if r["record"]], chosen_reject


def choose(spec: str, rows: list[dict], min_confidence: float) -> list[dict]:
    """``all``, numbers and ranges as listed (``1,3-5``), or candidate ids."""
    if spec.strip() == "all":
        return [r for r in rows if r["confidence"] >= min_confidence and r["status"] == "unreviewed"]
    by_id = {r["id"]: r for r in rows}
    chosen: list[dict] = []
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        if part in by_id:
            chosen.append(by_id[part])
            continue
        lo, _, hi = part.partition("-")
        if not (lo.isdigit() and (not hi or hi.isdigit())):
            raise ArgumentError(f"{part!r} is neither a candidate number, a range (3-5) nor a candidate id")
        first, last = int(lo), int(hi or lo)
        if not 1 <= first <= last <= len(rows):
            raise ArgumentError(f"{part!r}: the candidates are numbered 1 to {len(rows)}")
        chosen += rows[first - 1:last]
    return list({r["id"]: r for r in chosen}.values())
