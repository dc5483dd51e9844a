"""References: what a spec's ``properties`` name, checked against the template they go into.

The user writes CloudFormation functions in ``properties`` (``!Ref``, ``!GetAtt``, ``!Sub``...).
Each must have the shape CloudFormation takes (R013), name something the template will hold (a
resource of the spec, a Logical ID that stackgen or the SAM transform derives, a pseudo
parameter) and an attribute that resource has (R014), and add no dependency cycle (R015). These
are the user's mistakes, found at the value that makes them; what the self-check
(:mod:`stackgen.verify`) still finds after this stage is stackgen's own.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from . import model
from .diagnostics import Diagnostic, Pointer, did_you_mean, error
from .intrinsics import SUB_VARIABLE, Intrinsic

#: CloudFormation's pseudo parameters
PSEUDO = frozenset({
    "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region",
    "AWS::StackId", "AWS::StackName", "AWS::URLSuffix",
})

def _is_text(v: Any) -> bool:
    return isinstance(v, (str, Intrinsic))


def _pair(v: Any) -> bool:
    return isinstance(v, list) and len(v) == 2


#: the shape of each short form's value: what it takes, in words, and a test of the value
SHAPES: Mapping[str, tuple[str, Any]] = {
    "Ref": ("a Logical ID or parameter name", lambda v: isinstance(v, str) and v != ""),
    "Condition": ("a condition name", lambda v: isinstance(v, str) and v != ""),
    "GetAtt": ("`Resource.Attribute`, or a list [Resource, Attribute]",
               lambda v: (isinstance(v, str) and "." in v.strip(".")) or (
                   _pair(v) and isinstance(v[0], str) and _is_text(v[1]))),
    "Sub": ("a string, or a list [string, {name: value}]",
            lambda v: isinstance(v, str) or (_pair(v) and isinstance(v[0], str) and isinstance(v[1], dict))),
    "Join": ("a list [delimiter, [values]]",
             lambda v: _pair(v) and isinstance(v[0], str) and isinstance(v[1], (list, Intrinsic))),
    "Select": ("a list [index, [values]]",
               lambda v: _pair(v) and isinstance(v[0], (int, str, Intrinsic)) and not isinstance(v[0], bool)
               and isinstance(v[1], (list, Intrinsic))),
    "Split": ("a list [delimiter, string]", lambda v: _pair(v) and isinstance(v[0], str) and _is_text(v[1])),
    "If": ("a list [condition name, value if true, value if false]",
           lambda v: isinstance(v, list) and len(v) == 3 and isinstance(v[0], str)),
    "Equals": ("a list of two values", _pair),
    "And": ("a list of 2 to 10 conditions", lambda v: isinstance(v, list) and 2 <= len(v) <= 10),
    "Or": ("a list of 2 to 10 conditions", lambda v: isinstance(v, list) and 2 <= len(v) <= 10),
    "Not": ("a list of one condition", lambda v: isinstance(v, list) and len(v) == 1),
    "FindInMap": ("a list [map, top-level key, second-level key]",
                  lambda v: isinstance(v, list) and len(v) in (3, 4)),
    "GetAZs": ("a region name (or '' for this one)", lambda v: v is None or _is_text(v)),
    "ImportValue": ("the name of an exported output", _is_text),
    "Base64": ("a string", _is_text),
    "Cidr": ("a list [block, count, bits]", lambda v: isinstance(v, list) and len(v) == 3),
    "Transform": ("a mapping with `Name` and `Parameters`", lambda v: isinstance(v, dict) and "Name" in v),
    "ToJsonString": ("a mapping or a list", lambda v: isinstance(v, (dict, list, Intrinsic))),
    "Length": ("a list", lambda v: isinstance(v, (list, Intrinsic))),
}


def _walk(value: Any, pointer: Pointer) -> Iterator[tuple[Intrinsic, Pointer]]:
    """Every intrinsic in ``value``, outermost first, with its place in the spec."""
    if isinstance(value, Intrinsic):
        yield value, pointer
        yield from _walk(value.value, pointer)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, pointer + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, pointer + (index,))


def _names(template: Mapping[str, Any]) -> dict[str, str]:
    """Logical ID -> type, for every name a reference may use: the template's resources and
    what the SAM transform derives from them that a template can reference."""
    resources = template.get("Resources", {})
    known: dict[str, str] = {}
    for name, resource in resources.items():
        kind = resource.get("Type", "")
        known[name] = kind
        if kind != "AWS::Serverless::Function":
            continue
        properties = resource.get("Properties", {})
        if "Role" not in properties:
            known[f"{name}Role"] = "AWS::IAM::Role"
        alias = properties.get("AutoPublishAlias")
        if isinstance(alias, str):
            known[f"{name}Alias{alias}"] = "AWS::Lambda::Alias"
        events = properties.get("Events")
        for event in events.values() if isinstance(events, dict) else ():
            kind = event.get("Type") if isinstance(event, dict) else None
            details = event.get("Properties") if isinstance(event, dict) else None
            details = details if isinstance(details, dict) else {}
            if kind == "Api" and "RestApiId" not in details:
                known.update({"ServerlessRestApi": "AWS::ApiGateway::RestApi",
                              "ServerlessRestApiProdStage": "AWS::ApiGateway::Stage"})
            if kind == "HttpApi" and "ApiId" not in details:
                known.update({"ServerlessHttpApi": "AWS::ApiGatewayV2::Api",
                              "ServerlessHttpApiApiGatewayDefaultStage": "AWS::ApiGatewayV2::Stage"})
    return known


def _attribute_problem(name: str, attribute: str, kind: str, fn: str,
                       resources: Mapping[str, Any]) -> str | None:
    from .verify import ATTRIBUTES

    if fn == "Ref":
        if attribute in ("Version", "Alias") and kind == "AWS::Serverless::Function":
            # SAM's !Ref F.Version and F.Alias: only a function that publishes versions has them
            if "AutoPublishAlias" in resources.get(name, {}).get("Properties", {}):
                return None
            return f"`{name}` publishes no version (it has no `AutoPublishAlias`)"
        return f"!Ref takes a Logical ID alone; for an attribute write `!GetAtt {name}.{attribute}`"
    allowed = ATTRIBUTES.get(kind)
    if allowed is None or attribute in allowed:
        return None
    return (f"a resource of type {kind} has no attribute `{attribute}`{did_you_mean(attribute, allowed)}; "
            "it has " + ", ".join(f"`{a}`" for a in sorted(allowed)))


def _written(stack: model.Stack) -> Iterator[tuple[model.Resource, Any, Pointer]]:
    """Each value of the spec that may hold the user's intrinsics, with its place: a resource's
    ``properties``, and a pool's ``senderKey``."""
    for resource in stack.resources.values():
        yield resource, dict(resource.properties), resource.pointer + ("properties",)
        if isinstance(resource, model.UserPool) and resource.sender_key is not None:
            yield resource, resource.sender_key, resource.pointer + ("senderKey",)


