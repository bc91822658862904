"""What a view shows: resources, their facts and the links between them, each with the sources that state it.

A :class:`Selection` is read from the store's named graphs (one per source), so every fact and link keeps
its sources; the merged default graph and the ontology are never drawn. Views:

- :func:`seed_view`: what the articles and UN documents state, with the reference facts that link the
  resources they mention;
- :func:`ego_view`: the neighbourhood of one resource, ``depth`` links out in either direction;
- :func:`construct_view`: the statements a CONSTRUCT query returns;
- :func:`voting_view`: a recorded vote of the Human Rights Council, each voting state grouped by its vote.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

import pyoxigraph as ox

from rightsgraph.errors import QueryError, UnknownNameError
from rightsgraph.labels import made_label
from rightsgraph.namespaces import ONTOLOGY_GRAPH, RDF, RDFS, RG, RGC, SCHEMA, SKOS, base_iri, local_name
from rightsgraph.text import fold

TYPE, LABEL, PREF_LABEL = str(RDF.type), str(RDFS.label), str(SKOS.prefLabel)
SOURCE_KINDS = {str(RG.NewsArticle), str(RG.UNDocument), str(RG.SourceDataset), str(RG.DerivedDataset)}
#: Dates that place a resource in time: the first gives its start, the second its end.
#: A post holding's interval: its stated start and end, else the first and last day its reports can refer to.
START_DATES = (str(SCHEMA.startDate), str(RG.termStart), str(RG.earliest), str(RG.adoptedOn),
               str(RG.madeOn), str(RG.issuedOn))
END_DATES = (str(SCHEMA.endDate), str(RG.termEnd), str(RG.latest))


@dataclass
class Literal:
    predicate: str
    value: str
    lang: str
    datatype: str
    sources: set[str] = field(default_factory=set)


@dataclass
class Node:
    iri: str
    types: set[str] = field(default_factory=set)
    labels: dict[str, str] = field(default_factory=dict)
    literals: dict[tuple[str, str, str], Literal] = field(default_factory=dict)
    sources: set[str] = field(default_factory=set)
    #: for resources with no label of their own: made from what they link to ("Ha Kim Ngoc · Deputy Minister")
    derived: dict[str, str] = field(default_factory=dict)
    #: a concept the view groups the resource by, coloured and filtered by instead of its class (a vote position)
    group: str | None = None

    def label(self, lang: str = "en") -> str:
        return (self.labels.get(lang) or self.labels.get("en") or self.labels.get("")
                or next(iter(self.labels.values()), None) or self.derived.get(lang) or self.derived.get("en")
                or local_name(self.iri))

    def dates(self) -> tuple[str | None, str | None]:
        """(start, end) as ISO dates from the resource's own date facts; a year spans the whole year."""
        def values(predicates, end):
            out = []
            for lit in self.literals.values():
                if lit.predicate in predicates and lit.value[:4].isdigit():
                    v = lit.value[:10]
                    out.append(v if len(v) == 10 else v[:4] + ("-12-31" if end else "-01-01"))
            return out
        starts, ends = values(START_DATES, False), values(END_DATES, True)
        return (min(starts) if starts else None), (max(ends) if ends else (min(starts) if starts else None))


@dataclass
class Edge:
    source: str
    predicate: str
    target: str
    sources: set[str] = field(default_factory=set)
    #: the resource the link stands for, when it is drawn in place of one (a state's rg:Vote)
    via: str | None = None


@dataclass
class Selection:
    nodes: dict[str, Node]
    edges: list[Edge]
    sources: dict[str, dict[str, str]]  # source graph IRI -> title, date, url, kind
    notes: list[str] = field(default_factory=list)
    #: what the nodes' groups are (``"Votes"``), when the view groups them by a concept rather than by class
    grouping: str | None = None


