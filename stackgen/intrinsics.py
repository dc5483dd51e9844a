"""CloudFormation intrinsic functions as values.

The loader turns a short-form tag in a spec's ``properties`` (``!Ref Users``) into an
:class:`Intrinsic`; the emitters build their own with :func:`ref`, :func:`get_att` and
:func:`sub`; the dumper writes every one of them back in short form. One type for both keeps
the template's references walkable in one way (see :func:`references`).
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from .record import record

#: the short-form tags CloudFormation knows (``!Name``), and so the only tags a spec may use
SHORT_FORMS = frozenset(
    {
        "Ref", "Condition", "GetAtt", "Sub", "Join", "Select", "Split", "If", "Equals", "And",
        "Or", "Not", "FindInMap", "GetAZs", "ImportValue", "Base64", "Cidr", "Transform",
        "ToJsonString", "Length",
    }
)


@record
class Intrinsic:
    """``!<fn> value``: ``fn`` is the short-form name (``Ref``, ``GetAtt``, ``Sub``...)."""

    fn: str
    value: Any


def ref(logical_id: str) -> Intrinsic:
    return Intrinsic("Ref", logical_id)


def get_att(logical_id: str, attribute: str) -> Intrinsic:
    return Intrinsic("GetAtt", f"{logical_id}.{attribute}")


def sub(text: str) -> Intrinsic:
    return Intrinsic("Sub", text)


SUB_VARIABLE = re.compile(r"\$\{([^!}][^}]*)\}")


def references(value: Any) -> Iterator[tuple[str, str | None]]:
    """(Logical ID, attribute or None) for every reference in ``value``.

    ``Ref``, ``GetAtt`` and the ``${...}`` of ``Sub`` (less the names its own mapping binds);
    SAM's ``!Ref F.Version`` is (``F``, ``Version``). Pseudo parameters (``AWS::Region``) come too.
    """
    if isinstance(value, Intrinsic):
        if value.fn == "Ref" and isinstance(value.value, str):
            name, _, attribute = value.value.partition(".")
            yield name, attribute or None
        elif value.fn == "GetAtt" and isinstance(value.value, (str, list)):
            target = value.value if isinstance(value.value, str) else ".".join(map(str, value.value))
            name, _, attribute = target.partition(".")
            yield name, attribute
        elif value.fn == "Sub":
            # ``!Sub text`` or ``!Sub [text, {name: value}]``; a spec's properties may hold any shape
            parts = value.value if isinstance(value.value, list) else [value.value]
            text = parts[0] if parts else ""
            bound = parts[1] if len(parts) > 1 and isinstance(parts[1], dict) else {}
            for variable in SUB_VARIABLE.findall(text if isinstance(text, str) else ""):
                name, _, attribute = variable.partition(".")
                if name not in bound:
                    yield name, attribute or None
            yield from references(parts[1:] if isinstance(text, str) else parts)
        else:
            yield from references(value.value)
    elif isinstance(value, dict):
        for item in value.values():
            yield from references(item)
    elif isinstance(value, list):
        for item in value:
            yield from references(item)
