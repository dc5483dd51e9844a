"""Resources carried as is: the kind of each CloudFormation type, what it emits, what the guard
watches, and that the data of a carried type is read only when a spec carries it."""

from __future__ import annotations

import subprocess
import sys

from stackgen import kinds, model
from stackgen.emit import emit
from stackgen.keep import GUARDED, check, guarded_kind
from stackgen.kinds import carried
from stackgen.previous import OldResource, Previous
from stackgen.resolve import resolve


def test_a_type_name_or_a_custom_type_is_carried():
    assert carried.is_type_name("AWS::SNS::Topic")
    assert carried.is_type_name("Alexa::ASK::Skill")
    assert carried.is_type_name("Custom::My-Seed_1@x")
    assert not carried.is_type_name("AWS::SNS")
    assert not carried.is_type_name("UserPool")
    assert not carried.is_type_name("AWS::SNS::Topic\n")
    assert kinds.get("AWS::SNS::Topic") is kinds.get("AWS::SNS::Topic")   # one kind a type
    assert kinds.get("UserPool") is kinds.REGISTRY["UserPool"]


def test_the_resource_attributes_are_emitted_in_cloudformation_words_and_order():
    stack = model.build({"conditions": {"C": {}}, "resources": {"Users": {"type": "UserPool"}, "Topic": {
        "type": "AWS::SNS::Topic", "properties": {"DisplayName": "x"}, "metadata": {"a": 1},
        "updateReplacePolicy": "Retain", "deletionPolicy": "Delete", "dependsOn": "Users", "condition": "C"}}})
    graph, found = resolve(stack)
    assert not found
    fragment, = [f for f in emit(graph).fragments if f.logical_id == "Topic"]
    assert list(fragment.body) == ["Type", "Condition", "DependsOn", "DeletionPolicy", "UpdateReplacePolicy",
                                   "Metadata", "Properties"]
    assert fragment.body["Type"] == "AWS::SNS::Topic" and fragment.body["DependsOn"] == "Users"


def test_attributes_are_cfn_lints_for_a_vendored_type_and_any_for_another():
    from cfnlint.schema import PROVIDER_SCHEMA_MANAGER

    for aws_type in ("AWS::SNS::Topic", "AWS::DynamoDB::Table", "AWS::Serverless::Api"):
        schema = PROVIDER_SCHEMA_MANAGER.get_resource_schema("us-east-1", aws_type)
        assert kinds.get(aws_type).attributes == frozenset(schema.get_atts), aws_type
    assert kinds.get("Custom::Seed").attributes is None


def test_snapshot_types_are_cfn_lints():
    from cfnlint.helpers import valid_snapshot_types

    assert carried.SNAPSHOT_TYPES == frozenset(valid_snapshot_types)


def test_the_guard_watches_types_that_hold_data_and_no_other():
    for aws_type in ("AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable", "AWS::S3::Bucket", "AWS::KMS::Key",
                     "AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::Cognito::UserPoolUser",
                     "AWS::Cognito::IdentityPool", "AWS::Cognito::UserPool"):
        assert aws_type in GUARDED, aws_type
    for aws_type in ("AWS::SNS::Topic", "AWS::Serverless::Api", "Custom::Seed", "AWS::Lambda::Permission",
                     "AWS::Cognito::ManagedLoginBranding"):
        assert aws_type not in GUARDED, aws_type
    # a modeled type keeps its own codes
    assert guarded_kind("AWS::Cognito::UserPool").guard_codes == ("O004", "O005")
    assert guarded_kind("AWS::S3::Bucket").create_only[:1] == ("BucketName",)


def test_a_carried_table_renamed_or_retyped_stops_the_build():
    old = Previous("template.yaml", {
        "Table": OldResource("AWS::DynamoDB::Table", 3, 3, {"TableName": "items"}),
        "Named": OldResource("AWS::DynamoDB::Table", 9, 3, {"TableName": "a"}),
        "Topic": OldResource("AWS::SNS::Topic", 12, 3)})
    new = {"Resources": {"Table": {"Type": "AWS::DynamoDB::GlobalTable"},
                         "Named": {"Type": "AWS::DynamoDB::Table", "Properties": {"TableName": "b"}}}}
    found = check(old, new, {"Named": ("resources", "Named")})
    assert [(d.code, d.subject) for d in found] == [("O011", "Table"), ("O012", "Named")]
    assert "is now of type AWS::DynamoDB::GlobalTable" in found[0].message and "its items" in found[0].message
    assert found[1].pointer == ("resources", "Named", "properties", "TableName")


