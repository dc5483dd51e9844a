"""The `Custom::UserPoolTriggers` handler against Cognito as moto has it, in-process: it changes
only the triggers the stack owns, keeps every other setting of a pool it does not own, refuses
to overwrite another owner's trigger, and answers CloudFormation on every path."""

import ast
import json
import time
import urllib.request

import boto3
import botocore.session
import pytest
from botocore.validate import validate_parameters
from moto import mock_aws
from moto.cognitoidp.exceptions import InvalidParameterException
from moto.cognitoidp import models as moto_cognito
from moto.cognitoidp.models import CognitoIdpUserPool

from stackgen.handlers import user_pool_triggers as triggers

REGION = "us-east-1"
ACCOUNT = "123456789012"
URL = "https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/response?sig=1"
STACK = f"arn:aws:cloudformation:{REGION}:{ACCOUNT}:stack/app/00000000-0000-0000-0000-000000000000"


def function(name):
    return f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{name}"


OTHERS = function("someone-elses-custom-message")


class Context:
    """Lambda's context object, with the time the test gives it."""

    log_stream_name = "2026/11/27/[$LATEST]abc"

    def __init__(self, remaining_ms=60_000):
        self.deadline = time.monotonic() + remaining_ms / 1000

    def get_remaining_time_in_millis(self):
        return int((self.deadline - time.monotonic()) * 1000)


@pytest.fixture
def answers(monkeypatch):
    """The answers PUT to CloudFormation's ResponseURL (urlopen is replaced: no network)."""
    sent = []

    class Answer:
        def close(self):
            pass

    def urlopen(request, timeout=None):
        assert isinstance(request, urllib.request.Request) and timeout
        sent.append({"url": request.full_url, "method": request.get_method(),
                     "headers": dict(request.header_items()), "body": json.loads(request.data)})
        return Answer()

    monkeypatch.setattr(urllib.request, "urlopen", urlopen)
    return sent


#: the key every moto pool imports (a tenth of a second each time)
SIGNING_KEY = moto_cognito.jwk.RSAKey.import_key(moto_cognito.load_resource("cognitoidp/resources/jwks-private.json"))

#: what CreateUserPool takes and UpdateUserPool does not (moto keeps Schema apart)
CREATE_ONLY = {"AliasAttributes", "UsernameAttributes", "UsernameConfiguration"}


@pytest.fixture(scope="module")
def cognito():
    """moto's Cognito, made to behave as Cognito does where the handler's correctness depends on
    it: UpdateUserPool renames the pool (moto would keep `PoolName` and `UserPoolId` as settings),
    keeps what only CreateUserPool sets (moto would drop AliasAttributes...), refuses UnusedAccountValidityDays beside TemporaryPasswordValidityDays and an email message for
    both DefaultEmailOptions, and DescribeUserPool repeats TemporaryPasswordValidityDays as
    UnusedAccountValidityDays. moto already resets what UpdateUserPool is not given. One mock for
    the module (starting one costs a fourth of a second): each test makes its own pools."""
    original = CognitoIdpUserPool.update_extended_config

    def update_extended_config(pool, config):
        config = dict(config or {})
        config.pop("UserPoolId", None)
        pool.name = config.pop("PoolName", None) or pool.name
        password = config.get("Policies", {}).get("PasswordPolicy", {})
        admin = config.get("AdminCreateUserConfig", {})
        if hasattr(pool, "extended_config"):   # an update, not the creation
            for setting in CREATE_ONLY & set(pool.extended_config):
                config[setting] = pool.extended_config[setting]
            if "TemporaryPasswordValidityDays" in password and "UnusedAccountValidityDays" in admin:
                raise InvalidParameterException(
                    "Please use TemporaryPasswordValidityDays in PasswordPolicy instead of UnusedAccountValidityDays")
            triggers_ = config.get("LambdaConfig", {})
            versioned = triggers_.get("PreTokenGenerationConfig", {}).get("LambdaArn")
            if versioned and triggers_.setdefault("PreTokenGeneration", versioned) != versioned:
                raise InvalidParameterException("PreTokenGeneration and PreTokenGenerationConfig differ")
            template = config.get("VerificationMessageTemplate", {})
            if "EmailMessage" in template and "EmailMessageByLink" in template:
                raise InvalidParameterException("EmailMessage and EmailMessageByLink cannot both be given")
        if "TemporaryPasswordValidityDays" in password and admin:
            config["AdminCreateUserConfig"] = dict(admin, UnusedAccountValidityDays=password["TemporaryPasswordValidityDays"])
        original(pool, config)

    with pytest.MonkeyPatch.context() as patch, mock_aws():
        patch.setattr(CognitoIdpUserPool, "update_extended_config", update_extended_config)
        # no pool here signs a token: the key imported once serves them all
        patch.setattr(moto_cognito.jwk.RSAKey, "import_key", lambda data, *more: SIGNING_KEY)
        patch.setenv("AWS_DEFAULT_REGION", REGION)
        yield boto3.client("cognito-idp", region_name=REGION)


