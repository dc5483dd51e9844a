"""Hazards: what the resolved wires say together that would fail, or surprise, once deployed.

A dependency cycle among the wires is an error that prints the cycle (W008). The one every tool
walks into, a trigger that discovers its own pool, is defused by resolve (the discovery is not
linked: its values are left out of the function's environment, its IAM statement is granted
apart) and said here (W009). A trigger slower than Cognito waits is a warning (W012).
"""

from __future__ import annotations

from . import kinds
from .cycles import cycles
from .diagnostics import Diagnostic, error, warning
from .model import Stack, Wire


def check(stack: Stack, graph) -> list[Diagnostic]:
    """Every hazard of the resolved ``graph`` of ``stack``."""
    return _cycles(stack, graph) + _self_discoveries(stack, graph) + _slow_triggers(stack, graph)


def _self_discoveries(stack: Stack, graph) -> list[Diagnostic]:
    """A warning for each discovery left unlinked because its function is a trigger of the pool."""
    triggered = {(t.pool, t.function): t for t in reversed(graph.triggers)}  # the first wire of each pair
    return [_self_discovery_warning(d, triggered[(d.pool, d.function)], stack.resources[d.target].kind)
            for d in graph.discoveries if not d.linked and _left_out(stack.resources[d.target].kind)]


def _left_out(target_kind: str) -> list[str]:
    """The variables a trigger that discovers a resource of its pool does not get: those read
    from the template (a value known as the spec is built, a group's name, is given)."""
    return [o.variable for o in kinds.get(target_kind).offers if o.literal is None]


def _self_discovery_warning(d, trigger, target_kind: str) -> Diagnostic:
    kind = kinds.get(target_kind)
    names = _left_out(target_kind)
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


def _cycles(stack: Stack, graph) -> list[Diagnostic]:
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
    # what the template does not hold (an existing pool) is there before the stack: no one waits for it
    outside = {name for name, resource in stack.resources.items() if not kinds.held(resource)}
    if outside:
        needs = {name: [(b, w) for b, w in edges if b not in outside] for name, edges in needs.items()}
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


def _slow_triggers(stack: Stack, graph) -> list[Diagnostic]:
    """A function that a pool event invokes, with a timeout over what Cognito waits for."""
    found = []
    first: dict = {}
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
