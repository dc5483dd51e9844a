"""verify: stackgen's check of its own template, and that every build runs it."""

from stackgen import emit
from stackgen.build import build
from stackgen.intrinsics import get_att, ref
from stackgen.verify import verify


def function(**properties):
    return {"Type": "AWS::Serverless::Function", "Properties": properties}


def pool(**properties):
    return {"Type": "AWS::Cognito::UserPool", "Properties": properties}


def permission(pool_name, function_name):
    return {"Type": "AWS::Lambda::Permission", "Properties": {
        "FunctionName": get_att(function_name, "Arn"), "SourceArn": get_att(pool_name, "Arn")}}


def messages(template):
    return [d.message for d in verify(template)]


def test_a_sound_template_passes():
    template = {"Resources": {
        "Users": pool(LambdaConfig={"PreSignUp": get_att("Check", "Arn")}),
        "UsersToCheckPermission": permission("Users", "Check"),
        "Check": function(),
        "Policy": {"Type": "AWS::IAM::Policy", "Properties": {"Roles": [ref("CheckRole")]}},
    }, "Outputs": {"UsersId": {"Value": ref("Users")}}}
    assert verify(template) == []


def test_a_missing_target_is_a_bug_report():
    [message] = messages({"Resources": {"Fn": function(Environment={"Variables": {"X": ref("Nowhere")}})}})
    assert "`Nowhere`" in message and "bug in stackgen" in message


def test_an_unknown_attribute_is_caught():
    [message] = messages({"Resources": {"Users": pool(), "Fn": function(Environment={"Variables": {"X": get_att("Users", "Nope")}})}})
    assert "no attribute Nope" in message


def test_a_version_needs_a_published_alias():
    template = {"Resources": {"Fn": function()}, "Outputs": {"V": {"Value": ref("Fn.Version")}}}
    assert "publishes no version" in messages(template)[0]
    template["Resources"]["Fn"]["Properties"]["AutoPublishAlias"] = "live"
    assert verify(template) == []


def test_a_cycle_through_the_implied_role_is_caught():
    template = {"Resources": {
        "Users": pool(LambdaConfig={"PreSignUp": get_att("Check", "Arn")}),
        "UsersToCheckPermission": permission("Users", "Check"),
        "Check": function(Policies=[{"Statement": [{"Resource": get_att("Users", "Arn")}]}]),
    }}
    [message] = messages(template)
    assert "dependency cycle" in message and "CheckRole" in message


def test_a_trigger_without_its_permission_is_caught():
    template = {"Resources": {"Users": pool(LambdaConfig={"PreSignUp": get_att("Check", "Arn")}), "Check": function()}}
    [message] = messages(template)
    assert "PreSignUp" in message and "no permission" in message


def test_a_versioned_event_without_its_permission_is_caught():
    config = {"CustomEmailSender": {"LambdaArn": get_att("Send", "Arn"), "LambdaVersion": "V1_0"}}
    [message] = messages({"Resources": {"Users": pool(LambdaConfig=config), "Send": function()}})
    assert "CustomEmailSender invokes Send.Arn with no permission" in message
    assert verify({"Resources": {"Users": pool(LambdaConfig=config), "Send": function(),
                                 "P": permission("Users", "Send")}}) == []


def test_every_build_runs_the_self_check(tmp_path, monkeypatch):
    spec = tmp_path / "spec.yaml"
    spec.write_text("resources:\n  Users: {type: UserPool}\n  Check: {type: Function}\n"
                    "wires:\n  - {from: Users, to: Check, event: PreSignUp}\n")
    assert build(str(spec)).ok
    monkeypatch.setattr(emit, "RELATION_EMITTERS", ())  # a bug: no permissions emitted
    result = build(str(spec))
    assert not result.ok and result.text is None
    assert [d.code for d in result.diagnostics] == ["X001"]


def test_the_attribute_table_is_cloudformations():
    """Each type's attributes are what cfn-lint's copy of CloudFormation's schemas says (a SAM
    function has its AWS::Lambda::Function's)."""
    from cfnlint.schema import PROVIDER_SCHEMA_MANAGER

    from stackgen.verify import ATTRIBUTES

    for kind, attributes in ATTRIBUTES.items():
        real = "AWS::Lambda::Function" if kind == "AWS::Serverless::Function" else kind
        schema = PROVIDER_SCHEMA_MANAGER.get_resource_schema("us-east-1", real)
        assert set(schema.get_atts) == set(attributes), kind
