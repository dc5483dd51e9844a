"""The adoption harness (``tests/adopt/compare.py``) judged on its own.

The harness says whether a template that stackgen builds over an existing stack's template keeps
that stack as it is. Before it judges ``stackgen import``, it is held to templates whose answer
is known: each template of ``tests/adopt/templates/`` compared with itself (and with itself
rewritten as JSON) gives no difference, and a copy with one change gives exactly the difference
that change makes, worded with the Logical ID.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Callable

import pytest

from adopt.compare import compare, findings, load, translate

#: one worker keeps the cfn-lint runner and the cached transforms of the originals warm
pytestmark = pytest.mark.xdist_group("adopt")

TEMPLATES = Path(__file__).resolve().parent / "adopt" / "templates"
PASSWORDLESS = "aws-samples__amazon-cognito-passwordless-email-auth__cognito__template.yaml"
STACKERY = "stackery__wild-rydes-workshop__template.yaml"
SMS_SENDER = "aws-samples__serverless-patterns__cognito-sns-sms-origination-id-sam__template.yaml"
GROUPS = "atpial__sam-cognito__template.yaml"
API = "vernyuy__API-with-sam-cognito-lambda-dynamodb__template.yaml"
JSON = "stackgen__adopt__json-long-form.json"

#: what cfn-lint reports on each template as it is (on cfn.LINT_DATE), recorded in SOURCES.md
LINT: dict[str, set[str]] = {
    PASSWORDLESS: {"E2533"},            # nodejs8.10: no more creation or update
    STACKERY: {"E2533"},                # nodejs8.10
    SMS_SENDER: {"E0000"},              # `MfaConfiguration` twice; nothing else as SAM CLI reads it
    GROUPS: {"W2531"},                  # python3.8 deprecated
    API: {"W2531", "W3001"},            # python3.10 deprecated; `Description` beside Properties
    JSON: set(),
}


def _text(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def _changed(name: str, edit: Callable[[dict[str, Any]], None]) -> str:
    """The template ``name`` with ``edit`` applied, written as JSON."""
    template = copy.deepcopy(load(_text(name))[0])
    edit(template)
    return json.dumps(template, indent=1)


def test_the_corpus_has_every_shape_and_its_sources():
    names = sorted(p.name for p in TEMPLATES.iterdir())
    assert names == sorted(LINT)
    sources = (TEMPLATES.parent / "SOURCES.md").read_text(encoding="utf-8")
    assert [name for name in names if f"| `{name}` |" not in sources] == []
    types = {name: {r["Type"] for r in load(_text(name))[0]["Resources"].values()} for name in names}
    assert {"DefineAuthChallenge", "CreateAuthChallenge", "VerifyAuthChallengeResponse"} <= {
        event for r in load(_text(PASSWORDLESS))[0]["Resources"].values()
        for event in ((r.get("Properties") or {}).get("LambdaConfig") or {})}
    assert "src/" in _text(STACKERY) and "USER_POOL_ARN" in _text(STACKERY)
    assert {"AWS::KMS::Key", "AWS::Cognito::UserPool"} <= types[SMS_SENDER] and "CustomSMSSender" in _text(SMS_SENDER)
    assert {"AWS::Cognito::UserPoolGroup", "AWS::Cognito::UserPoolDomain",
            "AWS::Cognito::UserPoolUser"} <= types[GROUPS]
    assert {"AWS::Serverless::Api", "AWS::Serverless::SimpleTable"} <= types[API] and "CognitoAuthorizer" in _text(API)
    assert _text(JSON).lstrip().startswith("{") and '"Fn::GetAtt"' in _text(JSON) and '"Fn::Sub"' in _text(JSON)


@pytest.mark.parametrize("name", sorted(LINT))
def test_each_template_lints_as_recorded_and_transforms(name):
    assert {rule for rule, _, _ in findings(_text(name))} == LINT[name]
    assert translate(load(_text(name))[0])["Resources"]


@pytest.mark.parametrize("name", sorted(set(LINT) - {SMS_SENDER}))
def test_a_template_compared_with_itself_has_no_difference(name):
    result = compare(_text(name), _text(name))
    assert (result.differences, result.additions, result.changes, result.notes) == ([], [], [], [])


@pytest.mark.parametrize("name", [STACKERY, SMS_SENDER, JSON])
def test_a_template_rewritten_as_json_has_no_difference(name):
    """Another format, other line numbers, GetAtt in its list form, the date of an unquoted
    `AWSTemplateFormatVersion` as text, duplicate keys resolved: the same stack."""
    result = compare(_text(name), _changed(name, lambda t: None))
    assert (result.differences, result.additions, result.changes) == ([], [], [])


def test_duplicate_keys_are_read_as_sam_cli_deploys_them():
    """The last `MfaConfiguration` wins, as with SAM CLI; the guard, which refuses the text,
    judges the template as deployed, and a note says `stackgen build` needs --force over it."""
    template, duplicates = load(_text(SMS_SENDER))
    assert template["Resources"]["CognitoUserPool"]["Properties"]["MfaConfiguration"] == "OPTIONAL"
    assert duplicates == ["Duplicate found 'MfaConfiguration'"]
    deployed = compare(_text(SMS_SENDER), _changed(SMS_SENDER, lambda t: None))
    assert deployed.differences == [] and len(deployed.notes) == 2
    assert "O006" in deployed.notes[1] and "--force" in deployed.notes[1]
    itself = compare(_text(SMS_SENDER), _text(SMS_SENDER))
    assert [d.split(":")[0] for d in itself.differences] == ["the built template has duplicate keys", "guard O006"]


def _rename(old: str, new: str) -> Callable[[dict], None]:
    def edit(template: dict) -> None:
        template["Resources"][new] = template["Resources"].pop(old)
    return edit


def test_a_renamed_logical_id_is_a_deletion_and_an_addition():
    result = compare(_text(GROUPS), _changed(GROUPS, _rename("AddUserToGroup", "AddAdminToGroup")))
    assert result.differences == [
        "Logical ID `AddUserToGroup` (AWS::Cognito::UserPoolUserToGroupAttachment) is not in the built "
        "template: CloudFormation would delete it"]
    assert result.additions == ["resource `AddAdminToGroup` (AWS::Cognito::UserPoolUserToGroupAttachment)"]


def test_a_renamed_group_is_also_stopped_by_the_guard():
    def edit(template: dict) -> None:
        _rename("AdminUserGroup", "Admins")(template)
        template["Resources"]["AddUserToGroup"]["Properties"]["GroupName"] = {"Ref": "Admins"}

    result = compare(_text(GROUPS), _changed(GROUPS, edit))
    assert result.differences[0] == ("Logical ID `AdminUserGroup` (AWS::Cognito::UserPoolGroup) is not in "
                                     "the built template: CloudFormation would delete it")
    assert [d[:35] for d in result.differences[1:]] == ["guard O004: user pool group `AdminU"]
    assert result.additions == ["resource `Admins` (AWS::Cognito::UserPoolGroup)"]
    assert result.changes == [
        '`AddUserToGroup`: property `GroupName` was {"Ref": "AdminUserGroup"}, now {"Ref": "Admins"}']


def test_a_changed_type_is_a_replacement():
    def edit(template: dict) -> None:
        template["Resources"]["PopulateFrontendContentDeployTrigger"]["Type"] = "AWS::CloudFormation::CustomResource"

    result = compare(_text(STACKERY), _changed(STACKERY, edit))
    assert result.differences == [
        "Logical ID `PopulateFrontendContentDeployTrigger` changes type from Custom::FunctionDeployTrigger to "
        "AWS::CloudFormation::CustomResource: CloudFormation would replace it"]


def test_a_dropped_environment_variable():
    def edit(template: dict) -> None:
        del template["Resources"]["PopulateFrontendContent"]["Properties"]["Environment"]["Variables"]["USER_POOL_ARN"]

    result = compare(_text(STACKERY), _changed(STACKERY, edit))
    assert result.differences == ["function `PopulateFrontendContent`: environment variable `USER_POOL_ARN` "
                                  'dropped (was {"Fn::GetAtt": ["UserPool", "Arn"]})']


def test_a_renamed_environment_variable_is_dropped_and_added():
    """Stackery's `USER_POOL_ARN` is stackgen's `USER_POOL`: the function's code reads the name."""
    def edit(template: dict) -> None:
        variables = template["Resources"]["PopulateFrontendContent"]["Properties"]["Environment"]["Variables"]
        variables["USER_POOL"] = variables.pop("USER_POOL_ARN")

    result = compare(_text(STACKERY), _changed(STACKERY, edit))
    assert result.differences == [
        "function `PopulateFrontendContent`: environment variable `USER_POOL_ARN` dropped "
        '(was {"Fn::GetAtt": ["UserPool", "Arn"]})',
        "function `PopulateFrontendContent`: environment variable `USER_POOL` added "
        '({"Fn::GetAtt": ["UserPool", "Arn"]})']


