"""References: what a spec's ``properties``, ``conditions`` and ``outputs`` name, checked
against the template they go into.

The user writes CloudFormation functions in ``properties`` (``!Ref``, ``!GetAtt``, ``!Sub``...),
in a pool's ``senderKey``, in ``conditions`` and in ``outputs``. Each must have the shape
CloudFormation takes, and so must a dynamic reference (``{{resolve:ssm:NAME}}``) in a text
(R013); it must name something the template will hold (a resource of the spec, a Logical ID that
stackgen or the SAM transform derives, a parameter, a pseudo parameter, a condition for ``!If``)
and an attribute that resource has (R014); a condition is made of condition functions, names
only parameters and pseudo parameters, and no cycle of conditions (R022); and ``properties``
add no dependency cycle (R015). These are the user's mistakes, found at the value that makes
them; what the self-check (:mod:`stackgen.verify`) still finds after this stage is stackgen's own.
"""

from __future__ import annotations

import re
from typing import Any, Iterator, Mapping

from . import model
from .diagnostics import Diagnostic, Pointer, did_you_mean, error, warning
from .emit import role_of
from .intrinsics import SUB_VARIABLE, Intrinsic
from .patterns import Lazy
from .record import record

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
                  lambda v: isinstance(v, list) and len(v) == 3),
    "GetAZs": ("a region name, or '' or !Ref AWS::Region for the stack's own",
               lambda v: v is None or isinstance(v, str) or (isinstance(v, Intrinsic) and v.fn == "Ref")),
    "ImportValue": ("the name of an exported output", _is_text),
    "Base64": ("a string", _is_text),
    "Cidr": ("a list [block, count, bits]", lambda v: isinstance(v, list) and len(v) == 3),
    "Transform": ("a mapping with `Name` and `Parameters`", lambda v: isinstance(v, dict) and "Name" in v),
    "ToJsonString": ("a mapping or a list", lambda v: isinstance(v, (dict, list, Intrinsic))),
    "Length": ("a list", lambda v: isinstance(v, (list, Intrinsic))),
}


