"""Curated data files → RDF quads, one named graph per source.

A curated file is YAML with two keys: ``source`` (the document or dataset that states the facts)
and ``records`` (the facts).  Every record has a ``type`` from :data:`rightsgraph.curation.model.TYPES`; an
``id`` such as ``person/do-hung-viet`` names it, or is derived from its key fields.  The same id may
appear in several files: each file adds what its source states, in its own graph.

Reading is two passes over all files: first every id and its type is declared, then every
reference is resolved and every value checked.  Any problem raises :class:`DataError` naming the
file, line and value, before a single quad is produced.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from rightsgraph import kinds
from rightsgraph.curation.model import SOURCE_FIELDS, SOURCE_KINDS, TYPES, Field, RecordType, is_subtype
from rightsgraph.errors import DataError, UnknownNameError
from rightsgraph.ids import collisions, id_key
from rightsgraph.kinds import LANG as _LANG
from rightsgraph.kinds import date_bounds, parse_date
from rightsgraph.namespaces import QUDT, RG, RGC, SCHEMA, UNIT, base_iri, local_name
from rightsgraph.resources import ontology_dir, ontology_files
from rightsgraph.text import locate, slugify
from rightsgraph.yamlfile import Mapping, Sequence, load_yaml

Quad = tuple[URIRef, URIRef, object, URIRef]

_ID = re.compile(r"^[a-z][a-z0-9-]*/[a-z0-9][a-z0-9.-]*$")
_SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_TERM = re.compile(r"^(\d{4})\s*[-–]\s*(\d{4})$")


@dataclass
class Source:
    id: str
    path: Path
    data: Mapping
    language: str


@dataclass
class Record:
    type: RecordType
    id: str
    data: Mapping
    line: int
    source: Source


def read_files(paths: Iterable[Path]) -> list[Record]:
    """Read and check curated files; return their records with every id declared and unique per type."""
    records: list[Record] = []
    sources: dict[str, Path] = {}
    defined: dict[str, Source] = {}
    later = []
    for path in sorted(paths):
        found = _read_file(path, sources, defined)
        if found is None:  # it adds to a source another file describes: read it when all are known
            later.append(path)
        else:
            records.extend(found)
    for path in later:
        records.extend(_read_file(path, sources, defined, final=True) or [])
    declared: dict[str, Record] = {}
    for record in records:
        first = declared.setdefault(record.id, record)
        if first.type.name != record.type.name:
            raise DataError(f"{record.id} is declared as {first.type.name} in {first.source.path}:"
                            f"{first.line} and as {record.type.name} here", record.source.path, record.line)
    for first, later in collisions(declared):
        one, other = declared[first], declared[later]
        raise DataError(f"{later} and {first} (declared in {one.source.path}:{one.line}) are spellings of one id "
                        f"(rightsgraph.ids): declare the body or post once and refer to it by one id",
                        other.source.path, other.line)
    return records


def _read_file(path: Path, sources: dict[str, Path], defined: dict[str, Source],
               final: bool = False) -> list[Record] | None:
    """The file's records; ``None`` if its source is described in another file not read yet."""
    if path.suffix == ".csv":
        from rightsgraph.curation.states import state_mappings, state_source

        source = _read_source(state_source(), path, sources)
        return [_read_record(item, line, source) for item, line in state_mappings(path)]
    doc = load_yaml(path)
    if not isinstance(doc, Mapping):
        raise DataError("a curated file must be a mapping with 'source' and 'records'", path, 1)
    _check_keys(doc, {"source", "records", "rejected", "corrected"}, path, "top level")
    src = doc.get("source")
    if isinstance(src, str):  # the id of a source another file describes (a review of a seed article)
        if not final:
            return None
        if src not in defined:
            raise UnknownNameError("no curated file describes this source", path, doc.lines["source"], src)
        source = Source(src, path, defined[src].data, defined[src].language)
    elif not isinstance(src, Mapping):
        raise DataError("'source' must be a mapping describing the source, or a source's id", path, doc.line)
    else:
        source = _read_source(src, path, sources)
        defined[source.id] = source
    if "rejected" in doc:
        _check_rejected(doc["rejected"], path, doc.lines["rejected"])
    if "corrected" in doc:
        _check_corrected(doc["corrected"], path, doc.lines["corrected"])
    items = doc.get("records", Sequence())
    if not isinstance(items, Sequence):
        raise DataError("'records' must be a list", path, doc.lines.get("records"))
    records, seen = [], {}
    for item, line in zip(items, items.lines, strict=True):
        record = _read_record(item, line, source)
        if record.id in seen and record.type.per_source:
            raise DataError(f"two records get the id {record.id} (the other is at line {seen[record.id]});"
                            " give one an explicit 'id'", path, line)
        seen[record.id] = line
        records.append(record)
    return records


