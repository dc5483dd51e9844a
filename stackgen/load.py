"""Load: spec text to plain data plus a source map.

The YAML is composed into nodes by ruamel.yaml (YAML 1.2), and the nodes are turned into plain
dicts, lists and scalars here, so that every key and value gets its ``line:col`` by JSON
pointer, a duplicate key is an error at its second place rather than a silent overwrite, a
CloudFormation short-form tag becomes an :class:`~stackgen.intrinsics.Intrinsic`, and any other
tag (``!!python/object``...) is refused. What a YAML 1.1 reader would read otherwise is refused
too: a merge key (``<<: *base``), and a plain ``yes``, ``off``... Nothing here interprets what
the data means.
"""

from __future__ import annotations

import math
import os
import re
import stat
from functools import lru_cache
from typing import Any, Iterator

from .diagnostics import Diagnostic, Pointer, error, warning
from .intrinsics import SHORT_FORMS, Intrinsic
from .patterns import Lazy
from .record import factory, record

#: a spec is a few kilobytes; these bounds keep a hostile file from taking time or memory. Each
#: is set so that any spec within all of them is answered in a few seconds and under 200 MB
#: (README, "Limits"), even one that only ruamel's pure-Python parser reads (about 50
#: microseconds a key or value, against 15 through libyaml), all of whose values are written
#: to its template again.
MAX_BYTES = 500_000
#: keys and values, counted as written in the file (by the composer, which stops at the first
#: excess) and again with every alias expanded (by the builder): a stack spec has a few hundred,
#: a spec of 500 CloudFormation resources (the most one stack may have) about 4,300, and one of
#: 2,000 spec resources (benchmarks/growth.py) about 25,000
MAX_VALUES = 30_000
#: the characters of keys and text values with every alias expanded: as many as the file may
#: have, so that an alias cannot make one string into megabytes of template
MAX_CHARACTERS = MAX_BYTES
MAX_DEPTH = 100
#: ruamel decodes a tag in time quadratic in its length; no tag a spec may use is this long
MAX_TAG = 200
#: where a tag ends: ruamel requires one of these (or the end of the text) right after a tag
_TAG_END = Lazy("[\0 \t\r\n\x85\u2028\u2029]")

_YAML = "tag:yaml.org,2002:"
#: the standard tags of plain data; any other ``!!`` tag (``!!python/object``...) is refused
_PLAIN_TAGS = frozenset(
    _YAML + t for t in ("str", "int", "float", "bool", "null", "map", "seq",
                        # what ruamel's resolver gives a plain 2024-01-01, = or <<: text here (but
                        # << as a key is YAML 1.1's merge key, refused)
                        "timestamp", "value", "merge")
)
#: YAML 1.1's booleans besides true and false: plain, stackgen (YAML 1.2) reads them as text,
#: a YAML 1.1 reader (and a person) as booleans; lower case -> the boolean they stand for
YAML11_BOOLEANS = {"yes": True, "y": True, "on": True, "no": False, "n": False, "off": False}
#: half a UTF-16 pair, which a ``"\ud800"`` escape puts in a string: no text can be written with it
_SURROGATE = Lazy(r"[\ud800-\udfff]")


@record(frozen=False)
class Loaded:
    """The result of loading one spec file."""

    path: str
    data: Any = None
    #: pointer -> (line, column), 1-based: where a mapping key stands
    keys: dict[Pointer, tuple[int, int]] = factory(dict)
    #: pointer -> (line, column), 1-based: where a value starts
    values: dict[Pointer, tuple[int, int]] = factory(dict)
    diagnostics: list[Diagnostic] = factory(list)


class _TooBig(Exception):
    """Stops loading at the first excess; ``position`` is where, when known when raised."""

    def __init__(self, message: str, position: tuple[int, int] | None = None, code: str = "L005") -> None:
        super().__init__(message)
        self.position = position
        self.code = code


def load(path: str, last_wins: bool = False) -> Loaded:
    """Read and parse the spec at ``path``. Problems come back as diagnostics, never raised.

    ``last_wins`` reads a duplicate key as SAM CLI reads a template, the last value replacing
    the first, with the warning I009 at the later key: for ``stackgen import`` only, whose file
    is a template that was deployed so; a spec's duplicate key is the error L003."""
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
    return parse(text, loaded, last_wins)


