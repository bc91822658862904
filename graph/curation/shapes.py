"""Generate the SHACL shapes (``ontology/shapes.ttl``) from the curation model.

The shapes are the contract partners can validate against; they are derived from
:data:`rightsgraph.curation.model.TYPES` so that they never drift from what the build produces.
Regenerate with ``python -m rightsgraph.curation.shapes > ontology/shapes.ttl`` (a test fails when stale).
Properties marked ``rg:singleValued`` get ``sh:maxCount 1`` as a *warning*: sources that disagree are
kept side by side, and validation reports them without failing.
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph, Literal

from rightsgraph import namespaces
from rightsgraph.curation.model import AGENTS, ORGS, SOURCE_FIELDS, TYPES, Field, RecordType
from rightsgraph.namespaces import RG
from rightsgraph.resources import ontology_dir

#: The prefixes the shapes file declares (besides sh, rgs, rdf and xsd).
_DECLARED = ("rg", "rdfs", "skos", "dcterms", "org", "schema", "owl", "prov", "qudt")
_DATES = "( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYearMonth ] [ sh:datatype xsd:gYear ] )"


@cache
def single_valued() -> frozenset[str]:
    """Properties the ontology marks ``rg:singleValued true``, as CURIEs."""
    graph = Graph().parse(ontology_dir() / "rightsgraph.ttl", format="turtle")
    return frozenset(curie(str(p)) for p in graph.subjects(RG.singleValued, Literal(True)))


def curie(iri: str) -> str:
    """A prefixed name where the project has one, else ``<iri>``."""
    short = namespaces.curie(iri)
    return short if short != iri else f"<{iri}>"


def _classes(range_: tuple[str, ...]) -> list[str]:
    names = list(range_)
    if set(ORGS) <= set(names):
        names = [n for n in names if n not in ORGS] + ["Organisation"]
    if set(AGENTS) - set(ORGS) <= set(names) and "Organisation" in names:
        names = [n for n in names if n not in ("Person", "Organisation")] + ["Person", "Organisation"]
    if {"Event", "Session", "Review"} <= set(names):
        return [*(curie(TYPES[n].cls) for n in names if n not in ("Event", "Session", "Review")), "schema:Event"]
    return [curie(TYPES[n].cls) for n in names]


def _constraint(spec: Field) -> list[str]:
    kind = spec.kind
    if kind == "ref":
        classes = _classes(spec.range)
        if not classes:
            return ["sh:nodeKind sh:IRI"]
        if len(classes) == 1:
            return [f"sh:class {classes[0]}"]
        return ["sh:or ( " + " ".join(f"[ sh:class {c} ]" for c in classes) + " )"]
    return {
        "text": ["sh:datatype rdf:langString"], "string": ["sh:datatype xsd:string"],
        "date": [f"sh:or {_DATES}"], "integer": ["sh:datatype xsd:integer"],
        "decimal": ["sh:datatype xsd:decimal"], "boolean": ["sh:datatype xsd:boolean"],
        "uri": ["sh:nodeKind sh:IRI"], "concept": ["sh:class skos:Concept"], "field": ["sh:nodeKind sh:IRI"],
        "wikidata": ["sh:nodeKind sh:IRI", 'sh:pattern "^http://www\\\\.wikidata\\\\.org/entity/Q[1-9][0-9]*$"'],
    }[kind]


def _property(path: str, constraints: list[str], required: bool = False) -> list[str]:
    lines = [f"sh:path {path}", *constraints]
    if required:
        lines.append("sh:minCount 1")
    out = ["    sh:property [ " + " ; ".join(lines) + " ] ;"]
    if path in single_valued():
        out.append(f"    sh:property [ sh:path {path} ; sh:maxCount 1 ; sh:severity sh:Warning ;"
                   f' sh:message "sources disagree: more than one value of {path}" ] ;')
    return out


def _shape(rtype: RecordType) -> list[str]:
    lines = [f"rgs:{rtype.name}Shape a sh:NodeShape ;", f"    sh:targetClass {curie(rtype.cls)} ;",
             "    sh:property [ sh:path prov:wasDerivedFrom ; sh:class rg:Source ; sh:minCount 1 ] ;"]
    seen: set[str] = set()
    for key, spec in rtype.fields.items():
        if spec.kind == "evidence":  # quotes are on the statements' rg:Evidence, see EvidenceShape
            continue
        if spec.derived:  # the statements the compiler makes of it instead
            lines += _DERIVED[rtype.name][key]
            continue
        if spec.kind == "term":
            for path, constraint in (("rg:termLabel", "sh:datatype xsd:string"),
                                     ("rg:termStart", "sh:datatype xsd:gYear"),
                                     ("rg:termEnd", "sh:datatype xsd:gYear")):
                lines += _property(path, [constraint])
            continue
        path = curie(str(spec.predicate))
        if path in seen:  # 'date' and 'start' share schema:startDate
            continue
        seen.add(path)
        required = spec.required or (key == "name")
        lines += _property(path, _constraint(spec), required)
    lines[-1] = lines[-1][:-2] + " ."
    return lines


#: The shapes of what the compiler states for each ``derived`` field instead of its own predicate.
_DERIVED = {
    "PostHolding": {"attested": [
        "    sh:property [ sh:path rg:attestation ; sh:class rg:Attestation ; sh:minCount 1 ] ;"]},
    "ReportedFigure": {
        "value": ["    sh:property [ sh:path rg:value ; sh:datatype xsd:decimal ] ;",
                  "    sh:property [ sh:path rg:value ; sh:maxCount 1 ; sh:severity sh:Warning ;"
                  ' sh:message "sources disagree: more than one value of rg:value" ] ;',
                  "    sh:property [ sh:path schema:minValue ; sh:datatype xsd:decimal ; sh:maxCount 1 ] ;",
                  "    sh:property [ sh:path schema:maxValue ; sh:datatype xsd:decimal ; sh:maxCount 1 ] ;",
                  "    sh:or ( [ sh:path rg:value ; sh:minCount 1 ] [ sh:path schema:minValue ; sh:minCount 1 ]"
                  " [ sh:path schema:maxValue ; sh:minCount 1 ] ) ;",
                  "    sh:property [ sh:path qudt:unit ; sh:nodeKind sh:IRI ; sh:minCount 1 ; sh:maxCount 1 ] ;"],
        "as_of": [f"    sh:property [ sh:path rg:asOf ; sh:or {_DATES} ; sh:minCount 1 ] ;",
                  "    sh:property [ sh:path rg:asOfInferred ; sh:datatype xsd:boolean ] ;"],
    },
}

_EVIDENCE = f"""rgs:EvidenceShape a sh:NodeShape ;
    sh:targetClass rg:Evidence ;
    sh:property [ sh:path rdf:subject ; sh:nodeKind sh:IRI ; sh:minCount 1 ; sh:maxCount 1 ] ;
    sh:property [ sh:path rdf:predicate ; sh:nodeKind sh:IRI ; sh:minCount 1 ; sh:maxCount 1 ] ;
    sh:property [ sh:path rdf:object ; sh:minCount 1 ; sh:maxCount 1 ] ;
    sh:property [ sh:path rg:quote ; sh:datatype rdf:langString ; sh:minCount 1 ; sh:maxCount 1 ] ;
    sh:property [ sh:path rg:quoteStart ; sh:datatype xsd:integer ; sh:minInclusive 0 ; sh:maxCount 1 ] ;
    sh:property [ sh:path rg:quoteEnd ; sh:datatype xsd:integer ; sh:minInclusive 0 ; sh:maxCount 1 ] ;
    sh:property [ sh:path prov:wasDerivedFrom ; sh:class rg:Source ; sh:minCount 1 ] .

