"""`stackgen import` against whole templates: every sample's and golden case's template comes
back as a spec that builds it byte for byte; the real-world templates import as far as they go,
every problem located in the original, and what is written builds over the original with the
guard passing."""

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from goldens import CASES, SAMPLES, TEMPLATE
from stackgen.adopt.importer import adopt
from stackgen.adopt.reader import read
from stackgen.build import build
from stackgen.cli import main
from stackgen.load import Loaded, parse

ROOT = Path(__file__).resolve().parent.parent
REALWORLD = sorted((ROOT / "tests" / "realworld" / "templates").iterdir())
GENERATED = sorted(SAMPLES.glob(f"*/{TEMPLATE}")) + sorted(CASES.glob(f"*/{TEMPLATE}"))


def _built(spec_text: str, folder: Path, label: str = "spec.yaml", previous=None):
    spec = folder / "imported.yaml"
    spec.write_text(spec_text, encoding="utf-8")
    return build(str(spec), label, previous)


@pytest.mark.parametrize("template", GENERATED, ids=lambda p: p.parent.name)
def test_a_template_stackgen_wrote_imports_to_a_spec_that_builds_it_byte_for_byte(template, tmp_path):
    imported = adopt(str(template), str(template.parent / "spec.yaml"))
    assert imported.text is not None
    assert imported.diagnostics == []  # nothing lost, nothing added
    result = _built(imported.text, tmp_path)
    assert result.ok, result.diagnostics
    assert result.text == template.read_text(encoding="utf-8")


#: what keeps each real-world template from importing faithfully (none: it does), each error of
#: these codes located in the original: a change here is a change of what import can do
REALWORLD_ERRORS = {
    "aws__serverless-application-model__examples__2016-10-31__api_cognito_auth__template.yaml": {"I004"},
    "aws__serverless-application-model__tests__translator__input__cognito_userpool_with_event.yaml": {"I004"},
    "chess-vn__slchess__templates__auth.yaml": {"I005"},
}


@pytest.mark.parametrize("template", REALWORLD, ids=lambda p: p.name[:60])
def test_a_real_template_imports_as_far_as_it_goes(template, tmp_path):
    imported = adopt(str(template), str(tmp_path / "spec.yaml"))
    errors = {d.code for d in imported.diagnostics if d.severity == "error"}
    assert errors == REALWORLD_ERRORS.get(template.name, set())
    for d in imported.diagnostics:
        # each problem is in the I family (or the loader's), at a line of the original
        assert d.code[0] in "IL", d
        assert d.file == str(template) and d.line >= 1, d
    if imported.text is None:
        assert any(d.code == "I008" for d in imported.diagnostics)
        return
    # what --partial writes builds over the original, the guard included, and keeps every
    # resource it imported under its Logical ID and type
    result = _built(imported.text, tmp_path, previous=(str(template), template.read_bytes()))
    dropped = {d.subject.removeprefix("resource ") for d in imported.diagnostics if d.code == "I004"}
    guard = [d for d in result.diagnostics if d.severity == "error"
             and not (d.code == "O004" and d.subject in dropped)]
    assert guard == []
    old = read(str(template)).data["Resources"]
    new = parse(result.text, Loaded("built")).data["Resources"]
    assert imported.kinds
    for name in imported.kinds:
        assert new[name]["Type"] == old[name]["Type"]


def test_import_writes_the_spec_beside_the_template_and_prints_the_next_command(tmp_path):
    generated = (SAMPLES / "groups" / TEMPLATE).read_bytes()
    # as if written by hand: without stackgen's first line
    (tmp_path / TEMPLATE).write_bytes(generated.split(b"\n", 1)[1])
    runner = CliRunner()
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        done = runner.invoke(main, ["import", TEMPLATE])
        assert done.exit_code == 0, done.output
        assert "stackgen build spec.yaml --force" in done.stderr
        assert (tmp_path / "spec.yaml").is_file()
        # the first build over the original needs --force, and changes nothing
        refused = runner.invoke(main, ["build", "spec.yaml"])
        assert refused.exit_code == 1 and "O002" in refused.stderr
        forced = runner.invoke(main, ["build", "spec.yaml", "--force"])
        assert forced.exit_code == 0, forced.output
        assert (tmp_path / TEMPLATE).read_bytes() == generated
        # a second import does not overwrite the spec
        again = runner.invoke(main, ["import", TEMPLATE])
        assert again.exit_code == 1 and "I007" in again.stderr
        assert runner.invoke(main, ["import", TEMPLATE, "--force"]).exit_code == 0
    finally:
        os.chdir(old)


