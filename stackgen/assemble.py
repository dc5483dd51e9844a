"""Assemble: fragments into one template, in a stable order, with no Logical ID taken twice.

Resources are laid out in the spec's order, each followed by what stackgen derives for it
(a pool's permissions and policies, an edge function's parameter); Outputs likewise, and the
spec's own ``outputs`` after them, but for one with the name of a derived Output, which replaces
that one in its place. The spec's ``parameters`` and ``conditions`` come before the
Resources, where CloudFormation templates have them, and the template's ``Metadata`` before them:
the spec's ``metadata`` as given, then what stackgen records for itself (the existing pools, for
the guard) under its own key ``stackgen``, which the spec's may not have (R041). A derived
Logical ID that another resource already has, or that the SAM transform will derive, is an error
that names both places; so is a parameter or condition with the name of a resource or a derived
Logical ID (R019).
"""

from __future__ import annotations

from typing import Any, Iterable

from .diagnostics import Diagnostic, error
from .emit import METADATA, OUTPUTS, RESOURCES, RULES, Fragment
from .model import Stack

FORMAT_VERSION = "2010-09-09"
TRANSFORM = "AWS::Serverless-2016-10-31"
PARAMETERS = "Parameters"
CONDITIONS = "Conditions"
#: stackgen's key in the template's ``Metadata``
STACKGEN = "stackgen"


def assemble(stack: Stack, fragments: Iterable[Fragment]) -> tuple[dict[str, Any], list[Diagnostic]]:
    order = {name: i for i, name in enumerate(stack.resources)}
    fragments = sorted(enumerate(fragments), key=lambda item: (order.get(item[1].parent, len(order)), item[0]))
    found: list[Diagnostic] = []
    sections: dict[str, dict[str, Any]] = {RULES: {}, RESOURCES: {}, OUTPUTS: {}}
    metadata: dict[str, dict[str, Any]] = {}
    #: Logical ID -> who has it, for every name CloudFormation will see in Resources
    taken: dict[str, str] = {}
    for name, resource in stack.resources.items():
        taken[name] = f"resource `{name}`"
    for _, fragment in fragments:
        if fragment.section == METADATA:
            metadata.setdefault(fragment.logical_id, {}).update(fragment.body)
            continue
        section = sections[fragment.section]
        if fragment.section == RESOURCES:
            for logical_id in (fragment.logical_id, *fragment.implied):
                owner = taken.get(logical_id)
                mine = fragment.logical_id == logical_id and owner == f"resource `{logical_id}`" \
                    and fragment.parent == logical_id
                if owner and not mine:
                    found.append(_collision(stack, logical_id, owner, fragment))
                else:
                    taken[logical_id] = fragment.origin
        elif fragment.logical_id in section:
            found.append(_collision(stack, fragment.logical_id, section[fragment.logical_id][1], fragment,
                                    what="output"))
            continue
        section[fragment.logical_id] = (fragment.body, fragment.origin)
    found.extend(_declared(stack, taken))
    if STACKGEN in stack.metadata:
        found.append(error(
            "R041", f"the key `{STACKGEN}` of `metadata` is stackgen's own: it records there, for the guard, "
            "the pools the stack names but does not create; give your metadata another key",
            ("metadata", STACKGEN), at_key=True, subject=f"metadata {STACKGEN}"))

    template: dict[str, Any] = {"AWSTemplateFormatVersion": FORMAT_VERSION, "Transform": TRANSFORM}
    if stack.description:
        template["Description"] = stack.description
    # the spec's own, as given; stackgen's record after it
    own = {key: value for key, value in stack.metadata.items() if key != STACKGEN}
    if metadata:
        own[STACKGEN] = metadata
    if own:
        template[METADATA] = own
    if stack.parameters:
        template[PARAMETERS] = dict(stack.parameters)
    if sections[RULES]:
        template[RULES] = _bodies(sections[RULES])
    if stack.conditions:
        template[CONDITIONS] = dict(stack.conditions)
    if sections[RESOURCES]:
        template[RESOURCES] = _bodies(sections[RESOURCES])
    # an output of the spec's with the name of a derived one replaces it, in its place
    outputs = {name: stack.outputs.get(name, body) for name, body in _bodies(sections[OUTPUTS]).items()}
    outputs.update((name, body) for name, body in stack.outputs.items() if name not in outputs)
    if outputs:
        template[OUTPUTS] = outputs
    return template, found


def _bodies(section: dict[str, tuple[Any, str]]) -> dict[str, Any]:
    return {name: body for name, (body, _) in section.items()}


def _declared(stack: Stack, taken: dict[str, str]) -> list[Diagnostic]:
    """R019 for each name of the spec's ``parameters`` and ``conditions`` that is already taken
    by a resource or a derived Logical ID (``!Ref`` and ``!If`` could not tell them apart)."""
    found = []
    for section, what in (("parameters", "parameter"), ("conditions", "condition")):
        for name in getattr(stack, section):
            owner = taken.get(name)
            if owner is None:
                continue
            if name in stack.resources:
                other = f"the resource `{name}`"
            elif owner.startswith("the "):
                other = f"{owner}, a Logical ID that stackgen derives"
            else:
                other = f"a Logical ID that stackgen derives for {owner}"
            found.append(error(
                "R019",
                f"the {what} `{name}` has the name of {other}; rename the {what} so that the two differ",
                (section, name), at_key=True, subject=f"{what} {name}"))
    return found


def _collision(stack: Stack, logical_id: str, owner: str, fragment: Fragment, what: str = "Logical ID") -> Diagnostic:
    """Point at the spec resource whose name is in the way, or else at the deriving one."""
    culprit = logical_id if logical_id in stack.resources else fragment.parent
    pointer = stack.resources[culprit].pointer if culprit in stack.resources else ()
    return error(
        "R001",
        f"the {what} `{logical_id}` of {fragment.origin} is also that of {owner}; "
        f"rename `{culprit}` so that the two differ",
        pointer, at_key=True, subject=culprit,
    )
