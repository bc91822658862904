"""The ontology, concept schemes and shapes: complete, consistent with the data, shipped in the wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from rightsgraph.curation.shapes import shapes_turtle
from rightsgraph.curation.validation import validate
from rightsgraph.namespaces import ONTOLOGY_GRAPH, RG, RGC
from rightsgraph.resources import ontology_dir, shapes_file

REUSED = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
          "http://www.w3.org/2004/02/skos/core#", "http://purl.org/dc/terms/", "https://schema.org/",
          "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#", "http://www.w3.org/2002/07/owl#",
          "http://qudt.org/schema/qudt/", "http://rdfs.org/ns/void#")


def _in_data(store, pattern: str) -> set[URIRef]:
    """Distinct values of ?t in ``pattern`` over the source graphs (not the ontology's own graph)."""
    query = f"SELECT DISTINCT ?t ?onto WHERE {{ GRAPH ?g {{ {pattern} }} FILTER(?g != ?onto) }}"
    return {URIRef(str(r[0])) for r in store.query(query, {"onto": URIRef(ONTOLOGY_GRAPH)})}


def ontology() -> Graph:
    return Graph().parse(ontology_dir() / "rightsgraph.ttl", format="turtle")


def test_ontology_is_versioned():
    g = ontology()
    onto = URIRef(ONTOLOGY_GRAPH)
    assert (onto, RDF.type, OWL.Ontology) in g
    assert str(g.value(onto, OWL.versionIRI)).endswith("/0.1.0")


def test_every_term_has_english_and_vietnamese_labels_and_a_definition():
    g = ontology()
    terms = {s for s in g.subjects() if isinstance(s, URIRef) and s.startswith(str(RG))}
    assert len(terms) > 100
    problems = []
    for term in sorted(terms):
        langs = {lbl.language for lbl in g.objects(term, RDFS.label)}
        if not {"en", "vi"} <= langs or not any(d.language == "en" for d in g.objects(term, SKOS.definition)):
            problems.append(term)
    assert problems == []


def test_every_predicate_and_class_in_the_data_is_declared_or_reused(seed):
    g = ontology()
    declared = {s for s in g.subjects() if isinstance(s, URIRef)}
    used = _in_data(seed, "?s ?t ?o") | _in_data(seed, "?s a ?t")
    unknown = [t for t in used if not (t in declared or (not str(t).startswith(str(RG)) and str(t).startswith(REUSED)))]
    assert unknown == []


def test_sdg_scheme_links_the_un_kos():
    g = Graph().parse(ontology_dir() / "concepts.ttl", format="turtle")
    goals = set(g.subjects(SKOS.inScheme, RGC["sdg"]))
    assert len(goals) == 17
    un_kos = {f"http://metadata.un.org/sdg/{n}" for n in range(1, 18)}
    assert {str(g.value(c, SKOS.exactMatch)) for c in goals} == un_kos
    assert len(set(g.subjects(SKOS.inScheme, RGC["action"]))) == 5
    responses = {str(g.value(c, SKOS.notation)) for c in g.subjects(SKOS.inScheme, RGC["response"])}
    assert responses == {"supported", "noted"}


def test_theme_matches_go_from_upr_info_issues_to_uhri_themes():
    """The two theme vocabularies stay two schemes; the sure matches between them run issue -> theme, one
    relation per pair, and no UHRI theme is an exact match of two issues (exactMatch is transitive)."""
    g = Graph().parse(ontology_dir() / "concepts.ttl", format="turtle")
    sdg = set(g.subjects(SKOS.inScheme, RGC["sdg"]))
    pairs = [(s, p, o) for p in (SKOS.exactMatch, SKOS.closeMatch) for s, o in g.subject_objects(p) if s not in sdg]
    assert pairs
    for s, _, o in pairs:
        assert (g.value(s, SKOS.inScheme), g.value(o, SKOS.inScheme)) == (RGC["upr-info-issue"], RGC["uhri-theme"])
        assert g.value(o, SKOS.prefLabel) is not None, o
    assert len({(s, o) for s, _, o in pairs}) == len(pairs)
    exact = [o for _, p, o in pairs if p == SKOS.exactMatch]
    assert len(exact) == len(set(exact))
    assert {(s, RDF.type, SKOS.ConceptScheme) in g for s in (RGC["upr-info-issue"], RGC["uhri-theme"])} == {True}


def test_shapes_file_is_up_to_date():
    assert shapes_file().read_text(encoding="utf-8") == shapes_turtle(), "run `make shapes`"


def test_every_class_in_the_data_has_a_shape(seed):
    shapes = Graph().parse(shapes_file(), format="turtle")
    targets = set(shapes.objects(None, URIRef("http://www.w3.org/ns/shacl#targetClass")))
    onto = ontology()
    used = _in_data(seed, "?s a ?t")
    missing = [c for c in used if not (set(onto.transitive_objects(c, RDFS.subClassOf)) & targets)]
    assert missing == []


def test_seed_graph_conforms_and_warns_only_about_kept_disagreements(seed):
    findings = validate(seed)
    assert [f for f in findings if f.severity == "Violation"] == []
    assert {(f.focus, f.path) for f in findings} == {
        ("id:candidacy/vnm-hrc-2023-2025", p) for p in ("rg:termLabel", "rg:termStart", "rg:termEnd")}


def test_functional_properties_are_flagged_single_valued():
    g = ontology()
    functional = {p for p in g.subjects(RDF.type, OWL.FunctionalProperty) if (p, RDF.type, OWL.DatatypeProperty) in g}
    assert functional <= set(g.subjects(RG.singleValued, Literal(True)))


def test_wheel_ships_ontology_queries_and_data(tmp_path):
    root = ontology_dir().parent
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path), str(root)], check=True, capture_output=True)
    (wheel,) = tmp_path.glob("rightsgraph-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("rightsgraph/ontology/rightsgraph.ttl", "rightsgraph/ontology/shapes.ttl",
                   "rightsgraph/ontology/concepts.ttl", "rightsgraph/queries/person-posts.rq",
                   "rightsgraph/data/reference.yaml", "rightsgraph/data/sources/vietnamnet-2024-upr-dialogue.yaml",
                   "rightsgraph/cli/__init__.py", "rightsgraph/cli/data.py", "rightsgraph/upr/importers/upr_info.py",
                   "rightsgraph/extract/rules.py", "rightsgraph/viz/__init__.py"):
        assert needed in names, needed
    assert not [n for n in names if n.split("/")[0] in ("graph", "viz", "ontology", "queries", "data")]


def test_the_ontology_documentation_is_current_and_complete():
    import html
    from pathlib import Path

    from rdflib import OWL, RDF, RDFS
    from rdflib import Graph as RdfGraph

    from rightsgraph.namespaces import RG
    from rightsgraph.publish.ontodoc import document
    from rightsgraph.resources import ontology_dir

    page = document()
    committed = Path(__file__).resolve().parents[1] / "docs" / "ontology.html"
    assert committed.read_text(encoding="utf-8") == page, \
        "run: python -m rightsgraph.publish.ontodoc > docs/ontology.html"
    onto = RdfGraph().parse(ontology_dir() / "rightsgraph.ttl", format="turtle")
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in onto.subjects(RDF.type, kind):
            if str(term).startswith(str(RG)):
                local = str(term)[len(str(RG)):]
                assert f'id="rg-{local}"' in page, local
                labels = {label.language: str(label) for label in onto.objects(term, RDFS.label)}
                assert {"en", "vi"} <= set(labels), local
                assert html.escape(labels["vi"]) in page and html.escape(labels["en"]) in page, local