def test_a_retained_table_that_leaves_is_said_to_be_kept_but_unmanaged():
    from stackgen.previous import read

    old = read("template.yaml", b"Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n"
                                b"    DeletionPolicy: Retain\n", GUARDED)
    assert old.resources["Table"].deletion_policy == "Retain"
    found, = check(old, {"Resources": {}}, {})
    assert found.code == "O011" and "its Retain policy keeps it in the account" in found.message


def test_no_carried_data_is_read_until_a_spec_carries_the_type():
    code = ("import sys, stackgen.cli, stackgen.build, stackgen.properties, stackgen.keep\n"
            "from stackgen.kinds import carried\n"
            "assert carried.vendored.cache_info().currsize == 0\n"
            "assert stackgen.properties.type_names.cache_info().currsize == 0\n"
            "assert not any(m.startswith('jsonschema') for m in sys.modules)\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_function_or_pool_carried_as_is_builds_without_the_modeled_kinds_rules(tmp_path):
    from stackgen.build import build

    spec = tmp_path / "spec.yaml"
    spec.write_text("resources:\n  Users: {type: UserPool}\n  Bare: {type: AWS::Serverless::Function}\n"
                    "  Raw:\n    type: AWS::Serverless::Function\n"
                    "    properties: {CodeUri: src/raw, Handler: index.handler, Runtime: nodejs22.x}\n"
                    "  Other: {type: AWS::Cognito::UserPool}\n")
    result = build(str(spec))
    assert result.ok, [d.message for d in result.diagnostics]
    assert "  Bare:\n    Type: AWS::Serverless::Function\n" in result.text


def _codes(tmp_path, text):
    from stackgen.build import build

    spec = tmp_path / "spec.yaml"
    spec.write_text(text)
    return [d.code for d in build(str(spec)).diagnostics]


def test_a_wire_to_a_carried_resource_with_a_schema_error_is_still_judged(tmp_path):
    assert _codes(tmp_path, "resources:\n  Check: {type: Function}\n"
                            "  Queue: {type: AWS::SQS::Queue, deletionPolicy: Never}\n"
                            "wires:\n  - {from: Check, to: Queue, style: dashed}\n") == ["S004", "W026"]


def test_a_carried_logical_id_that_stackgen_derives_is_a_collision(tmp_path):
    assert _codes(tmp_path, "resources:\n  Check: {type: Function}\n"
                            "  CheckRole: {type: AWS::IAM::Role, properties: {AssumeRolePolicyDocument: {}}}\n") == ["R001"]


def test_a_depends_on_that_is_no_logical_id_says_so(tmp_path):
    from stackgen.build import build

    spec = tmp_path / "spec.yaml"
    spec.write_text("resources:\n  U: {type: Custom::X, dependsOn: [a-b]}\n")
    found, = build(str(spec)).diagnostics
    assert (found.code, found.line, found.column) == ("S004", 2, 36)
    assert "`a-b`, which is not a Logical ID" in found.message


def test_every_vendored_carried_type_words_what_its_properties_break():
    """Each carried type's schema checks and words any value without a traceback."""
    from stackgen import properties
    from stackgen.model import build as build_model

    for aws_type in properties.CARRIED_TYPES:
        keys = list(properties.vendored(aws_type).get("properties", {}))
        found = []
        for value in ("x", 1, {"a": "b"}, ["x"], True):
            stack = build_model({"resources": {"R": {"type": aws_type, "properties": {k: value for k in keys}}}})
            found += properties.check(stack)
        assert found, aws_type
        assert all(d.code.startswith("P") and d.pointer[:3] == ("resources", "R", "properties") for d in found)


def test_what_a_carried_pool_or_triggers_resource_sets_is_the_users_not_held_by_the_self_check(tmp_path):
    """A carried AWS::Cognito::UserPool's own LambdaConfig, or a carried Custom::UserPoolTriggers
    of any shape, is the user's: no X001 ("a bug in stackgen") and no traceback for it."""
    from stackgen.build import build

    for name, text in {
        "pool": "resources:\n  P:\n    type: AWS::Cognito::UserPool\n"
                "    properties: {LambdaConfig: {PreSignUp: !GetAtt F.Arn}}\n  F: {type: Function}\n",
        "triggers": "resources:\n  T:\n    type: Custom::UserPoolTriggers\n"
                    "    properties: {ServiceToken: x, LambdaConfig: 5}\n  F: {type: Function}\n",
    }.items():
        spec = tmp_path / f"{name}.yaml"
        spec.write_text(text, encoding="utf-8")
        result = build(str(spec))
        assert result.ok and not [d for d in result.diagnostics if d.code.startswith("X")], result.diagnostics