def _check_rejected(items: object, path: Path, line: int) -> None:
    """``rejected``: the candidates editors turned down, ``{candidate: <id>, quote: ..., note: ...}`` each."""
    if not isinstance(items, Sequence):
        raise DataError("'rejected' must be a list", path, line)
    for item, item_line in zip(items, items.lines, strict=True):
        if not isinstance(item, Mapping) or not isinstance(item.get("candidate"), str):
            raise DataError("each rejected entry is a mapping with a 'candidate' id", path, item_line, item)
        _check_keys(item, {"candidate", "quote", "note", "confidence", "rule"}, path, "a rejected entry")


def _check_corrected(items: object, path: Path, line: int) -> None:
    """``corrected``: what editors changed in candidates they accepted, ``{candidate: <id>, set: {...},
    proposed: {...}}`` each (the record itself states the corrected values)."""
    if not isinstance(items, Sequence):
        raise DataError("'corrected' must be a list", path, line)
    for item, item_line in zip(items, items.lines, strict=True):
        if not isinstance(item, Mapping) or not isinstance(item.get("candidate"), str) \
                or not isinstance(item.get("set"), Mapping):
            raise DataError("each corrected entry is a mapping with a 'candidate' id and the fields it 'set'",
                            path, item_line, item)
        _check_keys(item, {"candidate", "set", "proposed", "note"}, path, "a corrected entry")


def _read_source(src: Mapping, path: Path, sources: dict[str, Path]) -> Source:
    _check_keys(src, {"id", *SOURCE_FIELDS}, path, "source")
    sid = src.get("id")
    if not isinstance(sid, str) or not _SOURCE_ID.match(sid):
        raise DataError("source id must be lower-case letters, digits and hyphens", path,
                        src.lines.get("id", src.line), sid)
    if sid in sources:
        raise DataError(f"source id {sid!r} is already used by {sources[sid]}", path, src.lines["id"])
    sources[sid] = path
    language = src.get("language")
    if not isinstance(language, str) or not _LANG.match(language):
        raise DataError("source language must be a language tag such as 'en' or 'vi'", path,
                        src.lines.get("language", src.line), language)
    return Source(sid, path, src, language)


def _check_keys(mapping: Mapping, allowed: set[str], path: Path, where: str) -> None:
    for key in mapping:
        if key not in allowed:
            hint = difflib.get_close_matches(key, sorted(allowed), n=3)
            raise DataError(f"unknown field {key!r} in {where}"
                            + (f"; did you mean {', '.join(hint)}?" if hint else
                               f"; allowed: {', '.join(sorted(allowed))}"),
                            path, mapping.lines[key])


