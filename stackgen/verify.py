"""Verify: stackgen checks its own output before writing it.

Every ``Ref``, ``GetAtt`` and ``Sub`` names a resource the template has (or that the SAM
transform derives, like ``<F>Role``) and an attribute that resource type has; the resources'
references form no cycle; and what the kinds check of their own resources (``Kind.self_checks``:
every pool event that invokes a function comes with the permission that lets Cognito invoke
it). A failure here is a bug in stackgen, not in the spec, and says so.
"""

from __future__ import annotations

from typing import Any, Collection, Mapping

from .diagnostics import Diagnostic, error
from .emit import role_of
from .intrinsics import references
from .kinds import REGISTRY, aws_kind

#: the attributes ``!GetAtt`` may read, per resource type stackgen emits
#: (``tests/unit/test_verify.py`` holds each to cfn-lint's copy of CloudFormation's schemas; a
#: SAM function's are its AWS::Lambda::Function's)
ATTRIBUTES: Mapping[str, frozenset[str]] = {
    **{kind.aws_type: kind.attributes for kind in REGISTRY.values()},   # what the kinds become
    "AWS::IAM::Role": frozenset({"Arn", "RoleId"}),
    "AWS::IAM::Policy": frozenset({"Id"}),
    "AWS::SSM::Parameter": frozenset({"AllowedPattern", "Arn", "DataType", "Description", "Name",
                                      "Policies", "Tier", "Type", "Value"}),
    "AWS::Lambda::Permission": frozenset({"Id"}),
    "AWS::Lambda::Alias": frozenset({"AliasArn"}),
    "AWS::KMS::Key": frozenset({"Arn", "KeyId"}),
}


def attributes(kind: str) -> frozenset[str] | None:
    """The attributes ``!GetAtt`` may read of a resource of type ``kind``; None when stackgen
    does not know the type (it then judges no attribute of it). The one lookup of attributes:
    stackgen's own types, then a carried type's (its vendored schema's read-only properties)."""
    if kind in ATTRIBUTES:
        return ATTRIBUTES[kind]
    found = aws_kind(kind)
    return found.attributes if found is not None else None


REPORT = ("this is a bug in stackgen, not in your spec: please report it with the spec; "
          "nothing was written")


#: what a name of the template's Parameters is, where Logical IDs have their resource type
PARAMETER = "parameter"


def dependencies(resources: Mapping[str, Any]) -> dict[str, set[str]]:
    """Logical ID -> what it needs first, with SAM's implied ``<F>Role`` in between."""
    needs: dict[str, set[str]] = {}
    for name, resource in resources.items():
        properties = dict(resource.get("Properties", {}))
        if resource.get("Type") == "AWS::Serverless::Function" and "Role" not in properties:
            role = [properties.pop("Policies", []), properties.pop("AssumeRolePolicyDocument", {})]
            needs[role_of(name)] = {n for n, _ in references(role)}
            needs.setdefault(name, set()).add(role_of(name))
        needs.setdefault(name, set()).update(n for n, _ in references(properties))
    return needs


def find_cycle(needs: Mapping[str, set[str]]) -> list[str] | None:
    """A dependency cycle among the Logical IDs of ``needs`` (see :func:`dependencies`), as the
    path that closes it (``[A, B, A]``); None when there is none."""
    from .cycles import cycles

    found = cycles({name: [(n, None) for n in sorted(targets) if n in needs] for name, targets in needs.items()})
    if not found:
        return None
    return [a for a, _, _ in found[0]] + [found[0][0][0]]


def verify(template: Mapping[str, Any], carried: Collection[str] = ()) -> list[Diagnostic]:
    """Every way in which ``template`` is not what stackgen means to write.

    ``carried`` are the Logical IDs of the resources the spec carries as is: what they say is the
    user's (the references stage checks it), so the triggers a carried pool or custom resource
    sets are not held to stackgen's permissions here."""
    problems: list[str] = []
    resources = template.get("Resources", {})
    types = {name: r.get("Type") for name, r in resources.items()}
    implied = {role_of(n): "AWS::IAM::Role" for n, t in types.items()
               if t == "AWS::Serverless::Function" and "Role" not in resources[n].get("Properties", {})}
    parameters = {name: PARAMETER for name in template.get("Parameters", {})}
    known = {**parameters, **types, **implied}
    for name, attribute in references([resources, template.get("Outputs", {}), template.get("Rules", {}),
                                       template.get("Conditions", {})]):
        if name.startswith("AWS::"):
            continue
        if name not in known:
            problems.append(f"a reference to `{name}`, which the template does not define")
        elif attribute and known[name] == PARAMETER:
            problems.append(f"`{name}.{attribute}`: a parameter has no attributes")
        elif attribute and attribute != "Version" and attribute not in (attributes(known[name]) or {attribute}):
            problems.append(f"`{name}.{attribute}`: a {known[name]} has no attribute {attribute}")
        elif attribute == "Version" and "AutoPublishAlias" not in resources.get(name, {}).get("Properties", {}):
            problems.append(f"`{name}.Version` of a function that publishes no version")
    cycle = find_cycle(dependencies(resources))
    if cycle:
        problems.append("a dependency cycle: " + " -> ".join(cycle))
    for kind in REGISTRY.values():
        for check in kind.self_checks:
            problems.extend(check(resources, carried))
    return [error("X001", f"stackgen's check of its own template failed: {p}; {REPORT}", ("resources",), at_key=True)
            for p in problems]
