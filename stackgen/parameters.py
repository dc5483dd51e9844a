"""Parameters: the rules on a spec's ``parameters`` that a schema cannot say.

A parameter's ``Type`` is one of CloudFormation's parameter types (R020), and its ``Default``
meets the parameter's own constraints (``AllowedValues``, ``AllowedPattern``, ``MinLength`` and
``MaxLength``, ``MinValue`` and ``MaxValue``, a number for a number type: R021); CloudFormation
refuses a stack whose default breaks them, and a console user would be offered it first.
"""

from __future__ import annotations

import math
import re
from typing import Any, Iterable, Mapping

from .diagnostics import Diagnostic, did_you_mean, error
from .patterns import Lazy

#: CloudFormation's parameter types that take one value (cfn-lint's ``VALID_PARAMETER_TYPES_SINGLE``;
#: ``tests/unit/test_parameters.py`` holds these to it)
SINGLE_TYPES = frozenset({
    "String", "Number", "AWS::SSM::Parameter::Name",
    "AWS::EC2::AvailabilityZone::Name", "AWS::EC2::Image::Id", "AWS::EC2::Instance::Id",
    "AWS::EC2::KeyPair::KeyName", "AWS::EC2::SecurityGroup::GroupName", "AWS::EC2::SecurityGroup::Id",
    "AWS::EC2::Subnet::Id", "AWS::EC2::VPC::Id", "AWS::EC2::Volume::Id", "AWS::Route53::HostedZone::Id",
    "AWS::SSM::Parameter::Value<String>", "AWS::SSM::Parameter::Value<Number>",
    "AWS::SSM::Parameter::Value<AWS::SSM::Parameter::Name>",
    "AWS::SSM::Parameter::Value<AWS::EC2::AvailabilityZone::Name>",
    "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
    "AWS::SSM::Parameter::Value<AWS::EC2::Instance::Id>",
    "AWS::SSM::Parameter::Value<AWS::EC2::KeyPair::KeyName>",
    "AWS::SSM::Parameter::Value<AWS::EC2::SecurityGroup::GroupName>",
    "AWS::SSM::Parameter::Value<AWS::EC2::SecurityGroup::Id>",
    "AWS::SSM::Parameter::Value<AWS::EC2::Subnet::Id>",
    "AWS::SSM::Parameter::Value<AWS::EC2::VPC::Id>",
    "AWS::SSM::Parameter::Value<AWS::EC2::Volume::Id>",
    "AWS::SSM::Parameter::Value<AWS::Route53::HostedZone::Id>",
})
#: ... and those that take a comma-delimited list (cfn-lint's ``VALID_PARAMETER_TYPES_LIST``)
LIST_TYPES = frozenset({
    "CommaDelimitedList", "List<String>", "List<Number>",
    "List<AWS::EC2::AvailabilityZone::Name>", "List<AWS::EC2::Image::Id>", "List<AWS::EC2::Instance::Id>",
    "List<AWS::EC2::SecurityGroup::GroupName>", "List<AWS::EC2::SecurityGroup::Id>",
    "List<AWS::EC2::Subnet::Id>", "List<AWS::EC2::VPC::Id>", "List<AWS::EC2::Volume::Id>",
    "List<AWS::Route53::HostedZone::Id>",
    "AWS::SSM::Parameter::Value<CommaDelimitedList>", "AWS::SSM::Parameter::Value<List<String>>",
    "AWS::SSM::Parameter::Value<List<Number>>",
    "AWS::SSM::Parameter::Value<List<AWS::EC2::AvailabilityZone::Name>>",
    "AWS::SSM::Parameter::Value<List<AWS::EC2::Image::Id>>",
    "AWS::SSM::Parameter::Value<List<AWS::EC2::Instance::Id>>",
    "AWS::SSM::Parameter::Value<List<AWS::EC2::SecurityGroup::GroupName>>",
    "AWS::SSM::Parameter::Value<List<AWS::EC2::SecurityGroup::Id>>",
    "AWS::SSM::Parameter::Value<List<AWS::EC2::Subnet::Id>>",
    "AWS::SSM::Parameter::Value<List<AWS::EC2::VPC::Id>>",
    "AWS::SSM::Parameter::Value<List<AWS::EC2::Volume::Id>>",
    "AWS::SSM::Parameter::Value<List<AWS::Route53::HostedZone::Id>>",
})
TYPES = SINGLE_TYPES | LIST_TYPES
#: the types whose values are numbers
NUMBER_TYPES = frozenset({"Number", "List<Number>"})


