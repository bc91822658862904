"""The pages' jinja2 templates (``graph/publish/templates/*.html``): one environment with autoescaping, each
template compiled once (compiling the resource page's template on every request cost more than rendering it)."""

from __future__ import annotations

from functools import cache


@cache
def environment():
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(loader=PackageLoader("rightsgraph.publish", "templates"), autoescape=select_autoescape())


def render(name: str, **context) -> str:
    """The template ``name`` (``resource.html``) rendered with ``context``; every value is escaped."""
    return environment().get_template(name).render(**context)
