"""How a resource with no label of its own is named, alike in the served pages and in the explorer: a
recommendation or a pledge by who → whom and its text ("France → Viet Nam: Ratify the Convention…"), anything else
(a post holding, a participation, a vote) by the labels of up to three things it links to, in property order."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rightsgraph.namespaces import PREFIXES, RDF, RG, local_name

#: who a recommendation or a pledge is from, and to whom
WHO = (str(RG.recommendingState), str(RG.pledgedBy))
WHOM = (str(RG.stateUnderReview), str(RG.madeTo))
#: links that name nothing about the resource: its class and its source
SKIPPED = (str(RDF.type), PREFIXES["prov"] + "wasDerivedFrom")


def made_label(links: Iterable[tuple[str, str]], text: str | None, name: Callable[[str], str | None]) -> str | None:
    """A label from the resource's (property, IRI) ``links`` and its ``text`` (``rg:text``, when it has one);
    ``name`` gives a linked resource's own label, or None. None when nothing linked has a label."""
    links = sorted((p, o) for p, o in links if p not in SKIPPED)
    if text is not None:
        who = ", ".join(name(o) or local_name(o) for p, o in links if p in WHO)
        whom = ", ".join(name(o) or local_name(o) for p, o in links if p in WHOM)
        head = " → ".join(part for part in (who, whom) if part)
        snippet = text if len(text) <= 80 else text[:79].rstrip() + "…"
        return f"{head}: {snippet}" if head else snippet
    named: list[str] = []
    for _, target in links:
        other = name(target)
        if other and other not in named:
            named.append(other)
    return " · ".join(named[:3]) or None
