"""Previous: read the template that a build would replace, for the guard (:mod:`stackgen.keep`).

The guard must never switch itself off. A previous template that cannot be read, or that has a
shape the guard cannot follow (a merge-conflict line, a tab, a NUL, a truncated file, a
``Resources`` that is not a mapping...), is a problem of its own, ``O006``: the build stops,
because stackgen cannot tell whether a user pool or client would be dropped. ``--force`` lets a
person go on.

The limits are CloudFormation's, not the spec's: a template of up to 1 MB (the most it takes,
through S3), with as many values as that holds. The text is read as a stream of parser events
(ruamel's C parser where it is installed, libyaml: a megabyte in a fraction of a second), and
only what the guard needs becomes data: each resource's ``Type``, place and ``DeletionPolicy``, and the
``Properties`` of the types it guards. An alias reuses the value of its anchor rather than
copying it, so no alias bomb can grow; flow collections nested deeper than any template needs
are refused before parsing, since libyaml takes time quadratic in that depth.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Collection, Mapping

from .diagnostics import Diagnostic, error
from .intrinsics import Intrinsic
from .record import factory, record

#: CloudFormation's largest template (1 MB, through S3)
MAX_BYTES = 1_048_576
#: deeper than any template needs; libyaml's time grows with the square of the flow depth
MAX_FLOW_DEPTH = 1_000

_BRACKETS = re.compile(r"[\[\]{}]")
#: the long-form intrinsic keys that are not ``Fn::<name>``
_LONG_FORMS = frozenset({"Ref", "Condition"})


@record
class OldResource:
    """A resource of the previous template: its type, its place, and (for a guarded type) its
    ``Properties`` as plain data, intrinsics as :class:`~stackgen.intrinsics.Intrinsic`."""

    type: str
    line: int
    column: int
    properties: Mapping[str, Any] = factory(dict)
    #: its ``DeletionPolicy`` when it is text (a ``Retain`` keeps it in the account when it leaves)
    deletion_policy: str | None = None


@record
class Previous:
    path: str
    resources: Mapping[str, OldResource] = factory(dict)
    #: the pools it named but did not create (``Metadata.stackgen.existingUserPools``): Logical
    #: ID -> (the pool's ID as the spec wrote it, line, column)
    existing: Mapping[str, tuple[str, int, int]] = factory(dict)
    #: why the guard cannot trust this template (O006 errors); empty when it can
    problems: tuple[Diagnostic, ...] = ()


class _Unreadable(Exception):
    def __init__(self, why: str, line: int = 1, column: int = 1) -> None:
        super().__init__(why)
        self.line, self.column = line, column


_CANNOT_TELL = ("stackgen cannot tell whether this build would drop or replace a user pool or "
                "client, so it writes nothing")
_HOW = ("repair the file (or restore it from version control) and build again, or pass --force "
        "to write over it without that check")


def read(path: str, raw: bytes, guarded: Collection[str]) -> Previous:
    """The previous template at ``path`` (its bytes ``raw``), with the ``Properties`` of the
    resource types in ``guarded``."""
    try:
        if len(raw) > MAX_BYTES:
            raise _Unreadable(f"it is {len(raw)} bytes, over the {MAX_BYTES} that CloudFormation "
                              "accepts for a template")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
            raise _Unreadable(f"it is not UTF-8 text (byte 0x{raw[exc.start]:02x})", line, column) from None
        _check_flow_depth(text)
        root = _Reader(text).document()
        return Previous(path, _resources(root, guarded), _existing(root))
    except _Unreadable as exc:
        return Previous(path, problems=(error(
            "O006", f"the previous {path} cannot be read: {exc}; {_CANNOT_TELL}: {_HOW}",
            file=path, line=exc.line, column=exc.column),))


def _check_flow_depth(text: str) -> None:
    depth = 0
    for match in _BRACKETS.finditer(text):
        depth += 1 if match.group() in "[{" else -1
        if depth > MAX_FLOW_DEPTH:
            before = text[: match.start()]
            line = before.count("\n") + 1
            raise _Unreadable(f"it nests brackets more than {MAX_FLOW_DEPTH} levels deep", line,
                              match.start() - before.rfind("\n"))


# --- events to nodes ------------------------------------------------------------------------

@record(frozen=False)
class _Node:
    """What the guard keeps of a YAML node: its kind, tag, place, and content."""

    kind: str  # "scalar", "mapping" or "sequence"
    tag: str | None
    line: int
    column: int
    #: scalar: (text, plain); mapping: [(key node, value node)]; sequence: [node]
    value: Any = None


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text

    def document(self) -> _Node | None:
        from ruamel.yaml import YAML
        from ruamel.yaml.error import MarkedYAMLError, YAMLError

        try:
            try:
                return self._compose(YAML(typ="safe").parse(self.text))
            except MarkedYAMLError:
                # libyaml reads YAML 1.1, which refuses some of what CloudFormation takes (a `:`
                # in a plain scalar in brackets: `!If [C, https://example.com, ...]`): ruamel's
                # pure-Python parser, slower, has the last word
                return self._compose(YAML(typ="safe", pure=True).parse(self.text))
        except _Unreadable:
            raise
        except MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            problem = exc.problem or exc.context or "invalid YAML"
            where = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            raise _Unreadable(f"invalid YAML: {problem}", *where) from None
        except YAMLError as exc:
            position = getattr(exc, "position", None)
            if isinstance(position, int):
                before = re.split("\r\n|[\r\n\x85\u2028\u2029]", self.text[:position])
                raise _Unreadable(f"invalid YAML: {_first_line(exc)}", len(before), len(before[-1]) + 1) from None
            raise _Unreadable(f"invalid YAML: {_first_line(exc)}") from None
        except RecursionError:
            # the pure-Python parser recurses per level of nesting
            raise _Unreadable("it nests too deeply to be read") from None

    def _compose(self, events) -> _Node | None:
        anchors: dict[str, _Node] = {}
        stack: list[tuple[_Node, list]] = []
        root: _Node | None = None
        documents = 0
        for event in events:
            name = type(event).__name__
            if name == "DocumentStartEvent":
                documents += 1
                if documents > 1:
                    raise _Unreadable("it holds more than one YAML document", *_at(event))
                continue
            if name in ("StreamStartEvent", "StreamEndEvent", "DocumentEndEvent"):
                continue
            if name in ("MappingEndEvent", "SequenceEndEvent"):
                node, _ = stack.pop()
                if node.kind == "mapping":
                    items = node.value
                    node.value = list(zip(items[0::2], items[1::2]))
            elif name == "AliasEvent":
                if event.anchor not in anchors:
                    raise _Unreadable(f"the alias *{event.anchor} names no anchor before it", *_at(event))
                node = anchors[event.anchor]
            else:
                kind = {"ScalarEvent": "scalar", "MappingStartEvent": "mapping",
                        "SequenceStartEvent": "sequence"}[name]
                line, column = _at(event)
                tag = event.tag if isinstance(event.tag, str) else getattr(event.tag, "value", None)
                if kind == "scalar":
                    plain = bool(event.implicit and event.implicit[0]) and not event.style
                    node = _Node(kind, tag, line, column, (event.value, plain))
                    self._anchor(anchors, event, node)
                else:
                    node = _Node(kind, tag, line, column, [])
                    self._anchor(anchors, event, node)
                    stack.append((node, node.value))
                    continue
            if stack:
                stack[-1][1].append(node)
            else:
                root = node
        return root

    @staticmethod
    def _anchor(anchors: dict[str, _Node], event, node: _Node) -> None:
        if event.anchor:
            anchors[event.anchor] = node


def _at(event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


# --- nodes to what the guard needs -----------------------------------------------------------

def _resources(root: _Node | None, guarded: Collection[str]) -> dict[str, OldResource]:
    if root is None:
        raise _Unreadable("it is empty")
    if root.kind != "mapping":
        raise _Unreadable("its top level is not a mapping", root.line, root.column)
    section = _unique(root, "the top level").get("Resources")
    if section is None:
        raise _Unreadable("it has no `Resources`", root.line, root.column)
    key, resources = section
    if resources.kind != "mapping":
        raise _Unreadable("its `Resources` is not a mapping of Logical IDs to resources",
                          resources.line, resources.column)
    found: dict[str, OldResource] = {}
    for name, (key, body) in _unique(resources, "`Resources`").items():
        where = (key.line, key.column)
        if body.kind != "mapping":
            raise _Unreadable(f"resource `{name}` is not a mapping", body.line, body.column)
        fields = _unique(body, f"resource `{name}`")
        if "Type" not in fields:
            raise _Unreadable(f"resource `{name}` has no `Type`", *where)
        type_node = fields["Type"][1]
        if type_node.kind != "scalar" or not isinstance(_plain(type_node), str):
            raise _Unreadable(f"the `Type` of resource `{name}` is not a string", type_node.line, type_node.column)
        kind = _plain(type_node)
        properties: Mapping[str, Any] = {}
        if kind in guarded and "Properties" in fields:
            node = fields["Properties"][1]
            value = _data(node, 0, {})
            if value is None:
                value = {}
            if not isinstance(value, dict):
                raise _Unreadable(f"the `Properties` of resource `{name}` are not a mapping", node.line, node.column)
            properties = value
        policy = _plain(fields["DeletionPolicy"][1]) if "DeletionPolicy" in fields \
            and fields["DeletionPolicy"][1].kind == "scalar" else None
        found[name] = OldResource(kind, where[0], where[1], properties,
                                  policy if isinstance(policy, str) else None)
    return found


#: where stackgen records the pools a template names but does not create
EXISTING = ("Metadata", "stackgen", "existingUserPools")


def _existing(root: _Node) -> dict[str, tuple[str, int, int]]:
    """The existing pools the template records; what stackgen wrote there in another shape is
    unreadable (the guard must not lose a pool it cannot see)."""
    node = root
    for depth, key in enumerate(EXISTING):
        entry = _unique(node, "the top level" if depth == 0 else f"`{'.'.join(EXISTING[:depth])}`").get(key)
        if entry is None:
            return {}
        node = entry[1]
        if node.kind != "mapping":
            raise _Unreadable(f"its `{'.'.join(EXISTING[:depth + 1])}` is not a mapping", node.line, node.column)
    found = {}
    for name, (key, value) in _unique(node, f"`{'.'.join(EXISTING)}`").items():
        text = value.value[0] if value.kind == "scalar" and value.tag in (None, "!", "tag:yaml.org,2002:str") else None
        if not isinstance(text, str):
            raise _Unreadable(f"the pool ID of `{name}` in `{'.'.join(EXISTING)}` is not text", value.line, value.column)
        found[name] = (text, key.line, key.column)
    return found


def _unique(node: _Node, what: str, strict: bool = True) -> dict[str, tuple[_Node, _Node]]:
    """A mapping node's entries by key; a key given twice is refused, and so is one that is not
    text (with ``strict``; else a scalar key is taken as its text)."""
    entries: dict[str, tuple[_Node, _Node]] = {}
    for key, value in node.value:
        name = _plain(key) if key.kind == "scalar" else None
        if not strict and key.kind == "scalar":
            name = key.value[0]
        if not isinstance(name, str):
            raise _Unreadable(f"a key of {what} is not a string", key.line, key.column)
        if name in entries:
            first = entries[name][0]
            raise _Unreadable(f"{what} has the key `{name}` twice (first at line {first.line})",
                              key.line, key.column)
        entries[name] = (key, value)
    return entries


#: deeper than any property a guard compares
_MAX_DATA_DEPTH = 100


def _data(node: _Node, depth: int, done: dict[int, Any]) -> Any:
    """Plain data of ``node``, intrinsics in both their forms as :class:`Intrinsic`.

    ``done`` holds what each node (by identity) became: a node that an alias repeats is turned
    into data once, and its value shared, so an alias bomb costs what its text does.
    """
    if id(node) in done:
        return done[id(node)]
    if depth > _MAX_DATA_DEPTH:
        raise _Unreadable(f"it nests more than {_MAX_DATA_DEPTH} levels deep", node.line, node.column)
    done[id(node)] = value = _value(node, depth, done)
    return value


def _value(node: _Node, depth: int, done: dict[int, Any]) -> Any:
    tag = node.tag
    short = tag[1:] if tag and tag.startswith("!") and not tag.startswith("!!") else None
    if node.kind == "scalar":
        value = _plain(node) if short is None else node.value[0]
    elif node.kind == "sequence":
        value = [_data(item, depth + 1, done) for item in node.value]
    else:
        entries = _unique(node, "a mapping", strict=False)
        value = {k: _data(v, depth + 1, done) for k, (_, v) in entries.items()}
        if len(value) == 1:
            (key, inner), = value.items()
            if key in _LONG_FORMS or key.startswith("Fn::"):
                return _intrinsic(key if key in _LONG_FORMS else key[4:], inner)
    return value if short is None else _intrinsic(short, value)


def _intrinsic(fn: str, value: Any) -> Intrinsic:
    if fn == "GetAtt" and isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = ".".join(value)  # !GetAtt [Pool, Arn] is !GetAtt Pool.Arn
    return Intrinsic(fn, value)


def _plain(node: _Node) -> Any:
    """A scalar as the spec's loader reads it: YAML 1.2, quoted text stays text."""
    from ruamel.yaml.nodes import ScalarNode

    from .load import scalar_value

    text, plain = node.value
    tag = node.tag
    if not tag or tag == "!":
        tag = _resolver().resolve(ScalarNode, text, (plain, not plain))
        tag = tag if isinstance(tag, str) else tag.value  # ruamel 0.18+ gives a Tag
    return scalar_value(tag, text)


@lru_cache(maxsize=1)
def _resolver():
    from ruamel.yaml.resolver import VersionedResolver

    return VersionedResolver(version=(1, 2))
