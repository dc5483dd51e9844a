"""The spec's parameters, conditions and outputs: their checks, where they go in the template,
and the dynamic references of its texts."""

from __future__ import annotations

import pytest

from stackgen import parameters
from stackgen.build import build
from stackgen.references import dynamic_reference_problem


def build_spec(tmp_path, text):
    path = tmp_path / "spec.yaml"
    path.write_text(text)
    return build(str(path))


def codes(result):
    """The codes of the errors (a parameter or condition left unused is a warning, R024)."""
    return [d.code for d in result.diagnostics if d.severity == "error"]


def test_the_parameter_types_are_cfn_lints():
    from cfnlint.helpers import VALID_PARAMETER_TYPES_LIST, VALID_PARAMETER_TYPES_SINGLE

    assert parameters.SINGLE_TYPES == VALID_PARAMETER_TYPES_SINGLE
    assert parameters.LIST_TYPES == VALID_PARAMETER_TYPES_LIST


def _problems(**declaration):
    return [d.code for d in parameters.check({"P": declaration})]


@pytest.mark.parametrize("declaration", [
    {"Type": "String", "Default": "dev", "AllowedValues": ["dev", "prod"]},
    {"Type": "Number", "Default": 5, "AllowedValues": [5, 10]},
    {"Type": "Number", "Default": "5", "MinValue": 5, "MaxValue": 5},
    {"Type": "String", "Default": "abc", "AllowedPattern": "[a-c]+", "MinLength": 3, "MaxLength": 3},
    {"Type": "CommaDelimitedList", "Default": "a, b", "AllowedValues": ["a", "b"]},
    {"Type": "List<Number>", "Default": "1,2", "MaxValue": 2},
    {"Type": "String", "Default": "x", "AllowedPattern": "\\p{Alpha}+"},  # Java's: no verdict
    {"Type": "AWS::SSM::Parameter::Value<String>", "Default": "/stage"},
])
def test_a_default_within_its_constraints_passes(declaration):
    assert _problems(**declaration) == []


@pytest.mark.parametrize("declaration", [
    {"Type": "String", "Default": "test", "AllowedValues": ["dev", "prod"]},
    {"Type": "Number", "Default": 7, "AllowedValues": [5, 10]},
    {"Type": "Number", "Default": 4, "MinValue": 5},
    {"Type": "Number", "Default": "five"},
    {"Type": "String", "Default": "abcd", "AllowedPattern": "[a-c]+"},
    {"Type": "String", "Default": "ab", "MinLength": 3},
    {"Type": "String", "Default": "abcd", "MaxLength": 3},
    {"Type": "CommaDelimitedList", "Default": "a,c", "AllowedValues": ["a", "b"]},
    {"Type": "List<Number>", "Default": "1,x"},
])
def test_a_default_outside_its_constraints_is_R021(declaration):
    assert _problems(**declaration) == ["R021"]


def test_an_unknown_type_is_R020_with_a_suggestion():
    [d] = parameters.check({"P": {"Type": "Numbr"}})
    assert d.code == "R020" and "`Number`" in d.message and d.pointer == ("parameters", "P", "Type")


@pytest.mark.parametrize("text", [
    "{{resolve:ssm:/a/b}}", "{{resolve:ssm:name:12}}", "{{resolve:ssm-secure:pw:1}}",
    "{{resolve:ssm:arn:aws:ssm:us-east-1:123456789012:parameter/a}}",
    "{{resolve:secretsmanager:MySecret}}", "{{resolve:secretsmanager:MySecret:SecretString:password}}",
    "{{resolve:secretsmanager:MySecret:SecretString:password:AWSCURRENT}}",
    "{{resolve:secretsmanager:MySecret:SecretString::AWSPREVIOUS}}",
    "{{resolve:secretsmanager:arn:aws:secretsmanager:us-east-1:123456789012:secret:S-a1:SecretString:k}}",
    "prefix {{resolve:ssm:a}}-{{resolve:ssm:b}} suffix", "no reference {{here}}",
    "{{resolve:ssm:/app/${Stage}/name}}", "{{resolve:secretsmanager:${Secret}:SecretString:pw}}",
])
def test_a_well_formed_dynamic_reference_passes(text):
    assert dynamic_reference_problem(text) is None


@pytest.mark.parametrize("text", [
    "{{resolve:ssm:}}", "{{resolve:ssm:a b}}", "{{resolve:ssm:name:v1}}", "{{resolve:ssm:a",
    "{{resolve:secretsmanager:}}", "{{resolve:secretsmanager:S:SecretBinary}}",
    "{{resolve:secretsmanager:S:SecretString:k:AWSCURRENT:id-1}}",
    "{{resolve:secretsmanager:S:SecretString:k:s:i:extra}}",
    "{{resolve:secretsmanager:arn:aws:secretsmanager:us-east-1}}",
    "{{resolve:s3:bucket/key}}", "{{resolve:ssm:a}} {{resolve:ssm:}}", "{{resolve:ssm:${A} b}}",
])
def test_a_malformed_dynamic_reference_is_a_problem(text):
    assert dynamic_reference_problem(text)


