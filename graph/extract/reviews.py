"""The editors' decisions on extracted candidates: one review file per article, in the curated format.

The files live outside the installed package, in the reviews directory: ``--reviews DIR``, else
``$RIGHTSGRAPH_REVIEWS``, else the user's data directory (``$XDG_DATA_HOME/rightsgraph/reviews``, by
:mod:`platformdirs`).  ``rightsgraph build`` compiles them with the curated data, so accepted candidates
become facts; review files shipped in the curated data (``data/reviews/``) are read too, and a user's
file of the same name takes their place (its first decision starts from a copy of the shipped one)::

    source: vna-2022-midterm-report-launch      # a source described elsewhere, or its description
    records:                                     # accepted candidates, as curated records
      - {type: PostHolding, holder: person/do-hung-viet, post: post/..., from_candidates: [holding/...]}
      - {type: Mention, of: org/undp, from_candidates: [org/undp]}
    rejected:                                    # never proposed again
      - {candidate: org/united-nations, quote: "UN", rule: gazetteer.acronym}
    corrected:                                   # what an editor changed in a candidate while accepting it
      - {candidate: holding/..., set: {post: post/x}, proposed: {post: post/y}}

Files are edited as a round trip (:mod:`ruamel.yaml`): an editor's comments and layout survive the next
decision.  Writing is all or nothing: the new file is checked with every other curated file (every
reference resolved) before it replaces the old one.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path

from rightsgraph.curation.curated import compile_curated, key_id, read_files
from rightsgraph.curation.model import TYPES
from rightsgraph.errors import ArgumentError, DataError
from rightsgraph.resources import curated_files, data_dir
from rightsgraph.yamlfile import Mapping, load_yaml

REVIEWS = "reviews"
PUBLISHER_RULE = "article.publisher"  # the candidate organisation an article's unknown publisher becomes
ENV = "RIGHTSGRAPH_REVIEWS"
HEADER = ("# Decisions of the rightsgraph editors on candidates extracted from this article.\n"
          "# Written by `rightsgraph review`; edit freely (comments are kept; a rebuild checks every field).\n")


def reviews_dir(explicit: Path | str | None = None) -> Path:
    """Where review files are kept: ``explicit``, else ``$RIGHTSGRAPH_REVIEWS``, else the user's data directory."""
    if explicit:
        return Path(explicit)
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    import platformdirs

    return Path(platformdirs.user_data_dir("rightsgraph", appauthor=False)) / REVIEWS


def for_store(explicit: Path | str | None, meta) -> Path:
    """The reviews directory for a command on a built store: ``explicit``, else ``$RIGHTSGRAPH_REVIEWS``, else
    the one the store was built with, else the default."""
    if not explicit and not os.environ.get(ENV) and getattr(meta, "reviews_dir", None):
        return Path(meta.reviews_dir)
    return reviews_dir(explicit)


def bundled_reviews(data: Path | None = None) -> Path:
    """The review files shipped with the curated data (the seed articles' decisions)."""
    return Path(data or data_dir()) / REVIEWS


def review_files(data: Path | None = None, reviews: Path | None = None) -> list[Path]:
    """Every review file: the user's, and the shipped ones no user file of the same name replaces."""
    user = sorted(reviews_dir(reviews).glob("*.yaml")) if reviews_dir(reviews).is_dir() else []
    names = {p.name for p in user}
    shipped = [p for p in sorted(bundled_reviews(data).glob("*.yaml")) if p.name not in names]
    return sorted([*user, *shipped], key=lambda p: p.name)


def build_files(data: Path | None = None, reviews: Path | None = None) -> list[Path]:
    """The curated files a build compiles: the curated data, with the review files of :func:`review_files`."""
    shipped = bundled_reviews(data).resolve()
    curated = [p for p in curated_files(data) if p.resolve().parent != shipped]
    return curated + review_files(data, reviews)


def digest(data: Path | None = None, reviews: Path | None = None) -> str:
    """A digest of the review files: the store records the one it was built with, so decisions written but
    not yet applied (a review killed before its rebuild) are noticed."""
    import hashlib

    h = hashlib.sha256()
    for path in review_files(data, reviews):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def review_path(reviews: Path | None, source_id: str) -> Path:
    return reviews_dir(reviews) / f"{source_id}.yaml"


@dataclass
class Decisions:
    """An article's decisions: candidate ids accepted and rejected, and the corrections made on accepting."""

    accepted: set[str] = field(default_factory=set)
    rejected: set[str] = field(default_factory=set)
    corrected: dict[str, dict] = field(default_factory=dict)  # candidate id -> {"set": {...}, "proposed": {...}}
    why: dict[str, dict] = field(default_factory=dict)  # rejected candidate id -> its quote, rule and note


