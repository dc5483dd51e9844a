"""Compare: the template a proposed spec builds against the original, resource by resource.

Every Logical ID, type, attribute (``DeletionPolicy``, ``DependsOn``, ``Condition``...) and
property of the original is looked for in the built template. What the original has and the
build does not, or has otherwise, is a loss (``I005``, at the original's value); what the build
has and the original does not is an addition (note ``I006``), for the user to see before
deploying: a permission the original forgot, an Output, a pool's Retain policies. A resource of
a type no kind maps (``others``) is either derived (the build makes it exactly: a trigger's
permission, an SMS role...) or not imported (``I002``).

A function is compared as it acts: its variables as a mapping, its policies as the set of its
managed policies, policy templates and statements, whichever document holds them. Lists Cognito
reads as sets (``AutoVerifiedAttributes``...) are compared as sets; a ``DeletionProtection`` of
``INACTIVE`` is the same as none.
"""

from __future__ import annotations

from typing import Any, Mapping

from ..intrinsics import Intrinsic
from ..record import factory, record

#: properties whose order Cognito or CloudFormation does not read
_SETS = frozenset({"AutoVerifiedAttributes", "AliasAttributes", "UsernameAttributes", "DependsOn",
                   "SupportedIdentityProviders", "ExplicitAuthFlows", "AllowedOAuthFlows", "AllowedOAuthScopes"})
#: a property given its default value is the same as none: (type, key) -> the default
_DEFAULTS = {("AWS::Cognito::UserPool", "DeletionProtection"): "INACTIVE"}
_RETAIN = ("DeletionPolicy", "UpdateReplacePolicy")
#: CloudFormation's resource attributes (anything else beside them it does not read)
_ATTRIBUTES = frozenset({"Type", "Properties", "DependsOn", "Condition", "DeletionPolicy", "UpdateReplacePolicy",
                         "Metadata", "CreationPolicy", "UpdatePolicy"})


@record(frozen=False)
class Differences:
    #: (pointer into the original, what would be lost or changed)
    losses: list = factory(list)
    #: (pointer into the original, what the build adds)
    additions: list = factory(list)
    #: resources of no kind that the build does not derive: (name, type)
    unmodeled: list = factory(list)
    #: the mapped resources that differ, and the functions whose variables or policies do
    differing: set = factory(set)
    functions: set = factory(set)


def show(value: Any, limit: int = 90) -> str:
    """A value as a short line of YAML-like text."""
    def text(v: Any) -> str:
        if isinstance(v, Intrinsic):
            return f"!{v.fn} {text(v.value)}"
        if isinstance(v, dict):
            return "{" + ", ".join(f"{k}: {text(x)}" for k, x in v.items()) + "}"
        if isinstance(v, list):
            return "[" + ", ".join(text(x) for x in v) + "]"
        if isinstance(v, bool):
            return "true" if v else "false"
        return str(v) if v is not None else "null"

    shown = text(value)
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


def compare(original: Mapping[str, Any], built: Mapping[str, Any], kinds: Mapping[str, str],
            others: list) -> Differences:
    found = Differences()
    old, new = original.get("Resources", {}), built.get("Resources", {})
    for name, body in old.items():
        at = ("Resources", name)
        if name in others:
            if new.get(name) != body:
                found.unmodeled.append((name, body["Type"]))
            continue
        if name not in new:
            found.losses.append((at, f"the build has no resource `{name}`"))
            found.differing.add(name)
            continue
        before = len(found.losses)
        _resource(name, body, new[name], at, found)
        if len(found.losses) > before:
            found.differing.add(name)
    for name, body in new.items():
        if name not in old:
            found.additions.append((("Resources",), f"the resource `{name}` ({body.get('Type')}), which stackgen "
                                    "derives"))
    _section(original, built, "Outputs", "the output", found)
    _section(original, built, "Rules", "the rule", found)
    _section(original, built, "Metadata", "the metadata", found)
    return found


def _section(original, built, section: str, words: str, found: Differences) -> None:
    old, new = original.get(section) or {}, built.get(section) or {}
    for name, value in old.items():
        if name not in new:
            found.losses.append(((section, name), f"the build has no {words.removeprefix('the ')} `{name}`"))
        elif new[name] != value:
            if isinstance(value, dict) and isinstance(new[name], dict) and \
                    {k: v for k, v in value.items() if k != "Description"} == \
                    {k: v for k, v in new[name].items() if k != "Description"}:
                found.additions.append(((section, name), f"the description {show(new[name].get('Description'))} "
                                        f"to the {section[:-1].lower()} `{name}` (was {show(value.get('Description'))})"))
                continue
            _value(value, new[name], (section, name), found)
    for name in new:
        if name not in old:
            found.additions.append(((section,), f"{words} `{name}`: {show(new[name])}"))