def test_partial_writes_what_can_be_imported_and_reports_the_rest_as_warnings(tmp_path):
    template = tmp_path / "auth.yaml"
    template.write_text(
        "Resources:\n"
        # a pool's Metadata, which no field or wire gives: the build would lose it
        "  Users:\n    Type: AWS::Cognito::UserPool\n    Metadata: {Owner: x}\n"
        "  Hello:\n    Type: AWS::Serverless::Function\n    Condition: IsProd\n"
        "    Properties: {CodeUri: src/hello, Handler: index.handler, Runtime: nodejs22.x}\n"
        "Conditions:\n  IsProd: !Equals [!Ref AWS::AccountId, '111122223333']\n", encoding="utf-8")
    runner = CliRunner()
    refused = runner.invoke(main, ["import", str(template)])
    assert refused.exit_code == 1 and "error I005" in refused.stderr
    assert not (tmp_path / "spec.yaml").exists()
    done = runner.invoke(main, ["import", str(template), "--partial"])
    assert done.exit_code == 0 and "warning I005" in done.stderr
    assert f"-o {template}" in done.stderr  # the template is not template.yaml: the command names it
    spec = (tmp_path / "spec.yaml").read_text(encoding="utf-8")
    assert "Users:" in spec and "Hello:" in spec
    # a function with a Condition is carried as it is, which keeps the condition
    assert "type: AWS::Serverless::Function" in spec and "condition: IsProd" in spec


def test_a_resource_its_kind_cannot_say_is_carried_as_it_is(tmp_path):
    template = tmp_path / "template.yaml"
    template.write_text(
        "Resources:\n"
        "  Users:\n    Type: AWS::Cognito::UserPool\n"
        "  Login:\n    Type: AWS::Cognito::UserPoolDomain\n"
        "    Properties: {UserPoolId: !Ref Users, Domain: !Sub '${AWS::StackName}-login'}\n"
        "  Topic:\n    Type: AWS::SNS::Topic\n    DeletionPolicy: Retain\n"
        "Outputs:\n  Url:\n    Value: !Sub https://${Login}.auth.example.com\n", encoding="utf-8")
    imported = adopt(str(template), str(tmp_path / "spec.yaml"))
    assert [d for d in imported.diagnostics if d.severity == "error"] == []
    # a domain whose name is a function has no `prefix`: it is carried, as the topic is
    assert "type: AWS::Cognito::UserPoolDomain" in imported.text
    assert "type: AWS::SNS::Topic" in imported.text and "deletionPolicy: Retain" in imported.text
    assert "Url:" in imported.text


def test_a_property_that_names_what_the_template_does_not_have_is_left_out_and_reported(tmp_path):
    template = tmp_path / "template.yaml"
    template.write_text(
        "Resources:\n"
        "  Hello:\n    Type: AWS::Serverless::Function\n"
        "    Properties:\n"
        "      CodeUri: src/hello\n      Handler: index.handler\n      Runtime: nodejs22.x\n"
        "      Tags: {queue: !Ref Missing}\n"
        "Outputs:\n  Queue:\n    Value: !Ref Missing\n", encoding="utf-8")
    imported = adopt(str(template), str(tmp_path / "spec.yaml"))
    assert {(d.code, d.line) for d in imported.diagnostics if d.severity == "error"} == {("I005", 8), ("I005", 11)}
    assert "Missing" not in imported.text and "Tags" not in imported.text


def test_the_template_metadata_becomes_the_spec_metadata_but_for_the_key_stackgen(tmp_path):
    template = tmp_path / "template.json"
    template.write_text(json.dumps({
        "Metadata": {"Owner": {"Team": "photos", "Pager": {"Fn::Sub": "${AWS::StackName}-oncall"}},
                     "AWS::CloudFormation::Interface": {"ParameterGroups": []}},
        "Resources": {"Users": {"Type": "AWS::Cognito::UserPool"}}}), encoding="utf-8")
    imported = adopt(str(template), str(tmp_path / "spec.yaml"))
    assert [d for d in imported.diagnostics if d.severity == "error"] == []
    spec = parse(imported.text, Loaded("spec")).data
    # as it is, in its order; a function as written (CloudFormation resolves none there)
    assert list(spec["metadata"]) == ["Owner", "AWS::CloudFormation::Interface"]
    assert "Pager: !Sub ${AWS::StackName}-oncall" in imported.text
    # the key `stackgen` with what stackgen never records there: a spec cannot give it
    data = json.loads(template.read_text(encoding="utf-8"))
    data["Metadata"]["stackgen"] = {"owner": "photos"}
    template.write_text(json.dumps(data), encoding="utf-8")
    imported = adopt(str(template), str(tmp_path / "spec.yaml"))
    errors = [d for d in imported.diagnostics if d.severity == "error"]
    assert [(d.code, d.message.split(":")[0]) for d in errors] == [
        ("I003", "a spec cannot hold the template's `Metadata.stackgen`")]
    # a null value, which CloudFormation refuses: the spec would not build, at the value
    template.write_text("Metadata:\n  Owner: {Team: photos, Pager: }\nResources:\n"
                        "  Users: {Type: AWS::Cognito::UserPool}\n", encoding="utf-8")
    imported = adopt(str(template), str(tmp_path / "spec.yaml"))
    assert [(d.code, d.line, d.column) for d in imported.diagnostics if d.severity == "error"] == [("I008", 2, 32)]


