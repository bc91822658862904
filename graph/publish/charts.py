"""Chart pages of ``rightsgraph serve`` and the JSON they are drawn from, both answered by the query library.

- ``/api/charts/NAME?param=value...``: the rows of the library query behind chart ``NAME`` (:data:`CHARTS`), its
  parameters bound by the library and the query run by the server's query processes, under the same time, memory
  and queue limits as ``/sparql``. Rows are JSON objects: IRIs and plain literals as strings, numbers as numbers,
  booleans as booleans, unbound variables left out. A bad, unknown or repeated parameter, or a state or person
  the graph does not hold, is a 400 with the message; an unknown chart a 404.
- ``/charts``: an index with pickers (a state under review, a recommending state, a person, a period of the Human
  Rights Council); ``/charts/state/ISO3``, ``/charts/recommender/ISO3``, ``/charts/person/ID`` and
  ``/charts/council?from=DATE&until=DATE``: pages of charts, drawn in the browser with Observable Plot (from npm,
  served at ``/assets/vendor/``). ``?lang=vi`` labels them in Vietnamese where the data has Vietnamese labels.

Strings from the data reach the page as JSON and are drawn by Plot as SVG text (``textContent``): never markup.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from dataclasses import dataclass

import pyoxigraph as ox

from rightsgraph.errors import QueryError
from rightsgraph.library import find
from rightsgraph.namespaces import PREFIXES, RDF, RG, curie
from rightsgraph.publish import templates
from rightsgraph.publish.workbench import bound_query

JSON = "application/json; charset=utf-8"
HTML = "text/html; charset=utf-8"
TEXT = "text/plain; charset=utf-8"
_XSD = PREFIXES["xsd"]
INTEGERS = {_XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}
DECIMALS = {_XSD + t for t in ("decimal", "double", "float")}
#: a page's subject in its path: an ISO 3166 alpha-3 code, or a person's id
ISO3 = re.compile(r"^[a-z]{3}$")
PERSON_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,120}$")


@dataclass(frozen=True)
class Chart:
    """A chart's data: the library query, and the parameter naming what it is about, which must be a ``kind``."""

    query: str
    subject: str | None = None
    kind: str | None = None


#: The charts, by the name ``/api/charts/NAME`` answers.
CHARTS = {
    "received-per-cycle": Chart("recommendations-per-cycle", "state", str(RG.State)),
    "acceptance-vs-group": Chart("acceptance-in-regional-group", "state", str(RG.State)),
    "top-recommenders": Chart("top-recommending-states", "state", str(RG.State)),
    "themes-per-cycle": Chart("themes-over-cycles", "state", str(RG.State)),
    "recommends-to": Chart("recommendations-made-by", "recommender", str(RG.State)),
    "tenures": Chart("person-tenures", "person", str(RG.Person)),
    "council-terms": Chart("council-terms"),
}

#: The charts of each page, in the order they are drawn, with the parameter each page fills in.
PAGES = {"state": ("received-per-cycle", "acceptance-vs-group", "top-recommenders", "themes-per-cycle"),
         "recommender": ("recommends-to",), "person": ("tenures",), "council": ("council-terms",)}

