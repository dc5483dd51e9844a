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
import re
import stat
from dataclasses import dataclass, field
from typing import Any

from .diagnostics import Diagnostic, Pointer, error
from .intrinsics import SHORT_FORMS, Intrinsic

#: a spec is a few kilobytes; these bounds keep a hostile file from taking time or memory
MAX_BYTES = 1_000_000
MAX_NODES = 200_000
MAX_DEPTH = 100
#: values written in the file (before aliases expand): ruamel's pure-Python composer takes tens
#: of microseconds a value, so a megabyte of ``[a, a, a, ...`` would take many seconds
MAX_SOURCE_NODES = 20_000
#: ruamel decodes a tag in time quadratic in its length; no tag a spec may use is this long
MAX_TAG = 200

_YAML = "tag:yaml.org,2002:"
#: the standard tags of plain data; any other ``!!`` tag (``!!python/object``...) is refused
_PLAIN_TAGS = frozenset(
    _YAML + t for t in ("str", "int", "float", "bool", "null", "map", "seq",
                        # what ruamel's resolver gives a plain 2024-01-01, =, or <<: all text here
                        "timestamp", "value", "merge")
)
#: half a UTF-16 pair, which a ``"\ud800"`` escape puts in a string: no text can be written with it
_SURROGATE = re.compile(r"[\ud800-\udfff]")


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
    """Stops loading at the first excess; ``position`` is where, when known when raised."""

    def __init__(self, message: str, position: tuple[int, int] | None = None, code: str = "L005") -> None:
        super().__init__(message)
        self.position = position
        self.code = code