def _read_record(item: object, line: int, source: Source) -> Record:
    path = source.path
    if not isinstance(item, Mapping):
        raise DataError("each record must be a mapping with a 'type'", path, line, item)
    name = item.get("type")
    rtype = TYPES.get(name) if isinstance(name, str) else None
    if rtype is None:
        hint = difflib.get_close_matches(str(name), TYPES, n=3)
        raise UnknownNameError("unknown record type" + (f"; did you mean {', '.join(hint)}?" if hint else
                               f"; known types: {', '.join(TYPES)}"), path, item.lines.get("type", line), name)
    _check_keys(item, {"type", "id", *rtype.fields}, path, f"a {name} record")
    for key, spec in rtype.fields.items():
        if spec.required and item.get(key) in (None, "", []):
            raise DataError(f"a {name} record needs {key!r}", path, line)
    rid = item.get("id")
    if rid is None:
        if not rtype.key:
            raise DataError(f"a {name} record needs an 'id' such as '{rtype.segment}/some-name'", path, line)
        rid = key_id(rtype, item, source.id)
    elif not isinstance(rid, str) or not _ID.match(rid):
        raise DataError("an id is '<kind>/<name>' in lower-case letters, digits, '.' and '-'", path,
                        item.lines["id"], rid)
    elif rid.split("/", 1)[0] != rtype.segment:
        raise DataError(f"the id of a {name} starts with '{rtype.segment}/'", path, item.lines["id"], rid)
    return Record(rtype, rid, item, line, source)


def key_id(rtype, item, source_id: str) -> str:
    """The id of a record with no id of its own, made from its key fields (``holding/<holder>--<post>``)."""
    parts = [source_id] if rtype.per_source else []
    for key in rtype.key:
        value = item[key]
        parts.append(slugify(_first_text(value), max_words=8) if rtype.fields[key].kind == "text"
                     else local_name(str(value)))
    return f"{rtype.segment}/{'--'.join(parts)}"


def _first_text(value: object) -> str:
    if isinstance(value, Mapping):
        return str(next(iter(value.values()), ""))
    return str(value)


