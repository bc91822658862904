"""Read YAML keeping the line of every value, so errors can say where.

Dates are *not* converted by the YAML parser (a bad date such as 2019-02-30 must be reported with its
line by our own checks, not crash inside the parser): every scalar that is not a number, boolean or
null stays a string.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from rightsgraph.errors import DataError


class Mapping(dict):
    """A YAML mapping that knows its own line and the line of each value (1-based)."""

    line: int = 0
    lines: dict[str, int]


class Sequence(list):
    """A YAML sequence that knows its own line and the line of each item (1-based)."""

    line: int = 0
    lines: list[int]


#: How deep mappings and sequences may nest in a curated file (the data needs a handful of levels).
MAX_DEPTH = 50


class _Loader(yaml.SafeLoader):
    """Safe loading, without aliases (``*name``: one short file could expand to gigabytes) and with
    nesting bounded by :data:`MAX_DEPTH`."""

    _depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise DataError("YAML aliases (*name) are not allowed in curated data: write the value out",
                            line=mark.line + 1)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise DataError(f"nested more than {MAX_DEPTH} levels deep", line=self.peek_event().start_mark.line + 1)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


# No implicit timestamps: keep dates as text for our own validation.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _mapping(loader: _Loader, node: yaml.MappingNode) -> Mapping:
    result = Mapping()
    result.line, result.lines = node.start_mark.line + 1, {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise DataError("mapping keys must be text", line=key_node.start_mark.line + 1, value=key)
        if key in result:
            raise DataError(f"duplicate key {key!r}", line=key_node.start_mark.line + 1)
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[key] = value_node.start_mark.line + 1
    return result


def _sequence(loader: _Loader, node: yaml.SequenceNode) -> Sequence:
    result = Sequence(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)


def load_yaml(path: Path) -> Any:
    """Parse one YAML file; any problem is a :class:`DataError` naming the file and line."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise DataError(f"not valid UTF-8 at byte {exc.start}", path, line) from None
    except OSError as exc:
        raise DataError(f"cannot read file: {exc.strerror}", path) from None
    try:
        return yaml.load(text, Loader=_Loader)
    except DataError as exc:
        raise DataError(exc.message, path, exc.line, exc.value) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise DataError(f"malformed YAML: {exc.problem or exc.context}", path, line) from None
    except yaml.YAMLError as exc:
        raise DataError(f"malformed YAML: {exc}", path) from None
    except RecursionError:
        raise DataError(f"nested too deeply (at most {MAX_DEPTH} levels)", path) from None