class _Reader:
    """Quads of the store's named graphs (never the merged default graph nor the ontology)."""

    def __init__(self, store) -> None:
        self.store = store
        self.skip = {ONTOLOGY_GRAPH}
        base = base_iri(store.meta.base)
        #: statement-level evidence and attestations describe statements, not resources: no nodes of their own
        self.annotations = (f"{base}evidence/", f"{base}attestation/")
        self._subjects: dict = {}

    def annotates(self, q) -> bool:
        """Whether a quad describes evidence or an attestation, or links to one."""
        return q.subject.value.startswith(self.annotations) or (
            isinstance(q.object, ox.NamedNode) and q.object.value.startswith(self.annotations))

    def quads(self, s=None, p=None, o=None, ontology: bool = False, annotations: bool = False):
        if s is not None and o is None:  # a subject's statements: read once per view (a view reads each 3 times)
            found = self._of(s)
            if p is not None:
                found = [(q, skip, note) for q, skip, note in found if q.predicate == p]
            for q, skip, note in found:
                if (ontology or not skip) and (annotations or not note):
                    yield q
            return
        for q in self.store.quads(s, p, o):
            g = q.graph_name
            if isinstance(g, ox.NamedNode) and (ontology or g.value not in self.skip) \
                    and (annotations or not self.annotates(q)):
                yield q

    def _of(self, s) -> list[tuple]:
        """The named-graph statements of subject ``s``, each with whether it is in a skipped graph and whether
        it is an annotation; remembered."""
        found = self._subjects.get(s)
        if found is None:
            found = self._subjects[s] = [(q, q.graph_name.value in self.skip, self.annotates(q))
                                         for q in self.store.quads(s) if isinstance(q.graph_name, ox.NamedNode)]
        return found

    def node(self, iri: str) -> Node:
        """A resource's types, labels and literals (concepts' own come from the ontology graph)."""
        node = Node(iri)
        for q in self.quads(ox.NamedNode(iri), ontology=True):
            p, o, g = q.predicate.value, q.object, q.graph_name.value
            node.sources.add(g)
            if p == TYPE:
                node.types.add(o.value)
            elif isinstance(o, ox.Literal):
                if p in (LABEL, PREF_LABEL):
                    node.labels.setdefault(o.language or "", o.value)
                key = (p, o.value, o.language or "")
                lit = node.literals.setdefault(key, Literal(p, o.value, o.language or "", o.datatype.value))
                lit.sources.add(g)
        for q in self.quads(ox.NamedNode(iri), ox.NamedNode(str(RG.attestation)), annotations=True):
            for b in self.store.quads(q.object, graph=q.graph_name.value):  # a tenure's reported dates
                if b.predicate.value in (str(RG.earliest), str(RG.latest)):
                    key = (b.predicate.value, b.object.value, "")
                    lit = node.literals.setdefault(key, Literal(b.predicate.value, b.object.value, "",
                                                                b.object.datatype.value))
                    lit.sources.add(q.graph_name.value)
        return node

    def links(self, iri: str):
        """IRI-to-IRI statements with ``iri`` at either end (types excluded), with their graphs."""
        term = ox.NamedNode(iri)
        for q in self.quads(term):
            if isinstance(q.object, ox.NamedNode) and q.predicate.value != TYPE:
                yield q.subject.value, q.predicate.value, q.object.value, q.graph_name.value
        for q in self.quads(None, None, term):
            if isinstance(q.subject, ox.NamedNode):
                yield q.subject.value, q.predicate.value, q.object.value, q.graph_name.value

    def sources(self) -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = {}
        rows = self.store.select("""
            SELECT ?g ?kind ?title ?date ?url WHERE {
              GRAPH ?g { ?g a ?kind }
              OPTIONAL { GRAPH ?g { ?g <http://purl.org/dc/terms/title> ?title
                         FILTER(LANG(?title) = "en" || LANG(?title) = "") } }
              OPTIONAL { GRAPH ?g { ?g <http://purl.org/dc/terms/date> ?date } }
              OPTIONAL { GRAPH ?g { ?g <https://schema.org/url> ?url } }
            }""")
        for g, kind, title, date, url in rows:
            if kind.value not in SOURCE_KINDS:
                continue
            found.setdefault(g.value, {"title": title.value if title else local_name(g.value),
                                       "date": date.value if date else "", "url": url.value if url else "",
                                       "kind": local_name(kind.value)})
        return found