def parse(text: str, loaded: Loaded, last_wins: bool = False) -> Loaded:
    """Parse spec ``text`` into ``loaded``.

    libyaml (ruamel's C parser) reads the text when it can, which is most specs; ruamel's
    pure-Python parser reads the rest and words every problem (see :func:`_compose_fast`).
    """
    composed = _compose_fast(text)
    if composed is not None:
        node, composer = composed
        return _built(node, composer, loaded, last_wins)
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.reader import ReaderError

    yaml = YAML(typ="safe", pure=True)
    yaml.Scanner = _scanner()
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
    except AssertionError:
        # ruamel's resolver asserts on a %YAML directive of a version it does not know (1.3)
        found = re.search(r"^%YAML[ \t]+(\S*)", text, re.M)
        where = dict(line=text.count("\n", 0, found.start()) + 1, column=1) if found else {}
        version = found.group(1) if found else "?"
        loaded.diagnostics.append(error("L002", f"invalid YAML: the directive %YAML {version[:20]} names a "
                                        "version stackgen does not read: write YAML 1.2 and remove the "
                                        "directive", **where))
        return loaded
    return _built(node, yaml.composer, loaded, last_wins)


def _built(node, composer, loaded: Loaded, last_wins: bool = False) -> Loaded:
    """The composed ``node`` as plain data in ``loaded``."""
    if node is None or node.tag == _YAML + "null":
        # no document, or one that is only `---`, `~` or `null`
        where = {} if node is None else dict(line=_position(node)[0], column=_position(node)[1])
        loaded.diagnostics.append(error("S002", "the spec is empty; it needs at least `resources:`", **where))
        return loaded
    builder = _Builder(loaded, composer.aliases, composer.yaml11, last_wins)
    try:
        loaded.data = builder.build(node, (), 0)
    except _TooBig as exc:
        loaded.data = None
        where = exc.position or builder.last
        loaded.diagnostics.append(error(exc.code, str(exc), line=where[0], column=where[1]))
    return loaded


#: what sends a text to the pure-Python parser: a directive (``%YAML``, ``%TAG``: a line that
#: starts with ``%``), a character
#: that YAML 1.1 (libyaml) takes for a line break and YAML 1.2 for text, or a tab (which
#: libyaml accepts in places where ruamel refuses it)
_NOT_FOR_LIBYAML = ("\t", "\x85", "\u2028", "\u2029", "\n%")
#: an anchor or alias name that goes on past what libyaml takes for one (letters, digits, `_`
#: and `-`; YAML 1.2 takes any character but a space and `,[]{}`): `&a:b`, `*x.y`
_ODD_ANCHOR = Lazy(r"[&*][0-9A-Za-z_-]+[^\s,\[\]{}0-9A-Za-z_-]")
#: bracket nesting past which the text goes to the pure-Python parser (libyaml's time grows
#: with the square of the depth; the spec may nest only :data:`MAX_DEPTH` levels anyway)
_BRACKETS = re.compile(r"[\[\]{}]")


class _Events:
    """libyaml's events, read by ruamel's composer as if its own parser gave them."""

    def __init__(self, events: list) -> None:
        self.events = events
        self.at = 0

    def check_event(self, *choices) -> bool:
        if self.at >= len(self.events):
            return False
        return not choices or isinstance(self.events[self.at], choices)

    def peek_event(self):
        return self.events[self.at]

    def get_event(self):
        self.at += 1
        return self.events[self.at - 1]


