"""Quotas and Lambda@Edge rules: each at its limit (fine) and one past it (an error)."""

import json

import pytest

from stackgen import limits
from stackgen.build import build

import cfn


def build_spec(tmp_path, text):
    path = tmp_path / "spec.yaml"
    path.write_text(text)
    return build(str(path))


def codes(result):
    return [d.code for d in result.diagnostics]


def functions(n, first="Users: {type: UserPool}"):
    return "resources:\n  " + first + "\n" + "".join(f"  F{i:03d}: {{type: Function}}\n" for i in range(n))


def test_500_resources_after_the_transform_is_the_limit(tmp_path):
    at = build_spec(tmp_path, functions(249, "Users: {type: UserPool}\n  Web: {type: UserPoolClient}")
                    + "wires:\n  - {from: Web, to: Users}\n")
    assert "R005" not in codes(at) and at.ok
    # the count is CloudFormation's own after the SAM transform
    assert len(cfn.translate(at.text)["Resources"]) == limits.MAX_RESOURCES
    past = build_spec(tmp_path, functions(250))
    assert codes(past) == ["R005"]
    assert "501 resources" in past.diagnostics[0].message


def test_an_edge_function_counts_its_role_version_and_alias(tmp_path):
    result = build_spec(tmp_path, "resources:\n  Viewer: {type: EdgeFunction}\n")
    assert limits.count_resources(cfn_template(result)) == 4
    assert len(cfn.translate(result.text)["Resources"]) == 4


def cfn_template(result):
    from stackgen.load import Loaded, parse

    return parse(result.text, Loaded("template.yaml")).data


def test_200_outputs_is_the_limit(tmp_path):
    pools = "resources:\n" + "".join(f"  P{i:03d}: {{type: UserPool}}\n" for i in range(100))
    assert build_spec(tmp_path, pools).ok
    past = build_spec(tmp_path, pools + "  Web: {type: UserPoolClient}\nwires:\n  - {from: Web, to: P000}\n")
    assert codes(past) == ["R008"]


def environment_spec(value_length):
    return ("resources:\n  Users: {type: UserPool}\n  Api:\n    type: Function\n    environment:\n"
            f"      BLOB: {'x' * value_length}\nwires:\n  - {{from: Api, to: Users, style: dashed}}\n")


def test_4_kb_of_environment_counting_derived_values_at_their_longest(tmp_path):
    derived = len("USER_POOL_ID") + limits.POOL_ID + len("USER_POOL") + limits.POOL_ARN
    room = limits.MAX_ENVIRONMENT - derived - len("BLOB")
    assert build_spec(tmp_path, environment_spec(room)).ok
    past = build_spec(tmp_path, environment_spec(room + 1))
    assert codes(past) == ["R006"]
    assert f"{limits.MAX_ENVIRONMENT + 1} bytes" in past.diagnostics[0].message


def test_the_longest_pool_arn_is_an_arn_in_the_longest_partition_and_region():
    # the longest partition (10 characters) and a region as long as the limits allow (16), every
    # colon between the parts counted
    region = "ap-southeast-555"
    assert len(region) == 16
    arn = f"arn:aws-us-gov:cognito-idp:{region}:123456789012:userpool/" + "x" * limits.POOL_ID
    assert len(arn) == limits.POOL_ARN == 121


def test_the_longest_function_arn_counts_every_colon_too():
    from stackgen.kinds import function

    arn = "arn:aws-us-gov:lambda:ap-southeast-555:123456789012:function:" + "f" * function.NAME_LENGTH
    assert len(arn) == function.ARN_LENGTH


def policy_spec(resource):
    return ("resources:\n  Api:\n    type: Function\n    properties:\n      Policies:\n"
            f"        - Statement: [{{Effect: Allow, Action: s3:GetObject, Resource: {resource}}}]\n")


def test_a_role_holds_10240_characters_of_inline_policy(tmp_path):
    def size(resource):
        return len(json.dumps({"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": resource}]},
                              separators=(",", ":")))
    resource = "a" * (limits.MAX_ROLE_INLINE_POLICIES - size(""))
    assert size(resource) == limits.MAX_ROLE_INLINE_POLICIES
    assert build_spec(tmp_path, policy_spec(resource)).ok
    assert codes(build_spec(tmp_path, policy_spec(resource + "a"))) == ["R007"]