def _finish(reader: _Reader, node_iris, edges: dict, notes: list[str] | None = None,
            sources: dict | None = None) -> Selection:
    sources = reader.sources() if sources is None else sources
    nodes = {}
    for iri in node_iris:
        node = reader.node(iri)
        if node.types & SOURCE_KINDS:
            continue  # sources are shown as the provenance of facts, not as resources
        nodes[iri] = node
    kept = [e for e in edges.values() if e.source in nodes and e.target in nodes]
    _derive_labels(reader, nodes)
    return Selection(nodes, kept, sources, notes or [])


def _derive_labels(reader: _Reader, nodes: dict[str, Node]) -> None:
    """Label a resource that has none as the served pages do (:func:`rightsgraph.labels.made_label`): a
    recommendation or pledge by who → whom and its text, others by the labels of what they link to."""
    cache: dict[str, Node] = {}

    def target(iri: str) -> Node:
        other = nodes.get(iri) or cache.get(iri)
        if other is None:
            other = cache[iri] = reader.node(iri)
        return other

    for node in nodes.values():
        if node.labels:
            continue
        links = [(q.predicate.value, q.object.value) for q in reader.quads(ox.NamedNode(node.iri))
                 if isinstance(q.object, ox.NamedNode)]
        texts = {lit.lang: lit.value for lit in node.literals.values() if lit.predicate == str(RG.text)}
        for lang in ("en", "vi"):
            text = (texts.get(lang) or texts.get("en") or next(iter(texts.values()))) if texts else None
            label = made_label(links, text, lambda iri, lang=lang: target(iri).label(lang) if target(iri).labels
                               else None)
            if label:
                node.derived[lang] = label


def _add(edges: dict, s: str, p: str, o: str, g: str) -> None:
    edge = edges.get((s, p, o))
    if edge is None:
        edge = edges[(s, p, o)] = Edge(s, p, o)
    edge.sources.add(g)


def seed_view(store) -> Selection:
    """What the articles and UN documents state, plus the reference links between what they mention."""
    reader = _Reader(store)
    sources = reader.sources()
    documents = {g for g, s in sources.items() if s["kind"] in ("NewsArticle", "UNDocument")}
    reference = {g for g, s in sources.items() if s["kind"] == "SourceDataset"
                 and not any(True for _ in store.quads(ox.NamedNode(g), ox.NamedNode(str(RG.importFormat)), graph=g))}
    edges: dict = {}
    mentioned: set[str] = set()
    for g in documents:
        for q in store.quads(graph=g):
            if not isinstance(q.subject, ox.NamedNode) or q.subject.value in sources or reader.annotates(q):
                continue  # a source's own description (title, URL, publisher) and evidence are provenance
            mentioned.add(q.subject.value)
            if isinstance(q.object, ox.NamedNode) and q.predicate.value != TYPE:
                mentioned.add(q.object.value)
                _add(edges, q.subject.value, q.predicate.value, q.object.value, g)
    for g in reference:
        for q in store.quads(graph=g):
            s, o = q.subject, q.object
            if (isinstance(s, ox.NamedNode) and isinstance(o, ox.NamedNode) and q.predicate.value != TYPE
                    and s.value in mentioned and o.value in mentioned):
                _add(edges, s.value, q.predicate.value, o.value, g)
    return _finish(reader, sorted(mentioned), edges, sources=sources)


def ego_view(store, focus: str, depth: int = 1, limit: int = 2000) -> Selection:
    """``focus`` and what lies within ``depth`` links of it (breadth first, at most ``limit`` resources),
    with every link among them. The walk never passes through a source."""
    reader = _Reader(store)
    sources = set(store.graphs())
    seen, frontier, full = {focus}, [focus], False
    for _ in range(depth):
        following = []
        for iri in frontier:
            for s, _p, o, _g in reader.links(iri):
                other = o if s == iri else s
                if other not in seen and other not in sources:
                    seen.add(other)
                    following.append(other)
                    if len(seen) >= limit:
                        full = True
                        break
            if full:
                break
        frontier = following
        if full:
            break
    # every link among the drawn resources is a statement of one of them: their own statements find them all
    edges: dict = {}
    for iri in seen:
        for q in reader.quads(ox.NamedNode(iri)):
            o = q.object
            if isinstance(o, ox.NamedNode) and o.value in seen and q.predicate.value != TYPE:
                _add(edges, iri, q.predicate.value, o.value, q.graph_name.value)
    notes = [f"Only the first {limit:,} resources within {depth} links are drawn; raise --limit for more."] \
        if full else []
    return _finish(reader, sorted(seen), edges, notes)