def _compose_fast(text: str):
    """``text`` composed from libyaml's parser events, as (root node, composer), or None when
    the pure-Python parser must read it.

    libyaml only parses: the composing, and so every tag's resolution (YAML 1.2's, as on the
    pure path), anchors and the limits, is ruamel's composer's, fed libyaml's events. libyaml
    reads YAML 1.1, which differs from 1.2 in what it refuses (a ``:`` in a plain scalar in
    brackets, ``{Region: !Ref AWS::Region}``, for one) and in three line-break characters and
    the directives: a text with any of those, a parse error, an over-long tag or anything
    the composer stops at goes to the pure path, which reads it as before and words its
    problems. Both paths give the same nodes, places included, on every spec that both read
    (a test holds them to it).
    """
    if text.startswith("%") or any(c in text for c in _NOT_FOR_LIBYAML) or not _shallow(text):
        return None
    if ("&" in text or "*" in text) and _ODD_ANCHOR.search(text):
        return None
    from ruamel.yaml import YAML
    from ruamel.yaml.events import ScalarEvent

    events = _libyaml_events(text)
    if events is None:
        return None
    for at, event in enumerate(events):
        if isinstance(event, ScalarEvent) and event.style == "":
            event.style = None  # plain: libyaml says "", ruamel None
            if event.value == "" and event.ctag is None and event.anchor is None and at + 1 < len(events):
                # an empty value: ruamel places it where the next thing starts, libyaml where
                # the value would have
                event.start_mark = events[at + 1].start_mark
        tag = getattr(event, "ctag", None)
        if tag is not None and len(str(tag)) > MAX_TAG:
            return None
    yaml = YAML(typ="safe", pure=True)
    yaml.Composer = _composer()
    yaml.Resolver = _resolver_12()
    yaml._parser = _Events(events)
    try:
        return yaml.composer.get_single_node(), yaml.composer
    except Exception:  # noqa: BLE001 - the pure path reports it, in its own words
        return None


#: a ``:`` inside a plain scalar (``https://x``, ``AWS::Region``): neither after a space, a quote
#: or a bracket, nor before one (nor a line's or the text's end)
_INNER_COLON = Lazy(r"(?<=[^\s\"'\[\]{},]):(?=[^\s,\[\]{}])")
#: what stands for such a colon where libyaml would refuse it: a printable character that is no
#: indicator inside a plain scalar, the first one the text does not hold
_STAND_INS = ("^", "~", "`")


def _libyaml_events(text: str) -> list | None:
    """libyaml's events for ``text``, or None when it refuses it.

    libyaml (YAML 1.1) refuses a ``:`` in a plain scalar in brackets (``[https://x]``), which
    YAML 1.2 reads as part of the scalar. Such a text is parsed again with each of those colons
    replaced by one character that the text does not hold, which libyaml reads as part of the
    scalar as YAML 1.2 reads the colon, and which is then put back in every scalar's value (a
    tag or an anchor that holds it sends the text to the pure path). The character takes the
    colon's place, so every position stays where it was.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.events import ScalarEvent

    try:
        return list(YAML(typ="safe").parse(text))
    except Exception:  # noqa: BLE001 - whatever libyaml refuses, the pure parser words
        # (an escape in double quotes, `"\\x5e"`, could make the character the text does not hold)
        if ":" not in text or ("[" not in text and "{" not in text) or "\\" in text:
            return None
    stand_in = next((c for c in _STAND_INS if c not in text), None)
    if stand_in is None:
        return None
    try:
        events = list(YAML(typ="safe").parse(_INNER_COLON.sub(stand_in, text)))
    except Exception:  # noqa: BLE001
        return None
    for event in events:
        if stand_in in (getattr(event, "anchor", None) or "") or stand_in in str(getattr(event, "ctag", None) or ""):
            return None
        if isinstance(event, ScalarEvent) and stand_in in event.value:
            event.value = event.value.replace(stand_in, ":")
    return events


@lru_cache(maxsize=1)
def _resolver_12():
    """ruamel's resolver, for a text without a %YAML directive: YAML 1.2's rules, fixed
    rather than looked up again for every scalar."""
    from ruamel.yaml.nodes import ScalarNode
    from ruamel.yaml.resolver import VersionedResolver
    from ruamel.yaml.tag import Tag

    class _Resolver12(VersionedResolver):
        processing_version = (1, 2)

        def resolve(self, kind, value, implicit):
            # plain ASCII digits are an integer (YAML 1.2's float patterns all need a `.` or an
            # exponent, its int pattern takes any digits): answered without the patterns, which
            # are compiled on first use, a millisecond and more of a spec whose only numbers are
            # written like these
            if kind is ScalarNode and implicit[0] and value.isdigit() and value.isascii():
                return Tag(suffix="tag:yaml.org,2002:int")
            return super().resolve(kind, value, implicit)

    return _Resolver12


def _shallow(text: str) -> bool:
    """Whether ``text``'s brackets nest at most :data:`MAX_DEPTH` deep (counting any in quotes)."""
    if "[" not in text and "{" not in text:
        return True
    depth = 0
    for match in _BRACKETS.finditer(text):
        depth += 1 if match.group() in "[{" else -1
        if depth > MAX_DEPTH:
            return False
    return True


