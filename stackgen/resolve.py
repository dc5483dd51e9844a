"""Resolve: wires to a graph, and the rules a schema cannot say.

Each wire is checked on its own by :mod:`stackgen.wiring` (its ends, and whether the kinds at
its ends allow it: :data:`stackgen.kinds.WIRE_KINDS`). Resolve reads what the allowed wires say
together: a pool event invokes one function, a client belongs to one pool, and a function that
discovers the pool it is a trigger of is not linked to it (its values would close the cycle
every tool walks into). The result, a :class:`Graph`, says in the user's words which function
each pool event invokes, which pool each client belongs to, and which values each function
discovers under which variable name (named by :mod:`stackgen.variables`). Then the hazards of
the graph (:mod:`stackgen.hazards`: cycles, slow triggers) and each kind's own rules.
"""

from __future__ import annotations

from typing import Mapping

from . import hazards, kinds, model, variables, wiring
from .diagnostics import Diagnostic, error
from .record import factory, record

# what the graph's records hold and the stages read, importable from here
from .hazards import TRIGGER_WAIT  # noqa: F401
from .kinds import DISCOVERY, MEMBERSHIP, TRIGGER, USE, WIRE_KINDS  # noqa: F401
from .kinds.user_pool import CUSTOM_AUTH, POOL_ARN, POOL_ID, SENDER_KEY, SENDER_KEY_VARIABLE  # noqa: F401
from .kinds.user_pool_client import CLIENT_ID  # noqa: F401
from .model import Stack, Wire
from .variables import Variable


@record
class Trigger:
    pool: str
    function: str
    event: str
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
    #: each resource that belongs to a pool (a client, a group) -> that pool
    client_pool: Mapping[str, str] = factory(dict)
    discoveries: tuple[Discovery, ...] = ()
    variables: Mapping[str, tuple[Variable, ...]] = factory(dict)
    #: resource -> its wires that use another resource (a client's to its identity providers
    #: and resource servers), in wire order
    uses: Mapping[str, tuple[Wire, ...]] = factory(dict)

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


def resolve(stack: Stack) -> tuple[Graph, list[Diagnostic]]:
    """The graph of ``stack``'s wires, and every problem with them."""
    valid, found = wiring.check(stack)

    triggers: list[Trigger] = []
    by_event: dict[tuple[str, str], Trigger] = {}
    memberships: dict[str, list[Wire]] = {}
    for meaning, wire in valid:
        if meaning == TRIGGER:
            t = Trigger(wire.source, wire.target, wire.event, wire)
            first = by_event.get((t.pool, t.event))
            if first:
                found.append(error("W004", f"{wire}: {t.pool}'s {t.event} already invokes "
                                   f"`{first.function}` ({first.wire}); a pool event invokes one "
                                   "function: remove one of the two wires", wire.pointer + ("event",)))
                continue
            by_event[(t.pool, t.event)] = t
            triggers.append(t)
        elif meaning == MEMBERSHIP:
            memberships.setdefault(wire.source, []).append(wire)

    client_pool: dict[str, str] = {}
    for name, resource in stack.resources.items():
        if not any(m == MEMBERSHIP for (_, _), m in kinds.wires_of(resource.kind)["source"].items()):
            continue
        kind = kinds.get(resource.kind)
        code = kind.membership_code
        wires = memberships.get(name, [])
        if not wires:
            found.append(error(code, f"{resource.kind} `{name}` belongs to no pool: add a wire "
                               f"`{{from: {name}, to: <UserPool>}}`", resource.pointer, at_key=True))
        else:
            client_pool[name] = wires[0].target
            for extra in wires[1:]:
                found.append(error(code, f"{extra}: `{name}` already belongs to `{wires[0].target}` "
                                   f"({wires[0]}); a {kind.member} belongs to exactly one pool", extra.pointer))

    triggered = {(t.pool, t.function): t for t in reversed(triggers)}  # the first wire of each pair
    discoveries: list[Discovery] = []
    for meaning, wire in valid:
        if meaning != DISCOVERY:
            continue
        pool = kinds.get(stack.resources[wire.target].kind).pool_of(wire.target, client_pool)
        # a pool the template does not hold (an existing one) closes no cycle with its triggers
        linked = (pool, wire.source) not in triggered or not kinds.held(stack.resources[pool])
        discoveries.append(Discovery(wire.source, wire.target, pool, wire, linked))

    uses: dict[str, list[Wire]] = {}
    for meaning, wire in valid:
        if meaning == USE:
            uses.setdefault(wire.source, []).append(wire)

    graph = Graph(stack, tuple(triggers), client_pool, tuple(discoveries),
                  variables.assign(stack, tuple(discoveries), tuple(triggers)),
                  {k: tuple(v) for k, v in uses.items()})
    found.extend(hazards.check(stack, graph))
    for kind in kinds.present(stack.resources):
        for check in kind.checks:
            found.extend(check(kinds.of(stack.resources, kind.name), stack, graph))
    return graph, found