def check(parameters: Mapping[str, Any]) -> list[Diagnostic]:
    """R020 for each unknown ``Type``, R021 for each ``Default`` its constraints refuse."""
    found: list[Diagnostic] = []
    for name, declaration in parameters.items():
        kind = declaration["Type"]
        pointer = ("parameters", name)
        if kind not in TYPES:
            hint = did_you_mean(kind, TYPES) or (
                "; use String, Number, List<Number>, CommaDelimitedList, an AWS-specific type such as "
                "AWS::EC2::VPC::Id or List<AWS::EC2::Subnet::Id>, AWS::SSM::Parameter::Name, or "
                "AWS::SSM::Parameter::Value<String>")
            found.append(error("R020", f"parameter `{name}`: `{kind}` is not a CloudFormation parameter "
                               f"type{hint}", pointer + ("Type",), subject=f"parameter {name}"))
            continue
        if "Default" in declaration:
            for problem in _default_problems(kind, declaration):
                found.append(error("R021", f"parameter `{name}`: the Default {_shown(declaration['Default'])} "
                                   f"{problem}: change the Default or the constraint",
                                   pointer + ("Default",), subject=f"parameter {name}"))
    return found


def _shown(value: Any) -> str:
    return f"{value!r}" if isinstance(value, str) else f"{value}"


def _text(value: Any) -> str:
    """A value as CloudFormation reads it: text (``5`` and ``5.0`` as written in YAML)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _default_problems(kind: str, declaration: Mapping[str, Any]) -> Iterable[str]:
    default = _text(declaration["Default"])
    values = [v.strip() for v in default.split(",")] if kind in LIST_TYPES else [default]
    numbers = kind in NUMBER_TYPES or kind.endswith("<Number>")
    allowed = [_text(v) for v in declaration.get("AllowedValues", ())]
    for value in values:
        if allowed and value not in allowed:
            close = did_you_mean(value, allowed)
            yield (f"is not one of its AllowedValues ({', '.join(allowed)})" if kind not in LIST_TYPES
                   else f"has `{value}`, which is not one of its AllowedValues ({', '.join(allowed)})") + close
        number = _number(value)
        if numbers and number is None:
            yield f"is not a number, and the parameter's Type is {kind}"
            continue
        if "AllowedPattern" in declaration and _judged(declaration["AllowedPattern"], value):
            pattern = declaration["AllowedPattern"]
            try:
                matched = re.fullmatch(pattern, value) is not None
            except re.error:
                matched = True  # CloudFormation reads Java's regular expressions: no verdict here
            if not matched:
                yield f"does not match its AllowedPattern `{pattern}`"
        if numbers:
            if "MinValue" in declaration and number < declaration["MinValue"]:
                yield f"is less than its MinValue, {_text(declaration['MinValue'])}"
            if "MaxValue" in declaration and number > declaration["MaxValue"]:
                yield f"is more than its MaxValue, {_text(declaration['MaxValue'])}"
            continue
        if "MinLength" in declaration and len(value) < declaration["MinLength"]:
            yield f"is shorter than its MinLength, {declaration['MinLength']} characters"
        if "MaxLength" in declaration and len(value) > declaration["MaxLength"]:
            yield f"is longer than its MaxLength, {declaration['MaxLength']} characters"


#: a group that repeats (``(a+)+``, ``(a|aa)+``), and any repeat
_REPEATED_GROUP = Lazy(r"\)[*+{]")
_REPEAT = Lazy(r"[*+{]")


def _judged(pattern: str, value: str) -> bool:
    """Whether stackgen matches ``value`` against ``pattern`` itself. Python's backtracking can
    take exponential time to refuse a value with a repeated group, and polynomial time with many
    repeats, so such a pattern (or a long value) gets no verdict here: CloudFormation's own is
    at deploy. Every spec stays answered in well under a second."""
    return (len(value) <= 256 and not _REPEATED_GROUP.search(pattern)
            and len(_REPEAT.findall(pattern)) <= 3)


def _number(text: str) -> float | None:
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None