def create_pool(cognito, **settings):
    """A pool made elsewhere, with many settings away from the defaults."""
    pool = cognito.create_user_pool(
        PoolName="made-elsewhere",
        Policies={"PasswordPolicy": {"MinimumLength": 12, "RequireUppercase": True, "RequireLowercase": True,
                                     "RequireNumbers": False, "RequireSymbols": False,
                                     "TemporaryPasswordValidityDays": 3}},
        DeletionProtection="ACTIVE",
        LambdaConfig={"CustomMessage": OTHERS, **settings.pop("LambdaConfig", {})},
        AutoVerifiedAttributes=["email"],
        AliasAttributes=["email", "preferred_username"],
        VerificationMessageTemplate={"DefaultEmailOption": "CONFIRM_WITH_CODE", "SmsMessage": "Code: {####}",
                                     "EmailMessage": "Your code is {####}", "EmailSubject": "Welcome aboard"},
        SmsAuthenticationMessage="Sign-in code {####}",
        UserAttributeUpdateSettings={"AttributesRequireVerificationBeforeUpdate": ["email"]},
        DeviceConfiguration={"ChallengeRequiredOnNewDevice": True, "DeviceOnlyRememberedOnUserPrompt": True},
        EmailConfiguration={"EmailSendingAccount": "DEVELOPER",
                            "SourceArn": f"arn:aws:ses:{REGION}:{ACCOUNT}:identity/example.com",
                            "From": "Example <no-reply@example.com>", "ReplyToEmailAddress": "help@example.com"},
        UserPoolTags={"team": "identity", "cost-centre": "42"},
        AdminCreateUserConfig={"AllowAdminCreateUserOnly": True, "InviteMessageTemplate": {
            "EmailMessage": "Hello {username}, your password is {####}", "EmailSubject": "Your account",
            "SMSMessage": "User {username} password {####}"}},
        Schema=[{"Name": "tenant", "AttributeDataType": "String", "Mutable": True,
                 "StringAttributeConstraints": {"MinLength": "1", "MaxLength": "64"}},
                {"Name": "seats", "AttributeDataType": "Number", "Mutable": True,
                 "NumberAttributeConstraints": {"MinValue": "1", "MaxValue": "500"}}],
        UserPoolAddOns={"AdvancedSecurityMode": "AUDIT"},
        AccountRecoverySetting={"RecoveryMechanisms": [{"Priority": 1, "Name": "verified_email"},
                                                       {"Priority": 2, "Name": "admin_only"}]},
        UsernameConfiguration={"CaseSensitive": False},
        UserPoolTier="PLUS",
        **settings,
    )["UserPool"]["Id"]
    cognito.set_user_pool_mfa_config(UserPoolId=pool, SoftwareTokenMfaConfiguration={"Enabled": True},
                                     MfaConfiguration="OPTIONAL")
    return pool