def _position(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


_SCANNER = None


def _scanner():
    """ruamel's scanner, made to refuse an over-long tag before scanning it.

    ruamel reads a tag character by character and then decodes it in time quadratic in its
    length (900,000 characters take twenty seconds), all before the composer sees it. Here the
    tag is measured first, with one search for the space or line break that must end it, and a
    tag longer than :data:`MAX_TAG` stops the load with L004 at its place. Only a tag is
    measured: a quoted or plain string with ``!`` in it never comes here.
    """
    global _SCANNER
    if _SCANNER is not None:
        return _SCANNER
    from ruamel.yaml.scanner import Scanner

    class _BoundedScanner(Scanner):
        def scan_tag(self):
            reader = self.reader
            start = reader.pointer
            end = _TAG_END.search(reader.buffer, start)
            length = (end.start() if end else len(reader.buffer)) - start - 1  # without its `!`
            if length > MAX_TAG:
                mark = reader.get_mark()
                shown = reader.buffer[start:start + 21]
                raise _TooBig(f"unknown tag {shown}... ({length} characters): a spec may use plain "
                              "YAML and CloudFormation's short forms (!Ref, !GetAtt, !Sub...) only",
                              (mark.line + 1, mark.column + 1), "L004")
            return super().scan_tag()

    _SCANNER = _BoundedScanner
    return _SCANNER


_COMPOSER = None


def _composer():
    """ruamel's composer, made to stop at the first excess as it reads rather than after."""
    global _COMPOSER
    if _COMPOSER is not None:
        return _COMPOSER
    from ruamel.yaml.composer import Composer
    from ruamel.yaml.events import AliasEvent, ScalarEvent

    class _BoundedComposer(Composer):
        nodes = 0
        levels = 0

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            #: (id of the parent node, item index or id of the key node) -> (position, anchor):
            #: where each alias is used, which its node (the anchored one) does not say
            self.aliases: dict[tuple[int, int], tuple[tuple[int, int], str]] = {}
            #: ids of the plain, untagged scalars that YAML 1.1 reads as booleans (yes, off...)
            self.yaml11: set[int] = set()
            self._parser = self._resolver = None

        # ruamel looks the parser and the resolver up through the loader on every event (two
        # properties, one of them reading the call stack): once is enough
        @property
        def parser(self):
            if self._parser is None:
                self._parser = Composer.parser.fget(self)
            return self._parser

        @property
        def resolver(self):
            if self._resolver is None:
                self._resolver = Composer.resolver.fget(self)
            return self._resolver

        def compose_node(self, parent, index):
            event = self.parser.peek_event()
            where = _position(event)
            self.nodes += 1
            if self.nodes > MAX_VALUES:
                raise _TooBig(f"the spec has more than {MAX_VALUES:,} keys and values; a stack spec has a "
                              "few hundred: split the stack", where)
            if self.levels > MAX_DEPTH:
                raise _TooBig(f"the spec nests more than {MAX_DEPTH} levels deep", where)
            if isinstance(event, AliasEvent) and parent is not None and index is not None:
                self.aliases[(id(parent), index if isinstance(index, int) else id(index))] = (where, event.anchor)
            self.levels += 1
            try:
                node = super().compose_node(parent, index)
            finally:
                self.levels -= 1
            if isinstance(event, ScalarEvent) and event.style is None and event.ctag is None \
                    and event.value.lower() in YAML11_BOOLEANS:
                self.yaml11.add(id(node))
            return node

    _COMPOSER = _BoundedComposer
    return _COMPOSER


def _pointers(value: Any, pointer: Pointer) -> Iterator[Pointer]:
    """The pointers of ``value`` (at ``pointer``) and of everything in it."""
    yield pointer
    if isinstance(value, Intrinsic):
        yield from _pointers(value.value, pointer)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _pointers(item, pointer + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _pointers(item, pointer + (index,))


class _Builder:
    """Composed nodes to plain data, recording every key's and value's place by pointer.

    An alias gives back the anchored node itself, so it is built again at each use: the
    builder counts keys, values and characters as it goes, aliases expanded, and stops at the
    first excess, at the alias whose expansion went over.
    """

    def __init__(self, loaded: Loaded, aliases: dict | None = None, yaml11: set | None = None,
                 last_wins: bool = False) -> None:
        self.loaded = loaded
        #: a duplicate key replaces the first (I009, a warning) instead of being refused (L003)
        self.last_wins = last_wins
        self.aliases = aliases or {}
        self.yaml11 = yaml11 or set()
        self.count = 0
        self.characters = 0
        self.last = (1, 1)
        #: (position, anchor) of the alias whose expansion is being built, the outermost one
        self.expanding: tuple[tuple[int, int], str] | None = None
        self.reported: set[tuple] = set()

    def build(self, node, pointer: Pointer, depth: int) -> Any:
        self.last = _position(node)
        self._count(node, len(node.value) if isinstance(node.value, str) else 0)
        if depth > MAX_DEPTH:
            raise _TooBig(f"the spec nests more than {MAX_DEPTH} levels deep",
                          self.expanding[0] if self.expanding else self.last)
        self.loaded.values.setdefault(pointer, self.last)
        tag = _tag(node)
        if tag.startswith("!") and not tag.startswith("!!"):
            name = tag[1:]
            if name not in SHORT_FORMS:
                return self._bad_tag(node, tag)
            return Intrinsic(name, self._plain(node, pointer, depth))
        if tag in _PLAIN_TAGS:
            return self._plain(node, pointer, depth)
        return self._bad_tag(node, tag)

    def _count(self, node, characters: int) -> None:
        """Count one key or value of ``characters`` characters; stop at the first excess.

        Without aliases neither bound can be passed here: the composer has counted the same
        keys and values, and the file holds at least as many characters as its strings.
        """
        self.count += 1
        self.characters += characters
        if self.count <= MAX_VALUES and self.characters <= MAX_CHARACTERS:
            return
        what = f"{MAX_VALUES:,} keys and values" if self.count > MAX_VALUES else f"{MAX_CHARACTERS:,} characters"
        where, anchor = self.expanding or (_position(node), "")
        here = f" (here `*{anchor}`)" if anchor else ""
        raise _TooBig(f"the spec expands to more than {what} through its aliases{here}; a stack spec has a "
                      "few hundred values: write them out rather than through nested aliases", where)

    def _child(self, parent, slot, node, pointer: Pointer, depth: int) -> Any:
        """Build ``node``, the child of ``parent`` at ``slot``, noting an alias used there."""
        use = None if self.expanding else self.aliases.get((id(parent), slot))
        if use is None:
            return self.build(node, pointer, depth)
        self.expanding = use
        try:
            return self.build(node, pointer, depth)
        finally:
            self.expanding = None

    def _report(self, node, code: str, message: str, severity=error) -> None:
        """An error (or ``severity``) at ``node``'s place in the file, once however often
        aliases repeat it."""
        line, column = _position(node)
        if (code, line, column, message) in self.reported:
            return
        self.reported.add((code, line, column, message))
        self.loaded.diagnostics.append(severity(code, message, line=line, column=column))

    def _bad_tag(self, node, tag: str) -> None:
        shown = tag.replace(_YAML, "!!")
        if len(shown) - 1 > MAX_TAG:  # a long prefix from a %TAG directive
            shown = f"{shown[:20]}... ({len(shown)} characters)"
        self._report(node, "L004", f"unknown tag {shown}: a spec may use plain YAML and CloudFormation's "
                     "short forms (!Ref, !GetAtt, !Sub...) only")
        return None

    def _plain(self, node, pointer: Pointer, depth: int) -> Any:
        kind = node.id
        if kind == "mapping":
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key_tag = _tag(key_node)
                if key_tag not in _PLAIN_TAGS and not (key_tag.startswith("!") and key_tag[1:] in SHORT_FORMS):
                    self._bad_tag(key_node, key_tag)
                    continue
                if key_node.id != "scalar" or key_tag not in _PLAIN_TAGS:
                    self._report(key_node, "L002", "a mapping key must be a plain string")
                    continue
                if key_tag == _YAML + "merge":
                    self._merge_key(node, key_node)
                    continue
                if self._surrogate(key_node):
                    continue
                key = str(key_node.value)
                child = pointer + (key,)
                if key in result and self.last_wins:
                    # in the first one's place, as SAM CLI's reader keeps it
                    self._replace(key_node, child, result[key])
                elif key in result:
                    first = self.loaded.keys[child]
                    self._report(key_node, "L003", f"duplicate key `{key}` (first at line {first[0]}); "
                                 "a later key would silently replace the first: rename or remove one")
                    continue
                self._count(key_node, len(key))
                self.loaded.keys[child] = _position(key_node)
                result[key] = self._child(node, id(key_node), value_node, child, depth + 1)
            return result
        if kind == "sequence":
            return [self._child(node, i, item, pointer + (i,), depth + 1) for i, item in enumerate(node.value)]
        if self._surrogate(node):
            return None
        if id(node) in self.yaml11:
            self._yaml11_boolean(node)
        return _scalar(node)

    def _replace(self, key_node, pointer: Pointer, first_value: Any) -> None:
        """The key at ``pointer`` again, at ``key_node``: the first one's value and places go,
        with the warning I009 at the later key."""
        first = self.loaded.keys[pointer]
        self._report(key_node, "I009", f"duplicate key `{pointer[-1]}` (earlier at line {first[0]}): read as SAM "
                     "CLI reads it, the last value replacing the first, which is what `sam deploy` sent to "
                     "CloudFormation (import checked the guard against that); remove the first from the template, "
                     "which `stackgen build` reads with a guard that cannot tell which value holds (O006)",
                     severity=warning)
        for stale in _pointers(first_value, pointer):
            self.loaded.keys.pop(stale, None)
            self.loaded.values.pop(stale, None)

    def _merge_key(self, mapping, key_node) -> None:
        """Refuse ``<<: *base``: YAML 1.1's merge key, which YAML 1.2 and CloudFormation lack."""
        use = self.aliases.get((id(mapping), id(key_node)))
        keys = f"the keys of `*{use[1]}`" if use else "its keys"
        self._report(key_node, "L006", "`<<` is a YAML merge key, which YAML 1.2 and CloudFormation do not "
                     f"have (it would be read as a key named `<<`): write {keys} out here instead")

    def _yaml11_boolean(self, node) -> None:
        """Refuse a plain ``yes``, ``off``...: not what a YAML 1.1 reader, or a person, takes it for."""
        word = node.value
        boolean = str(YAML11_BOOLEANS[word.lower()]).lower()
        self._report(node, "L007", f"`{word}` unquoted is the boolean {boolean} to YAML 1.1 readers (and to "
                     f"people), but text to YAML 1.2, which stackgen reads: write {boolean} for a boolean, "
                     f"or quote it ('{word}') for text")

    def _surrogate(self, node) -> bool:
        """Refuse a scalar with half a UTF-16 pair in it: it cannot be printed, nor written to a template."""
        found = _SURROGATE.search(node.value) if isinstance(node.value, str) and not node.value.isascii() else None
        if found:
            self._report(node, "L002", f"invalid YAML: the escape \\u{ord(found.group()):04x} is half of a "
                         "UTF-16 surrogate pair, not a character: write the character itself, or its "
                         "\\U00XXXXXX escape")
        return bool(found)


#: a resolved tag's text by its suffix: ruamel gives each node a tag object of its own and
#: decodes its text character by character on each reading
_TAGS: dict[str, str] = {}


def _tag(node) -> str:
    """``node.tag``, or "" for none, read once per distinct tag."""
    tag = node.ctag
    if tag is None:
        return ""
    if isinstance(tag, str):
        return tag
    if tag.handle is None and tag.suffix is not None:
        text = _TAGS.get(tag.suffix)
        if text is None:
            text = _TAGS[tag.suffix] = str(tag)
        return text
    return str(tag)


def _scalar(node) -> Any:
    return scalar_value(_tag(node), node.value)


def scalar_value(tag: str, value: str) -> Any:
    """A scalar's text as the value its resolved ``tag`` says (YAML 1.2: ``true``, ``12``,
    ``null``...); text a number cannot be read from stays text. Also used to read the previous
    template (:mod:`stackgen.previous`)."""
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
