"""The structure the code keeps: imports only point one way, and one module holds the database."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

import rightsgraph

PACKAGE = Path(rightsgraph.__file__).parent


def _module(path: Path) -> str:
    parts = ["rightsgraph", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> nx.DiGraph:
    """rightsgraph's modules and what each imports (at module level or inside a function)."""
    graph = nx.DiGraph()
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    for name, path in modules.items():
        graph.add_node(name)
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                targets = [f"{base}.{a.name}" for a in node.names] + [base]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name and not name.startswith(target + "."):
                    graph.add_edge(name, target)
    return graph


def test_there_is_no_import_cycle():
    graph = import_graph()
    assert len(graph) > 30
    assert sorted(sorted(c) for c in nx.simple_cycles(graph)) == []


def test_the_check_sees_a_cycle(tmp_path):
    """The cycle finder can fail: two modules importing each other make a cycle."""
    graph = import_graph()
    graph.add_edge("rightsgraph.curation.curated", "rightsgraph.build")
    assert any({"rightsgraph.curation.curated", "rightsgraph.build"} <= set(c) for c in nx.simple_cycles(graph))


#: The areas of the package, lowest first: a module imports only from its own area or lower ones.
LAYERS = [
    # base
    {"errors", "namespaces", "kinds", "text", "textio", "yamlfile", "resources", "formats", "rdfwriter", "labels"},
    {"library"},    # query files, parameters bound as data, results, remote endpoints
    {"store"},      # the one way into Oxigraph
    {"finder"},     # the recommendation finder's full-text index, kept beside the live database
    {"curation", "ids"},  # the curation model, the YAML compiler, states, shapes and validation; ids' keys (by states)
    {"upr", "extract"},  # recommendation data in, article candidates in
    {"build"},      # the store built from the curated data (and the editors' reviews)
    {"publish"},    # dumps, VoID, the endpoint, push, statistics, ontology documentation
    {"cli"},
]


def _layer(module: str) -> int:
    area = module.split(".")[1] if "." in module else ""
    return next((i for i, names in enumerate(LAYERS) if area in names), -1)


def test_imports_point_down():
    graph = import_graph()
    unplaced = sorted(m for m in graph if m != "rightsgraph" and _layer(m) < 0)
    assert unplaced == []
    upward = sorted(f"{a} -> {b}" for a, b in graph.edges() if _layer(b) > _layer(a))
    assert upward == []
