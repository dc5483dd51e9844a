"""Draw: a stack as a picture, the way the original canvas showed it.

One node per resource, shaped and coloured by its kind (the kind's ``look``, see
:mod:`stackgen.kinds`); a solid arrow for each event wire, labelled with the event; a solid
arrow from each client to its pool; a dashed arrow for each discovery wire. Pure functions: a :class:`~stackgen.model.Stack` in (one that resolved without
error), text out; one renderer per format in :data:`RENDERERS`. Resources come in the spec's
order, then wires in the spec's order, so the same spec always gives the same bytes.

Node IDs are safe whatever the Logical IDs: Mermaid's are ``n_<LogicalId>`` (a bare ``end``,
``graph``, ``style`` or ``class`` would be read as a keyword), DOT's are quoted (a bare
``node``, ``edge``, ``graph``, ``subgraph`` or ``strict`` would be).
"""

from __future__ import annotations

from typing import Callable, Mapping

from .kinds import REGISTRY, Look, carried, kind_of
from .model import DASHED, Resource, Stack, Wire


def looks() -> dict[str, Look]:
    """Resource kind -> its look, in the registry's order. The one list of drawable kinds."""
    return {**{name: kind.look for name, kind in REGISTRY.items()}, carried.NAME: carried.LOOK}


TEXT_COLOUR = "#1a1a1a"
FONT = "Helvetica,Arial,sans-serif"


def _look(resource: Resource) -> Look:
    kind = kind_of(resource.kind)
    return kind.look if kind.look_of is None else kind.look_of(resource)


def _present(stack: Stack) -> list[Look]:
    """The looks of the resources present, each once: the modeled kinds' in the registry's order
    (a kind's own look before those of single resources of it), then the carried ones'."""
    by_kind: dict[str, dict[str, Look]] = {}
    for resource in stack.resources.values():
        look = _look(resource)
        by_kind.setdefault(resource.kind, {})[look.css] = look
    present: list[Look] = []
    seen: set[str] = set()
    for name in [*REGISTRY, *(k for k in by_kind if k not in REGISTRY)]:
        own = kind_of(name).look.css
        for look in sorted(by_kind.get(name, {}).values(), key=lambda look: look.css != own):
            if look.css not in seen:
                seen.add(look.css)
                present.append(look)
    return present


# Mermaid


def _mermaid_id(name: str) -> str:
    return f"n_{name}"


def _mermaid_text(text: str) -> str:
    """``text`` inside a double-quoted Mermaid label (Logical IDs are letters and digits, but
    the label must stay a label whatever it holds)."""
    return "".join(f"#{ord(c)};" if c in '"#<>&|[](){}' else c for c in text)


def mermaid(stack: Stack) -> str:
    """A Mermaid flowchart (GitHub renders a ```` ```mermaid ```` block as is)."""
    lines = ["flowchart LR"]
    for name, resource in stack.resources.items():
        look = _look(resource)
        label = f"{_mermaid_text(name)}<br/>{resource.kind}"
        lines.append(f'    {_mermaid_id(name)}{look.mermaid[0]}"{label}"{look.mermaid[1]}:::{look.css}')
    for wire in stack.wires:
        lines.append(f"    {_mermaid_id(wire.source)} {_mermaid_arrow(wire)} {_mermaid_id(wire.target)}")
    for look in _present(stack):
        dash = f",stroke-dasharray:{look.dash}" if look.dash else ""
        lines.append(f"    classDef {look.css} fill:{look.fill},stroke:{look.stroke},color:{TEXT_COLOUR}{dash}")
    return "\n".join(lines) + "\n"


def _mermaid_arrow(wire: Wire) -> str:
    if wire.style == DASHED:
        return "-.->"
    if wire.event:
        return f"-->|{_mermaid_text(wire.event)}|"
    return "-->"


# Graphviz DOT


def _dot_quote(text: str) -> str:
    """``text`` as a DOT quoted string; a newline becomes a centred line break."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dot(stack: Stack) -> str:
    """A Graphviz digraph: ``dot -Tsvg`` draws it."""
    lines = [
        "digraph stack {",
        "    rankdir=LR;",
        f"    node [fontname={_dot_quote(FONT)}, fontcolor={_dot_quote(TEXT_COLOUR)}];",
        f"    edge [fontname={_dot_quote(FONT)}, fontcolor={_dot_quote(TEXT_COLOUR)}];",
    ]
    for name, resource in stack.resources.items():
        look = _look(resource)
        label = _dot_quote(f"{name}\n{resource.kind}")
        lines.append(f"    {_dot_quote(name)} [label={label}, shape={look.shape}, "
                     f"style={_dot_quote(look.style)}, fillcolor={_dot_quote(look.fill)}, "
                     f"color={_dot_quote(look.stroke)}];")
    for wire in stack.wires:
        attributes = []
        if wire.event:
            attributes.append(f"label={_dot_quote(wire.event)}")
        if wire.style == DASHED:
            attributes.append("style=dashed")
        end = f" [{', '.join(attributes)}]" if attributes else ""
        lines.append(f"    {_dot_quote(wire.source)} -> {_dot_quote(wire.target)}{end};")
    lines.append("}")
    return "\n".join(lines) + "\n"


#: format name -> renderer. ``stackgen graph --format svg`` hands the ``dot`` text to Graphviz.
RENDERERS: Mapping[str, Callable[[Stack], str]] = {
    "mermaid": mermaid,
    "dot": dot,
}