def _values(value: Any, pointer: Pointer) -> Iterator[tuple[Any, Pointer]]:
    """Every value in ``value``, itself first, then what it holds (inside intrinsics too), each
    with its place in the spec (an intrinsic's content has the intrinsic's place)."""
    yield value, pointer
    if isinstance(value, Intrinsic):
        yield from _values(value.value, pointer)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _values(item, pointer + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _values(item, pointer + (index,))


def _walk(value: Any, pointer: Pointer) -> Iterator[tuple[Intrinsic, Pointer]]:
    """Every intrinsic in ``value``, outermost first, with its place in the spec."""
    return ((v, p) for v, p in _values(value, pointer) if isinstance(v, Intrinsic))


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
            known[role_of(name)] = "AWS::IAM::Role"
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
    from .verify import PARAMETER, attributes

    if kind == PARAMETER:
        return f"`{name}` is a parameter, which has no attributes: write `!Ref {name}`"
    if fn == "Ref":
        if attribute in ("Version", "Alias") and kind == "AWS::Serverless::Function":
            # SAM's !Ref F.Version and F.Alias: only a function that publishes versions has them
            if "AutoPublishAlias" in resources.get(name, {}).get("Properties", {}):
                return None
            return f"`{name}` publishes no version (it has no `AutoPublishAlias`)"
        return f"!Ref takes a Logical ID alone; for an attribute write `!GetAtt {name}.{attribute}`"
    allowed = attributes(kind)
    if allowed is None or attribute in allowed:
        return None
    return (f"a resource of type {kind} has no attribute `{attribute}`{did_you_mean(attribute, allowed)}; "
            "it has " + ", ".join(f"`{a}`" for a in sorted(allowed)))


def _written(stack: model.Stack) -> Iterator[tuple[model.Resource, Any, Pointer]]:
    """Each value of a resource that may hold the user's intrinsics, with its place: its
    ``properties``, and the fields its kind says may hold them (a pool's ``senderKey``)."""
    from .kinds import kind_of

    for resource in stack.resources.values():
        yield resource, dict(resource.properties), resource.pointer + ("properties",)
        written = kind_of(resource.kind).written
        for key, value in written(resource) if written else ():
            yield resource, value, resource.pointer + (key,)


@record
class _Place:
    """A value of the spec that may hold the user's intrinsics: whose it is and where."""

    #: the resource, output or condition it belongs to, and where that is in the spec
    owner: str
    at: Pointer
    #: "" for a resource, else "output" or "condition"
    what: str
    value: Any
    base: Pointer

    def where(self, pointer: Pointer) -> str:
        path = ".".join(map(str, pointer[len(self.at):]))
        name = f"{self.what} `{self.owner}`" if self.what else f"`{self.owner}`"
        return f"`{path}` of {name}" if path else name

    @property
    def subject(self) -> str:
        return f"{self.what} {self.owner}" if self.what else self.owner


def _places(stack: model.Stack) -> Iterator[_Place]:
    for resource, value, base in _written(stack):
        yield _Place(resource.name, resource.pointer, "", value, base)
    for name, condition in stack.conditions.items():
        yield _Place(name, ("conditions", name), "condition", condition, ("conditions", name))
    for name, output in stack.outputs.items():
        yield _Place(name, ("outputs", name), "output", dict(output), ("outputs", name))


#: the functions a condition is made of
CONDITION_FUNCTIONS = ("Equals", "And", "Or", "Not", "Condition")
_CONDITION_WORDS = "!Equals, !And, !Or, !Not or !Condition"
#: the other functions a condition may use, in its !Equals (cfn-lint's ``equals.json``)
IN_CONDITIONS = ("Ref", "FindInMap", "Sub", "Join", "Select", "Split", "Length", "ToJsonString")


def check(stack: model.Stack, template: Mapping[str, Any]) -> list[Diagnostic]:
    """Every intrinsic of the wrong shape, and every reference to nothing, in ``properties``, a
    pool's ``senderKey``, ``conditions`` and ``outputs``; the rules on ``parameters``
    (:mod:`stackgen.parameters`) and on ``conditions``."""
    from . import parameters
    from .verify import PARAMETER

    found: list[Diagnostic] = parameters.check(stack.parameters)
    known = {**{name: PARAMETER for name in stack.parameters}, **_names(template)}
    conditions = stack.conditions
    for place in _places(stack):
        in_condition = place.what == "condition"
        if in_condition and (not isinstance(place.value, Intrinsic) or place.value.fn not in CONDITION_FUNCTIONS):
            found.append(error("R022", f"{place.where(place.base)} is {_described(place.value)}: a condition is "
                               f"one of {_CONDITION_WORDS}", place.base, subject=place.subject))
        for text, pointer in _strings(place.value, place.base):
            problem = dynamic_reference_problem(text)
            if problem:
                found.append(error("R013", f"{place.where(pointer)}: {problem}", pointer, subject=place.subject))
        for intrinsic, pointer in _walk(place.value, place.base):
            found.extend(_check_one(intrinsic, pointer, place, known, conditions, template))
    found.extend(_named(stack, template, conditions))
    for name, output in stack.outputs.items():
        condition = output.get("Condition")
        if condition is not None and condition not in conditions:
            found.append(_unknown_condition(f"output `{name}`: its Condition names", condition, conditions,
                                            ("outputs", name, "Condition"), f"output {name}"))
    found.extend(_condition_cycle(conditions))
    if not found:
        found.extend(_cycle(stack, template))
    if not found:
        found.extend(_unused(stack))
    return found


def _fields_naming(stack: model.Stack) -> Iterator[tuple[model.Resource, Pointer, str, str]]:
    """(resource, where, name, "resource" or "condition") of each name a resource's fields give
    outside CloudFormation functions (a carried resource's ``dependsOn`` and ``condition``)."""
    from .kinds import kind_of

    for resource in stack.resources.values():
        names = kind_of(resource.kind).names
        for at, name, what in names(resource) if names else ():
            yield resource, resource.pointer + at, name, what


def _named(stack: model.Stack, template: Mapping[str, Any], conditions: Mapping[str, Any]) -> Iterator[Diagnostic]:
    """R042 for a Logical ID a field names that the template does not have (or the resource
    itself), R043 for a condition that ``conditions`` does not declare."""
    resources = _names(template)
    for resource, at, name, what in _fields_naming(stack):
        field = ".".join(str(k) for k in at[len(resource.pointer):])
        if what == "condition":
            if name not in conditions:
                hint = did_you_mean(name, conditions) or "; declare it in `conditions`"
                yield error("R043", f"`{field}` of `{resource.name}` names the condition `{name}`, which "
                            f"`conditions` does not declare{hint}", at, subject=resource.name)
        elif name == resource.name:
            yield error("R042", f"`{field}` of `{resource.name}` names `{name}` itself: a resource cannot "
                        "wait for itself; remove it", at, subject=resource.name)
        elif name not in resources:
            hint = did_you_mean(name, resources) or "; name a resource of the spec or a Logical ID stackgen derives"
            yield error("R042", f"`{field}` of `{resource.name}` names `{name}`, which the template does not "
                        f"have{hint}", at, subject=resource.name)


def _unused(stack: model.Stack) -> list[Diagnostic]:
    """R024 (a warning) for each parameter and condition that nothing names."""
    from .intrinsics import references

    places = list(_places(stack))
    named = {name for place in places for name, _ in references(place.value)}
    tested = {output["Condition"] for output in stack.outputs.values() if "Condition" in output}
    tested.update(name for _, _, name, what in _fields_naming(stack) if what == "condition")
    for place in places:
        for intrinsic, _ in _walk(place.value, place.base):
            if intrinsic.fn == "If":
                tested.add(intrinsic.value[0])
            elif intrinsic.fn == "Condition":
                tested.add(intrinsic.value)
    found = []
    for section, what, used, how in (("parameters", "parameter", named, "`!Ref {}`"),
                                     ("conditions", "condition", tested, "`!If [{}, value if true, value if false]`")):
        for name in getattr(stack, section):
            if name not in used:
                found.append(warning("R024", f"the {what} `{name}` is not used: nothing in the spec names it "
                                     f"(cfn-lint warns about it too); remove it, or use it with "
                                     f"{how.format(name)}", (section, name), at_key=True,
                                     subject=f"{what} {name}"))
    return found


def _check_one(intrinsic: Intrinsic, pointer: Pointer, place: _Place, known: Mapping[str, str],
               conditions: Mapping[str, Any], template: Mapping[str, Any]) -> Iterator[Diagnostic]:
    """What is wrong with one intrinsic of ``place`` (its own shape and what it names directly)."""
    from .verify import PARAMETER

    where, subject = place.where(pointer), place.subject
    in_condition = place.what == "condition"
    shape = SHAPES.get(intrinsic.fn)
    if shape and not shape[1](intrinsic.value):
        yield error("R013", f"{where}: !{intrinsic.fn} takes {shape[0]}, not {_described(intrinsic.value)}",
                    pointer, subject=subject)
        return
    if in_condition and intrinsic.fn in ("And", "Or", "Not"):
        for index, item in enumerate(intrinsic.value):
            if not (isinstance(item, Intrinsic) and item.fn in CONDITION_FUNCTIONS):
                yield error("R022", f"{where}: !{intrinsic.fn} takes conditions ({_CONDITION_WORDS}), not "
                            f"{_described(item)}", pointer + (index,), subject=subject)
    if in_condition and intrinsic.fn not in CONDITION_FUNCTIONS + IN_CONDITIONS:
        yield error("R022", f"{where}: a condition cannot use !{intrinsic.fn}: CloudFormation evaluates "
                    "conditions before it creates anything, from parameters and pseudo parameters with "
                    + ", ".join(f"!{fn}" for fn in IN_CONDITIONS), pointer, subject=subject)
        return
    if intrinsic.fn in ("If", "Condition"):
        name = intrinsic.value[0] if intrinsic.fn == "If" else intrinsic.value
        if name not in conditions:
            yield _unknown_condition(f"{where}: !{intrinsic.fn} names", name, conditions, pointer, subject)
        return
    if intrinsic.fn == "FindInMap" and isinstance(intrinsic.value[0], str):
        if intrinsic.value[0] not in template.get("Mappings", {}):
            yield error("R014", f"{where}: !FindInMap names the map `{intrinsic.value[0]}`, which the template "
                        "does not have: a spec has no Mappings; use a parameter, or !If on a condition",
                        pointer, subject=subject)
        return
    if intrinsic.fn not in ("Ref", "GetAtt", "Sub"):
        return
    for name, attribute in _direct(intrinsic):
        if name in PSEUDO:
            continue
        if name.startswith("AWS::"):
            yield error("R014", f"{where}: `{name}` is not a pseudo parameter"
                        f"{did_you_mean(name, PSEUDO) or '; they are ' + ', '.join(sorted(PSEUDO))}",
                        pointer, subject=subject)
        elif in_condition and known.get(name, PARAMETER) != PARAMETER:
            yield error("R022", f"{where}: !{intrinsic.fn} names the resource `{name}`, but a condition may "
                        "name only parameters and pseudo parameters: CloudFormation evaluates conditions "
                        "before it creates anything", pointer, subject=subject)
        elif name not in known:
            choices = [n for n, kind in known.items() if kind == PARAMETER] if in_condition else known
            hint = did_you_mean(name, choices)
            if not hint and name in conditions:
                hint = f"; `{name}` is a condition: pick a value by it with `!If [{name}, value if true, value if false]`"
            elif not hint:
                hint = ("; name a parameter of `parameters` or a pseudo parameter such as AWS::Region" if in_condition
                        else "; name a resource of the spec, a Logical ID stackgen derives, a parameter of "
                        "`parameters`, or a pseudo parameter such as AWS::Region")
            yield error("R014", f"{where}: !{intrinsic.fn} names `{name}`, which the template does not have{hint}",
                        pointer, subject=subject)
        elif intrinsic.fn == "GetAtt" and known[name] == PARAMETER:
            yield error("R014", f"{where}: !GetAtt names `{name}`, a parameter, which has no attributes: write "
                        f"`!Ref {name}`", pointer, subject=subject)
        elif attribute:
            problem = _attribute_problem(name, attribute, known[name], intrinsic.fn, template.get("Resources", {}))
            if problem:
                yield error("R014", f"{where}: `{name}.{attribute}`: {problem}", pointer, subject=subject)


def _unknown_condition(said: str, name: Any, conditions: Mapping[str, Any], pointer: Pointer,
                       subject: str) -> Diagnostic:
    hint = did_you_mean(name, conditions) if isinstance(name, str) else ""
    return error("R014", f"{said} the condition `{name}`, which the template does not have"
                 f"{hint or '; declare it in `conditions`'}", pointer, subject=subject)


def _condition_cycle(conditions: Mapping[str, Any]) -> list[Diagnostic]:
    """R022 for conditions that name each other (``!Condition``) in a cycle, if any."""
    from .verify import find_cycle

    needs = {name: {i.value for i, _ in _walk(value, ())
                    if i.fn == "Condition" and isinstance(i.value, str) and i.value in conditions}
             for name, value in conditions.items()}
    cycle = find_cycle(needs)
    if not cycle:
        return []
    first = min(cycle, key=list(conditions).index)
    path = ", ".join(f"`{a}` names `{b}`" for a, b in zip(cycle, cycle[1:]))
    return [error("R022", f"condition `{first}` is part of a cycle: {path}; CloudFormation cannot evaluate "
                  "conditions that need each other: remove one of the !Condition", ("conditions", first),
                  at_key=True, subject=f"condition {first}")]


#: a dynamic reference: ``{{resolve:service:...}}``
_DYNAMIC = Lazy(r"\{\{resolve:")
_SSM_NAME = Lazy(r"(arn:[a-z-]+:ssm:[a-z0-9-]+:[0-9]{12}:parameter/[A-Za-z0-9_.\-/]+|[A-Za-z0-9_.\-/]+)(:[0-9]+)?")


def dynamic_reference_problem(text: str) -> str | None:
    """What is wrong with a dynamic reference (``{{resolve:ssm:NAME}}``...) in ``text``, if any."""
    # a !Sub variable inside one (`{{resolve:ssm:/app/${Stage}/name}}`) stands for text that fits:
    # masked with as many name characters, so that the positions stay those of ``text``
    if "{{resolve:" not in text:
        return None
    masked = SUB_VARIABLE.sub(lambda m: "x" * len(m.group(0)), text)
    for match in _DYNAMIC.finditer(masked):
        end = masked.find("}}", match.end())
        if end < 0:
            return "a dynamic reference `{{resolve:` without its closing `}}`"
        body = masked[match.end():end]
        shown = f"`{{{{resolve:{text[match.end():end]}}}}}`"
        service, _, rest = body.partition(":")
        if service in ("ssm", "ssm-secure"):
            if not _SSM_NAME.fullmatch(rest):
                return (f"the dynamic reference {shown} takes a parameter name and, optionally, a version: "
                        f"`{{{{resolve:{service}:NAME}}}}` or `{{{{resolve:{service}:NAME:VERSION}}}}`")
        elif service == "secretsmanager":
            parts = rest.split(":")
            if parts[0] == "arn":
                secret, parts = ":".join(parts[:7]), parts[7:]
                complete = len(secret.split(":")) == 7 and secret.split(":")[2] == "secretsmanager"
            else:
                secret, parts = parts[0], parts[1:]
                complete = True
            if not secret or not complete or len(parts) > 4 or (parts and parts[0] != "SecretString") \
                    or (len(parts) == 4 and parts[2] and parts[3]):
                return (f"the dynamic reference {shown} takes "
                        "`{{resolve:secretsmanager:SECRET-ID:SecretString:JSON-KEY:VERSION-STAGE:VERSION-ID}}`, "
                        "the parts after SECRET-ID optional, and a VERSION-STAGE or a VERSION-ID, not both")
        else:
            written = text[match.end():match.end() + len(service)]
            return (f"the dynamic reference {shown} names the service `{written}`{did_you_mean(written, _SERVICES)}; "
                    "dynamic references take ssm, ssm-secure or secretsmanager")
    return None


_SERVICES = ("ssm", "ssm-secure", "secretsmanager")


def _strings(value: Any, pointer: Pointer) -> Iterator[tuple[str, Pointer]]:
    """Every text in ``value`` (inside intrinsics too) that holds a dynamic reference."""
    return ((v, p) for v, p in _values(value, pointer) if isinstance(v, str) and "{{resolve:" in v)


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
                owners = [role_of(resource.name)]  # SAM puts these on the function's role
            if base[-1] == "senderKey":
                # the pool's custom senders get the key in their environment and their role
                senders = [w.target for w in stack.wires
                           if w.source == resource.name and w.event in model.SENDERS]
                owners += [n for f in senders for n in (f, role_of(f))]
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