def test_a_widened_iam_action():
    """Beside Stackery's `S3CrudPolicy`, which the transform expands into statements."""
    def edit(template: dict) -> None:
        template["Resources"]["PopulateFrontendContent"]["Properties"]["Policies"].append({"Statement": [
            {"Effect": "Allow", "Action": "s3:DeleteBucket", "Resource": {"Fn::GetAtt": ["FrontendContent", "Arn"]}}]})

    result = compare(_text(STACKERY), _changed(STACKERY, edit))
    assert result.differences == [
        'function `PopulateFrontendContent`: its role now has Allow Action s3:deletebucket on Resource '
        '{"Fn::GetAtt": ["FrontendContent", "Arn"]}, which the original\'s does not']


def test_iam_statements_are_compared_as_sets_of_elements():
    """Split into one action a statement, reordered, in another case: the same permissions;
    a wildcard for four actions: four fewer and one more."""
    def split(template: dict) -> None:
        statement = template["Resources"]["Admin"]["Properties"]["Policies"][1]["Statement"]
        statement[:] = [dict(statement[0], Action=action.upper()) for action in reversed(statement[0]["Action"])]

    assert compare(_text(JSON), _changed(JSON, split)).differences == []

    def widen(template: dict) -> None:
        template["Resources"]["Admin"]["Properties"]["Policies"][1]["Statement"][0]["Action"] = ["cognito-idp:*"]

    differences = compare(_text(JSON), _changed(JSON, widen)).differences
    assert [d.split(" Action ")[1].split(" ")[0] for d in differences] == [
        "cognito-idp:admincreateuser", "cognito-idp:admindeleteuser", "cognito-idp:admingetuser",
        "cognito-idp:listusers", "cognito-idp:*"]
    assert all(d.startswith("function `Admin`: its role no longer has") for d in differences[:4])