#: The words of the pages, in English and Vietnamese (chart titles, axes, legends; the data's own labels aside).
WORDS = {
    "en": {
        "state": "Recommendations received by {name}",
        "recommender": "Recommendations made by {name}",
        "person": "Posts held by {name}", "council": "Human Rights Council members, {start} to {end}",
        "index": "Charts of the graph", "resource": "resource page", "pick-state": "A state under review",
        "pick-recommender": "A recommending state", "pick-person": "A person",
        "pick-council": "Council members in a period",
        "from": "from", "until": "until", "show": "Show", "loading": "Loading…", "empty": "No data for this chart.",
        "received-per-cycle": "Recommendations received per UPR cycle, by response",
        "acceptance-vs-group": "Share supported per cycle, beside the regional group",
        "top-recommenders": "States that made the most recommendations",
        "themes-per-cycle": "Themes of the recommendations, per cycle",
        "recommends-to": "To whom, on what: recommendations per state under review and theme",
        "recommends-themes": "Recommendations per theme",
        "tenures": "Tenures: a bar from the stated start (or first report) to the stated end (or last report)",
        "council-terms": "Membership terms, by state",
        "cycle": "UPR cycle", "recommendations": "recommendations", "percent": "supported (%)",
        "supported": "supported", "noted": "noted", "other": "no response in the data", "vocabulary": "Vocabulary",
        "this-state": "this state", "group": "regional group", "theme": "theme", "no-theme": "(no theme)",
        "stated": "stated tenure", "reported": "reported only", "post": "post", "date": "date", "member": "member",
    },
    "vi": {
        "state": "Khuyến nghị {name} nhận được", "recommender": "Khuyến nghị {name} đưa ra",
        "person": "Các chức vụ của {name}", "council": "Thành viên Hội đồng Nhân quyền, {start} đến {end}",
        "index": "Biểu đồ của đồ thị", "resource": "trang tài nguyên", "pick-state": "Quốc gia được rà soát",
        "pick-recommender": "Quốc gia đưa ra khuyến nghị", "pick-person": "Một người",
        "pick-council": "Thành viên Hội đồng trong một giai đoạn", "from": "từ", "until": "đến", "show": "Xem",
        "loading": "Đang tải…", "empty": "Không có dữ liệu cho biểu đồ này.",
        "received-per-cycle": "Khuyến nghị nhận được mỗi chu kỳ UPR, theo phản hồi",
        "acceptance-vs-group": "Tỷ lệ ủng hộ mỗi chu kỳ, so với nhóm khu vực",
        "top-recommenders": "Các quốc gia đưa ra nhiều khuyến nghị nhất",
        "themes-per-cycle": "Chủ đề của các khuyến nghị, mỗi chu kỳ",
        "recommends-to": "Cho ai, về điều gì: khuyến nghị theo quốc gia được rà soát và chủ đề",
        "recommends-themes": "Khuyến nghị theo chủ đề",
        "tenures": "Nhiệm kỳ: từ ngày bắt đầu (hoặc lần đưa tin đầu) đến ngày kết thúc (hoặc lần đưa tin cuối)",
        "council-terms": "Nhiệm kỳ thành viên, theo quốc gia",
        "cycle": "Chu kỳ UPR", "recommendations": "khuyến nghị", "percent": "ủng hộ (%)",
        "supported": "ủng hộ", "noted": "ghi nhận", "other": "không có phản hồi trong dữ liệu",
        "vocabulary": "Bộ từ vựng",
        "this-state": "quốc gia này", "group": "nhóm khu vực", "theme": "chủ đề", "no-theme": "(không có chủ đề)",
        "stated": "nhiệm kỳ được nêu", "reported": "chỉ được đưa tin", "post": "chức vụ", "date": "ngày",
        "member": "thành viên",
    },
}


class BadRequest(ValueError):
    """A chart request the library or the graph refuses: a 400 with the message."""


def _value(term: dict):
    """A SPARQL JSON term as a JSON value: numbers as numbers, booleans as booleans, anything else its text."""
    datatype = term.get("datatype", "")
    try:
        if datatype in INTEGERS:
            return int(term["value"])
        if datatype in DECIMALS:
            return float(term["value"])
    except ValueError:
        return term["value"]
    if datatype == _XSD + "boolean":
        return term["value"] in ("true", "1")
    return term["value"]


def rows(answer: bytes) -> tuple[list[str], list[dict]]:
    """The variables and rows of a SPARQL JSON SELECT answer, each row a dict of :func:`_value` s."""
    result = json.loads(answer)
    return result["head"]["vars"], [{k: _value(v) for k, v in b.items()} for b in result["results"]["bindings"]]


def _exists(store, iri: str, kind: str) -> bool:
    return next(iter(store.quads(ox.NamedNode(iri), ox.NamedNode(str(RDF.type)), ox.NamedNode(kind),
                                 merged=True)), None) is not None


def prepare(store, name: str, query_string: str) -> tuple[Chart, dict]:
    """Chart ``name``'s query with the parameters of ``query_string`` bound by the library
    (:func:`rightsgraph.publish.workbench.bound_query`); :class:`LookupError` for an unknown chart,
    :class:`BadRequest` for a parameter the library refuses or a subject the graph does not hold."""
    chart = CHARTS.get(name)
    if chart is None:
        raise LookupError(f"no chart called {name!r}; charts: {', '.join(CHARTS)}")
    try:
        bound = bound_query(chart.query, query_string, store.meta.base)
        terms = find(chart.query).bindings(bound["parameters"], store.meta.base)
    except (QueryError, UnicodeDecodeError, ValueError) as exc:
        raise BadRequest(str(exc)) from None
    if chart.subject and not _exists(store, str(terms[chart.subject]), chart.kind):
        raise BadRequest(f"parameter {chart.subject}: the graph holds no {curie(chart.kind)} "
                         f"{curie(str(terms[chart.subject]))}")
    if name == "council-terms" and str(terms["from"]) > str(terms["until"]):
        raise BadRequest(f"the period is empty: from {terms['from']} is after until {terms['until']}")
    return chart, bound


