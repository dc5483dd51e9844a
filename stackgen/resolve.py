"""Resolve: wires to a graph, and the rules a schema cannot say.

Each wire is looked up in :data:`WIRE_KINDS` by the types of its two ends and its style; an
unknown combination is a diagnostic that says what that pair of types does allow. The result,
a :class:`Graph`, says in the user's words which function each pool event invokes, which pool
each client belongs to, and which values each function discovers under which variable name.
This is also where dependency cycles are found: the one every tool walks into (a trigger that
discovers its own pool) is defused, and any other is an error that prints the cycle.
"""

from __future__ import annotations

from typing import Mapping

from . import kinds, model
from .diagnostics import Diagnostic, did_you_mean, error, warning
from .kinds import DISCOVERY, MEANING as _MEANING, MEMBERSHIP, TRIGGER, WIRE_KINDS
from .kinds.user_pool import CUSTOM_AUTH, POOL_ARN, POOL_ID, SENDER_KEY, SENDER_KEY_VARIABLE
from .kinds.user_pool_client import CLIENT_ID
from .model import DASHED, EVENTS, SOLID, Stack, Wire
from .cycles import cycles
from .record import factory, record


@record
class Trigger:
    pool: str
    function: str
    event: str
    wire: Wire


@record
class Variable:
    """An environment value a discovery wire gives a function."""

    name: str
    value: str  # POOL_ID, POOL_ARN, CLIENT_ID or SENDER_KEY
    target: str
    wire: Wire


@record
class Discovery:
    function: str
    target: str
    #: the pool the target is, or belongs to (None for a client wired to no pool)
    pool: str | None
    wire: Wire
    #: False when the function is a trigger of ``pool``: its values would close a cycle
    linked: bool


@record
class Graph:
    stack: Stack
    triggers: tuple[Trigger, ...] = ()
    client_pool: Mapping[str, str] = factory(dict)
    discoveries: tuple[Discovery, ...] = ()
    variables: Mapping[str, tuple[Variable, ...]] = factory(dict)

    def __post_init__(self) -> None:
        # indexes, so that asking for one pool's triggers costs what it returns
        by_pool: dict[str, list[Trigger]] = {}
        for t in self.triggers:
            by_pool.setdefault(t.pool, []).append(t)
        by_function: dict[str, list[Discovery]] = {}
        for d in self.discoveries:
            by_function.setdefault(d.function, []).append(d)
        object.__setattr__(self, "_by_pool", {k: tuple(v) for k, v in by_pool.items()})
        object.__setattr__(self, "_by_function", {k: tuple(v) for k, v in by_function.items()})

    def triggers_of(self, pool: str) -> tuple[Trigger, ...]:
        return self._by_pool.get(pool, ())

    def discoveries_of(self, function: str) -> tuple[Discovery, ...]:
        return self._by_function.get(function, ())

    def senders_of(self, pool: str) -> tuple[Trigger, ...]:
        """The pool's custom sender triggers, in wire order."""
        return tuple(t for t in self.triggers_of(pool) if t.event in model.SENDERS)

    def invocations(self) -> tuple[tuple[str, str], ...]:
        """Each (pool, function) pair that a pool event invokes, once, in wire order."""
        return tuple(dict.fromkeys((t.pool, t.function) for t in self.triggers))


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
    refused = kinds.get(dst).refused.get(src)
    if refused:
        return error("W002", f"{wire}: {refused}", at)
    allowed = _allowed_between(src, dst)
    if not allowed:
        return error("W002", f"{wire}: a {src} cannot be wired to a {dst}; "
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
                     f"({_MEANING[WIRE_KINDS[same_way[0]]]}); "
                     + ("remove `style: dashed`" if style == SOLID else "add `style: dashed`"),
                     at + ("style",) if style == SOLID else at)
    right = (backwards or reversed_)[0]
    style = "" if right[2] == SOLID else ", style: dashed"
    return error("W002", f"{wire} is drawn backwards: a {dst} -> {src} wire means "
                 f"{_MEANING[WIRE_KINDS[right]]}; write it as "
                 f"`{{from: {wire.target}, to: {wire.source}{style}}}`", at)


