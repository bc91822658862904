"""Query files: SPARQL with a metadata header and typed parameters bound as RDF terms.

A query file starts with comment lines of the form ``# key: value``::

    # title: Posts a person has held
    # description: Every post a person held, with the dates sources attest it, in time order.
    # param: person (iri) = id:person/do-hung-viet -- the person
    # example: rightsgraph sparql person-posts.rq --param person=id:person/ha-kim-ngoc

Each ``param`` names a variable of the query.  Values are converted to RDF terms of the declared type
and handed to the store as initial bindings: they are never pasted into the query text, so a value
such as ``"} ; DROP ALL ; #`` is only ever data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import URIRef

from rightsgraph import kinds
from rightsgraph.errors import DataError, QueryError
from rightsgraph.namespaces import expand

PARAM_TYPES = ("iri", "string", "text", "integer", "decimal", "double", "date", "boolean")
_HEADER = re.compile(r"^#\s*([a-z]+)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^(\w+)\s*\((\w+)\)\s*(?:=\s*(.*?))?\s*(?:--\s*(.*))?$")


@dataclass
class Param:
    name: str
    type: str
    default: str | None = None
    description: str = ""


@dataclass
class QueryFile:
    name: str
    text: str
    title: str = ""
    description: str = ""
    group: str = ""
    params: dict[str, Param] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)
    path: Path | None = None

    def bindings(self, values: dict[str, str], base: str | None = None) -> dict[str, object]:
        """Typed RDF terms for the given values and the defaults; unknown names are an error."""
        unknown = sorted(set(values) - set(self.params))
        if unknown:
            raise QueryError(f"unknown parameter {', '.join(unknown)} for {self.name}; "
                             f"parameters: {self.signature() or 'none'}")
        terms = {}
        for name, param in self.params.items():
            raw = values.get(name, param.default)
            if raw is None:
                raise QueryError(f"missing parameter {name} for {self.name}; parameters: {self.signature()}")
            terms[name] = to_term(raw, param.type, name, base)
        return terms

    def signature(self) -> str:
        return ", ".join(f"{p.name} ({p.type}{'' if p.default is None else ' = ' + p.default})"
                         for p in self.params.values())


def parse_query_file(text: str, name: str = "query", path: Path | None = None) -> QueryFile:
    query = QueryFile(name=name, text=text, path=path)
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = _HEADER.match(line)
        if not match:
            continue
        key, value = match.groups()
        if key in ("title", "description", "group"):
            setattr(query, key, (getattr(query, key) + " " + value).strip())
        elif key == "example":
            query.examples.append(value)
        elif key == "param":
            pm = _PARAM.match(value)
            if not pm or pm[2] not in PARAM_TYPES:
                raise QueryError(f"{path or name}: bad param header {value!r}; expected "
                                 f"'NAME (TYPE) = DEFAULT -- description' with TYPE one of {', '.join(PARAM_TYPES)}")
            query.params[pm[1]] = Param(pm[1], pm[2], pm[3], pm[4] or "")
    return query


def load_query_file(path: Path) -> QueryFile:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise QueryError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise QueryError(f"{path}: cannot read: {exc.strerror}") from None
    return parse_query_file(text, path.stem, path)


def to_term(raw: str, kind: str, name: str = "value", base: str | None = None) -> object:
    """A parameter value as an RDF term, by the converter of its kind (:mod:`rightsgraph.kinds`);
    ``iri`` accepts ``<...>``, ``prefix:local`` or an absolute IRI."""
    if kind not in kinds.CONVERTERS:
        raise QueryError(f"parameter {name} has an unknown type {kind!r}")
    try:
        return kinds.from_text(raw, kind, kinds.Where(name, base=base))
    except DataError:
        raise QueryError(f"parameter {name} must be a {kind} (got {raw!r})") from None


def expand_iri(raw: str, base: str | None = None) -> URIRef:
    """:func:`rightsgraph.namespaces.expand`, as an rdflib IRI."""
    return URIRef(expand(raw, base))