def check(stack: model.Stack, template: Mapping[str, Any]) -> list[Diagnostic]:
    """Every intrinsic of the wrong shape, and every reference to nothing, in ``properties`` and
    a pool's ``senderKey``."""
    known = _names(template)
    found: list[Diagnostic] = []
    for resource, value, base in _written(stack):
        for intrinsic, pointer in _walk(value, base):
            where = f"`{'.'.join(map(str, pointer[len(resource.pointer):]))}` of `{resource.name}`"
            shape = SHAPES.get(intrinsic.fn)
            if shape and not shape[1](intrinsic.value):
                found.append(error("R013", f"{where}: !{intrinsic.fn} takes {shape[0]}, not "
                                   f"{_described(intrinsic.value)}", pointer, subject=resource.name))
                continue
            if intrinsic.fn in ("If", "Condition"):
                condition = intrinsic.value[0] if intrinsic.fn == "If" else intrinsic.value
                conditions = template.get("Conditions", {})
                if condition not in conditions:
                    found.append(error("R014", f"{where}: !{intrinsic.fn} names the condition `{condition}`, "
                                       "which the template does not have; a spec cannot declare conditions "
                                       "yet: write the value itself", pointer, subject=resource.name))
                continue
            if intrinsic.fn not in ("Ref", "GetAtt", "Sub"):
                continue
            for name, attribute in _direct(intrinsic):
                if name in PSEUDO:
                    continue
                if name.startswith("AWS::"):
                    found.append(error("R014", f"{where}: `{name}` is not a pseudo parameter"
                                       f"{did_you_mean(name, PSEUDO) or '; they are ' + ', '.join(sorted(PSEUDO))}",
                                       pointer, subject=resource.name))
                elif name not in known:
                    hint = did_you_mean(name, known) or (
                        "; a spec cannot declare parameters yet: name a resource of the spec, a "
                        "Logical ID stackgen derives, or a pseudo parameter such as AWS::Region")
                    found.append(error("R014", f"{where}: !{intrinsic.fn} names `{name}`, which the "
                                       f"template does not have{hint}", pointer, subject=resource.name))
                elif attribute:
                    problem = _attribute_problem(name, attribute, known[name], intrinsic.fn,
                                                 template.get("Resources", {}))
                    if problem:
                        found.append(error("R014", f"{where}: `{name}.{attribute}`: {problem}", pointer,
                                           subject=resource.name))
    if not found:
        found.extend(_cycle(stack, template))
    return found