def _after_transform(text: str) -> dict:
    from cfn import translate

    return translate(text)["Resources"]


def _statements(resources: dict, role: str) -> list:
    found = []
    for policy in resources[role]["Properties"].get("Policies", []):
        for statement in policy["PolicyDocument"]["Statement"]:
            actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
            found.append((statement["Effect"], tuple(sorted(actions)), repr(statement["Resource"])))
    return sorted(found)


def test_after_the_sam_transform_the_import_keeps_every_logical_id_type_variable_and_statement(tmp_path):
    original = CASES / "import-adopt" / "original.yaml"
    imported = adopt(str(original), str(tmp_path / "spec.yaml"))
    assert not [d for d in imported.diagnostics if d.severity == "error"]
    result = _built(imported.text, tmp_path, previous=(str(original), original.read_bytes()))
    assert result.ok, result.diagnostics
    before = _after_transform(original.read_text(encoding="utf-8"))
    after = _after_transform(result.text)
    # nothing replaced: every Logical ID keeps its type; what is new is a note of the import
    assert {n: r["Type"] for n, r in before.items()}.items() <= {n: r["Type"] for n, r in after.items()}.items()
    added = set(after) - set(before)
    notes = " ".join(d.message for d in imported.diagnostics if d.code == "I006")
    assert all(f"`{name}`" in notes for name in added)
    for name, resource in before.items():
        if resource["Type"] != "AWS::Lambda::Function":
            continue
        new = after[name]["Properties"]
        assert new.get("Environment") == resource["Properties"].get("Environment"), name
        role = resource["Properties"]["Role"]["Fn::GetAtt"][0]
        assert _statements(after, role) == _statements(before, role), name


def test_a_wire_whose_variables_would_be_named_otherwise_is_not_used(tmp_path):
    from stackgen.kinds.user_pool import COGNITO_ACTIONS

    statement = {"Effect": "Allow", "Action": list(COGNITO_ACTIONS), "Resource": {"Fn::GetAtt": ["P", "Arn"]}}
    template = {"Resources": {
        "P": {"Type": "AWS::Cognito::UserPool"},
        "F": {"Type": "AWS::Serverless::Function", "Properties": {
            "CodeUri": "src/F", "Handler": "index.handler", "Runtime": "nodejs22.x",
            "Environment": {"Variables": {"USER_POOL_ID": {"Ref": "P"}, "POOL_ARN": {"Fn::GetAtt": ["P", "Arn"]}}},
            "Policies": [{"Statement": [statement]}]}}}}
    path = tmp_path / "template.json"
    path.write_text(json.dumps(template), encoding="utf-8")
    imported = adopt(str(path), str(tmp_path / "spec.yaml"))
    # the wire would rename POOL_ARN to USER_POOL: the variables and the statement stay the
    # function's own
    assert "style: dashed" not in imported.text
    assert [d for d in imported.diagnostics if d.severity == "error"] == []
    assert "POOL_ARN: !GetAtt P.Arn" in imported.text and "USER_POOL_ID: !Ref P" in imported.text
    assert "cognito-idp:Admin*" in imported.text  # in properties.Policies


def test_a_file_that_is_not_yaml_text_is_a_located_error_and_nothing_is_written(tmp_path):
    template = tmp_path / "template.yaml"
    template.write_bytes(b"Resources:\n  P: \xff\xfe\n")
    done = CliRunner().invoke(main, ["import", str(template)])
    assert done.exit_code == 1
    assert f"{template}:2:6: error L001: the file is not UTF-8 text" in done.stderr
    assert not (tmp_path / "spec.yaml").exists()


