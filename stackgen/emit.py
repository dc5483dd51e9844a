"""Emit: model objects and graph relations in, template fragments out, in CloudFormation words.

Every emitter is a pure function found in one registry: a resource's is its kind's (see
:mod:`stackgen.kinds`), :data:`RELATION_EMITTERS` hold what wires add beyond their two ends,
and a kind's ``stack_emitters`` what the stack needs once for all resources of that kind. None
of them reads YAML, prints, or edits another's output; :mod:`stackgen.assemble` puts the
fragments together. This module holds what they share: the fragment, the merge of a resource's
``properties``, the role SAM derives for a function.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

from .diagnostics import Diagnostic, error
from .intrinsics import get_att, ref
from .record import factory, record

if TYPE_CHECKING:
    from .model import Resource
    from .resolve import Graph

RESOURCES = "Resources"
OUTPUTS = "Outputs"
RULES = "Rules"
#: the template's ``Metadata``: what stackgen records for itself, under its key ``stackgen``;
#: fragments of one Logical ID (an entry of it) merge their mappings
METADATA = "Metadata"

POLICY_VERSION = "2012-10-17"


@record
class Fragment:
    """One entry of a template section, and where in the spec it comes from."""

    section: str
    logical_id: str
    body: Mapping[str, Any]
    #: the spec resource it belongs to: fragments are laid out in the order of their parents
    parent: str
    #: what made it, in the user's words, for a collision message
    origin: str
    #: Logical IDs the SAM transform will derive from this resource (a function's role...)
    implied: tuple[str, ...] = ()


@record(frozen=False)
class Emitted:
    fragments: list[Fragment] = factory(list)
    diagnostics: list[Diagnostic] = factory(list)


def role_of(function: str) -> str:
    """The Logical ID of the role SAM creates for a function that names none."""
    return f"{function}Role"


# --- properties: the escape hatch ---------------------------------------------------------

def _folded(path: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(key.casefold() for key in path)


#: what a key written in another case than CloudFormation's does: the deploy refuses it
_CASE = ("CloudFormation property names are case-sensitive, so as written it is an unknown property "
         "and the deploy fails")


def merge_properties(resource: Resource, derived: dict) -> tuple[dict, list[Diagnostic]]:
    """``derived`` with the resource's ``properties`` merged in, and a diagnostic per owned key.

    An owned key is recognised in any case (``lambdaConfig``, ``environment``): written so, it
    overrides nothing, but CloudFormation refuses it as an unknown property.
    """
    from .kinds import kind_of, owners_of

    kind = kind_of(resource.kind)
    owners = owners_of(resource)
    by_folded = {_folded(o): o for o in owners}
    appendable = kind.appendable
    found: list[Diagnostic] = []
    result = copy.deepcopy(derived)

    def merge(into: dict, extra: Mapping, path: tuple[str, ...]) -> None:
        for key, value in extra.items():
            here = path + (key,)
            pointer = resource.pointer + ("properties",) + here
            owned = by_folded.get(_folded(here))
            # an owned key this one is part of, in any case: AdminCreateUserConfig for
            # AdminCreateUserConfig.AllowAdminCreateUserOnly
            holds = next((o for o in owners if _folded(o[:len(here)]) == _folded(here)), None)
            if owned == here:
                found.append(error("R002", f"`properties.{'.'.join(here)}` of `{resource.name}` is "
                                   f"set by {owners[here]}; remove it from `properties`",
                                   pointer, at_key=True, subject=resource.name))
            elif owned:
                found.append(error("R002", f"`properties.{'.'.join(here)}` of `{resource.name}` is "
                                   f"`{'.'.join(owned)}` in another case, which is set by {owners[owned]}; "
                                   f"{_CASE}: remove it from `properties`",
                                   pointer, at_key=True, subject=resource.name))
            elif holds and holds[:len(here)] != here:
                right = ".".join(holds[:len(here)])
                found.append(error("R002", f"`properties.{'.'.join(here)}` of `{resource.name}` is `{right}` "
                                   f"in another case, whose `{'.'.join(holds[len(here):])}` is set by "
                                   f"{owners[holds]}; {_CASE}: write `{right}`, whose other keys are added "
                                   "to those stackgen sets",
                                   pointer, at_key=True, subject=resource.name))
            elif not isinstance(value, dict) and holds:
                found.append(error("R002", f"`properties.{'.'.join(here)}` of `{resource.name}` would "
                                   f"replace `{'.'.join(holds)}`, which is set by {owners[holds]}; give "
                                   "a mapping whose keys are added instead",
                                   pointer, at_key=True, subject=resource.name))
            elif not path and key in appendable:
                into[key] = list(into.get(key, [])) + (value if isinstance(value, list) else [value])
            elif isinstance(value, dict) and isinstance(into.get(key), dict):
                merge(into[key], value, here)
            else:
                into[key] = copy.deepcopy(value)

    merge(result, resource.properties, ())
    return result, found


# --- relations: what wires add beyond their two ends ------------------------------------------

def permission_of(pool: str, function: str) -> str:
    """The Logical ID of the permission for a pool's events to invoke a function."""
    return f"{pool}To{function}Permission"


