"""Load: spec text to plain data plus a source map.

The YAML is composed into nodes by ruamel.yaml (YAML 1.2), and the nodes are turned into plain
dicts, lists and scalars here, so that every key and value gets its ``line:col`` by JSON
pointer, a duplicate key is an error at its second place rather than a silent overwrite, a
CloudFormation short-form tag becomes an :class:`~stackgen.intrinsics.Intrinsic`, and any other
tag (``!!python/object``...) is refused. Nothing here interprets what the data means.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import Any

from .diagnostics import Diagnostic, Pointer, error
from .intrinsics import SHORT_FORMS, Intrinsic

#: a spec is a few kilobytes; these bounds keep a hostile file from taking time or memory
MAX_BYTES = 1_000_000
MAX_NODES = 200_000
MAX_DEPTH = 100

_YAML = "tag:yaml.org,2002:"
#: the standard tags of plain data; any other ``!!`` tag (``!!python/object``...) is refused
_PLAIN_TAGS = frozenset(
    _YAML + t for t in ("str", "int", "float", "bool", "null", "map", "seq",
                        # what ruamel's resolver gives a plain 2024-01-01, =, or <<: all text here
                        "timestamp", "value", "merge")
)


@dataclass
class Loaded:
    """The result of loading one spec file."""

    path: str
    data: Any = None
    #: pointer -> (line, column), 1-based: where a mapping key stands
    keys: dict[Pointer, tuple[int, int]] = field(default_factory=dict)
    #: pointer -> (line, column), 1-based: where a value starts
    values: dict[Pointer, tuple[int, int]] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)


class _TooBig(Exception):
    pass


def load(path: str) -> Loaded:
    """Read and parse the spec at ``path``. Problems come back as diagnostics, never raised."""
    loaded = Loaded(path)
    try:
        if os.path.isdir(path):
            raise IsADirectoryError(f"{path} is a directory, not a spec file")
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            loaded.diagnostics.append(
                error("L005", f"the spec is {size} bytes; stackgen reads specs of at most {MAX_BYTES} bytes")
            )
            return loaded
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        loaded.diagnostics.append(error("L001", f"cannot read the spec: {exc.strerror or exc}"))
        return loaded
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        loaded.diagnostics.append(
            error("L001", f"the spec is not UTF-8 text (byte 0x{raw[exc.start]:02x}); save it as UTF-8",
                  line=line, column=column)
        )
        return loaded
    return parse(text, loaded)


def parse(text: str, loaded: Loaded) -> Loaded:
    """Parse spec ``text`` into ``loaded``."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="safe", pure=True)
    try:
        node = yaml.compose(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        where = dict(line=mark.line + 1, column=mark.column + 1) if mark else {}
        loaded.diagnostics.append(error("L002", f"invalid YAML: {problem}", **where))
        return loaded
    except YAMLError as exc:
        loaded.diagnostics.append(error("L002", f"invalid YAML: {exc}"))
        return loaded
    except RecursionError:
        loaded.diagnostics.append(error("L005", "the spec nests too deeply to be a stack spec"))
        return loaded
    if node is None:
        loaded.diagnostics.append(error("S002", "the spec is empty; it needs at least `resources:`"))
        return loaded
    builder = _Builder(loaded)
    try:
        loaded.data = builder.build(node, (), 0)
    except _TooBig as exc:
        loaded.data = None
        loaded.diagnostics.append(error("L005", str(exc), line=builder.last[0], column=builder.last[1]))
    return loaded


def _position(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Builder:
    def __init__(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.count = 0
        self.last = (1, 1)

    def build(self, node, pointer: Pointer, depth: int) -> Any:
        self.count += 1
        self.last = _position(node)
        if self.count > MAX_NODES:
            raise _TooBig(
                f"the spec expands to more than {MAX_NODES} values (are aliases multiplying it?)"
            )
        if depth > MAX_DEPTH:
            raise _TooBig(f"the spec nests more than {MAX_DEPTH} levels deep")
        self.loaded.values.setdefault(pointer, _position(node))
        tag = node.tag or ""
        if tag.startswith("!") and not tag.startswith("!!"):
            name = tag[1:]
            if name not in SHORT_FORMS:
                return self._bad_tag(node, tag)
            return Intrinsic(name, self._plain(node, pointer, depth))
        if tag in _PLAIN_TAGS:
            return self._plain(node, pointer, depth)
        return self._bad_tag(node, tag)

    def _bad_tag(self, node, tag: str) -> None:
        shown = tag.replace(_YAML, "!!")
        self.loaded.diagnostics.append(
            error(
                "L004",
                f"unknown tag {shown}: a spec may use plain YAML and CloudFormation's short forms "
                "(!Ref, !GetAtt, !Sub...) only",
                line=_position(node)[0],
                column=_position(node)[1],
            )
        )
        return None

    def _plain(self, node, pointer: Pointer, depth: int) -> Any:
        kind = node.id
        if kind == "mapping":
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if key_node.id != "scalar":
                    self.loaded.diagnostics.append(
                        error("L002", "a mapping key must be a plain string",
                              line=_position(key_node)[0], column=_position(key_node)[1])
                    )
                    continue
                key = str(key_node.value)
                child = pointer + (key,)
                if key in result:
                    first = self.loaded.keys[child]
                    self.loaded.diagnostics.append(
                        error(
                            "L003",
                            f"duplicate key `{key}` (first at line {first[0]}); "
                            "a later key would silently replace the first: rename or remove one",
                            line=_position(key_node)[0],
                            column=_position(key_node)[1],
                        )
                    )
                    continue
                self.loaded.keys[child] = _position(key_node)
                result[key] = self.build(value_node, child, depth + 1)
            return result
        if kind == "sequence":
            return [self.build(item, pointer + (i,), depth + 1) for i, item in enumerate(node.value)]
        return _scalar(node)


def _scalar(node) -> Any:
    tag, value = node.tag or "", node.value
    kind = tag[len(_YAML):] if tag.startswith(_YAML) else "str"
    if kind == "null":
        return None
    if kind == "bool":
        lowered = value.lower()
        return lowered == "true" if lowered in ("true", "false") else value
    if kind == "int":
        text = value.replace("_", "")
        try:
            return int(text, 10)
        except ValueError:
            try:
                return int(text, 0)
            except ValueError:
                return value
    if kind == "float":
        lowered = value.lower()
        if lowered.endswith(".inf"):
            return -math.inf if lowered.startswith("-") else math.inf
        if lowered == ".nan":
            return math.nan
        try:
            return float(value)
        except ValueError:
            return value
    return value