def construct_view(store, graph) -> Selection:
    """The resources and links of a CONSTRUCT result (an rdflib graph), each link with the graphs that state it."""
    from rdflib import Literal as RdfLiteral
    from rdflib import URIRef

    reader = _Reader(store)
    iris: set[str] = set()
    edges: dict = {}
    extra: dict[str, list] = defaultdict(list)
    for s, p, o in graph:
        if not isinstance(s, URIRef) or str(s).startswith(reader.annotations) or str(o).startswith(reader.annotations):
            continue  # evidence and reports: their dates are the tenure's, see _Reader.node
        iris.add(str(s))
        if isinstance(o, URIRef) and p != RDF.type:
            iris.add(str(o))
            graphs = [q.graph_name.value for q in reader.quads(ox.NamedNode(str(s)), ox.NamedNode(str(p)),
                                                                ox.NamedNode(str(o)))]
            for g in graphs or ["urn:x-rightsgraph:query"]:
                _add(edges, str(s), str(p), str(o), g)
        elif isinstance(o, RdfLiteral):
            extra[str(s)].append((str(p), o))
    selection = _finish(reader, sorted(iris), edges)
    for iri, literals in extra.items():  # facts the query computed itself
        node = selection.nodes.get(iri)
        for p, o in literals if node else ():
            key = (p, str(o), o.language or "")
            if key not in node.literals:
                node.literals[key] = Literal(p, str(o), o.language or "", str(o.datatype or ""))
    return selection


#: the order and colours of vote positions: the same on every page (green yes, red no, amber abstain, grey)
VOTE_POSITIONS = {str(RGC[f"vote-position/{k}"]): colour for k, colour in (
    ("yes", "#2ca02c"), ("no", "#d62728"), ("abstain", "#ff9f1c"), ("non-voting", "#8c8c8c"))}
TALLY = (("yes", RG.votesFor), ("no", RG.votesAgainst), ("abstain", RG.abstentions), ("non-voting", RG.nonVoting))


def voting_view(store, text: str) -> Selection:
    """A recorded vote: the text voted on, each state that voted linked to it by its position (the node grouped
    by the position, for colour), and the states the text concerns. A state's rg:Vote resource is drawn as the
    link from the state to the text, with the sources that state it; its IRI is kept in the link's ``via``.

    The page says so when the text's stated tally and the positions recorded disagree.
    """
    reader = _Reader(store)
    target = ox.NamedNode(text)
    positions: dict[str, tuple[str, str, set[str]]] = {}  # voter -> (position, vote IRI, graphs)
    for q in reader.quads(None, ox.NamedNode(str(RG.onText)), target):
        vote = q.subject
        if not any(True for _ in reader.quads(vote, ox.NamedNode(TYPE), ox.NamedNode(str(RG.Vote)))):
            continue
        facts = {p.predicate.value: p.object.value for p in reader.quads(vote)}
        voter, position = facts.get(str(RG.voter)), facts.get(str(RG.votePosition))
        if voter is None or position is None:
            raise QueryError(f"the vote {vote.value} names no voter or no position")
        graphs = {p.graph_name.value for p in reader.quads(vote)}
        if voter in positions and positions[voter][0] != position:
            raise QueryError(f"the sources record two votes of {voter} on {text}: {positions[voter][1]} "
                             f"and {vote.value}")
        positions[voter] = (position, vote.value, graphs)
    if not positions:
        raise UnknownNameError(f"{text} has no recorded vote in the store (adopted without a vote, or not a text "
                               f"the Council voted on); `rightsgraph ingest hrc-votes` reads the recorded votes")
    edges: dict = {}
    for voter, (position, vote, graphs) in positions.items():
        for g in graphs:
            _add(edges, voter, position, text, g)
        edges[(voter, position, text)].via = vote
    concerned = [q for q in reader.quads(target, ox.NamedNode(str(RG.concernsState)))]
    for q in concerned:
        _add(edges, text, q.predicate.value, q.object.value, q.graph_name.value)
    selection = _finish(reader, sorted({text, *positions, *(q.object.value for q in concerned)}), edges)
    for voter, (position, _vote, _graphs) in positions.items():
        selection.nodes[voter].group = position
    selection.grouping = "Votes"
    counted = {key: sum(1 for p, *_ in positions.values() if p == str(RGC[f"vote-position/{key}"]))
               for key, _ in TALLY}
    differ = [f"{key}: {int(lit.value)} stated by {_titles(selection, lit.sources)}, {counted[key]} recorded"
              for key, prop in TALLY for lit in selection.nodes[text].literals.values()
              if lit.predicate == str(prop) and int(lit.value) != counted[key]]
    if differ:
        selection.notes.append("The stated tally and the votes recorded state by state disagree ("
                               + "; ".join(differ) + ").")
    return selection