def test_a_separate_policy_on_the_role_counts_too():
    template = {"Resources": {
        "Api": {"Type": "AWS::Serverless::Function", "Properties": {"Policies": []}},
        "Extra": {"Type": "AWS::IAM::Policy", "Properties": {
            "Roles": [limits.Intrinsic("Ref", "ApiRole")],
            "PolicyDocument": {"Statement": "x" * limits.MAX_ROLE_INLINE_POLICIES}}},
    }}
    from stackgen.model import Stack
    found = list(limits._role_policy_size(Stack(None, {}, ()), template))
    assert [d.code for d in found] == ["R007"]


def names_spec(pool, function):
    return (f"resources:\n  {'P' * pool}: {{type: UserPool}}\n  {'F' * function}: {{type: Function}}\n"
            f"wires:\n  - {{from: {'P' * pool}, to: {'F' * function}, event: PreSignUp}}\n")


def test_derived_logical_ids_of_255_characters_are_the_limit(tmp_path):
    # <P>To<F>Permission: 2 + 10 characters around the two names
    assert build_spec(tmp_path, names_spec(120, 123)).ok
    past = build_spec(tmp_path, names_spec(120, 124))
    assert codes(past) == ["R010"]
    assert "256 characters" in past.diagnostics[0].message


def test_template_body_sizes():
    assert limits.check_text("x" * limits.MAX_TEMPLATE_BODY) == []
    [inline] = limits.check_text("x" * (limits.MAX_TEMPLATE_BODY + 1))
    assert (inline.code, inline.severity) == ("R009", "warning")
    [s3] = limits.check_text("x" * limits.MAX_TEMPLATE_S3)
    assert s3.severity == "warning"
    [too_big] = limits.check_text("x" * (limits.MAX_TEMPLATE_S3 + 1))
    assert (too_big.code, too_big.severity) == ("R009", "error")


@pytest.mark.parametrize("key, value", [
    ("Layers", "[arn:aws:lambda:us-east-1:123456789012:layer:x:1]"),
    ("VpcConfig", "{SubnetIds: [subnet-1], SecurityGroupIds: [sg-1]}"),
    ("Architectures", "[arm64]"),
    ("Tracing", "Active"),
    ("ReservedConcurrentExecutions", "5"),
    ("EphemeralStorage", "{Size: 1024}"),
])
def test_edge_functions_refuse_what_lambda_at_edge_does_not_support(tmp_path, key, value):
    result = build_spec(tmp_path, f"resources:\n  Viewer:\n    type: EdgeFunction\n    properties:\n      {key}: {value}\n")
    assert codes(result) == ["R011"]
    assert result.diagnostics[0].line == 5


def test_edge_functions_run_node_or_python(tmp_path):
    assert build_spec(tmp_path, "resources:\n  V: {type: EdgeFunction, runtime: python3.13}\n").ok
    assert codes(build_spec(tmp_path, "resources:\n  V: {type: EdgeFunction, runtime: ruby3.4}\n")) == ["R011"]


def test_edge_settings_past_viewer_limits_warn(tmp_path):
    at = build_spec(tmp_path, "resources:\n  V: {type: EdgeFunction, timeout: 5, memorySize: 128}\n")
    assert at.ok and codes(at) == []
    for fields in ("timeout: 6", "memorySize: 129"):
        past = build_spec(tmp_path, f"resources:\n  V: {{type: EdgeFunction, {fields}}}\n")
        assert past.ok and codes(past) == ["R012"]


#: the codes of the limits, and X001 (stackgen's self-check, which runs after them): a build
#: whose only errors are among these has reached limits.check
AFTER_LIMITS = {"R005", "R006", "R007", "R008", "R009", "R010", "R011", "R012", "X001"}