def decisions(data: Path | None = None, reviews: Path | None = None) -> dict[str, Decisions]:
    """Per source id: the editors' decisions on its candidates."""
    found: dict[str, Decisions] = {}
    for path in review_files(data, reviews):
        doc = load_yaml(path)
        if not isinstance(doc, Mapping):
            continue  # the build reports it
        src = doc.get("source")
        sid = src if isinstance(src, str) else src.get("id") if isinstance(src, Mapping) else None
        if not isinstance(sid, str):
            continue
        decided = found.setdefault(sid, Decisions())
        for record in doc.get("records") or []:
            if isinstance(record, Mapping):
                decided.accepted.update(str(c) for c in record.get("from_candidates") or [])
        for item in doc.get("rejected") or []:
            if isinstance(item, Mapping) and isinstance(item.get("candidate"), str):
                decided.rejected.add(item["candidate"])
                decided.why[item["candidate"]] = {k: str(item[k]) for k in ("quote", "rule", "note") if k in item}
        for item in doc.get("corrected") or []:
            if isinstance(item, Mapping) and isinstance(item.get("candidate"), str):
                decided.corrected[item["candidate"]] = {"set": dict(item.get("set") or {}),
                                                        "proposed": dict(item.get("proposed") or {})}
    return found


def _yaml():
    from ruamel.yaml import YAML

    rt = YAML()  # round trip: comments, order and flow style kept
    rt.width = 110
    rt.indent(mapping=2, sequence=4, offset=2)
    rt.preserve_quotes = True
    return rt


def _remove(items, keep) -> None:
    """Delete in place (a round-trip list keeps the comments of the items that stay)."""
    for i in reversed(range(len(items))):
        if not keep(items[i]):
            del items[i]


@dataclass
class Accepted:
    """A candidate row accepted, with the fields the editor corrected (``set``) and the candidates whose
    evidence it also rests on (a date accepted as an event's)."""

    row: dict
    set: dict = field(default_factory=dict)
    also: list[str] = field(default_factory=list)


def record_decisions(source_id: str, header: dict | None, accept: list[dict | Accepted], reject: list[dict],
                     data: Path | None = None, note: str | None = None, reviews: Path | None = None) -> Path:
    """Write decisions on candidates (rows of :func:`rightsgraph.extract.ingest.candidate_rows`) into the
    article's review file in the reviews directory; return its path.  ``header`` describes a source not
    described elsewhere."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    accept = [a if isinstance(a, Accepted) else Accepted(a) for a in accept]
    path = review_path(reviews, source_id)
    shipped = bundled_reviews(data) / path.name
    rt = _yaml()
    start = path if path.exists() else shipped if shipped.exists() else None
    text = start.read_text(encoding="utf-8") if start else ""
    doc = rt.load(text) if text.strip() else None
    if doc is None:
        doc, text = CommentedMap(), HEADER
    if not isinstance(doc, dict):
        raise DataError("a review file must be a mapping with 'source' and 'records'", start)
    if not doc.get("source"):
        doc["source"] = header or source_id
    for key in ("records", "rejected", "corrected"):
        if doc.get(key) is None:
            doc[key] = CommentedSeq()
    ids = {a.row["id"] for a in accept} | {r["id"] for r in reject} | {c for a in accept for c in a.also}
    # a new decision replaces an earlier one on the same candidate
    _remove(doc["records"], lambda r: not (set(r.get("from_candidates") or []) & ids))
    _remove(doc["rejected"], lambda r: r.get("candidate") not in ids)
    _remove(doc["corrected"], lambda r: r.get("candidate") not in ids)
    others = [p for p in build_files(data, reviews) if p.name != path.name or p.parent.resolve() not in
              (path.parent.resolve(), shipped.parent.resolve())]
    declared = {r.id for r in read_files(others)} | {r.get("id") for r in doc["records"] if r.get("id")}
    for item in accept:
        proposal = item.row.get("record")
        if not proposal:
            raise DataError(f"{item.row['id']} is a date, evidence for other candidates: nothing to accept")
        for need in proposal["needs"]:
            if need["id"] not in declared:
                doc["records"].append({"type": need["type"], "id": need["id"], **need})
                declared.add(need["id"])
        record = {"type": proposal["record"]["type"], "id": proposal["record"]["id"], **proposal["record"]}
        if item.set:
            doc["corrected"].append({"candidate": item.row["id"], "set": dict(item.set),
                                     "proposed": {k: record.get(k) for k in item.set}})
            record.update(item.set)
            rtype = TYPES[record["type"]]
            if rtype.key and set(item.set) & set(rtype.key):  # named after what it now is: a holding of the
                record["id"] = key_id(rtype, record, source_id)  # corrected post is not the proposed post's
        if item.row.get("rule") == PUBLISHER_RULE and isinstance(doc["source"], dict):
            doc["source"]["publisher"] = record["id"]  # the publisher named in the header, now in the graph
        record["from_candidates"] = [item.row["id"], *item.also]  # not "candidate": a Candidacy has that field
        if note:
            record["note"] = [note]
        doc["records"].append(record)
        declared.add(record["id"])
    for row in reject:
        entry = {"candidate": row["id"], "quote": row["quote"], "rule": row["rule"]}
        if note:
            entry["note"] = note
        doc["rejected"].append(entry)
    for key in ("rejected", "corrected"):
        if not doc[key]:
            del doc[key]
    out = io.StringIO()
    rt.dump(doc, out)
    body = out.getvalue()
    if text == HEADER:
        body = HEADER + body
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(".*.yaml.tmp"):  # left by a review that was killed while writing
        stale.unlink(missing_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(body, encoding="utf-8")
    try:
        compile_curated([*others, tmp])  # every reference must resolve before the file is replaced
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def apply(store, data: Path | None = None, reviews: Path | None = None) -> None:
    """Set the review status of every candidate in the store's review workspace from the decisions."""
    import pyoxigraph as ox

    from rightsgraph.namespaces import CANDIDATES_SUFFIX, RG, RGC, is_candidate_graph, source_id_of_graph

    decided = decisions(data, reviews)
    status_p, id_p = ox.NamedNode(str(RG.reviewStatus)), ox.NamedNode(str(RG.candidateId))
    workspace = store.candidates
    for graph in workspace.graphs():
        if not is_candidate_graph(graph):
            continue
        sid = source_id_of_graph(store.base, graph.removesuffix(CANDIDATES_SUFFIX))
        done = decided.get(sid, Decisions())
        for quad in list(workspace.quads(None, id_p, None, graph)):
            cid = quad.object.value
            state = "accepted" if cid in done.accepted else "rejected" if cid in done.rejected else "unreviewed"
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
        raise ArgumentError(f"{evidence[0]['id']} is a date (evidence for other candidates): accept it as an "
                            "event's date with --set event=EVENT (an event candidate's id or number)")
    return [r for r in chosen_accept if r["record"]], chosen_reject