SECTIONS = """\
parameters:
  Stage: {Type: String, Default: dev}
conditions:
  IsProd: !Equals [!Ref Stage, prod]
resources:
  Users:
    type: UserPool
    properties:
      UserPoolTags: {Stage: !Ref Stage, Tier: !If [IsProd, gold, silver]}
outputs:
  Stage:
    Condition: IsProd
    Value: !Sub '${Stage}-${Users}'
"""


def test_the_sections_go_where_templates_have_them(tmp_path):
    result = build_spec(tmp_path, SECTIONS)
    assert result.ok, result.diagnostics
    from stackgen.load import Loaded, parse

    template = parse(result.text, Loaded("template.yaml")).data
    assert list(template) == ["AWSTemplateFormatVersion", "Transform", "Parameters", "Conditions",
                              "Resources", "Outputs"]
    assert list(template["Outputs"]) == ["UsersId", "UsersArn", "Stage"]  # the spec's after the derived


def test_the_self_check_knows_parameters():
    """A parameter is a name the template has (no X001), but it has no attributes."""
    from stackgen.intrinsics import get_att, ref
    from stackgen.verify import verify

    resources = {"Users": {"Type": "AWS::Cognito::UserPool", "Properties": {"Tag": ref("Stage")}}}
    assert verify({"Parameters": {"Stage": {"Type": "String"}}, "Resources": resources}) == []
    assert [d.code for d in verify({"Resources": resources})] == ["X001"]
    resources["Users"]["Properties"]["Tag"] = get_att("Stage", "Value")
    assert [d.code for d in verify({"Parameters": {"Stage": {"Type": "String"}}, "Resources": resources})] == ["X001"]


def test_a_parameter_reached_only_through_a_condition_is_no_bug(tmp_path):
    result = build_spec(tmp_path, SECTIONS.replace("Stage: !Ref Stage, ", ""))
    assert result.ok, result.diagnostics


def test_200_outputs_in_all_is_the_limit(tmp_path):
    pools = "resources:\n" + "".join(f"  P{i:03d}: {{type: UserPool}}\n" for i in range(99))
    at = build_spec(tmp_path, pools + "outputs:\n  A: {Value: a}\n  B: {Value: b}\n")
    assert at.ok
    past = build_spec(tmp_path, pools + "outputs:\n  A: {Value: a}\n  B: {Value: b}\n  C: {Value: c}\n")
    assert codes(past) == ["R008"]
    assert "3 of `outputs`" in past.diagnostics[0].message and past.diagnostics[0].pointer == ("outputs",)


def test_200_parameters_is_the_limit(tmp_path):
    declared = "parameters:\n" + "".join(f"  P{i:03d}: {{Type: String}}\n" for i in range(200))
    assert build_spec(tmp_path, declared + "resources:\n  Users: {type: UserPool}\n").ok
    past = build_spec(tmp_path, declared + "  P200: {Type: String}\nresources:\n  Users: {type: UserPool}\n")
    assert codes(past) == ["R023"]


def test_validate_json_carries_the_new_codes(tmp_path):
    import json

    from click.testing import CliRunner

    from stackgen.cli import main

    spec = tmp_path / "spec.yaml"
    spec.write_text("parameters:\n  Stage: {Type: Strng}\nresources:\n  Users: {type: UserPool}\n"
                    "outputs:\n  X: {Value: !Ref Stag}\n")
    result = CliRunner().invoke(main, ["validate", "--format", "json", str(spec)], catch_exceptions=False)
    assert result.exit_code == 1
    found = [(d["code"], d["line"], d["subject"]) for d in json.loads(result.output)]
    assert found == [("R020", 2, "parameter Stage"), ("R014", 6, "output X")]


@pytest.mark.parametrize("condition, code", [
    ("!Equals [!Join ['', [!Ref Stage, x]], devx]", None),
    ("!Equals [!Select [0, !Split [',', !Ref Stage]], dev]", None),
    ("!Equals [!Sub '${Stage}-${AWS::Region}', dev-us-east-1]", None),
    ("!Equals [!Base64 x, z]", "R022"),
    ("!Equals [!ImportValue x, z]", "R022"),
    ("!Equals [!Sub '${Users}', z]", "R022"),
    ("!Or [!Equals [a, b], !Ref Stage]", "R022"),
    ("!Not [!Equals [a, b], !Equals [a, c]]", "R013"),
])
def test_what_a_condition_may_use(tmp_path, condition, code):
    result = build_spec(tmp_path, f"parameters:\n  Stage: {{Type: String}}\nconditions:\n  C: {condition}\n"
                        "resources:\n  Users: {type: UserPool}\n")
    assert codes(result) == ([code] if code else [])


@pytest.mark.parametrize("pattern", ["(a|aa)+", "(a+)+$", "([a-z]*)*"])
def test_a_pattern_that_could_backtrack_for_ever_gets_no_verdict(pattern):
    """A repeated group makes Python's matcher take exponential time to refuse a value: such a
    pattern is left to CloudFormation, and the spec is answered at once."""
    import time

    started = time.perf_counter()
    assert _problems(Type="String", Default="a" * 40 + "!", AllowedPattern=pattern) == []
    assert time.perf_counter() - started < 0.5