def describe(cognito, pool):
    return cognito.describe_user_pool(UserPoolId=pool)["UserPool"]


def others(description, ours=()):
    """A description without what a trigger change may change: our keys, LastModifiedDate."""
    rest = {k: v for k, v in description.items() if k != "LastModifiedDate"}
    rest["LambdaConfig"] = {k: v for k, v in rest.get("LambdaConfig", {}).items() if k not in ours}
    return rest


def event(kind, pool, lambda_config, old=None, physical=None):
    request = {
        "RequestType": kind, "ResponseURL": URL, "StackId": STACK, "RequestId": f"request-{kind}",
        "LogicalResourceId": "UsersTriggers", "ResourceType": "Custom::UserPoolTriggers",
        "ResourceProperties": {"ServiceToken": function("triggers"), "UserPoolId": pool,
                               "LambdaConfig": lambda_config},
    }
    if physical:
        request["PhysicalResourceId"] = physical
    if old is not None:
        request["OldResourceProperties"] = {"ServiceToken": function("triggers"), **old}
    return request


def run(request, answers, context=None):
    """The handler's one answer to `request`."""
    before = len(answers)
    triggers.handler(request, context or Context())
    assert len(answers) == before + 1, "one answer per request"
    answer = answers[-1]
    assert answer["url"] == URL and answer["method"] == "PUT"
    assert answer["headers"]["Content-type"] == ""   # S3's presigned URL signs no content type
    body = answer["body"]
    assert (body["StackId"], body["RequestId"], body["LogicalResourceId"]) == (
        STACK, request["RequestId"], "UsersTriggers")
    return body


PRE_TOKEN = {"LambdaArn": function("claims"), "LambdaVersion": "V2_0"}


def test_create_update_delete_change_our_triggers_and_nothing_else(cognito, answers):
    pool = create_pool(cognito)
    original = describe(cognito, pool)
    ours = {"PreSignUp", "PostConfirmation", "PreTokenGeneration", "PreTokenGenerationConfig"}

    created = {"PreSignUp": function("check"), "PreTokenGenerationConfig": PRE_TOKEN}
    answer = run(event("Create", pool, created), answers)
    assert (answer["Status"], answer["PhysicalResourceId"]) == ("SUCCESS", f"{pool}-triggers")
    after = describe(cognito, pool)
    assert others(after, ours) == others(original, ours)
    # Cognito names the pre token generation function under both keys
    assert after["LambdaConfig"] == {"CustomMessage": OTHERS, "PreTokenGeneration": function("claims"), **created}

    # PreTokenGeneration moves to another function, PostConfirmation is added, PreSignUp dropped
    updated = {"PreTokenGenerationConfig": {"LambdaArn": function("claims-v2"), "LambdaVersion": "V3_0"},
               "PostConfirmation": function("welcome")}
    answer = run(event("Update", pool, updated, {"UserPoolId": pool, "LambdaConfig": created},
                       f"{pool}-triggers"), answers)
    assert (answer["Status"], answer["PhysicalResourceId"]) == ("SUCCESS", f"{pool}-triggers")
    after = describe(cognito, pool)
    assert others(after, ours) == others(original, ours)
    assert after["LambdaConfig"] == {"CustomMessage": OTHERS, "PreTokenGeneration": function("claims-v2"), **updated}

    answer = run(event("Delete", pool, updated, physical=f"{pool}-triggers"), answers)
    assert (answer["Status"], answer["PhysicalResourceId"]) == ("SUCCESS", f"{pool}-triggers")
    after = describe(cognito, pool)
    assert others(after) == others(original)
    assert after["LambdaConfig"] == {"CustomMessage": OTHERS}