def respond(server, path: str, query_string: str, gone=lambda: False) -> tuple[int, str, str, dict]:
    """The answer to a GET of ``path`` under ``/charts`` or ``/api/charts/``: (status, body, content type,
    headers). A chart's query runs in ``server``'s query processes (``server.run_query``): its exceptions (busy,
    over time or memory, the client gone) are the caller's to answer, as for ``/sparql``."""
    if path.startswith("/api/charts/"):
        name = urllib.parse.unquote(path[len("/api/charts/"):])
        try:
            chart, bound = prepare(server.store, name, query_string)
        except LookupError as exc:
            return 404, str(exc) + "\n", TEXT, {}
        except BadRequest as exc:
            return 400, str(exc) + "\n", TEXT, {}
        answer = server.run_query(bound["query"], "application/sparql-results+json", None, gone)
        if answer[0] == "error":
            return answer[1], answer[2] + "\n", TEXT, {}
        columns, found = rows(answer[1])
        body = {"chart": name, "query": chart.query, "title": find(chart.query).title,
                "parameters": bound["parameters"], "columns": columns, "rows": found, "cut": answer[3]}
        return 200, json.dumps(body, ensure_ascii=False), JSON, {}
    try:
        return (200, *page(server, path, query_string), {})
    except LookupError as exc:
        return 404, str(exc) + "\n", TEXT, {}
    except BadRequest as exc:
        return 400, str(exc) + "\n", TEXT, {}


def page(server, path: str, query_string: str) -> tuple[str, str]:
    """The HTML of a chart page and its content type; LookupError (404) or BadRequest (400) otherwise."""
    store, labels = server.store, server.labels
    try:
        params = dict(urllib.parse.parse_qsl(query_string, errors="strict"))
    except (UnicodeDecodeError, ValueError):
        raise BadRequest("malformed query string") from None
    lang = params.pop("lang", "en")
    if lang not in WORDS:
        raise BadRequest("lang is en or vi")
    words = WORDS[lang]
    parts = path.strip("/").split("/")
    base = store.meta.base
    if parts == ["charts"]:
        return _render("charts-index.html", lang, words, title=words["index"], heading=words["index"], config={
            "kind": "index", "lang": lang, "words": words, "states": _choices(store, labels, str(RG.State), lang),
            "people": _choices(store, labels, str(RG.Person), lang, holders_only=True)}, subject=None), HTML
    if len(parts) == 3 and parts[1] in ("state", "recommender", "person"):
        kind, key = parts[1], urllib.parse.unquote(parts[2])
        valid = PERSON_ID if kind == "person" else ISO3
        if not valid.match(key):
            raise BadRequest(f"not a {'person id' if kind == 'person' else 'state code (ISO 3166 alpha-3)'}: {key!r}")
        iri = base + ("person/" if kind == "person" else "state/") + key
        if not _exists(store, iri, str(RG.Person if kind == "person" else RG.State)):
            raise LookupError(f"the graph holds no {'person' if kind == 'person' else 'state'} {key!r}")
        param = {"state": "state", "recommender": "recommender", "person": "person"}[kind]
        name = labels(iri, lang)
        title = words[kind].format(name=name)
        charts = [{"name": c, "title": words[c], "api": f"/api/charts/{c}?" + urllib.parse.urlencode({param: iri})}
                  for c in PAGES[kind]]
        return _render("charts.html", lang, words, title=title, heading=title, config={
            "kind": kind, "lang": lang, "words": words, "charts": charts},
            subject={"name": name, "href": server.site.href(iri, lang),
                     "other": _other(kind, key, name, lang, words)}), HTML
    if parts == ["charts", "council"]:
        values = {"from": params.get("from", "2016-01-01"), "until": params.get("until", "2025-12-31")}
        prepare(store, "council-terms", urllib.parse.urlencode(values))  # checks the dates
        title = words["council"].format(start=values["from"], end=values["until"])
        charts = [{"name": "council-terms", "title": words["council-terms"],
                   "api": "/api/charts/council-terms?" + urllib.parse.urlencode(values)}]
        return _render("charts.html", lang, words, title=title, heading=title, config={
            "kind": "council", "lang": lang, "words": words, "charts": charts}, subject=None), HTML
    raise LookupError(f"nothing at {path}")


def _other(kind: str, key: str, name: str, lang: str, words: dict) -> tuple[str, str] | None:
    """The link from a state's charts as reviewed to its charts as recommender, and back."""
    other = {"state": "recommender", "recommender": "state"}.get(kind)
    if other is None:
        return None
    return words[other].format(name=name), f"/charts/{other}/{key}" + ("?lang=vi" if lang == "vi" else "")


def _choices(store, labels, kind: str, lang: str, holders_only: bool = False) -> list[dict]:
    """The resources of class ``kind`` (persons: those holding a post) as {key, label}, by label."""
    found = []
    for q in store.quads(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(kind), merged=True):
        iri = q.subject.value
        if not isinstance(q.subject, ox.NamedNode) or "/" not in iri:
            continue
        if holders_only and next(iter(store.quads(None, ox.NamedNode(str(RG.holder)), q.subject, merged=True)),
                                 None) is None:
            continue
        found.append({"key": iri.rsplit("/", 1)[1], "label": labels(iri, lang)})
    return sorted(found, key=lambda c: c["label"].casefold())


def _render(template: str, lang: str, words: dict, **context) -> str:
    return templates.render(template, lang=lang, words=words, **context)