def corrected(rows: list[dict], accept: str | None, sets: tuple[str, ...] | list[str]) -> Accepted:
    """The one candidate ``--accept`` names, with the ``--set FIELD=VALUE`` corrections checked against its
    record type; a date accepted with ``--set event=EVENT`` becomes that event candidate's date."""
    from rightsgraph.curation.model import TYPES

    chosen = choose(accept, rows, 0.0) if accept else []
    if len(chosen) != 1 or accept.strip() == "all":
        raise ArgumentError("--set corrects one candidate: name it alone with --accept (its number or id)")
    row = chosen[0]
    values: dict[str, object] = {}
    for pair in sets:
        key, sep, value = pair.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key or not value:
            raise ArgumentError(f"--set takes FIELD=VALUE, not {pair!r}")
        values[key] = value
    if row["record"] is None:  # a date: evidence, accepted as the date of an event of the article
        if set(values) != {"event"}:
            raise ArgumentError(f"{row['id']} is a date: accept it as an event's date with --set event=EVENT")
        [event] = choose(str(values["event"]), rows, 0.0) if str(values["event"]) != "all" else [None]
        if not event or not event["record"] or event["record"]["record"]["type"] != "Event":
            raise ArgumentError(f"{values['event']!r} is not an event candidate of this article")
        return Accepted(event, {"date": row["id"].removeprefix("date/")}, [row["id"]])
    rtype = TYPES[row["record"]["record"]["type"]]
    fixed: dict[str, object] = {}
    for key, value in values.items():
        spec = rtype.fields.get(key)
        if spec is None or key in ("from_candidates", "quote", "note") or (spec.derived and key != "value"):
            fields = ", ".join(k for k, f in rtype.fields.items() if k not in ("from_candidates", "quote", "note")
                               and (not f.derived or k == "value"))
            raise ArgumentError(f"{key!r} is not a field a {rtype.name} can be corrected in; its fields: {fields}")
        if spec.kind == "boolean":
            if value.lower() not in ("true", "false"):
                raise ArgumentError(f"{key} is true or false, not {value!r}")
            fixed[key] = value.lower() == "true"
        else:
            fixed[key] = [v.strip() for v in value.split(",")] if spec.many else value
    return Accepted(row, fixed)


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