class Compiler:
    """Turns checked records into quads; holds the id table and the known concept notations."""

    def __init__(self, records: list[Record], concepts: set[str], base: str | None = None,
                 texts: Path | None = None) -> None:
        self.records = records
        self.concepts = concepts
        self.base = base_iri(base)
        #: the folder of the sources' local copies: quotes are located in them (offsets) and checked
        self.texts = texts
        self._text_cache: dict[str, str | None] = {}
        self.types: dict[str, str] = {}
        self.figures: dict[str, Record] = {}
        for record in records:
            self.types.setdefault(record.id, record.type.name)
            if record.type.name == "ReportedFigure":
                self.figures[record.id] = record
        self._quads: list[Quad] | None = None

    def compile(self) -> list[Quad]:
        """Every quad, checked; computed once."""
        if self._quads is None:
            self._quads = list(self.quads())
        return self._quads

    def iri(self, rid: str) -> URIRef:
        return URIRef(self.base + rid)

    def source_iri(self, sid: str) -> URIRef:
        return URIRef(f"{self.base}source/{sid}")

    def quads(self) -> Iterator[Quad]:
        done: set[str] = set()
        for record in self.records:
            if record.source.id not in done:
                done.add(record.source.id)
                yield from self._source_quads(record.source)
            yield from self._record_quads(record)

    def sources(self) -> list[Source]:
        seen: dict[str, Source] = {}
        for record in self.records:
            seen.setdefault(record.source.id, record.source)
        return list(seen.values())

    def source_quads(self, source: Source) -> Iterator[Quad]:
        """The description of a source, in its own graph."""
        return self._source_quads(source)

    def record_quads(self, record: Record) -> Iterator[Quad]:
        """One record's statements, checked (its references resolved against every declared id)."""
        return self._record_quads(record)

    def _source_quads(self, source: Source) -> Iterator[Quad]:
        g = self.source_iri(source.id)
        data = source.data
        kind = data.get("kind")
        if kind not in SOURCE_KINDS:
            raise DataError(f"source kind must be one of {', '.join(SOURCE_KINDS)}", source.path,
                            data.lines.get("kind", data.line), kind)
        yield g, RDF.type, SOURCE_KINDS[kind], g
        yield g, DCTERMS.identifier, Literal(source.id), g
        for key, spec in SOURCE_FIELDS.items():
            if key != "kind" and key in data:
                for obj in self._values(spec, data[key], data.lines[key], source, key):
                    yield g, spec.predicate, obj, g

    def _record_quads(self, record: Record) -> Iterator[Quad]:
        s, g = self.iri(record.id), self.source_iri(record.source.id)
        if record.type.name == "Mention":  # a statement about the source, not a resource of its own
            s = g
            statements = self._statements(record, ("of",))
        else:
            self._check_interval(record)
            yield s, RDF.type, record.type.cls, g
            yield s, PROV.wasDerivedFrom, g, g
            statements = [("type", RDF.type, record.type.cls), *self._statements(record)]
            if record.type.name == "PostHolding":
                yield from self._attestations(record, s, g)
            elif record.type.name == "ReportedFigure":
                statements.extend(self._figure(record))
        for _key, p, o in statements:
            if p != RDF.type:
                yield s, p, o, g
        yield from self._evidence(record, s, g, statements)

    def _statements(self, record: Record, keys: tuple[str, ...] | None = None) -> list[tuple[str, URIRef, object]]:
        """``(field, predicate, object)`` of every value the record states (not its quotes)."""
        out = []
        for key, value in record.data.items():
            if key in ("type", "id", "quote") or (keys is not None and key not in keys):
                continue
            spec = record.type.fields[key]
            if spec.derived:
                continue  # stated by _attestations or _figure
            line = record.data.lines[key]
            if spec.kind == "term":
                out.extend((key, p, o) for p, o in self._term(value, record.source.path, line))
            elif spec.kind == "field":
                out.extend((key, spec.predicate, p) for p in self._field_iris(record, value, line))
            else:
                out.extend((key, spec.predicate, o) for o in self._values(spec, value, line, record.source, key))
        return out

    # ---- statement-level evidence ---------------------------------------------------------------------------

    def _evidence(self, record: Record, s: URIRef, g: URIRef,
                  statements: list[tuple[str, URIRef, object]]) -> Iterator[Quad]:
        """One rg:Evidence (an rdf:Statement) per statement and quote that states it, in the source's graph.

        A record with one quote: it states all the record's values.  A record with several: each says
        which fields it states (``{text: ..., for: [term]}``), so that every value keeps its own words.
        """
        if "quote" not in record.data:
            return
        value, line = record.data["quote"], record.data.lines["quote"]
        items = list(zip(value, value.lines, strict=True)) if isinstance(value, Sequence) else [(value, line)]
        stated = {key for key, _p, _o in statements}
        for item, item_line in items:
            text, fields = self._quote(record, item, item_line, several=len(items) > 1)
            unknown = sorted(set(fields or ()) - stated)
            if unknown:
                raise DataError(f"the quote is said to state {', '.join(unknown)}, which this record does not "
                                f"give; it gives {', '.join(sorted(stated))}", record.source.path, item_line)
            quote = Literal(text, lang=record.source.language)
            span = self._locate(record.source, text, item_line)
            for key, p, o in statements:
                if fields is not None and key not in fields:
                    continue
                digest = hashlib.sha1(f"{s} {p} {o.n3()} {text}".encode()).hexdigest()[:16]
                e = URIRef(f"{self.base}evidence/{record.source.id}--{digest}")
                yield e, RDF.type, RG.Evidence, g
                yield e, RDF.subject, s, g
                yield e, RDF.predicate, p, g
                yield e, RDF.object, o, g
                yield e, RG.quote, quote, g
                yield e, PROV.wasDerivedFrom, g, g
                if span:
                    yield e, RG.quoteStart, Literal(span[0], datatype=XSD.integer), g
                    yield e, RG.quoteEnd, Literal(span[1], datatype=XSD.integer), g

    def _quote(self, record: Record, item: object, line: int, several: bool) -> tuple[str, list[str] | None]:
        path = record.source.path
        if isinstance(item, str):
            if several:
                raise DataError("a record with several quotes says which fields each states: "
                                "{text: ..., for: [field, ...]}", path, line, item)
            return item, None
        if not isinstance(item, Mapping) or not isinstance(item.get("text"), str):
            raise DataError("a quote is the source's words, or {text: ..., for: [field, ...]}", path, line, item)
        _check_keys(item, {"text", "for"}, path, "a quote")
        fields = item.get("for")
        if isinstance(fields, str):
            fields = [fields]
        if not isinstance(fields, list) or not fields or not all(isinstance(f, str) for f in fields):
            raise DataError("'for' lists the fields the quote states", path, item.lines.get("for", line), fields)
        return item["text"], list(fields)

    def _locate(self, source: Source, quote: str, line: int) -> tuple[int, int] | None:
        """The quote's character offsets in the source's local copy (when the copy is at hand)."""
        name = source.data.get("local_copy")
        if not name or self.texts is None:
            return None
        if name not in self._text_cache:
            copy = self.texts / name
            self._text_cache[name] = copy.read_text(encoding="utf-8") if copy.is_file() else None
        text = self._text_cache[name]
        if text is None:
            return None
        span = locate(quote, text)
        if span is None:
            raise DataError(f"the quote is not in the source's text {self.texts / name}", source.path, line, quote)
        return span

    # ---- tenures ---------------------------------------------------------------------------------------------

    def _attestations(self, record: Record, s: URIRef, g: URIRef) -> Iterator[Quad]:
        """Each date a source reports the holder in the post: dated evidence of the tenure (rg:Attestation).

        Dates are the record's ``attested``; else the source's date, or its date range when the source is
        undated, flagged ``rg:inferred``.
        """
        source, path = record.source, record.source.path
        dates: list[tuple[Literal | None, Literal, Literal, bool]] = []
        if "attested" in record.data:
            value, line = record.data["attested"], record.data.lines["attested"]
            pairs = zip(value, value.lines, strict=True) if isinstance(value, Sequence) else [(value, line)]
            for item, item_line in pairs:
                lit = parse_date(item, path, item_line, "attested")
                dates.append((lit, *date_bounds(lit), False))
        else:
            data = source.data
            inferred = data.get("date_inferred") is True
            if "date_earliest" in data or "date_latest" in data:
                first = parse_date(data.get("date_earliest", data.get("date_latest")), source.path)
                last = parse_date(data.get("date_latest", data.get("date_earliest")), source.path)
                dates.append((None, date_bounds(first)[0], date_bounds(last)[1], True))
            elif "date" in data:
                lit = parse_date(data["date"], source.path)
                dates.append((lit, *date_bounds(lit), inferred))
            # a source with no date at all has no report date to give (the source shape flags it)
        start, end = self._interval(record)
        for lit, earliest, latest, inferred in dates:
            if (start and latest.value < start.value) or (end and earliest.value > end.value):
                raise DataError(f"attested on {lit or f'{earliest}..{latest}'}, outside the tenure it states "
                                f"({start or '?'} to {end or '?'}); another tenure of the post needs an id of "
                                "its own", path, record.line)
            a = URIRef(f"{self.base}attestation/{source.id}--{record.id.split('/', 1)[1]}--{earliest}")
            yield s, RG.attestation, a, g
            yield a, RDF.type, RG.Attestation, g
            if lit is not None:
                yield a, RG.attestedOn, lit, g
            yield a, RG.earliest, earliest, g
            yield a, RG.latest, latest, g
            yield a, RG.inferred, Literal(inferred), g
            yield a, PROV.wasDerivedFrom, g, g

    def _interval(self, record: Record) -> tuple[Literal | None, Literal | None]:
        """The record's start and end as xsd:date bounds (earliest start, latest end)."""
        path, data = record.source.path, record.data
        def bound(key: str, which: int) -> Literal | None:
            return date_bounds(parse_date(data[key], path, data.lines[key], key))[which] if key in data else None

        return bound("start", 0), bound("end", 1)

    def _check_interval(self, record: Record) -> None:
        if "start" in record.type.fields and "end" in record.type.fields:
            start, end = self._interval(record)
            if start and end and end.value < start.value:
                raise DataError(f"ends ({record.data['end']}) before it starts ({record.data['start']})",
                                record.source.path, record.data.lines["end"], record.data["end"])

    # ---- figures ---------------------------------------------------------------------------------------------

    def _figure(self, record: Record) -> list[tuple[str, URIRef, object]]:
        """A figure's value or bounds, its unit (from its measure) and the date it is true of."""
        data, path = record.data, record.source.path
        measure = str(data["measure"])
        unit = measure_units().get(measure)
        if unit is None:
            raise DataError(f"the measure {measure!r} has no unit in the concept scheme", path,
                            data.lines["measure"], measure)
        qualifier = data.get("qualifier")
        line = data.lines.get("value", record.line)
        number = (next(kinds.decimal(data["value"], kinds.Where("value", path, line))).toPython()
                  if "value" in data else None)
        out: list[tuple[str, URIRef, object]] = [("measure", QUDT.unit, unit)]
        if qualifier in _RANGES:
            if number is not None:
                raise DataError(f"{qualifier!r} states no number: give no 'value' (the range is "
                                f"{_RANGES[qualifier][0]}-{_RANGES[qualifier][1]})", path, line, data["value"])
            low, high = _RANGES[qualifier]
            out += [("qualifier", SCHEMA.minValue, _decimal(low)), ("qualifier", SCHEMA.maxValue, _decimal(high))]
        elif number is None:
            raise DataError("a figure needs a 'value'", path, record.line)
        elif unit == UNIT.PERCENT and number > 100:
            raise DataError("a share is at most 100%", path, line, data["value"])
        elif number < 0:
            raise DataError("a figure is not negative", path, line, data["value"])
        elif qualifier == "more-than":  # a count of more than 70 is at least 71
            out.append(("value", SCHEMA.minValue, _decimal(number + 1 if unit == UNIT.NUM else number)))
        elif qualifier == "nearly":
            out.append(("value", SCHEMA.maxValue, _decimal(number)))
        else:
            out.append(("value", RG.value, _decimal(number)))
            if qualifier == "about":
                out.append(("value", RG.approximate, Literal(True)))
        if "of" in data:
            self._check_denominator(record, unit, number)
        if "as_of" in data:
            out.append(("as_of", RG.asOf, parse_date(data["as_of"], path, data.lines["as_of"], "as_of")))
        else:  # the source's date: the figure is true of the day it was published
            src = record.source.data
            when = src.get("date", src.get("date_latest"))
            if when is None:
                raise DataError("a figure needs 'as_of' when its source has no date", path, record.line)
            out += [("as_of", RG.asOf, parse_date(when, record.source.path)), ("as_of", RG.asOfInferred, Literal(True))]
        return out

    def _check_denominator(self, record: Record, unit: URIRef, number: Decimal | None) -> None:
        """The figure ``of`` names is a count, and a count is not larger than it."""
        data, path, line = record.data, record.source.path, record.data.lines["of"]
        whole = self.figures.get(data["of"]) if isinstance(data["of"], str) else None
        if whole is None:
            return  # the ref check names what is wrong
        whole_unit = measure_units().get(str(whole.data["measure"]))
        if whole_unit != UNIT.NUM:
            raise DataError(f"the denominator {data['of']} is not a count", path, line, data["of"])
        whole_value = whole.data.get("value")
        if unit == UNIT.NUM and number is not None and whole_value is not None and number > Decimal(str(whole_value)):
            raise DataError(f"{number} is more than its denominator {data['of']} ({whole_value})", path, line,
                            data["of"])

    def _field_iris(self, record: Record, value: object, line: int) -> list[URIRef]:
        """A field name of the record's subject (``term``) → the properties it is kept as."""
        about = record.data.get("about")
        rtype = TYPES.get(self.types.get(about, "")) if isinstance(about, str) else None
        spec = rtype.fields.get(value) if rtype and isinstance(value, str) else None
        if spec is None or spec.predicate is None:
            known = ", ".join(sorted(rtype.fields)) if rtype else "?"
            raise UnknownNameError(f"not a field of {about}; its fields: {known}", record.source.path, line, value)
        return [RG.termLabel, RG.termStart, RG.termEnd] if spec.kind == "term" else [spec.predicate]

    def _values(self, spec: Field, value: object, line: int, source: Source, key: str) -> Iterator[object]:
        if isinstance(value, Sequence):
            if not spec.many:
                raise DataError(f"{key!r} takes one value, not a list", source.path, line)
            for item, item_line in zip(value, value.lines, strict=True):
                yield from self._one(spec, item, item_line, source, key)
        else:
            yield from self._one(spec, value, line, source, key)

    def _one(self, spec: Field, value: object, line: int, source: Source, key: str) -> Iterator[object]:
        """One value's terms: the kinds of :mod:`rightsgraph.kinds`, or a reference or concept checked against
        the compiler's tables."""
        if value is None:
            raise DataError(f"{key!r} is empty", source.path, line)
        if spec.kind == "ref":
            yield self._ref(spec, value, source.path, line, key)
        elif spec.kind == "concept":
            yield self._concept(spec, value, source.path, line, key)
        else:
            yield from kinds.CONVERTERS[spec.kind](value, kinds.Where(key, source.path, line, source.language))

    def _concept(self, spec: Field, value: object, path: Path, line: int, key: str) -> URIRef:
        notation = str(value)
        if f"{spec.scheme}/{notation}" not in self.concepts:
            known = sorted(c.split("/", 1)[1] for c in self.concepts if c.startswith(f"{spec.scheme}/"))
            raise UnknownNameError(f"{key!r}: not a concept of the {spec.scheme} scheme; known: "
                                   f"{', '.join(known)}", path, line, value)
        return RGC[f"{spec.scheme}/{notation}"]

    def _ref(self, spec: Field, value: object, path: Path, line: int, key: str) -> URIRef:
        if not isinstance(value, str) or value not in self.types:
            same = [rid for rid in self.types if id_key(rid) == id_key(str(value))]  # another spelling of it
            hint = same or difflib.get_close_matches(str(value), self.types, n=3, cutoff=0.5)
            raise UnknownNameError(f"{key!r} refers to an id that no curated file declares"
                                   + (f"; did you mean {', '.join(hint)}?" if hint else ""), path, line, value)
        if not is_subtype(self.types[value], spec.range):
            raise DataError(f"{key!r} must refer to a {' or '.join(spec.range)}, and {value} is a "
                            f"{self.types[value]}", path, line, value)
        return self.iri(value)

    def _term(self, value: object, path: Path, line: int) -> Iterator[tuple[URIRef, Literal]]:
        match = _TERM.match(str(value))
        if not match or int(match[1]) > int(match[2]):
            raise DataError("a term is 'YYYY-YYYY' with the first year not after the last", path, line, value)
        yield RG.termLabel, Literal(str(value))
        yield RG.termStart, Literal(match[1], datatype=XSD.gYear)
        yield RG.termEnd, Literal(match[2], datatype=XSD.gYear)


