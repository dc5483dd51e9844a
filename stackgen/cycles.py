"""Cycles: the dependency cycles of a graph, found one way for every stage that looks for them.

Resolve looks for them among the wires (what each resource needs before it can be created),
verify and references among the template's references. A graph is a mapping from each node to
what it needs, as (node, label) pairs in a stable order; every node it names is one of its keys.
"""

from __future__ import annotations

from collections import deque
from typing import Hashable, Mapping, Sequence, TypeVar

N = TypeVar("N", bound=Hashable)
L = TypeVar("L")


def cycles(needs: Mapping[N, Sequence[tuple[N, L]]]) -> list[list[tuple[N, N, L]]]:
    """One cycle for each group of nodes that need each other, as (from, to, label) steps, groups
    in the order of their first nodes (in the order of ``needs``). The cycle is a node of the
    group that needs itself, the first such, when there is one (a node that needs only itself is
    a group of its own), and otherwise the shortest through the group's first node."""
    return [_cycle_in(component, needs) for component in _strongly_connected(needs)]


def _strongly_connected(needs: Mapping[N, Sequence[tuple[N, L]]]) -> list[list[N]]:
    """Tarjan's algorithm (iterative); components with a cycle only (a self-loop is one), in a
    stable order."""
    order = {name: i for i, name in enumerate(needs)}
    index: dict[N, int] = {}
    low: dict[N, int] = {}
    on_stack: set[N] = set()
    stack: list[N] = []
    result: list[list[N]] = []
    counter = 0
    for root in needs:
        if root in index:
            continue
        work = [(root, iter(needs[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            advanced = False
            for target, _ in edges:
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(needs[target])))
                    advanced = True
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or any(t == node for t, _ in needs[node]):
                    result.append(sorted(component, key=order.__getitem__))
    return sorted(result, key=lambda c: order[c[0]])


def _cycle_in(component: list[N], needs: Mapping[N, Sequence[tuple[N, L]]]) -> list[tuple[N, N, L]]:
    """The cycle of ``component`` (see :func:`cycles`), as (from, to, label) steps."""
    for member in component:
        for target, label in needs[member]:
            if target == member:
                return [(member, member, label)]
    members = set(component)
    start = component[0]
    # breadth-first search back to start, staying inside the component; each node remembers
    # the step that reached it, and the cycle is read back from the last step
    came: dict[N, tuple[N, N, L] | None] = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for target, label in needs[node]:
            if target not in members:
                continue
            if target == start:
                steps = [(node, target, label)]
                while came[steps[-1][0]] is not None:
                    steps.append(came[steps[-1][0]])
                return steps[::-1]
            if target not in came:
                came[target] = (node, target, label)
                queue.append(target)
    raise AssertionError("a strongly connected component without a cycle")