def test_custom_senders_and_their_key(cognito, answers):
    key = f"arn:aws:kms:{REGION}:{ACCOUNT}:key/ours"
    senders = {"CustomEmailSender": {"LambdaArn": function("mailer"), "LambdaVersion": "V1_0"},
               "CustomSMSSender": {"LambdaArn": function("texter"), "LambdaVersion": "V1_0"}, "KMSKeyID": key}
    pool = create_pool(cognito)
    original = describe(cognito, pool)
    assert run(event("Create", pool, senders), answers)["Status"] == "SUCCESS"
    after = describe(cognito, pool)
    assert after["LambdaConfig"] == {"CustomMessage": OTHERS, **senders}
    assert others(after, set(senders)) == others(original)
    assert run(event("Delete", pool, senders, physical=f"{pool}-triggers"), answers)["Status"] == "SUCCESS"
    assert others(describe(cognito, pool)) == others(original)

    # one key per pool: another owner's is theirs
    theirs = f"arn:aws:kms:{REGION}:{ACCOUNT}:key/theirs"
    pool = create_pool(cognito, LambdaConfig={"KMSKeyID": theirs})
    answer = run(event("Create", pool, senders), answers)
    assert answer["Status"] == "FAILED"
    assert answer["Reason"].startswith(f"LambdaConfig.KMSKeyID of the pool is already set to {theirs} by another owner")


def test_a_bare_update_would_reset_the_pool(cognito):
    """What the comparison above guards against: given only the triggers, UpdateUserPool resets
    the rest (as Cognito does, and moto too)."""
    pool = create_pool(cognito)
    original = describe(cognito, pool)
    cognito.update_user_pool(UserPoolId=pool, LambdaConfig={"CustomMessage": OTHERS})
    after = describe(cognito, pool)
    assert after["Policies"] != original["Policies"]
    assert "UserPoolTags" not in after and "DeletionProtection" not in after


def test_a_trigger_of_another_owner_is_refused_and_nothing_changes(cognito, answers):
    pool = create_pool(cognito, LambdaConfig={"PreSignUp": function("theirs"),
                                              "PreTokenGeneration": function("their-claims")})
    original = describe(cognito, pool)
    answer = run(event("Create", pool, {"PostConfirmation": function("welcome"),
                                        "PreSignUp": function("check")}), answers)
    assert answer["Status"] == "FAILED"
    assert "LambdaConfig.PreSignUp" in answer["Reason"] and function("theirs") in answer["Reason"]
    assert describe(cognito, pool) == original

    # PreTokenGenerationConfig is the same event as PreTokenGeneration
    answer = run(event("Create", pool, {"PreTokenGenerationConfig": PRE_TOKEN}), answers)
    assert answer["Status"] == "FAILED"
    assert "LambdaConfig.PreTokenGenerationConfig" in answer["Reason"] and function("their-claims") in answer["Reason"]
    assert describe(cognito, pool) == original


def test_an_update_may_take_back_what_the_stack_set_but_not_what_another_owner_changed(cognito, answers):
    pool = create_pool(cognito)
    mine = {"PreSignUp": function("check")}
    run(event("Create", pool, mine), answers)
    # someone else moves PreSignUp to their function: our next update must not take it
    config = dict(describe(cognito, pool)["LambdaConfig"], PreSignUp=function("theirs"))
    cognito.update_user_pool(**triggers.update_request(cognito.meta.service_model, describe(cognito, pool), config))
    answer = run(event("Update", pool, {"PreSignUp": function("check-v2")},
                       {"UserPoolId": pool, "LambdaConfig": mine}, f"{pool}-triggers"), answers)
    assert answer["Status"] == "FAILED" and function("theirs") in answer["Reason"]
    # and Delete leaves it to them
    answer = run(event("Delete", pool, mine, physical=f"{pool}-triggers"), answers)
    assert answer["Status"] == "SUCCESS"
    assert describe(cognito, pool)["LambdaConfig"] == {"CustomMessage": OTHERS, "PreSignUp": function("theirs")}


