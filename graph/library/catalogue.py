"""The query catalogue, ``queries/README.md``, generated from the query headers.

    python -m rightsgraph.library.catalogue > queries/README.md

A test fails when the file in the repository differs from what this prints.
"""

from __future__ import annotations

import sys

from rightsgraph.library import GROUPS, library


def catalogue() -> str:
    queries = library()
    out = ["# The query library", "",
           "Generated from the headers of the `.rq` files by `python -m rightsgraph.library.catalogue`; "
           "do not edit by hand.",
           "", "List them with `rightsgraph queries`; run one with "
           "`rightsgraph query NAME [--param key=value ...] [--format table|csv|tsv|json] [--endpoint URL]`.",
           "Parameters are typed and bound as RDF terms, never pasted into the query text.", ""]
    for group in GROUPS:
        members = [q for q in queries if q.group == group]
        out += [f"## {group[0].upper() + group[1:]}", ""]
        for q in members:
            out += [f"### `{q.name}`: {q.title}", "", q.description, ""]
            if q.params:
                out += ["| parameter | type | default | meaning |", "|---|---|---|---|"]
                out += [f"| `{p.name}` | {p.type} | `{p.default}` | {p.description} |" for p in q.params.values()]
                out.append("")
            out += ["```sh", *q.examples, "```", ""]
    return "\n".join(out)


if __name__ == "__main__":
    sys.stdout.write(catalogue())