def _resource(name: str, old: Mapping, new: Mapping, at: tuple, found: Differences) -> None:
    if old["Type"] != new.get("Type"):
        found.losses.append((at + ("Type",), f"the type would be {new.get('Type')}, not {old['Type']}"))
        return
    for key in sorted(set(old) | set(new), key=lambda k: (k == "Properties", k)):
        if key in ("Type", "Properties"):
            continue
        here = at + (key,)
        if key not in new and key not in _ATTRIBUTES:
            found.additions.append((here, f"no `{key}` on `{name}`: it is no resource attribute, and "
                                    "CloudFormation does not read it"))
        elif key not in new:
            found.losses.append((here, f"`{key}: {show(old[key])}` is lost"))
        elif key not in old:
            found.additions.append((at, f"`{key}: {show(new[key])}` on `{name}`"))
        elif old[key] != new[key]:
            if key in _RETAIN and new[key] == "Retain":
                found.additions.append((here, f"`{key}: Retain` on `{name}` (was {show(old[key])})"))
            elif key in _SETS and _as_set(old[key]) == _as_set(new[key]):
                continue
            else:
                _value(old[key], new[key], here, found)
    props_old, props_new = old.get("Properties") or {}, new.get("Properties") or {}
    if old["Type"] == "AWS::Serverless::Function":
        _function(name, props_old, props_new, at + ("Properties",), found)
        props_old = {k: v for k, v in props_old.items() if k not in ("Environment", "Policies")}
        props_new = {k: v for k, v in props_new.items() if k not in ("Environment", "Policies")}
    for key in props_old:
        here = at + ("Properties", key)
        if key not in props_new:
            if _DEFAULTS.get((old["Type"], key)) == props_old[key]:
                continue
            found.losses.append((here, f"`{key}` is lost (was {show(props_old[key])})"))
        elif key in _SETS and _as_set(props_old[key]) == _as_set(props_new[key]):
            continue
        else:
            _value(props_old[key], props_new[key], here, found)
    for key in props_new:
        if key not in props_old:
            found.additions.append((at, f"`{key}: {show(props_new[key])}` on `{name}`"))


def _as_text(value: Any) -> Any:
    """A number as the text CloudFormation passes where a property takes text (``PORT: 8080``)."""
    return str(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value


def _as_set(value: Any) -> Any:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return frozenset(value)
    return value


def _value(old: Any, new: Any, at: tuple, found: Differences) -> None:
    if old == new or _as_text(old) == new:
        return
    if isinstance(old, dict) and isinstance(new, dict) and not isinstance(old, Intrinsic):
        for key in old:
            if key not in new:
                found.losses.append((at + (key,), f"`{key}` is lost (was {show(old[key])})"))
            else:
                _value(old[key], new[key], at + (key,), found)
        for key in new:
            if key not in old:
                found.additions.append((at, f"`{key}: {show(new[key])}` under `{at[-1]}`"))
        return
    found.losses.append((at, f"would be {show(new)}, not {show(old)}"))


def _atoms(policies: Any) -> list:
    """A function's policies as what they grant: each managed policy or policy template, and each
    statement of each policy document."""
    if policies is None:
        return []
    atoms: list = []
    for policy in policies if isinstance(policies, list) else [policies]:
        if isinstance(policy, dict) and isinstance(policy.get("Statement"), list) \
                and set(policy) <= {"Statement", "Version"}:
            atoms.extend(("statement", _statement(s)) for s in policy["Statement"])
        else:
            atoms.append(("policy", policy))
    return atoms


def _statement(statement: Any) -> Any:
    if isinstance(statement, dict) and isinstance(statement.get("Action"), list) \
            and all(isinstance(a, str) for a in statement["Action"]):
        return {**statement, "Action": sorted(set(statement["Action"]))}
    return statement


def _function(name: str, old: Mapping, new: Mapping, at: tuple, found: Differences) -> None:
    variables = lambda p: (p.get("Environment") or {}).get("Variables") or {}  # noqa: E731
    before = len(found.losses)
    _value(variables(old), variables(new), at + ("Environment", "Variables"), found)
    remaining = _atoms(new.get("Policies"))
    for kind, atom in _atoms(old.get("Policies")):
        if (kind, atom) in remaining:
            remaining.remove((kind, atom))
        else:
            words = "the statement" if kind == "statement" else "the policy"
            found.losses.append((at + ("Policies",), f"{words} {show(atom)} is lost"))
    for kind, atom in remaining:
        words = "the statement" if kind == "statement" else "the policy"
        found.additions.append((at + ("Policies",) if old.get("Policies") else at,
                                f"{words} {show(atom)} on `{name}`"))
    if len(found.losses) > before:
        found.functions.add(name)
