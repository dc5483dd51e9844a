"""Variables: the environment variables a function gets from its wires, and their names.

What each dashed wire discovers comes as the values its target's kind offers (a pool's ID and
ARN, a client's ID, a group's name), in wire order, then each pool the function is a custom sender of gives the
ARN of its sender key (unless the wire says `keyAccess: false`). A name that the function's own ``environment``, or an earlier wire's
value, already has takes the next free ``NAME_2``, ``NAME_3``...
"""

from __future__ import annotations

from . import kinds, model
from .kinds.user_pool import SENDER_KEY, SENDER_KEY_VARIABLE
from .model import Stack, Wire
from .record import record


@record
class Variable:
    """An environment value a discovery wire gives a function."""

    name: str
    value: str  # POOL_ID, POOL_ARN, CLIENT_ID, GROUP_NAME or SENDER_KEY
    target: str
    wire: Wire


def assign(stack: Stack, discoveries: tuple, triggers: tuple = ()) -> dict[str, tuple[Variable, ...]]:
    """Each function's variables, named by the ``NAME_2`` rule: what its dashed wires discover,
    in wire order, then the sender key of each pool it is a custom sender of, in wire order."""
    result: dict[str, tuple[Variable, ...]] = {}
    by_function: dict[str, list] = {}
    for d in discoveries:
        by_function.setdefault(d.function, []).append(d)
    senders: dict[str, dict[str, Wire]] = {}
    for t in triggers:
        if t.event in model.SENDERS and t.wire.key_access is not False:
            senders.setdefault(t.function, {}).setdefault(t.pool, t.wire)  # one key per pool
    for name, resource in stack.resources.items():
        if not kinds.discovering(resource.kind):
            continue
        taken = {k for k, _ in resource.environment}
        wanted: list[tuple[str, str, str, Wire]] = []
        for d in by_function.get(name, ()):
            # a value known as the spec is built names nothing: it is given even when unlinked
            offers = [o for o in kinds.get(stack.resources[d.target].kind).offers
                      if d.linked or o.literal is not None]
            wanted.extend((o.value, o.variable, d.target, d.wire) for o in offers)
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