#: values where the SAM transform needs structure, in shapes it cannot read: intrinsics where a
#: mapping is expected, lists, strings, null, at every level the resource count looks into
ODD_PROPERTIES = {
    "Events as !If": "{Events: !If [Always, {A: {Type: SQS, Properties: {Queue: q}}}, {}]}",
    "Events as a list": "{Events: [a, {Type: SQS}]}",
    "Events as a string": "{Events: Api}",
    "Events as null": "{Events: null}",
    "Events as a long-form intrinsic": "{Events: {'Fn::If': [Always, {}, {}]}}",
    "an event as !Ref": "{Events: {A: !Ref Users}}",
    "an event as a list": "{Events: {A: [Api]}}",
    "an event with no Type": "{Events: {A: {Properties: {Path: /}}}}",
    "an event Type as !Ref": "{Events: {A: {Type: !Ref Users}}}",
    "an event Type as a list": "{Events: {A: {Type: [Api]}}}",
    "an unknown event Type": "{Events: {A: {Type: Bucket}}}",
    "event Properties as !If": "{Events: {A: {Type: Api, Properties: !If [Always, {Path: /}, {Path: /x}]}}}",
    "event Properties as a list": "{Events: {A: {Type: HttpApi, Properties: [Path, Method]}}}",
    "event Properties as null": "{Events: {A: {Type: HttpApi, Properties: null}}}",
    "HttpApi Path and Method as intrinsics": "{Events: {A: {Type: HttpApi, Properties: {Path: !Ref Users, Method: !Sub x}}}}",
    "HttpApi Method as a list": "{Events: {A: {Type: HttpApi, Properties: {Path: $default, Method: [any]}}}}",
    "SqsSubscription as !If": "{Events: {A: {Type: SNS, Properties: {SqsSubscription: !If [Always, true, false]}}}}",
    "SqsSubscription as a list": "{Events: {A: {Type: SNS, Properties: {SqsSubscription: [true]}}}}",
    "DeadLetterConfig as !If": "{Events: {A: {Type: Schedule, Properties: {DeadLetterConfig: !If [Always, {}, {}]}}}}",
    "DeadLetterConfig as a string": "{Events: {A: {Type: ScheduleV2, Properties: {DeadLetterConfig: SQS, RoleArn: [x]}}}}",
    "FunctionUrlConfig as !If": "{FunctionUrlConfig: !If [Always, {AuthType: NONE}, {AuthType: NONE}]}",
    "FunctionUrlConfig as a list": "{FunctionUrlConfig: [AuthType]}",
    "AuthType as !Ref": "{FunctionUrlConfig: {AuthType: !Ref Users}}",
    "DeploymentPreference as !If": "{AutoPublishAlias: live, DeploymentPreference: !If [Always, {}, {}]}",
    "DeploymentPreference as a string": "{AutoPublishAlias: live, DeploymentPreference: AllAtOnce}",
    "Enabled as a list": "{AutoPublishAlias: live, DeploymentPreference: {Type: AllAtOnce, Enabled: [false]}}",
    "Enabled as a mapping": "{AutoPublishAlias: live, DeploymentPreference: {Type: AllAtOnce, Enabled: {a: 1}}}",
    "AutoPublishAlias as !If": "{AutoPublishAlias: !If [Always, a, b]}",
    "EventInvokeConfig as !If": "{EventInvokeConfig: !If [Always, {}, {}]}",
    "DestinationConfig as a list": "{EventInvokeConfig: {DestinationConfig: [OnSuccess]}}",
    "a destination as !Ref": "{EventInvokeConfig: {DestinationConfig: {OnSuccess: !Ref Users, OnFailure: null}}}",
    "a destination Type as a list": "{EventInvokeConfig: {DestinationConfig: {OnSuccess: {Type: [SQS]}}}}",
    "a Destination as a malformed !If": "{EventInvokeConfig: {DestinationConfig: {OnFailure: {Type: SNS, Destination: !If [x]}}}}",
    "a Destination as !If of a string": "{EventInvokeConfig: {DestinationConfig: {OnFailure: {Type: SNS, Destination: !If abc}}}}",
    "Policies with odd documents": "{Policies: [!Sub [], {Statement: !Sub {}}, {Statement: [!GetAtt [], !Join null]}, null]}",
    "odd Subs and GetAtts": "{Description: !Sub [], Tags: {a: !Sub {}, b: !GetAtt 5, c: !GetAtt null, d: !Sub [!Ref Users]}}",
    "Architectures and EphemeralStorage as intrinsics": "{Architectures: !If [Always, [arm64], [x86_64]], EphemeralStorage: !Ref Users}",
}