def emit_permissions(graph: Graph) -> Iterable[Fragment]:
    """One permission per (pool, function) pair a pool event invokes."""
    from .kinds import value_of

    for pool, function in graph.invocations():
        yield Fragment(RESOURCES, permission_of(pool, function), {
            "Type": "AWS::Lambda::Permission",
            "Properties": {
                "Action": "lambda:InvokeFunction",
                "FunctionName": get_att(function, "Arn"),
                "Principal": "cognito-idp.amazonaws.com",
                "SourceArn": value_of(graph.stack.resources[pool], "Arn"),
            },
        }, pool, f"the permission for `{pool}` to invoke `{function}`")


def emit_unlinked_policies(graph: Graph) -> Iterable[Fragment]:
    """A trigger that discovers its own pool (or a group of it) gets its IAM statements from a
    policy of its own.

    In the function's ``Policies`` the statement would make its role depend on the pool, which
    depends on the function through ``LambdaConfig``: a cycle. A separate ``AWS::IAM::Policy``
    attached to the role depends on both, and nothing depends on it.
    """
    from .kinds import actions_of, function, get

    # one policy per (pool, function): the statements of each of its wires to the pool's
    # resources (the pool, a group of it), in wire order
    statements: dict[tuple[str, str], list] = {}
    for d in graph.discoveries:
        actions = actions_of(get(graph.stack.resources[d.target].kind), d.wire)
        on = function.granted_on(d, graph)
        if d.linked or not actions or on is None:
            continue
        statements.setdefault((d.pool, d.function), []).append(
            (d, function.statement(graph.stack.resources[on], actions)))
    for (pool, name), made in statements.items():
        logical_id = f"{pool}To{name}Policy"
        yield Fragment(RESOURCES, logical_id, {
            "Type": "AWS::IAM::Policy",
            "Properties": {
                "PolicyName": logical_id,
                "Roles": [ref(role_of(name))],
                "PolicyDocument": {"Version": POLICY_VERSION, "Statement": [s for _, s in made]},
            },
        }, pool, f"the policy of {' and '.join(str(d.wire) for d, _ in made)}")


RELATION_EMITTERS: tuple[Callable[[Graph], Iterable[Fragment]], ...] = (
    emit_permissions,
    emit_unlinked_policies,
)


def emit(graph: Graph) -> Emitted:
    """Every fragment of the template of ``graph``: each resource's, by its kind's emitter, then
    what the wires add, then what each kind needs once for the stack."""
    from .kinds import kind_of, of, present

    emitted = Emitted()
    for resource in graph.stack.resources.values():
        part = kind_of(resource.kind).emit(resource, graph)
        emitted.fragments.extend(part.fragments)
        emitted.diagnostics.extend(part.diagnostics)
    for emitter in RELATION_EMITTERS:
        emitted.fragments.extend(emitter(graph))
    for kind in present(graph.stack.resources):
        for emitter in kind.stack_emitters:
            emitted.fragments.extend(emitter(of(graph.stack.resources, kind.name), graph))
    return emitted
