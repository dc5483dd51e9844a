"""Is a rebuilt template faithful to the template of a stack it takes over?

``stackgen import TEMPLATE -o SPEC`` turns an existing SAM or CloudFormation template into a
spec, and ``stackgen build SPEC --force`` over the original must then give a template that
CloudFormation applies as an update that replaces nothing and takes no permission away. This
module judges that from the two texts alone, with the field's own tools:

- both sides go through the SAM transform (local ``CodeUri`` and ``ContentUri`` paths replaced
  by an S3 URI first, as ``sam package`` does); every Logical ID of the original keeps its type;
- every Lambda function keeps its environment variables, and its role the same IAM statements
  (compared as sets: one effect, action, resource and condition per element) and managed
  policies;
- the original's ``DeletionPolicy`` and ``UpdateReplacePolicy``, Outputs and Parameters stay;
- cfn-lint finds nothing in the built template that it did not find in the original (a finding
  is its rule, Logical ID and path; line numbers are ignored);
- stackgen's own guard (:mod:`stackgen.previous`, :mod:`stackgen.keep`), run with the original as
  the previous template, finds nothing.

Each difference is a sentence naming the Logical ID. What the built template adds (resources,
properties, Retain policies, Outputs) is listed apart: additions are allowed. Property values
that changed on a kept resource are listed apart too, for a person to read: CloudFormation
updates most in place, and what would replace a pool or client the guard reports.

From the command line: ``python tests/adopt/compare.py ORIGINAL BUILT`` prints the lists and
exits 1 when there is a difference.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cfn  # noqa: E402  (tests/cfn.py: the cfn-lint runner, LINT_DATE, the packaging rule)

#: where the SAM transform's output lists a function's IAM role
_POLICY_TYPES = ("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy")
#: the resource attributes that keep a resource when it leaves the stack or is replaced
_KEEPING = ("DeletionPolicy", "UpdateReplacePolicy")
#: how the guard's messages name the two templates ("the previous {name} cannot be read")
_ORIGINAL, _BUILT = "template (the original)", "template (the built one)"


@dataclass
class Comparison:
    """What the built template does to the stack of the original."""

    #: what makes the built template unfaithful: each a sentence naming the Logical ID
    differences: list[str] = field(default_factory=list)
    #: what the built template adds, allowed (resources, properties, Retain policies, Outputs)
    additions: list[str] = field(default_factory=list)
    #: property values of a kept resource that differ (updated in place, or caught by the guard)
    changes: list[str] = field(default_factory=list)
    #: how the comparison read the original, when it had to read it as SAM CLI would
    notes: list[str] = field(default_factory=list)


def compare(original: str, built: str) -> Comparison:
    """The differences between the ``original`` template's text and the ``built`` one's.

    The original must be a template cfn-lint reads and the SAM transform takes (ValueError or
    the translator's error otherwise): it is the stack as deployed. The built template may be
    anything; what is wrong with it is a difference."""
    result = Comparison()
    before, duplicates = load(original)
    try:
        after, built_duplicates = load(built)
    except ValueError as exc:
        result.differences.append(f"the built template cannot be read: {exc}")
        return result
    if duplicates:
        result.notes.append(
            "the original has duplicate keys (" + "; ".join(duplicates) + "): read as SAM CLI reads "
            "it, the last value winning, which is what `sam deploy` sent to CloudFormation")
    if built_duplicates:
        result.differences.append("the built template has duplicate keys: " + "; ".join(built_duplicates))
    _parameters_and_outputs(before, after, result)
    old = translate(before)
    try:
        new = translate(after)
    except Exception as exc:  # the translator's own errors say what is wrong
        result.differences.append(f"the built template does not pass the SAM transform: {exc}")
        new = None
    if new is not None:
        _resources(old, new, result)
        _functions(old, new, result)
    _lint(original, built, result)
    _guard(original, built, before if duplicates else None, result)
    return result


# --- reading --------------------------------------------------------------------------------

def load(text: str) -> tuple[dict[str, Any], list[str]]:
    """A template's text (YAML or JSON) as plain data, intrinsics in long form, and the
    duplicate keys it has (cfn-lint refuses those; SAM CLI's reader keeps the last value)."""
    from cfnlint.decode import decode_str

    template, matches = decode_str(text)
    if template is not None and not matches:
        return _plain(template), []
    duplicates = [m.message for m in matches if m.rule.id == "E0000" and "Duplicate" in m.message]
    if not matches or len(duplicates) != len(matches):
        raise ValueError("cfn-lint cannot read the template: " + "; ".join(m.message for m in matches))
    return _plain(_last_wins(text)), sorted({_unlined(message) for message in duplicates})


def _unlined(message: str) -> str:
    """cfn-lint's message without its line numbers."""
    return re.sub(r" \(line \d+\)", "", message)


def _plain(template: Any) -> dict[str, Any]:
    """Plain JSON data (an unquoted ``2010-09-09`` is a date to a YAML reader: its text)."""
    return json.loads(json.dumps(template, default=str))


def _last_wins(text: str) -> Any:
    """A YAML template read with the last of duplicate keys winning, short forms as long forms."""
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import SafeConstructor

    class Constructor(SafeConstructor):
        def check_mapping_key(self, node, key_node, mapping, key, value):
            mapping.pop(key, None)
            return True

    def short_form(constructor, node):
        name = node.tag if isinstance(node.tag, str) else node.tag.value
        name = name[1:]
        if node.id == "scalar":
            value = constructor.construct_scalar(node)
        elif node.id == "sequence":
            value = constructor.construct_sequence(node, deep=True)
        else:
            value = constructor.construct_mapping(node, deep=True)
        if name == "GetAtt" and isinstance(value, str):
            value = value.split(".", 1)
        return {name if name in ("Ref", "Condition") else f"Fn::{name}": value}

    for name in ("Ref", "Condition", "GetAtt", "Sub", "Join", "If", "Equals", "Not", "And", "Or",
                 "FindInMap", "Select", "Split", "Base64", "GetAZs", "ImportValue", "Cidr",
                 "Transform", "Length", "ToJsonString"):
        Constructor.add_constructor(f"!{name}", short_form)
    yaml = YAML(typ="safe", pure=True)
    yaml.Constructor = Constructor
    return yaml.load(text)


def package(template: dict[str, Any]) -> dict[str, Any]:
    """What ``sam package`` makes of a template: local code paths become S3 URIs (a function's
    ``CodeUri`` as :func:`cfn.package` does, and a layer's ``ContentUri``)."""
    packaged = cfn.package(template)
    for resource in packaged.get("Resources", {}).values():
        properties = resource.get("Properties") or {}
        if resource.get("Type") == "AWS::Serverless::LayerVersion" and isinstance(properties.get("ContentUri"), str) \
                and not properties["ContentUri"].startswith("s3://"):
            properties["ContentUri"] = cfn.PACKAGED_CODE
    return packaged


def translate(template: dict[str, Any]) -> dict[str, Any]:
    """The plain CloudFormation template the SAM transform makes of ``template``."""
    return json.loads(_translated(json.dumps(template, sort_keys=True)))


@lru_cache(maxsize=32)
def _translated(key: str) -> str:
    from samtranslator.translator.transform import transform

    os.environ.setdefault("AWS_DEFAULT_REGION", cfn.REGION)
    os.environ.setdefault("AWS_REGION", cfn.REGION)
    template = package(json.loads(key))
    if "Transform" not in template:
        return json.dumps(template)
    return json.dumps(transform(template, {}, cfn._NoManagedPolicies()))


def _norm(value: Any) -> Any:
    """``value`` with ``Fn::GetAtt: A.B`` written ``[A, B]``, as cfn-lint and SAM write it."""
    if isinstance(value, dict):
        if list(value) == ["Fn::GetAtt"] and isinstance(value["Fn::GetAtt"], str):
            return {"Fn::GetAtt": value["Fn::GetAtt"].split(".", 1)}
        return {key: _norm(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_norm(item) for item in value]
    return value


def _show(value: Any) -> str:
    return json.dumps(_norm(value), sort_keys=True)


# --- the comparisons ------------------------------------------------------------------------

def _parameters_and_outputs(before: dict, after: dict, result: Comparison) -> None:
    for section, word in (("Parameters", "parameter"), ("Outputs", "Output")):
        old, new = before.get(section) or {}, after.get(section) or {}
        for name in old:
            if name not in new:
                result.differences.append(f"{word} `{name}` of the original is not in the built template")
        for name in new:
            if name not in old:
                result.additions.append(f"{word} `{name}`")


def _resources(old: dict, new: dict, result: Comparison) -> None:
    before, after = old.get("Resources", {}), new.get("Resources", {})
    for name, resource in before.items():
        kind = resource.get("Type")
        if name not in after:
            result.differences.append(
                f"Logical ID `{name}` ({kind}) is not in the built template: CloudFormation would delete it")
            continue
        built = after[name]
        if built.get("Type") != kind:
            result.differences.append(
                f"Logical ID `{name}` changes type from {kind} to {built.get('Type')}: "
                "CloudFormation would replace it")
            continue
        for attribute in _KEEPING:
            was, now = resource.get(attribute), built.get(attribute)
            if was == now:
                continue
            if was is None:
                result.additions.append(f"`{name}` gains {attribute}: {now}")
            else:
                result.differences.append(f"`{name}`: {attribute} was {was}, the built template has "
                                          + (str(now) if now is not None else "none"))
        properties, built_properties = resource.get("Properties") or {}, built.get("Properties") or {}
        for key in built_properties:
            if key not in properties:
                result.additions.append(f"`{name}` gains property `{key}`")
        for key, value in properties.items():
            if key not in built_properties:
                result.changes.append(f"`{name}`: property `{key}` removed (was {_show(value)})")
            elif _norm(built_properties[key]) != _norm(value):
                result.changes.append(f"`{name}`: property `{key}` was {_show(value)}, "
                                      f"now {_show(built_properties[key])}")
    for name, resource in after.items():
        if name not in before:
            result.additions.append(f"resource `{name}` ({resource.get('Type')})")


def _functions(old: dict, new: dict, result: Comparison) -> None:
    before, after = old.get("Resources", {}), new.get("Resources", {})
    for name, resource in before.items():
        if resource.get("Type") != "AWS::Lambda::Function" or after.get(name, {}).get("Type") != resource["Type"]:
            continue
        _environment(name, _variables(resource), _variables(after[name]), result)
        was_statements, was_managed = _permissions(before, resource)
        now_statements, now_managed = _permissions(after, after[name])
        for atom in sorted(was_statements - now_statements):
            result.differences.append(f"function `{name}`: its role no longer has {_words(atom)}")
        for atom in sorted(now_statements - was_statements):
            result.differences.append(f"function `{name}`: its role now has {_words(atom)}, "
                                      "which the original's does not")
        for arn in sorted(was_managed - now_managed):
            result.differences.append(f"function `{name}`: its role no longer has the managed policy {arn}")
        for arn in sorted(now_managed - was_managed):
            result.differences.append(f"function `{name}`: its role now has the managed policy {arn}, "
                                      "which the original's does not")


def _variables(function: dict) -> Any:
    environment = (function.get("Properties") or {}).get("Environment") or {}
    return environment.get("Variables") or {} if isinstance(environment, dict) else environment


def _environment(name: str, was: Any, now: Any, result: Comparison) -> None:
    if not isinstance(was, dict) or not isinstance(now, dict):
        if _norm(was) != _norm(now):
            result.differences.append(f"function `{name}`: its environment was {_show(was)}, now {_show(now)}")
        return
    for key, value in was.items():
        if key not in now:
            result.differences.append(f"function `{name}`: environment variable `{key}` dropped (was {_show(value)})")
        elif _norm(now[key]) != _norm(value):
            result.differences.append(f"function `{name}`: environment variable `{key}` was {_show(value)}, "
                                      f"now {_show(now[key])}")
    for key, value in now.items():
        if key not in was:
            result.differences.append(f"function `{name}`: environment variable `{key}` added ({_show(value)})")


def _permissions(resources: dict, function: dict) -> tuple[set[tuple], set[str]]:
    """A function's IAM statements, one (effect, action, resource, condition) per element, and
    its role's managed policy ARNs. The role is the one its ``Role`` names in the template with
    its inline policies and the policies attached to it; a role from outside (an ARN, a
    parameter) is that value, compared as it is."""
    role = (function.get("Properties") or {}).get("Role")
    role = _norm(role)
    target = role["Fn::GetAtt"][0] if isinstance(role, dict) and "Fn::GetAtt" in role else None
    body = resources.get(target) if target else None
    if not body or body.get("Type") != "AWS::IAM::Role":
        return {("Role", _show(role), "", "", "")}, set()
    properties = body.get("Properties") or {}
    documents = [p.get("PolicyDocument") for p in properties.get("Policies") or [] if isinstance(p, dict)]
    for resource in resources.values():
        attached = (resource.get("Properties") or {}).get("Roles") or []
        if resource.get("Type") in _POLICY_TYPES and {"Ref": target} in attached:
            documents.append(resource["Properties"].get("PolicyDocument"))
    atoms = {atom for document in documents for atom in _atoms(document)}
    return atoms, {_arn(arn) for arn in properties.get("ManagedPolicyArns") or []}


def _arn(arn: Any) -> str:
    """A managed policy's ARN, ``!Sub arn:${AWS::Partition}:...`` written as in the region's
    partition (what the SAM transform writes for a policy given by name)."""
    if isinstance(arn, dict) and list(arn) == ["Fn::Sub"] and isinstance(arn["Fn::Sub"], str) \
            and "${" not in arn["Fn::Sub"].replace("${AWS::Partition}", ""):
        arn = arn["Fn::Sub"].replace("${AWS::Partition}", "aws")
    return arn if isinstance(arn, str) else _show(arn)


def _atoms(document: Any) -> set[tuple]:
    if not isinstance(document, dict):
        return {("Document", _show(document), "", "", "")}
    statements = document.get("Statement") or []
    found = set()
    for statement in statements if isinstance(statements, list) else [statements]:
        if not isinstance(statement, dict):
            found.add(("Statement", _show(statement), "", "", ""))
            continue
        effect = statement.get("Effect", "")
        how = "NotAction" if "NotAction" in statement else "Action"
        where = "NotResource" if "NotResource" in statement else "Resource"
        condition = _show(statement["Condition"]) if "Condition" in statement else ""
        for action in _each(statement.get(how)):
            action = action.casefold() if isinstance(action, str) else _show(action)
            for resource in _each(statement.get(where)):
                resource = resource if isinstance(resource, str) else _show(resource)
                found.add((effect, f"{how} {action}", f"{where} {resource}", condition, ""))
    return found


def _each(value: Any) -> list:
    return value if isinstance(value, list) else [value]


def _words(atom: tuple) -> str:
    effect, action, resource, condition, _ = atom
    if effect in ("Role", "Document", "Statement"):
        return f"the {effect.lower()} {action}"
    return f"{effect} {action} on {resource}" + (f" when {condition}" if condition else "")


# --- cfn-lint -------------------------------------------------------------------------------

def findings(text: str) -> dict[tuple[str, str, str], str]:
    """cfn-lint's errors and warnings for a template's text, on :data:`cfn.LINT_DATE`:
    (rule, Logical ID, path) -> message. A template with duplicate keys is linted as SAM CLI
    reads it, with cfn-lint's refusal of the duplicates added."""
    return dict(_findings(text))


@lru_cache(maxsize=64)
def _findings(text: str) -> tuple:
    import time_machine
    from cfnlint.decode import decode_str

    template, matches = decode_str(text)
    found: dict[tuple[str, str, str], str] = {}
    if matches:
        for match in matches:
            found[(match.rule.id, "", "")] = _unlined(match.message)
        template, _ = decode_str(json.dumps(load(text)[0], indent=1))
    noon = datetime.datetime.combine(cfn.LINT_DATE, datetime.time(12), datetime.timezone.utc)
    with time_machine.travel(noon, tick=False):
        matches = list(cfn._runner().validate_template(template))
    for match in matches:
        if match.rule.id[0] not in "EW":
            continue
        path = [str(p) for p in match.path or []]
        logical = path[1] if len(path) > 1 and path[0] in ("Resources", "Outputs", "Parameters") else ""
        found[(match.rule.id, logical, "/".join(path))] = match.message
    return tuple(sorted(found.items()))


def _lint(original: str, built: str, result: Comparison) -> None:
    was, now = findings(original), findings(built)
    for (rule, logical, path), message in now.items():
        if (rule, logical, path) not in was:
            where = f" at {path}" if path else ""
            subject = f" (`{logical}`)" if logical else ""
            result.differences.append(f"cfn-lint {rule}{where}{subject}: {message}")


# --- stackgen's guard -----------------------------------------------------------------------

def _guard(original: str, built: str, deployed: dict | None, result: Comparison) -> None:
    """stackgen's guard with the original as the previous template, as ``stackgen build`` runs
    it (:func:`stackgen.build._keep`). ``deployed`` is the original as SAM CLI read it, when its
    own text has duplicate keys: the guard refuses those (O006), so it judges that instead."""
    from stackgen import keep
    from stackgen.previous import read

    if deployed is not None:
        refused = read(_ORIGINAL, original.encode("utf-8"), keep.GUARDED)
        result.notes.extend(f"`stackgen build` over the original stops with {d.code} without --force: "
                            f"{d.message}" for d in refused.problems)
        original = json.dumps(deployed, indent=1)
    previous = read(_ORIGINAL, original.encode("utf-8"), keep.GUARDED)
    new = read(_BUILT, built.encode("utf-8"), keep.GUARDED)
    if new.problems:
        result.differences.extend(f"guard {d.code}: {d.message}" for d in new.problems)
        return
    template = {"Resources": {name: {"Type": r.type, "Properties": dict(r.properties)}
                              for name, r in new.resources.items()}}
    result.differences.extend(f"guard {d.code}: {d.message}" for d in keep.check(previous, template, {}))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python tests/adopt/compare.py ORIGINAL BUILT", file=sys.stderr)
        return 2
    original, built = (Path(p).read_text(encoding="utf-8") for p in argv)
    result = compare(original, built)
    for title, lines in (("differences", result.differences), ("additions", result.additions),
                         ("changed values", result.changes), ("notes", result.notes)):
        print(f"{title}: {len(lines)}")
        for line in lines:
            print(f"  - {line}")
    return 1 if result.differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