#: Qualifiers that state a range and no number ("hundreds of recommendations": 200 to 999).
_RANGES = {"hundreds": (200, 999), "thousands": (2000, 9999)}


def _decimal(number: Decimal | int) -> Literal:
    return Literal(Decimal(number), datatype=XSD.decimal)


@cache
def measure_units() -> dict[str, URIRef]:
    """Each measure's notation → its QUDT unit (``qudt:unit`` in the measures scheme)."""
    graph = Graph().parse(ontology_dir() / "concepts.ttl", format="turtle")
    return {str(graph.value(c, SKOS.notation)): u for c, u in graph.subject_objects(QUDT.unit)}


def concept_ids(paths: list[Path] | None = None) -> set[str]:
    """``scheme/notation`` of every concept in the concept schemes (``response/supported``)."""
    graph = Graph()
    for path in paths or ontology_files():
        try:
            graph.parse(path, format="turtle")
        except SyntaxError as exc:
            raise DataError(f"malformed Turtle: {exc}", path) from None
    return {str(c)[len(str(RGC)):] for c in graph.subjects(SKOS.inScheme, None) if str(c).startswith(str(RGC))}


def compile_curated(files: list[Path], base: str | None = None, texts: Path | None = None) -> Compiler:
    """Read and check curated files; every problem is raised here, before anything is written.

    ``texts``: the folder of the sources' local copies; each quote is then found in its source's text
    (an error if it is not there) and its evidence gets the character offsets.
    """
    compiler = Compiler(read_files(files), concept_ids(), base, texts)
    compiler.compile()  # resolve every reference now
    return compiler