def _cycle(stack: model.Stack, template: Mapping[str, Any]) -> list[Diagnostic]:
    """A dependency cycle that the references in ``properties`` or a ``senderKey`` close (R015), if any."""
    from .verify import dependencies, find_cycle

    resources = template.get("Resources", {})
    cycle = find_cycle(dependencies(resources))
    if not cycle:
        return []
    made: dict[tuple[str, str], tuple[str, Pointer]] = {}
    for resource, value, base in _written(stack):
        body = resources.get(resource.name, {})
        by_role = body.get("Type") == "AWS::Serverless::Function" and "Role" not in body.get("Properties", {})
        for intrinsic, pointer in _walk(value, base):
            if intrinsic.fn not in ("Ref", "GetAtt", "Sub") or not SHAPES[intrinsic.fn][1](intrinsic.value):
                continue
            owners = [resource.name]
            if by_role and pointer[len(base)] in ("Policies", "AssumeRolePolicyDocument"):
                owners = [f"{resource.name}Role"]  # SAM puts these on the function's role
            if base[-1] == "senderKey":
                # the pool's custom senders get the key in their environment and their role
                senders = [w.target for w in stack.wires
                           if w.source == resource.name and w.event in model.SENDERS]
                owners += [n for f in senders for n in (f, f"{f}Role")]
            for name, _ in _direct(intrinsic):
                for owner in owners:
                    made.setdefault((owner, name), (resource.name, pointer))
    steps = list(zip(cycle, cycle[1:]))
    mine = [made[step] for step in steps if step in made]
    if not mine:
        return []  # not the user's doing: the self-check reports it as stackgen's
    name, pointer = mine[0]
    path = ", ".join(f"`{a}` needs `{b}`" + (" (this value)" if made.get((a, b)) == mine[0] else "")
                     for a, b in steps)
    # a function that names a pool it is a trigger of: the dashed wire is the way without a cycle
    names_a_pool = any(resources.get(b, {}).get("Type") == "AWS::Cognito::UserPool"
                       for (a, b) in steps if made.get((a, b)) == mine[0])
    hint = (" (to let a trigger use its own pool, draw a dashed wire from the function to the pool: "
            "stackgen grants that without a cycle)") if names_a_pool else ""
    return [error(
        "R015",
        f"`{'.'.join(map(str, pointer[len(stack.resources[name].pointer):]))}` of "
        f"`{name}` makes a circular dependency: {path}; CloudFormation cannot create these in any "
        f"order: remove the reference{hint}",
        pointer, subject=name)]


def _direct(intrinsic: Intrinsic) -> list[tuple[str, str | None]]:
    """(name, attribute) for what a well-shaped ``!Ref``, ``!GetAtt`` or ``!Sub`` itself names."""
    value = intrinsic.value
    if intrinsic.fn == "Sub":
        text, bound = (value, {}) if isinstance(value, str) else (value[0], value[1])
        out = []
        for variable in SUB_VARIABLE.findall(text):
            name, _, attribute = variable.partition(".")
            if name not in bound:
                out.append((name, attribute or None))
        return out
    if intrinsic.fn == "GetAtt":
        if isinstance(value, list):
            return [(value[0], value[1] if isinstance(value[1], str) else None)]
        name, _, attribute = value.partition(".")
        return [(name, attribute)]
    if intrinsic.fn == "Ref":
        name, _, attribute = value.partition(".") if not value.startswith("AWS::") else (value, "", "")
        return [(name, attribute or None)]
    return []


def _described(value: Any) -> str:
    if isinstance(value, str):
        return f"the string {value!r}"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, Intrinsic):
        return f"!{value.fn}"
    if value is None:
        return "nothing"
    return f"{value!r}"