rgs:AttestationShape a sh:NodeShape ;
    sh:targetClass rg:Attestation ;
    sh:property [ sh:path rg:earliest ; sh:datatype xsd:date ; sh:minCount 1 ; sh:maxCount 1 ] ;
    sh:property [ sh:path rg:latest ; sh:datatype xsd:date ; sh:minCount 1 ; sh:maxCount 1 ] ;
    sh:property [ sh:path rg:inferred ; sh:datatype xsd:boolean ; sh:minCount 1 ; sh:maxCount 1 ] ;
    sh:property [ sh:path rg:attestedOn ; sh:or {_DATES} ; sh:maxCount 1 ] ;
    sh:property [ sh:path prov:wasDerivedFrom ; sh:class rg:Source ; sh:minCount 1 ] .
"""


def _one(path: str, constraint: str) -> str:
    """A property with exactly one value: none is a violation, two are sources that disagree (a warning)."""
    return (f"    sh:property [ sh:path {path} ; {constraint} ; sh:minCount 1 ] ;\n"
            f"    sh:property [ sh:path {path} ; sh:maxCount 1 ; sh:severity sh:Warning ;"
            f' sh:message "sources disagree: more than one value of {path}" ] ;')


def _concepts(scheme: str, *keys: str) -> str:
    return "sh:in ( " + " ".join(f"<{namespaces.RGC}{scheme}/{k}>" for k in keys) + " )"


_TEXTS = "sh:or ( [ sh:class rg:Resolution ] [ sh:class rg:Amendment ] [ sh:class rg:DraftResolution ] )"
_COUNT = "sh:datatype xsd:integer ; sh:minInclusive 0"

#: Records only the importers state (the curation model has no YAML for them), whose provenance is the graph
#: of the dataset row: a vote has no prov:wasDerivedFrom of its own (45,000 of them would double the statements
#: of rg:Vote for what the graph name already says). The texts voted on are checked by ResolutionShape too.
_IMPORTED = f"""rgs:VoteShape a sh:NodeShape ;
    sh:targetClass rg:Vote ;
{_one("rg:voter", "sh:class rg:State")}
{_one("rg:onText", _TEXTS)}
{_one("rg:votePosition", _concepts("vote-position", "yes", "no", "abstain", "non-voting"))[:-2]} .