def test_managed_policies_are_compared_by_arn():
    """`!Sub arn:${AWS::Partition}:iam::aws:policy/...` and the ARN written out are one policy
    (in the tests' region), as the transform writes the ARN of a policy given by its name."""
    def partition(template: dict) -> None:
        arns = template["Resources"]["SnsRole"]["Properties"]["ManagedPolicyArns"]
        arns[0] = {"Fn::Sub": arns[0].replace(":aws:", ":${AWS::Partition}:", 1)}

    assert compare(_text(SMS_SENDER), _changed(SMS_SENDER, partition)).differences == []

    def drop(template: dict) -> None:
        template["Resources"]["SnsRole"]["Properties"]["ManagedPolicyArns"].pop()

    assert compare(_text(SMS_SENDER), _changed(SMS_SENDER, drop)).differences == [
        "function `CustomSmsSenderLambda`: its role no longer has the managed policy "
        "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]


def test_a_removed_retain():
    def edit(template: dict) -> None:
        del template["Resources"]["Members"]["DeletionPolicy"], template["Resources"]["Members"]["UpdateReplacePolicy"]

    result = compare(_text(JSON), _changed(JSON, edit))
    assert result.differences == ["`Members`: DeletionPolicy was Retain, the built template has none",
                                  "`Members`: UpdateReplacePolicy was Retain, the built template has none"]


def test_a_changed_create_only_property_of_a_pool_fires_the_guard():
    def edit(template: dict) -> None:
        template["Resources"]["UserPool"]["Properties"]["UsernameAttributes"] = ["phone_number"]

    result = compare(_text(GROUPS), _changed(GROUPS, edit))
    assert result.differences == [
        'guard O005: `UsernameAttributes` of user pool `UserPool` cannot change once it exists (was ["email"], '
        'now ["phone_number"]): CloudFormation would replace the user pool with a new, empty one, without its '
        'users; keep the old value, or pass `--allow-replacement UserPool` to go on on purpose']


def test_a_new_cfn_lint_finding():
    def edit(template: dict) -> None:
        template["Conditions"]["Unused"] = {"Fn::Equals": [{"Ref": "Stage"}, "test"]}

    result = compare(_text(JSON), _changed(JSON, edit))
    assert result.differences == ["cfn-lint W8001 at Conditions/Unused: Condition Unused not used"]


def test_a_finding_the_original_has_is_not_a_difference():
    """The original's deprecated runtimes stay: not the built template's doing."""
    assert {rule for rule, _, _ in findings(_changed(STACKERY, lambda t: None))} == {"E2533"}
    assert compare(_text(STACKERY), _changed(STACKERY, lambda t: None)).differences == []


def test_a_dropped_output_or_parameter():
    def edit(template: dict) -> None:
        del template["Outputs"]["AuthUrl"], template["Parameters"]["AdminEmail"]
        template["Resources"]["AdminUser"]["Properties"]["Username"] = "admin@example.com"
        template["Resources"]["AdminUser"]["Properties"]["UserAttributes"][0]["Value"] = "admin@example.com"

    result = compare(_text(GROUPS), _changed(GROUPS, edit))
    assert result.differences == ["parameter `AdminEmail` of the original is not in the built template",
                                  "Output `AuthUrl` of the original is not in the built template"]


def test_a_built_template_the_transform_refuses():
    def edit(template: dict) -> None:
        template["Resources"]["TriggerFunction"]["Properties"]["Events"]["CognitoTrigger"]["Properties"]["Trigger"] = 7

    differences = compare(_text(GROUPS), _changed(GROUPS, edit)).differences
    assert differences[0].startswith("the built template does not pass the SAM transform: ")
    assert "TriggerFunction" in differences[0]


def test_a_built_template_that_cannot_be_read():
    assert compare(_text(JSON), "Resources: [").differences == [
        "the built template cannot be read: cfn-lint cannot read the template: did not find expected node content"]


def test_what_the_built_template_adds_is_listed_apart():
    """Retain policies, a property, an Output, a permission: allowed, and no difference."""
    def edit(template: dict) -> None:
        pool = template["Resources"]["UserPool"]
        pool["DeletionPolicy"] = pool["UpdateReplacePolicy"] = "Retain"
        pool["Properties"]["DeletionProtection"] = "ACTIVE"
        template["Outputs"]["UserPoolArn"] = {"Value": {"Fn::GetAtt": ["UserPool", "Arn"]}}

    result = compare(_text(GROUPS), _changed(GROUPS, edit))
    assert result.differences == []
    assert result.additions == ["Output `UserPoolArn`", "`UserPool` gains DeletionPolicy: Retain",
                                "`UserPool` gains UpdateReplacePolicy: Retain",
                                "`UserPool` gains property `DeletionProtection`"]

    def without_permission(template: dict) -> None:
        del template["Resources"]["MembersToCheckInvitePermission"]

    # an original that forgot a trigger's permission, and the built template that has it
    result = compare(_changed(JSON, without_permission), _text(JSON))
    assert result.differences == []
    assert result.additions == ["resource `MembersToCheckInvitePermission` (AWS::Lambda::Permission)"]


def test_the_command_line(tmp_path, capsys):
    from adopt.compare import main

    original, built = tmp_path / "original.yaml", tmp_path / "built.json"
    original.write_text(_text(JSON), encoding="utf-8")
    built.write_text(_changed(JSON, _rename("WebClient", "Web")), encoding="utf-8")
    assert main([str(original), str(original)]) == 0
    assert main([str(original), str(built)]) == 1
    out = capsys.readouterr().out
    assert "differences: 0" in out and "- Logical ID `WebClient` (AWS::Cognito::UserPoolClient) is not in" in out
