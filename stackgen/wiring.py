"""Wiring: each wire on its own, and what it means.

A wire's two ends must be resources of the spec, other than each other; it is drawn once; the
kinds at its ends and its style must be an allowed wire (:data:`stackgen.kinds.WIRE_KINDS`,
gathered from the kinds): an unknown combination is a diagnostic that says what that pair of
kinds does allow, or how to draw it the other way; only a trigger takes an ``event``, and only a
``PreTokenGeneration`` one a ``version``, only a discovery of a kind with levels of access
an ``access``, and only a custom sender a ``keyAccess``. What several wires say together is resolve's.
"""

from __future__ import annotations

from . import kinds, model
from .diagnostics import Diagnostic, did_you_mean, error
from .kinds import DISCOVERY, TRIGGER, WIRE_KINDS, WIRE_WORDS
from .model import DASHED, EVENTS, SOLID, Stack, Wire


def check(stack: Stack) -> tuple[list[tuple[str, Wire]], list[Diagnostic]]:
    """The allowed wires of ``stack``, each with what it means, and every problem of the others."""
    found: list[Diagnostic] = []
    valid: list[tuple[str, Wire]] = []
    seen: dict[tuple, Wire] = {}
    names = list(stack.resources)
    for wire in stack.wires:
        bad_end = False
        for end, name in (("from", wire.source), ("to", wire.target)):
            if name not in stack.resources:
                found.append(error("W001", f"{wire}: there is no resource `{name}`"
                                   f"{did_you_mean(name, names) or '; wire to a Logical ID under `resources`'}",
                                   wire.pointer + (end,)))
                bad_end = True
        if bad_end:
            continue
        if wire.source == wire.target:
            found.append(error("W006", f"{wire}: a resource cannot be wired to itself; remove this wire",
                               wire.pointer))
            continue
        identity = (wire.source, wire.target, wire.style, wire.event)
        if identity in seen:
            found.append(error("W007", f"{wire} is already drawn as wire {seen[identity].index + 1}; "
                               "remove this one", wire.pointer))
            continue
        seen[identity] = wire
        problem = _check_pair(stack, wire)
        if problem:
            found.append(problem)
            continue
        meaning = WIRE_KINDS[(_kind(stack, wire.source), _kind(stack, wire.target), wire.style)]
        if meaning == TRIGGER and wire.event is None:
            found.append(error("W003", f"{wire} needs an `event`: one of {', '.join(EVENTS)}", wire.pointer))
            continue
        if meaning != TRIGGER and wire.event is not None:
            triggers = " or ".join(f"{a} -> {b}" for (a, b, _), m in WIRE_KINDS.items() if m == TRIGGER)
            found.append(error("W003", f"{wire}: only a {triggers} wire takes an `event`; "
                               "remove it", wire.pointer + ("event",)))
            continue
        if wire.version is not None and wire.event != model.VERSIONED:
            found.append(error("W014", f"{wire}: only a {model.VERSIONED} wire takes a `version`"
                               + (f"; Cognito has one version of {wire.event}" if wire.event else "")
                               + ": remove it", wire.pointer + ("version",), at_key=True))
            continue
        if wire.access is not None and (meaning != DISCOVERY or not kinds.get(_kind(stack, wire.target)).access):
            takers = " or ".join(f"{a} -> {b}" for (a, b, _), m in WIRE_KINDS.items()
                                 if m == DISCOVERY and kinds.get(b).access)
            found.append(error("W022", f"{wire}: only a dashed {takers} wire takes `access` (the "
                               "IAM actions a function is granted on what it discovers); remove it",
                               wire.pointer + ("access",), at_key=True))
            continue
        if wire.key_access is not None and wire.event not in model.SENDERS:
            found.append(error("W023", f"{wire}: only a {' or '.join(model.SENDERS)} wire takes `keyAccess` "
                               "(whether it gives the function the sender key's variable and "
                               "`kms:Decrypt`); remove it", wire.pointer + ("keyAccess",), at_key=True))
            continue
        valid.append((meaning, wire))
    return valid, found


def _kind(stack: Stack, name: str) -> str:
    return stack.resources[name].kind


def _allowed_between(a: str, b: str) -> list[tuple[str, str, str]]:
    return [k for k in WIRE_KINDS if {k[0], k[1]} == {a, b} or (a == b and k[0] == k[1] == a)]


def _check_pair(stack: Stack, wire: Wire) -> Diagnostic | None:
    """Why ``wire`` is not an allowed wire, or None when it is."""
    src, dst = _kind(stack, wire.source), _kind(stack, wire.target)
    if (src, dst, wire.style) in WIRE_KINDS:
        return None
    at = wire.pointer
    for end, name in (("from", wire.source), ("to", wire.target)):
        unwired = kinds.get(_kind(stack, name)).unwired
        if unwired:
            return error("W026", f"{wire}: `{name}` ({_kind(stack, name)}) is carried into the template "
                         f"as is; {unwired}", at + (end,))
    refused = kinds.get(dst).refused.get(src)
    if refused:
        return error("W002", f"{wire}: {refused}", at)
    allowed = _allowed_between(src, dst)
    if not allowed:
        return error("W002", f"{wire}: {_a(src)} cannot be wired to {_a(dst)}; "
                     f"allowed wires are {_list_allowed()}", at)
    reversed_ = [k for k in allowed if k[0] == dst and k[1] == src]
    same_way = [k for k in allowed if k[0] == src and k[1] == dst]
    # which reading is meant: an event says a trigger, an explicit dashed style says discovery
    if wire.event is not None:
        backwards = [k for k in reversed_ if WIRE_KINDS[k] == TRIGGER]
    elif wire.style == DASHED:
        backwards = [k for k in reversed_ if k[2] == DASHED]
    else:
        backwards = [] if same_way else reversed_
    if same_way and not backwards:
        style = same_way[0][2]
        return error("W002", f"{wire}: a {src} -> {dst} wire must be {style} "
                     f"({WIRE_WORDS[same_way[0]]}); "
                     + ("remove `style: dashed`" if style == SOLID else "add `style: dashed`"),
                     at + ("style",) if style == SOLID else at)
    right = (backwards or reversed_)[0]
    style = "" if right[2] == SOLID else ", style: dashed"
    return error("W002", f"{wire} is drawn backwards: a {dst} -> {src} wire means "
                 f"{WIRE_WORDS[right]}; write it as "
                 f"`{{from: {wire.target}, to: {wire.source}{style}}}`", at)


def _list_allowed() -> str:
    return ", ".join(f"{a} -> {b} ({s})" for a, b, s in WIRE_KINDS)


def _a(kind: str) -> str:
    """``kind`` with its article: "a Function", "an IdentityProvider", "an EdgeFunction"."""
    return f"{'an' if kind[:1] in 'AEIOU' else 'a'} {kind}"