rgs:CouncilTextShape a sh:NodeShape ;
    sh:targetClass rg:Resolution , rg:Amendment , rg:DraftResolution ;
    sh:property [ sh:path prov:wasDerivedFrom ; sh:class rg:Source ; sh:minCount 1 ] ;
    sh:property [ sh:path rdfs:label ; sh:datatype rdf:langString ; sh:minCount 1 ] ;
    sh:property [ sh:path rg:ofBody ; sh:class rg:Organisation ] ;
    sh:property [ sh:path rg:actionDate ; sh:datatype xsd:date ] ;
    sh:property [ sh:path rg:outcome ; {_concepts("vote-outcome", "adopted", "rejected", "withdrawn")} ] ;
    sh:property [ sh:path rg:adoptionMode ; {_concepts("adoption-mode", "recorded-vote", "without-vote")} ] ;
    sh:property [ sh:path rg:orallyRevised ; sh:datatype xsd:boolean ] ;
    sh:property [ sh:path rg:asAmended ; sh:datatype xsd:boolean ] ;
    sh:property [ sh:path rg:meetingNumber ; {_COUNT} ] ;
    sh:property [ sh:path rg:agendaItem ; {_COUNT} ] ;
    sh:property [ sh:path rg:votesFor ; {_COUNT} ] ;
    sh:property [ sh:path rg:votesAgainst ; {_COUNT} ] ;
    sh:property [ sh:path rg:abstentions ; {_COUNT} ] ;
    sh:property [ sh:path rg:nonVoting ; {_COUNT} ] ;
    sh:property [ sh:path rg:concernsState ; sh:class rg:State ] .

rgs:AmendmentShape a sh:NodeShape ;
    sh:targetClass rg:Amendment ;
    sh:property [ sh:path rg:amends ; sh:or ( [ sh:class rg:Resolution ] [ sh:class rg:DraftResolution ] ) ;
                  sh:maxCount 1 ] .

rgs:TreatyStatusShape a sh:NodeShape ;
    sh:targetClass rg:TreatyStatus ;
    sh:property [ sh:path prov:wasDerivedFrom ; sh:class rg:Source ; sh:minCount 1 ] ;
{_one("rg:ofState", "sh:class rg:State")}
{_one("rg:ofTreaty", "sh:class rg:Treaty")}
{_one("rg:treatyStatus", _concepts("treaty-status", "party", "signatory", "no-action"))}
    sh:property [ sh:path rg:ratification ; sh:class rg:Ratification ; sh:maxCount 1 ] ;
    sh:property [ sh:path rg:signedOn ; sh:or {_DATES} ] ;
    sh:property [ sh:path rg:communicationsAcceptedOn ; sh:or {_DATES} ] ;
    sh:property [ sh:path rg:inquiryAcceptedOn ; sh:or {_DATES} ] .
"""


def shapes_turtle() -> str:
    out = [
        "# Generated by `python -m rightsgraph.curation.shapes` from rightsgraph's curation model. Do not edit.",
        "@prefix sh: <http://www.w3.org/ns/shacl#> .",
        "@prefix rgs: <https://w3id.org/rightsgraph/shapes#> .",
        "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        *(f"@prefix {p}: <{namespaces.PREFIXES[p]}> ." for p in _DECLARED),
        "",
    ]
    for rtype in TYPES.values():
        if rtype.name != "Mention":  # a statement about a source (schema:mentions), not a resource
            out += [*_shape(rtype), ""]
    out.append(_EVIDENCE)
    out.append(_IMPORTED)
    source = ["rgs:SourceShape a sh:NodeShape ;", "    sh:targetClass rg:Source ;",
              "    sh:or ( [ sh:path dcterms:date ; sh:minCount 1 ] [ sh:path rg:dateEarliest ; sh:minCount 1 ] ) ;"]
    for spec in SOURCE_FIELDS.values():
        if spec.predicate is not None:
            source += _property(curie(str(spec.predicate)), _constraint(spec), spec.required)
    # titled in English, or in its own language (an article extracted from Vietnamese text has its Vietnamese title)
    source.append('    sh:property [ sh:path dcterms:title ; sh:languageIn ( "en" "vi" ) ] ;')
    titled = "sh:path dcterms:title ; sh:qualifiedMinCount 1 ; sh:qualifiedValueShape [ sh:languageIn"
    source.append(f'    sh:or ( [ sh:property [ {titled} ( "en" ) ] ] ]\n'
                  '            [ sh:property [ sh:path dcterms:language ; sh:minCount 1 ; sh:pattern "^vi$" ] ;\n'
                  f'              sh:property [ {titled} ( "vi" ) ] ] ] ) ;')
    source[-1] = source[-1][:-2] + " ."
    return "\n".join(out + source) + "\n"


if __name__ == "__main__":
    print(shapes_turtle(), end="")