@pytest.mark.parametrize("kind", ["Function", "EdgeFunction"])
@pytest.mark.parametrize("name", ODD_PROPERTIES)
def test_odd_shapes_in_properties_are_counted_not_a_traceback(tmp_path, monkeypatch, kind, name):
    # the references stage refuses most of these first (R013, R014): let them through, so that
    # the limits and the self-check meet every shape
    monkeypatch.setattr("stackgen.references.check", lambda stack, template: [])
    # and so does the check against SAM's schema (P002...)
    monkeypatch.setattr("stackgen.properties.check", lambda stack: [])
    properties = ODD_PROPERTIES[name]
    if kind == "EdgeFunction":    # its AutoPublishAlias is stackgen's (R002)
        properties = properties.replace("AutoPublishAlias: !If [Always, a, b]", "").replace("AutoPublishAlias: live, ", "")
    result = build_spec(tmp_path, f"resources:\n  Users: {{type: UserPool}}\n  F:\n    type: {kind}\n"
                                  f"    properties: {properties}\n")
    assert {d.code for d in result.diagnostics if d.severity == "error"} <= AFTER_LIMITS, result.diagnostics


def test_an_unreadable_event_counts_as_nothing_and_the_count_says_it_is_the_least():
    def function(properties):
        return {"Resources": {"F": {"Type": "AWS::Serverless::Function", "Properties": properties}}}

    sqs = {"Type": "SQS", "Properties": {"Queue": "q"}}
    readable = limits.resource_count(function({"Events": {"A": sqs}}))
    assert (readable.total, readable.exact) == (3, True)
    for events in (limits.Intrinsic("If", ["C", {"A": sqs}, {}]), [sqs], {"A": sqs, "B": limits.Intrinsic("Ref", "X")},
                   {"A": sqs, "B": {"Type": "SQS", "Properties": [1]}}, {"A": sqs, "B": {"Type": ["SQS"]}}):
        count = limits.resource_count(function({"Events": events}))
        assert not count.exact and count.total in (2, 3), events


def test_a_pool_that_sends_sms_counts_its_role(tmp_path):
    sms = "Users: {type: UserPool, autoVerifyPhones: true}"
    at = build_spec(tmp_path, functions(249, sms))
    assert "R005" not in codes(at) and at.ok
    assert len(cfn.translate(at.text)["Resources"]) == limits.MAX_RESOURCES
    past = build_spec(tmp_path, functions(249, sms + "\n  Web: {type: UserPoolClient}")
                      + "wires:\n  - {from: Web, to: Users}\n")
    assert codes(past) == ["R005"]
    assert "501 resources" in past.diagnostics[0].message


def test_a_pool_with_a_custom_sender_counts_its_key(tmp_path):
    spec = functions(248, "Users: {type: UserPool}\n  Web: {type: UserPoolClient}")
    wires = "wires:\n  - {from: Web, to: Users}\n  - {from: Users, to: F000, event: CustomEmailSender}\n"
    at = build_spec(tmp_path, spec + wires)
    assert "R005" not in codes(at) and at.ok
    assert len(cfn.translate(at.text)["Resources"]) == limits.MAX_RESOURCES
    past = build_spec(tmp_path, spec + "  App: {type: UserPoolClient}\n" + wires + "  - {from: App, to: Users}\n")
    assert codes(past) == ["R005"]
    assert "501 resources" in past.diagnostics[0].message


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126)),
                 st.integers(min_value=-(10**30), max_value=10**30), st.booleans(), st.none(),
                 st.floats(allow_nan=False, allow_infinity=True)))
def test_the_json_length_is_that_of_compact_json(value):
    import json

    from stackgen.limits import json_length

    assert json_length(value) == len(json.dumps(value, separators=(",", ":")))