def test_another_pool_is_a_new_resource(cognito, answers):
    first, second = create_pool(cognito), create_pool(cognito)
    mine = {"PreSignUp": function("check")}
    run(event("Create", first, mine), answers)
    answer = run(event("Update", second, mine, {"UserPoolId": first, "LambdaConfig": mine},
                       f"{first}-triggers"), answers)
    assert (answer["Status"], answer["PhysicalResourceId"]) == ("SUCCESS", f"{second}-triggers")
    assert describe(cognito, second)["LambdaConfig"]["PreSignUp"] == function("check")
    # CloudFormation then deletes the old resource, with its own properties
    answer = run(event("Delete", first, mine, physical=f"{first}-triggers"), answers)
    assert (answer["Status"], answer["PhysicalResourceId"]) == ("SUCCESS", f"{first}-triggers")
    assert describe(cognito, first)["LambdaConfig"] == {"CustomMessage": OTHERS}
    assert describe(cognito, second)["LambdaConfig"]["PreSignUp"] == function("check")


def test_a_pool_that_is_gone(cognito, answers):
    gone = f"{REGION}_gone"
    answer = run(event("Delete", gone, {"PreSignUp": function("check")}, physical=f"{gone}-triggers"), answers)
    assert (answer["Status"], answer["PhysicalResourceId"]) == ("SUCCESS", f"{gone}-triggers")
    answer = run(event("Create", gone, {"PreSignUp": function("check")}), answers)
    assert answer["Status"] == "FAILED"
    assert f"user pool {gone} does not exist" in answer["Reason"] and "check UserPoolId" in answer["Reason"]


def test_properties_it_cannot_use(cognito, answers):
    pool = create_pool(cognito)
    original = describe(cognito, pool)
    answer = run(event("Create", pool, {"PreSignup": function("check")}), answers)
    assert answer["Status"] == "FAILED" and "LambdaConfig has PreSignup, which Cognito does not know: use" in answer["Reason"]
    assert "PreSignUp" in answer["Reason"]
    answer = run(event("Create", None, {"PreSignUp": function("check")}), answers)
    assert answer["Status"] == "FAILED" and "UserPoolId" in answer["Reason"]
    assert answer["PhysicalResourceId"] == "UsersTriggers-triggers"
    answer = run(event("Create", pool, "PreSignUp"), answers)
    assert answer["Status"] == "FAILED" and "LambdaConfig (trigger name: ARN) are required" in answer["Reason"]
    # the Delete that rolls such a Create back has nothing to remove
    answer = run(event("Delete", None, {"PreSignUp": function("check")}, physical="UsersTriggers-triggers"), answers)
    assert (answer["Status"], answer["PhysicalResourceId"]) == ("SUCCESS", "UsersTriggers-triggers")
    answer = run(event("Delete", pool, {"PreSignup": function("check")}, physical=f"{pool}-triggers"), answers)
    assert (answer["Status"], answer["PhysicalResourceId"]) == ("SUCCESS", f"{pool}-triggers")
    assert describe(cognito, pool) == original


def test_its_own_failure_is_answered(cognito, answers, monkeypatch):
    pool = create_pool(cognito)

    def broken(*_):
        raise KeyError("Id")

    monkeypatch.setattr(triggers, "update_request", broken)
    answer = run(event("Create", pool, {"PreSignUp": function("check")}), answers)
    assert (answer["Status"], answer["PhysicalResourceId"]) == ("FAILED", f"{pool}-triggers")
    assert answer["Reason"] == f"KeyError: 'Id' (log stream {Context.log_stream_name})"


def test_a_timeout_is_answered_before_lambda_stops_and_changes_nothing(cognito, answers, monkeypatch):
    pool = create_pool(cognito)
    original = describe(cognito, pool)
    client = boto3.client

    def slow_client(*args, **kwargs):
        made = client(*args, **kwargs)
        made.meta.events.register("before-call.cognito-identity-provider.DescribeUserPool",
                                  lambda **_: time.sleep(0.25))
        return made

    monkeypatch.setattr(boto3, "client", slow_client)
    answer = run(event("Create", pool, {"PreSignUp": function("check")}),
                 answers, Context(triggers.MARGIN_MS + 50))
    assert (answer["Status"], answer["PhysicalResourceId"]) == ("FAILED", f"{pool}-triggers")
    assert answer["Reason"].startswith("timed out") and pool in answer["Reason"]
    assert describe(cognito, pool) == original   # the update was not sent after the answer