def _list_allowed() -> str:
    return ", ".join(f"{a} -> {b} ({s})" for a, b, s in WIRE_KINDS)


def resolve(stack: Stack) -> tuple[Graph, list[Diagnostic]]:
    """The graph of ``stack``'s wires, and every problem with them."""
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
        kind = WIRE_KINDS[(_kind(stack, wire.source), _kind(stack, wire.target), wire.style)]
        if kind == TRIGGER and wire.event is None:
            found.append(error("W003", f"{wire} needs an `event`: one of {', '.join(EVENTS)}", wire.pointer))
            continue
        if kind != TRIGGER and wire.event is not None:
            found.append(error("W003", f"{wire}: only a UserPool -> Function wire takes an `event`; "
                               "remove it", wire.pointer + ("event",)))
            continue
        if wire.version is not None and wire.event != model.VERSIONED:
            found.append(error("W014", f"{wire}: only a {model.VERSIONED} wire takes a `version`"
                               + (f"; Cognito has one version of {wire.event}" if wire.event else "")
                               + ": remove it", wire.pointer + ("version",), at_key=True))
            continue
        valid.append((kind, wire))

    triggers: list[Trigger] = []
    by_event: dict[tuple[str, str], Trigger] = {}
    memberships: dict[str, list[Wire]] = {}
    for kind, wire in valid:
        if kind == TRIGGER:
            t = Trigger(wire.source, wire.target, wire.event, wire)
            first = by_event.get((t.pool, t.event))
            if first:
                found.append(error("W004", f"{wire}: {t.pool}'s {t.event} already invokes "
                                   f"`{first.function}` ({first.wire}); a pool event invokes one "
                                   "function: remove one of the two wires", wire.pointer + ("event",)))
                continue
            by_event[(t.pool, t.event)] = t
            triggers.append(t)
        elif kind == MEMBERSHIP:
            memberships.setdefault(wire.source, []).append(wire)

    client_pool: dict[str, str] = {}
    for name, resource in stack.resources.items():
        if not any(m == MEMBERSHIP for (_, _), m in kinds.wires_of(resource.kind)["source"].items()):
            continue
        wires = memberships.get(name, [])
        if not wires:
            found.append(error("W005", f"{resource.kind} `{name}` belongs to no pool: add a wire "
                               f"`{{from: {name}, to: <UserPool>}}`", resource.pointer, at_key=True))
        else:
            client_pool[name] = wires[0].target
            for extra in wires[1:]:
                found.append(error("W005", f"{extra}: `{name}` already belongs to `{wires[0].target}` "
                                   f"({wires[0]}); a client belongs to exactly one pool", extra.pointer))

    triggered = {(t.pool, t.function): t for t in reversed(triggers)}  # the first wire of each pair
    discoveries: list[Discovery] = []
    for kind, wire in valid:
        if kind != DISCOVERY:
            continue
        target_kind = _kind(stack, wire.target)
        pool = kinds.get(target_kind).pool_of(wire.target, client_pool)
        linked = (pool, wire.source) not in triggered
        d = Discovery(wire.source, wire.target, pool, wire, linked)
        discoveries.append(d)
        if not linked:
            found.append(_self_discovery_warning(d, triggered[(pool, wire.source)], target_kind))

    graph = Graph(stack, tuple(triggers), client_pool, tuple(discoveries),
                  _variables(stack, tuple(discoveries), tuple(triggers)))
    found.extend(_cycles(stack, graph))
    found.extend(_slow_triggers(stack, graph))
    for kind in kinds.REGISTRY.values():
        for check in kind.checks:
            found.extend(check(kinds.of(stack.resources, kind.name), stack, graph))
    return graph, found