def test_a_template_with_a_duplicate_key_is_guarded_as_sam_cli_read_it(tmp_path):
    template = tmp_path / "template.yaml"
    # the last UsernameAttributes is what was deployed: the order stackgen would change
    template.write_text(
        "Resources:\n  Users:\n    Type: AWS::Cognito::UserPool\n    DeletionPolicy: Retain\n"
        "    UpdateReplacePolicy: Retain\n    Properties:\n      UsernameAttributes: [email, phone_number]\n"
        "      UsernameAttributes: [phone_number, email]\n"
        "      SmsConfiguration: {SnsCallerArn: 'arn:aws:iam::111122223333:role/sms', ExternalId: users}\n",
        encoding="utf-8")
    imported = adopt(str(template), str(tmp_path / "spec.yaml"))
    found = {(d.code, d.severity, d.line) for d in imported.diagnostics if d.severity != "note"}
    # the guard ran (no O006 refusal of the file) and found the replacement, at the pool
    assert found == {("I009", "warning", 8), ("I005", "error", 2)}
    assert "UsernameAttributes" in next(d.message for d in imported.diagnostics if d.code == "I005")


#: the adoption corpus: every template must import with no error and round-trip with no
#: difference and no change
ADOPT_CORPUS = sorted((ROOT / "tests" / "adopt" / "templates").iterdir())


@pytest.mark.xdist_group("adopt")   # beside the harness's own tests: its cfn-lint runner stays warm
@pytest.mark.parametrize("template", ADOPT_CORPUS, ids=lambda p: p.name[:60])
def test_every_template_of_the_corpus_imports_and_round_trips_with_no_difference(template, tmp_path):
    from adopt.compare import compare

    imported = adopt(str(template), str(tmp_path / "spec.yaml"))
    errors = [f"{d.code} {d.message}" for d in imported.diagnostics if d.severity == "error"]
    assert errors == []
    result = _built(imported.text, tmp_path, previous=(str(template), template.read_bytes()))
    # a template with a duplicate key (I009) is refused by the build's guard (O006), and written
    # with --force; its reading as SAM CLI read it passed import's own guard
    duplicated = any(d.code == "I009" for d in imported.diagnostics)
    refused = [d for d in result.diagnostics if d.code == "O006" and duplicated]
    assert result.text is not None and [d for d in result.diagnostics if d.severity == "error"] == refused
    comparison = compare(template.read_text(encoding="utf-8"), result.text)
    assert comparison.differences == []
    assert comparison.changes == []


@pytest.mark.xdist_group("adopt")
def test_a_trigger_with_a_role_of_its_own_keeps_it_and_round_trips(tmp_path):
    from adopt.compare import compare

    template = tmp_path / "template.yaml"
    template.write_text(
        "Transform: AWS::Serverless-2016-10-31\nResources:\n"
        "  Users:\n    Type: AWS::Cognito::UserPool\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n"
        "    Properties:\n      LambdaConfig: {PostAuthentication: !GetAtt PostAuthentication.Arn}\n"
        "  PostAuthenticationRole:\n    Type: AWS::IAM::Role\n    Properties:\n"
        "      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, "
        "Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]}\n"
        "      Policies: [{PolicyName: users, PolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, "
        "Action: cognito-idp:AdminUpdateUserAttributes, Resource: '*'}]}}]\n"
        "  PostAuthentication:\n    Type: AWS::Serverless::Function\n    Properties:\n"
        "      CodeUri: src/post\n      Handler: index.handler\n      Runtime: nodejs22.x\n"
        "      Tracing: Active\n      Role: !GetAtt PostAuthenticationRole.Arn\n", encoding="utf-8")
    imported = adopt(str(template), str(tmp_path / "spec.yaml"))
    assert [d for d in imported.diagnostics if d.severity != "note"] == []
    # the function stays a function (the pool's trigger), its role in `properties`
    assert imported.kinds["PostAuthentication"] == "Function"
    assert "Role: !GetAtt PostAuthenticationRole.Arn" in imported.text and "tracing: false" in imported.text
    result = _built(imported.text, tmp_path, previous=(str(template), template.read_bytes()))
    assert result.ok, result.diagnostics
    comparison = compare(template.read_text(encoding="utf-8"), result.text)
    assert comparison.differences == [] and comparison.changes == []


def test_a_lambda_config_that_is_not_a_mapping_is_a_located_i004_not_a_crash(tmp_path):
    template = tmp_path / "template.yaml"
    template.write_text("Resources:\n  P: {Type: AWS::Cognito::UserPool, Properties: {LambdaConfig: 5}}\n",
                        encoding="utf-8")
    imported = adopt(str(template), str(tmp_path / "spec.yaml"))
    errors = [d for d in imported.diagnostics if d.severity == "error"]
    assert [(d.code, d.line) for d in errors] == [("I004", 2)]
    assert "`LambdaConfig` of `P` is not a mapping" in errors[0].message