def test_a_setting_this_boto3_does_not_know_stops_the_update(cognito, answers, monkeypatch):
    """A setting that AWS returns and the runtime's botocore does not know (an older model: here
    its parser leaves two members out) would be reset by UpdateUserPool."""
    pool = create_pool(cognito)
    original = describe(cognito, pool)
    client = boto3.client

    def forget(parsed, **_):
        parsed["UserPool"].pop("UserPoolTags")
        parsed["UserPool"]["Policies"]["PasswordPolicy"].pop("TemporaryPasswordValidityDays")

    def older_client(*args, **kwargs):
        made = client(*args, **kwargs)
        made.meta.events.register("after-call.cognito-identity-provider.DescribeUserPool", forget)
        return made

    monkeypatch.setattr(boto3, "client", older_client)
    answer = run(event("Create", pool, {"PreSignUp": function("check")}), answers)
    assert answer["Status"] == "FAILED"
    assert ("this runtime's boto3 does not know Policies.PasswordPolicy.TemporaryPasswordValidityDays, "
            f"UserPoolTags of pool {pool}; UpdateUserPool would reset it") in answer["Reason"]
    assert describe(cognito, pool) == original


def test_the_request_is_what_update_takes_back():
    """A DescribeUserPool answer as Cognito gives it (every member it can have) becomes a request
    that botocore's model accepts, without UnusedAccountValidityDays beside
    TemporaryPasswordValidityDays or the email message of the option not chosen."""
    model = botocore.session.get_session().get_service_model("cognito-idp")
    pool = {
        "Id": f"{REGION}_abc", "Name": "made-elsewhere", "Arn": "arn", "Status": "Enabled",
        "EstimatedNumberOfUsers": 3, "Domain": "auth", "CustomDomain": "auth.example.com",
        "SchemaAttributes": [{"Name": "sub"}], "AliasAttributes": ["email"], "UsernameConfiguration": {"CaseSensitive": False},
        "SmsConfigurationFailure": "", "EmailConfigurationFailure": "",
        "Policies": {"PasswordPolicy": {"MinimumLength": 9, "TemporaryPasswordValidityDays": 2}},
        "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": True, "UnusedAccountValidityDays": 2},
        "LambdaConfig": {"CustomMessage": OTHERS, "PreSignUp": None,
                         "CustomSMSSender": {"LambdaArn": None, "LambdaVersion": "V1_0"}},
        "VerificationMessageTemplate": {"DefaultEmailOption": "CONFIRM_WITH_LINK",
                                        "EmailMessage": "{####}", "EmailSubject": "Code",
                                        "EmailMessageByLink": "{##Verify##}", "EmailSubjectByLink": "Link"},
        "EmailVerificationMessage": "{####}", "EmailVerificationSubject": "Code", "SmsVerificationMessage": "{####}",
        "AccountRecoverySetting": {"RecoveryMechanisms": [{"Priority": 1, "Name": "verified_email"}, {"Priority": 2}]},
        "UserPoolTags": {"team": "identity"}, "MfaConfiguration": "OFF",
    }
    lambda_config = {"CustomMessage": OTHERS, "PreSignUp": function("check")}
    request = triggers.update_request(model, pool, lambda_config)
    validate_parameters(request, model.operation_model("UpdateUserPool").input_shape)
    assert request == {
        "UserPoolId": f"{REGION}_abc", "PoolName": "made-elsewhere",
        "Policies": {"PasswordPolicy": {"MinimumLength": 9, "TemporaryPasswordValidityDays": 2}},
        "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": True},
        "LambdaConfig": lambda_config,
        "VerificationMessageTemplate": {"DefaultEmailOption": "CONFIRM_WITH_LINK",
                                        "EmailMessageByLink": "{##Verify##}", "EmailSubjectByLink": "Link"},
        # a recovery mechanism without its Name cannot be given back
        "AccountRecoverySetting": {"RecoveryMechanisms": [{"Priority": 1, "Name": "verified_email"}]},
        "UserPoolTags": {"team": "identity"}, "MfaConfiguration": "OFF",
    }
    # a pool from before TemporaryPasswordValidityDays keeps its validity
    pool["Policies"]["PasswordPolicy"].pop("TemporaryPasswordValidityDays")
    request = triggers.update_request(model, pool, lambda_config)
    assert request["Policies"]["PasswordPolicy"]["TemporaryPasswordValidityDays"] == 2
    assert "UnusedAccountValidityDays" not in request["AdminCreateUserConfig"]