def recommendation_values(store, selection: Selection, by: tuple[str, ...]):
    """The values of the grouping properties ``by`` (see :data:`rightsgraph.viz.layout.GROUPINGS`) of the
    selection's recommendations, read from the store's merged graph (recommendation -> property -> IRIs), and
    the labels of those values (IRI -> English label)."""
    from rightsgraph.viz.layout import GROUPINGS

    reader = _Reader(store)
    wanted = [ox.NamedNode(GROUPINGS[name][0]) for name in by if name in GROUPINGS]
    values: dict[str, dict[str, set[str]]] = {}
    for iri, node in selection.nodes.items():
        if str(RG.Recommendation) in node.types:
            for p in wanted:
                for q in store.quads(ox.NamedNode(iri), p, None, merged=True):
                    values.setdefault(iri, {}).setdefault(p.value, set()).add(q.object.value)
    targets = {v for by_property in values.values() for vs in by_property.values() for v in vs}
    labels = {v: (selection.nodes[v] if v in selection.nodes else reader.node(v)).label("en") for v in targets}
    return values, labels


def _titles(selection: Selection, graphs) -> str:
    return " and ".join(sorted(selection.sources.get(g, {}).get("title", g) for g in graphs))


def resolve(store, name: str, base: str | None = None) -> str:
    """An IRI for ``name``: an IRI, a prefixed name, or a label (diacritics and case ignored)."""
    from rightsgraph.library.queryfile import expand_iri

    try:
        iri = str(expand_iri(name, base))
        if any(True for _ in store.quads(ox.NamedNode(iri))):
            return iri
    except ValueError:
        pass
    wanted = fold(name)
    matches: dict[str, str] = {}
    for predicate in (LABEL, PREF_LABEL):
        for q in store.quads(None, ox.NamedNode(predicate), merged=True):
            if isinstance(q.subject, ox.NamedNode) and fold(q.object.value) == wanted:
                matches[q.subject.value] = q.object.value
    if len(matches) == 1:
        return next(iter(matches))
    if matches:
        raise QueryError(f"{name!r} names {len(matches)} resources: {', '.join(sorted(matches))}; give an IRI")
    raise UnknownNameError(f"no resource is called {name!r} (give an IRI, a prefixed name such as "
                           f"id:person/ha-kim-ngoc, or a label)")


def keep_types(selection: Selection, types: list[str]) -> Selection:
    """Only resources of the given classes (full IRIs, prefixed names or local names such as Person)."""
    def matches(t: str) -> bool:
        local = local_name(t)
        return any(want in (t, local, "rg:" + local) for want in types)
    nodes = {i: n for i, n in selection.nodes.items() if any(matches(t) for t in n.types)}
    edges = [e for e in selection.edges if e.source in nodes and e.target in nodes]
    return replace(selection, nodes=nodes, edges=edges)
