"""The curation model: which record types the curated YAML files may hold, and their fields.

One table drives three things: the checks applied to the YAML files, the RDF each record becomes,
and the SHACL shapes (see :mod:`rightsgraph.curation.shapes`).  A field maps to one predicate and one kind
of value:

``ref``      the id of another record (``person/do-hung-viet``), whose type must be in ``range``
``text``     language-tagged text: a string (in the file's language) or ``{en: ..., vi: ...}``
``string``   plain text
``date``     ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (xsd:gYear, xsd:gYearMonth, xsd:date)
``integer``, ``decimal``, ``boolean``, ``uri``
``concept``  the notation of a concept in the SKOS scheme ``scheme`` (``supported``)
``term``     a term of years as printed (``2023-2025``): kept as printed, plus its start and end years
``wikidata`` a Wikidata item id (``Q881``), linked with owl:sameAs
``evidence`` the words of the source that state the record's values: a quote, or ``{text: ..., for: [fields]}``
``field``    the name of another field of the record's subject (a Discrepancy's ``property``), kept as its IRI
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, RDFS, SKOS

from rightsgraph.namespaces import RG, SCHEMA


@dataclass(frozen=True)
class Field:
    predicate: URIRef
    kind: str
    range: tuple[str, ...] = ()
    scheme: str | None = None
    many: bool = False
    required: bool = False
    #: the compiler states it otherwise than as ``predicate value`` (a tenure's reports, a figure's value)
    derived: bool = False


@dataclass(frozen=True)
class RecordType:
    name: str
    cls: URIRef
    segment: str  # first IRI path segment of its resources
    fields: dict[str, Field] = field(default_factory=dict)
    #: Fields an id is made from when a record gives none; ``()`` means an ``id`` is required.
    key: tuple[str, ...] = ()
    #: Auto ids include the source's id (the record is one source's statement, e.g. a figure).
    per_source: bool = False


ORGS = ("Organisation", "State", "GovernmentBody", "Ministry", "UNBody", "RegionalOrganisation",
        "PoliticalParty")
AGENTS = ("Person", *ORGS)
OCCASIONS = ("Event", "Session", "Review")
ANY = ()  # a ref with an empty range accepts any record type


def _f(predicate, kind="ref", *range_, scheme=None, many=False, required=False, derived=False) -> Field:
    return Field(predicate, kind, tuple(range_), scheme, many, required, derived)


# Fields every record may have.
COMMON = {
    "quote": _f(RG.quote, "evidence", many=True),
    "note": _f(SKOS.editorialNote, "string", many=True),
    # the extracted candidate(s) an editor accepted this record from (see rightsgraph.extract.reviews)
    "from_candidates": _f(RG.acceptedCandidate, "string", many=True),
}
NAMED = {
    "name": _f(RDFS.label, "text", many=True),
    "alt_names": _f(SKOS.altLabel, "text", many=True),
    "description": _f(DCTERMS.description, "text", many=True),
    "wikidata": _f(OWL.sameAs, "wikidata", many=True),
}
ORG_FIELDS = {**NAMED, "acronym": _f(RG.acronym, "string", many=True),
              "part_of": _f(ORG.subOrganizationOf, "ref", *ORGS, many=True)}
WHEN = {"date": _f(SCHEMA.startDate, "date"), "start": _f(SCHEMA.startDate, "date"),
        "end": _f(SCHEMA.endDate, "date")}
TERM = {"term": _f(RG.termLabel, "term")}


def _type(name, cls, segment, fields, key=(), per_source=False) -> RecordType:
    return RecordType(name, cls, segment, {**COMMON, **fields}, tuple(key), per_source)


TYPES: dict[str, RecordType] = {t.name: t for t in [
    # actors
    _type("Person", RG.Person, "person", NAMED),
    _type("Organisation", RG.Organisation, "org", ORG_FIELDS),
    _type("State", RG.State, "state", {**ORG_FIELDS, "iso3": _f(RG.iso3, "string"),
                                       "regional_group": _f(RG.regionalGroup, "concept",
                                                            scheme="regional-group")}),
    _type("GovernmentBody", RG.GovernmentBody, "org", {**ORG_FIELDS, "state": _f(RG.ofState, "ref", "State")}),
    _type("Ministry", RG.Ministry, "org", {**ORG_FIELDS, "state": _f(RG.ofState, "ref", "State")}),
    _type("UNBody", RG.UNBody, "org", ORG_FIELDS),
    _type("RegionalOrganisation", RG.RegionalOrganisation, "org",
          {**ORG_FIELDS, "members": _f(ORG.hasMember, "ref", "State", many=True)}),
    _type("PoliticalParty", RG.PoliticalParty, "org",
          {**ORG_FIELDS, "state": _f(RG.ofState, "ref", "State")}),
    _type("Post", RG.Post, "post", {**NAMED, "organisation": _f(ORG.postIn, "ref", *ORGS, required=True),
                                     "state": _f(RG.ofState, "ref", "State"),
                                     "single_holder": _f(RG.singleHolder, "boolean")}),
    _type("PostHolding", RG.PostHolding, "holding", {
        "holder": _f(RG.holder, "ref", "Person", required=True),
        "post": _f(RG.post, "ref", "Post", required=True),
        "attested": _f(RG.attestedOn, "date", many=True, derived=True),  # rg:Attestation reports
        "start": _f(SCHEMA.startDate, "date"), "end": _f(SCHEMA.endDate, "date"),
        "acting": _f(RG.acting, "boolean")}, key=("holder", "post")),
    _type("Place", RG.Place, "place", {**NAMED, "country": _f(RG.inCountry, "ref", "State")}),
    # process
    _type("Mechanism", RG.Mechanism, "mechanism", {
        **NAMED, "acronym": _f(RG.acronym, "string", many=True),
        "established_by": _f(RG.establishedBy, "ref", *ORGS), "established": _f(RG.establishedIn, "date"),
        "interval_years": _f(RG.intervalYears, "decimal")}),
    _type("ReviewCycle", RG.ReviewCycle, "cycle", {
        **NAMED, "number": _f(RG.cycleNumber, "integer", required=True),
        "mechanism": _f(RG.mechanism, "ref", "Mechanism"), **WHEN}),
    _type("Session", RG.Session, "session", {
        **NAMED, "body": _f(RG.ofBody, "ref", *ORGS, required=True),
        "number": _f(RG.sessionNumber, "integer", required=True),
        "place": _f(SCHEMA.location, "ref", "Place"), **WHEN,
        "topics": _f(RG.topic, "text", many=True)}),
    _type("Review", RG.Review, "review", {
        **NAMED, "state": _f(RG.stateUnderReview, "ref", "State", required=True),
        "cycle": _f(RG.inCycle, "ref", "ReviewCycle"), "session": _f(RG.atSession, "ref", "Session"),
        "mechanism": _f(RG.mechanism, "ref", "Mechanism"), **WHEN}),
    _type("Recommendation", RG.Recommendation, "recommendation", {
        "text": _f(RG.text, "text", required=True),
        "recommending_states": _f(RG.recommendingState, "ref", "State", many=True),
        "state": _f(RG.stateUnderReview, "ref", "State", required=True),
        "review": _f(RG.review, "ref", "Review"), "cycle": _f(RG.inCycle, "ref", "ReviewCycle"),
        "session": _f(RG.atSession, "ref", "Session"),
        "response": _f(RG.response, "concept", scheme="response"),
        "action": _f(RG.actionCategory, "concept", scheme="action"),
        "sdgs": _f(RG.sdg, "concept", scheme="sdg", many=True),
        "paragraph": _f(RG.paragraph, "string"), "document": _f(RG.documentSymbol, "string")}),
    *[_type(name, cls, "report", {
        **NAMED, "state": _f(RG.reportingState, "ref", "State"), "cycle": _f(RG.inCycle, "ref", "ReviewCycle"),
        "review": _f(RG.review, "ref", "Review"),
        "approved_by": _f(RG.approvedBy, "ref", "Post", *AGENTS), "approved_on": _f(RG.approvedOn, "date"),
        "submitted_to": _f(RG.submittedTo, "ref", *ORGS), "submitted_on": _f(RG.submittedOn, "date"),
        "supported_by": _f(RG.supportedBy, "ref", *ORGS, many=True),
        "status": _f(RG.status, "string", many=True), "document": _f(RG.documentSymbol, "string")})
      for name, cls in [("Report", RG.Report), ("NationalReport", RG.NationalReport),
                        ("MidTermReport", RG.MidTermReport)]],
    _type("Resolution", RG.Resolution, "resolution", {
        **NAMED, "symbol": _f(RG.symbol, "string"), "body": _f(RG.ofBody, "ref", *ORGS),
        "session": _f(RG.atSession, "ref", "Session"),
        "proposed_by": _f(RG.proposedBy, "ref", "State", many=True),
        "co_sponsors": _f(RG.coSponsoredBy, "ref", "State", many=True),
        "subject": _f(RG.topic, "text", many=True), "recurrence": _f(RG.recurrence, "string"),
        "status": _f(RG.status, "string", many=True), "adopted": _f(RG.adoptedOn, "date")}),
    _type("LegalAct", RG.LegalAct, "act", {
        **NAMED, "symbol": _f(RG.symbol, "string", required=True),
        "issued_by": _f(RG.issuedBy, "ref", "Post", *AGENTS), "issued": _f(RG.issuedOn, "date"),
        "state": _f(RG.ofState, "ref", "State"), "subject": _f(RG.topic, "text", many=True),
        "issues": _f(RG.issues, "ref", "Plan", many=True),
        "about": _f(SCHEMA.about, "ref", *ANY, many=True)}),
    _type("Plan", RG.Plan, "plan", {
        **NAMED, "state": _f(RG.ofState, "ref", "State"),
        "implements": _f(RG.implements, "ref", *ANY, many=True),
        "cycle": _f(RG.inCycle, "ref", "ReviewCycle")}),
    _type("TaskAssignment", RG.TaskAssignment, "task", {
        "act": _f(RG.act, "ref", "LegalAct", required=True),
        "assignee": _f(RG.assignee, "ref", *ORGS, required=True),
        "task": _f(RG.task, "text", many=True), "role": _f(RG.role, "text")}, key=("act", "assignee")),
    _type("Instrument", RG.Instrument, "instrument", {
        **NAMED, "adopted_by": _f(RG.adoptedBy, "ref", *ORGS), "adopted": _f(RG.adoptedOn, "date")}),
    _type("Treaty", RG.Treaty, "treaty", {
        **NAMED, "acronym": _f(RG.acronym, "string", many=True), "adopted_by": _f(RG.adoptedBy, "ref", *ORGS),
        "adopted": _f(RG.adoptedOn, "date")}),
    _type("Ratification", RG.Ratification, "ratification", {
        "state": _f(RG.ratifyingState, "ref", "State", required=True),
        "treaty": _f(RG.treaty, "ref", "Treaty", required=True),
        "date": _f(RG.ratifiedOn, "date")}, key=("state", "treaty")),
    _type("MembershipTerm", RG.MembershipTerm, "membership", {
        "member": _f(ORG.member, "ref", *ORGS, required=True),
        "body": _f(ORG.organization, "ref", *ORGS, required=True), **TERM,
        "start": _f(SCHEMA.startDate, "date"), "end": _f(SCHEMA.endDate, "date"),
        "elected": _f(RG.electedOn, "date")}),
    _type("Candidacy", RG.Candidacy, "candidacy", {
        "candidate": _f(RG.candidate, "ref", *ORGS, required=True),
        "body": _f(RG.ofBody, "ref", *ORGS, required=True), **TERM,
        "endorsed_by": _f(RG.endorsedBy, "ref", *ORGS, many=True),
        "announced_at": _f(RG.announcedAt, "ref", *OCCASIONS, many=True),
        "announced": _f(RG.announcedOn, "date", many=True),
        "resulted_in": _f(RG.resultedIn, "ref", "MembershipTerm")}),
    _type("Contribution", RG.Contribution, "contribution", {
        "by": _f(RG.contributor, "ref", *AGENTS, required=True),
        "to": _f(RG.contributedTo, "ref", *ANY, required=True),
        "role": _f(RG.role, "text", many=True)}, key=("by", "to"), per_source=True),
    _type("Pledge", RG.Pledge, "pledge", {
        "by": _f(RG.pledgedBy, "ref", *AGENTS, required=True), "text": _f(RG.text, "text", required=True),
        "to": _f(RG.madeTo, "ref", *ORGS), "at": _f(RG.madeAt, "ref", *OCCASIONS),
        "date": _f(RG.madeOn, "date"), "as": _f(RG.pledgeCapacity, "concept", scheme="pledge-capacity"),
        "related_to": _f(RG.relatedTo, "ref", *ANY, many=True),
        "sdgs": _f(RG.sdg, "concept", scheme="sdg", many=True)}, key=("by", "text"), per_source=True),
    _type("Commitment", RG.Commitment, "commitment", {
        "by": _f(RG.pledgedBy, "ref", *AGENTS, required=True), "text": _f(RG.text, "text", required=True),
        "target_year": _f(RG.targetYear, "date"), "date": _f(RG.madeOn, "date"),
        "related_to": _f(RG.relatedTo, "ref", *ANY, many=True)}, key=("by", "text"), per_source=True),
    _type("Event", RG.Event, "event", {
        **NAMED, "kind": _f(RG.eventKind, "concept", scheme="event-kind"), **WHEN,
        "place": _f(SCHEMA.location, "ref", "Place"),
        "organisers": _f(SCHEMA.organizer, "ref", *AGENTS, many=True),
        "part_of": _f(SCHEMA.superEvent, "ref", *OCCASIONS),
        "about": _f(SCHEMA.about, "ref", *ANY, many=True),
        "supported_by": _f(RG.supportedBy, "ref", *ORGS, many=True),
        "topics": _f(RG.topic, "text", many=True)}),
    _type("Participation", RG.Participation, "participation", {
        "event": _f(RG.inEvent, "ref", *OCCASIONS, required=True),
        "participant": _f(RG.participant, "ref", *AGENTS, required=True),
        "capacity": _f(RG.capacity, "ref", "Post"), "acting": _f(RG.acting, "boolean"),
        "role": _f(RG.role, "text", many=True)}, key=("event", "participant")),
    _type("Speech", RG.Speech, "speech", {
        "speaker": _f(RG.speaker, "ref", *AGENTS, required=True),
        "at": _f(RG.deliveredAt, "ref", *OCCASIONS),
        "capacity": _f(RG.capacity, "ref", "Post"), "date": _f(SCHEMA.startDate, "date"),
        "summary": _f(RG.text, "text", required=True), "about": _f(RG.about, "ref", *ANY, many=True)},
        key=("speaker", "summary"), per_source=True),
    _type("ReportedFigure", RG.ReportedFigure, "figure", {
        "measure": _f(RG.measure, "concept", scheme="measure", required=True),
        "value": _f(RG.value, "decimal", derived=True), "out_of": _f(RG.outOf, "decimal"),
        "qualifier": _f(RG.qualifier, "concept", scheme="qualifier"),
        "of": _f(RG.denominator, "ref", "ReportedFigure"),
        "about": _f(RG.about, "ref", *ANY, required=True),
        "refers_to": _f(RG.refersTo, "ref", *ANY, many=True), "as_of": _f(RG.asOf, "date", derived=True)},
        key=("about", "measure"), per_source=True),
    # "the source mentions this resource" (schema:mentions from the source): what accepting an
    # extracted link to a known resource records
    _type("Mention", SCHEMA.mentions, "mention", {"of": _f(SCHEMA.mentions, "ref", *ANY, required=True)},
          key=("of",), per_source=True),
    _type("Discrepancy", RG.Discrepancy, "discrepancy", {
        "about": _f(RG.about, "ref", *ANY, required=True),
        "property": _f(RG.onProperty, "field", required=True),
        "description": _f(DCTERMS.description, "text", many=True)}, key=("about", "property")),
]}

SOURCE_KINDS = {"news-article": RG.NewsArticle, "un-document": RG.UNDocument, "dataset": RG.SourceDataset}
SOURCE_FIELDS: dict[str, Field] = {
    "kind": _f(None, "string", required=True),
    "title": _f(DCTERMS.title, "text", many=True, required=True),
    "publisher": _f(DCTERMS.publisher, "ref", *ORGS),
    "date": _f(DCTERMS.date, "date"),
    "date_inferred": _f(RG.dateInferred, "boolean"),
    "date_earliest": _f(RG.dateEarliest, "date"),
    "date_latest": _f(RG.dateLatest, "date"),
    "note": _f(SKOS.editorialNote, "string", many=True),
    "language": _f(DCTERMS.language, "string", required=True),
    "url": _f(SCHEMA.url, "uri"),
    "local_copy": _f(RG.localCopy, "string"),
    "byline": _f(SCHEMA.creditText, "string"),
    "description": _f(DCTERMS.description, "text", many=True),
}


def is_subtype(name: str, allowed: tuple[str, ...]) -> bool:
    """True if a record type fits a ref's range (an empty range accepts anything)."""
    return not allowed or name in allowed