def test_the_policy_allows_exactly_what_the_handler_calls(cognito, answers, monkeypatch):
    pool_arn = f"arn:aws:cognito-idp:{REGION}:{ACCOUNT}:userpool/{REGION}_abc"
    document = triggers.policy(pool_arn)
    (statement,) = document["Statement"]
    assert document["Version"] == "2012-10-17"
    assert statement["Effect"] == "Allow" and statement["Resource"] == pool_arn
    # an intrinsic (the emitter's !Sub of the pool's ARN) goes in as it is
    assert triggers.policy({"Fn::Sub": "arn"})["Statement"][0]["Resource"] == {"Fn::Sub": "arn"}

    called = set()
    client = boto3.client

    def recording_client(*args, **kwargs):
        made = client(*args, **kwargs)
        made.meta.events.register("before-call", lambda model, **_: called.add(f"cognito-idp:{model.name}"))
        return made

    pool = create_pool(cognito)
    monkeypatch.setattr(boto3, "client", recording_client)
    mine = {"PreSignUp": function("check")}
    run(event("Create", pool, mine), answers)
    run(event("Delete", pool, mine, physical=f"{pool}-triggers"), answers)
    assert called == set(statement["Action"])


#: Templates deployed without S3 must stay under 51,200 bytes, each pool that a stack wires
#: but does not own adds nothing to the code: the handler keeps within a budget far below the
#: limit of inline code itself (see the test below).
INLINE_BUDGET = 8 * 1024


def test_the_inline_code_limit_is_the_one_checked():
    """CloudFormation's ZipFile (which SAM's InlineCode becomes) was limited to 4,096 characters
    until 2022; AWS's resource schema, as cfn-lint carries it, now gives 4 MB and no maxLength."""
    from cfnlint.schema import PROVIDER_SCHEMA_MANAGER

    schema = PROVIDER_SCHEMA_MANAGER.get_resource_schema(REGION, "AWS::Lambda::Function").schema
    zip_file = schema["definitions"]["Code"]["properties"]["ZipFile"]
    assert "maxLength" not in zip_file and "This zip file cannot exceed 4MB." in zip_file["description"]
    assert INLINE_BUDGET < 4 * 1024 * 1024


def test_the_inline_source_is_small_standalone_and_works(cognito, answers):
    source = triggers.inline_source()
    assert len(source.encode("utf-8")) <= INLINE_BUDGET
    tree = ast.parse(source)
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported == {"json", "threading", "urllib", "boto3"}
    defined = {node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.ClassDef))}
    assert "handler" in defined and not defined & {"policy", "inline_source"}
    assert '"""' not in source and "#" not in source

    # the text itself runs: as Lambda's index.py
    index = {"__name__": "index"}
    exec(compile(source, "index.py", "exec"), index)
    pool = create_pool(cognito)
    original = describe(cognito, pool)
    request = event("Create", pool, {"PreSignUp": function("check")})
    before = len(answers)
    index["handler"](request, Context())
    assert answers[before:][0]["body"]["Status"] == "SUCCESS" and len(answers) == before + 1
    after = describe(cognito, pool)
    assert others(after, {"PreSignUp"}) == others(original)
    assert after["LambdaConfig"]["PreSignUp"] == function("check")