def _self_discovery_warning(d: Discovery, trigger: Trigger, target_kind: str) -> Diagnostic:
    kind = kinds.get(target_kind)
    names = [o.variable for o in kind.offers]
    what = " and ".join(names) + (" are" if len(names) > 1 else " is")
    instead = kind.from_event
    return warning(
        "W009",
        f"{d.wire}: `{d.function}` is a trigger of `{d.pool}` ({trigger.wire}), and giving it "
        f"`{d.target}`'s values would make a circular dependency, so {what} left out of its "
        f"environment; {instead}",
        d.wire.pointer,
        subject=str(d.wire),
    )


def _variables(stack: Stack, discoveries: tuple[Discovery, ...],
               triggers: tuple[Trigger, ...] = ()) -> dict[str, tuple[Variable, ...]]:
    """Each function's variables, named by the ``NAME_2`` rule: what its dashed wires discover,
    in wire order, then the sender key of each pool it is a custom sender of, in wire order."""
    result: dict[str, tuple[Variable, ...]] = {}
    by_function: dict[str, list[Discovery]] = {}
    for d in discoveries:
        by_function.setdefault(d.function, []).append(d)
    senders: dict[str, dict[str, Wire]] = {}
    for t in triggers:
        if t.event in model.SENDERS:
            senders.setdefault(t.function, {}).setdefault(t.pool, t.wire)  # one key per pool
    for name, resource in stack.resources.items():
        if not kinds.discovering(resource.kind):
            continue
        taken = {k for k, _ in resource.environment}
        wanted: list[tuple[str, str, str, Wire]] = []
        for d in by_function.get(name, ()):
            if d.linked:
                wanted.extend((o.value, o.variable, d.target, d.wire) for o in kinds.get(_kind(stack, d.target)).offers)
        for pool, wire in senders.get(name, {}).items():
            wanted.append((SENDER_KEY, SENDER_KEY_VARIABLE, pool, wire))
        variables: list[Variable] = []
        for value, base, target, wire in wanted:
            chosen, n = base, 1
            while chosen in taken:
                n += 1
                chosen = f"{base}_{n}"
            taken.add(chosen)
            variables.append(Variable(chosen, value, target, wire))
        result[name] = tuple(variables)
    return result


def _cycles(stack: Stack, graph: Graph) -> list[Diagnostic]:
    """A dependency cycle among the wires, reported once per group of resources it joins."""
    needs: dict[str, list[tuple[str, Wire]]] = {name: [] for name in stack.resources}
    for t in graph.triggers:
        needs[t.pool].append((t.function, t.wire))
    membership = {(w.source, w.target): w for w in reversed(stack.wires)}  # the first wire of each pair
    for client, pool in graph.client_pool.items():
        needs[client].append((pool, membership[(client, pool)]))
    for d in graph.discoveries:
        if d.linked:
            needs[d.function].append((d.target, d.wire))
    found = []
    for cycle in cycles(needs):
        steps = ", ".join(f"`{a}` needs `{b}` ({w})" for a, b, w in cycle)
        first = min((w for _, _, w in cycle), key=lambda w: w.index)
        found.append(error(
            "W008",
            f"circular dependency: {steps}; CloudFormation cannot create these resources in any "
            "order: remove or redirect one of these wires",
            first.pointer,
            subject=str(first),
        ))
    return found


#: how long Cognito waits for a trigger before it gives up on the request (seconds)
TRIGGER_WAIT = 5


def _slow_triggers(stack: Stack, graph: Graph) -> list[Diagnostic]:
    """A function that a pool event invokes, with a timeout over what Cognito waits for."""
    found = []
    first: dict[str, Trigger] = {}
    for t in graph.triggers:
        first.setdefault(t.function, t)
    for name, t in first.items():
        function = stack.resources[name]
        if function.timeout <= TRIGGER_WAIT:
            continue
        found.append(warning(
            "W012",
            f"`{name}` is a trigger ({t.wire}) with a timeout of {function.timeout} s, but Cognito waits "
            f"about {TRIGGER_WAIT} s for a trigger and then retries or fails the user's request: set "
            f"`timeout` to {TRIGGER_WAIT} or less, and hand slow work to something the trigger starts",
            function.sources.get("timeout", function.pointer), subject=name,
        ))
    return found