def load(path: str) -> Loaded:
    """Read and parse the spec at ``path``. Problems come back as diagnostics, never raised."""
    loaded = Loaded(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(f"{path} is a directory, not a spec file")
        if not stat.S_ISREG(info.st_mode):
            # a FIFO would block the read, a device never end it: a spec is a file
            raise OSError(0, "it is not a regular file (a pipe, a device or a socket): give the spec file itself")
        size = info.st_size
        if size > MAX_BYTES:
            loaded.diagnostics.append(
                error("L005", f"the spec is {size} bytes; stackgen reads specs of at most {MAX_BYTES} bytes")
            )
            return loaded
        with open(path, "rb") as handle:
            # bounded: a device or a pipe (/dev/zero) has no size to check beforehand
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        loaded.diagnostics.append(error("L001", f"cannot read the spec: {exc.strerror or exc}"))
        return loaded
    if len(raw) > MAX_BYTES:
        loaded.diagnostics.append(
            error("L005", f"the spec is more than {MAX_BYTES} bytes; stackgen reads specs of at most {MAX_BYTES} bytes")
        )
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
    from ruamel.yaml.reader import ReaderError

    yaml = YAML(typ="safe", pure=True)
    yaml.Composer = _composer()
    try:
        node = yaml.compose(text)
    except _TooBig as exc:
        where = dict(line=exc.position[0], column=exc.position[1]) if exc.position else {}
        loaded.diagnostics.append(error(exc.code, str(exc), **where))
        return loaded
    except ReaderError as exc:
        # a control character (NUL...) or U+FFFE: ruamel gives its offset in the text, not a line
        before = re.split("\r\n|[\r\n\x85\u2028\u2029]", text[: exc.position])
        character = exc.character if isinstance(exc.character, int) else ord(exc.character)
        loaded.diagnostics.append(
            error("L002", f"invalid YAML: the character U+{character:04X} is not allowed in YAML text",
                  line=len(before), column=len(before[-1]) + 1)
        )
        return loaded
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if problem.startswith("but ") and exc.context:
            problem = f"{exc.context}, {problem}"  # "expected a single document..., but found another"
        where = dict(line=mark.line + 1, column=mark.column + 1) if mark else {}
        loaded.diagnostics.append(error("L002", f"invalid YAML: {problem}", **where))
        return loaded
    except YAMLError as exc:
        loaded.diagnostics.append(error("L002", f"invalid YAML: {exc}"))
        return loaded
    except RecursionError:
        loaded.diagnostics.append(error("L005", "the spec nests too deeply to be a stack spec"))
        return loaded
    if node is None or node.tag == _YAML + "null":
        # no document, or one that is only `---`, `~` or `null`
        where = {} if node is None else dict(line=_position(node)[0], column=_position(node)[1])
        loaded.diagnostics.append(error("S002", "the spec is empty; it needs at least `resources:`", **where))
        return loaded
    builder = _Builder(loaded)
    try:
        loaded.data = builder.build(node, (), 0)
    except _TooBig as exc:
        loaded.data = None
        where = exc.position or builder.last
        loaded.diagnostics.append(error(exc.code, str(exc), line=where[0], column=where[1]))
    return loaded


def _position(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


_COMPOSER = None


def _composer():
    """ruamel's composer, made to stop at the first excess as it reads rather than after."""
    global _COMPOSER
    if _COMPOSER is not None:
        return _COMPOSER
    from ruamel.yaml.composer import Composer

    class _BoundedComposer(Composer):
        nodes = 0
        levels = 0

        def compose_node(self, parent, index):
            event = self.parser.peek_event()
            where = _position(event)
            self.nodes += 1
            if self.nodes > MAX_SOURCE_NODES:
                raise _TooBig(f"the spec has more than {MAX_SOURCE_NODES} values; a stack spec has a few hundred",
                              where)
            if self.levels > MAX_DEPTH:
                raise _TooBig(f"the spec nests more than {MAX_DEPTH} levels deep", where)
            suffix = getattr(getattr(event, "ctag", None), "suffix", None)
            if isinstance(suffix, str) and len(suffix) > MAX_TAG:
                raise _TooBig(f"unknown tag !{suffix[:20]}... ({len(suffix)} characters): a spec may use plain "
                              "YAML and CloudFormation's short forms (!Ref, !GetAtt, !Sub...) only", where, "L004")
            self.levels += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self.levels -= 1

    _COMPOSER = _BoundedComposer
    return _COMPOSER


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
                f"the spec expands to more than {MAX_NODES} values through its aliases; a stack spec "
                "has a few hundred: write the values out rather than through nested aliases"
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

    def _report(self, node, code: str, message: str) -> None:
        """An error at ``node``'s place in the file."""
        line, column = _position(node)
        self.loaded.diagnostics.append(error(code, message, line=line, column=column))

    def _bad_tag(self, node, tag: str) -> None:
        shown = tag.replace(_YAML, "!!")
        self._report(node, "L004", f"unknown tag {shown}: a spec may use plain YAML and CloudFormation's "
                     "short forms (!Ref, !GetAtt, !Sub...) only")
        return None

    def _plain(self, node, pointer: Pointer, depth: int) -> Any:
        kind = node.id
        if kind == "mapping":
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key_tag = key_node.tag or ""
                if key_tag not in _PLAIN_TAGS and not (key_tag.startswith("!") and key_tag[1:] in SHORT_FORMS):
                    self._bad_tag(key_node, key_tag)
                    continue
                if key_node.id != "scalar" or key_tag not in _PLAIN_TAGS:
                    self._report(key_node, "L002", "a mapping key must be a plain string")
                    continue
                if self._surrogate(key_node):
                    continue
                key = str(key_node.value)
                child = pointer + (key,)
                if key in result:
                    first = self.loaded.keys[child]
                    self._report(key_node, "L003", f"duplicate key `{key}` (first at line {first[0]}); "
                                 "a later key would silently replace the first: rename or remove one")
                    continue
                self.loaded.keys[child] = _position(key_node)
                result[key] = self.build(value_node, child, depth + 1)
            return result
        if kind == "sequence":
            return [self.build(item, pointer + (i,), depth + 1) for i, item in enumerate(node.value)]
        if self._surrogate(node):
            return None
        return _scalar(node)

    def _surrogate(self, node) -> bool:
        """Refuse a scalar with half a UTF-16 pair in it: it cannot be printed, nor written to a template."""
        found = _SURROGATE.search(node.value) if isinstance(node.value, str) else None
        if found:
            self._report(node, "L002", f"invalid YAML: the escape \\u{ord(found.group()):04x} is half of a "
                         "UTF-16 surrogate pair, not a character: write the character itself, or its "
                         "\\U00XXXXXX escape")
        return bool(found)


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
