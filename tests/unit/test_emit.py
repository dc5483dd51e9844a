"""Unit tests of stackgen.emit: from hand-built model objects and graphs (no YAML) to fragments."""

from __future__ import annotations

import copy
import json
from types import MappingProxyType

import pytest

from stackgen import emit as emit_module
from stackgen.emit import OUTPUTS, RESOURCES, RULES, emit, emit_permissions, emit_unlinked_policies, merge_properties
from stackgen.kinds import REGISTRY, of
from stackgen.kinds.edge_function import emit_edge_function, emit_region_rule
from stackgen.kinds.function import emit_function
from stackgen.kinds.user_pool import emit_pool, sends_sms
from stackgen.kinds.user_pool_client import emit_client
from stackgen.intrinsics import Intrinsic, get_att, ref, sub
from stackgen.model import EdgeFunction, Function, Stack, UserPool, UserPoolClient, Wire
from stackgen.resolve import CLIENT_ID, POOL_ARN, POOL_ID, SENDER_KEY, Discovery, Graph, Trigger, Variable

SEED_ACTIONS = [
    "cognito-idp:Admin*",
    "cognito-idp:DescribeIdentityProvider",
    "cognito-idp:DescribeResourceServer",
    "cognito-idp:DescribeUserPool",
    "cognito-idp:DescribeUserPoolClient",
    "cognito-idp:DescribeUserPoolDomain",
    "cognito-idp:GetGroup",
    "cognito-idp:ListGroups",
    "cognito-idp:ListUserPoolClients",
    "cognito-idp:ListUsers",
    "cognito-idp:ListUsersInGroup",
    "cognito-idp:UpdateGroup",
]


# --- hand-built model objects ----------------------------------------------------------------

def pool(name="Users", properties=None, **kw) -> UserPool:
    return UserPool(name, ("resources", name), MappingProxyType(properties or {}), **kw)


def client(name="Web", properties=None) -> UserPoolClient:
    return UserPoolClient(name, ("resources", name), MappingProxyType(properties or {}))


def function(name="Fn", properties=None, **kw) -> Function:
    kw.setdefault("code_uri", f"src/{name}")
    return Function(name, ("resources", name), MappingProxyType(properties or {}), **kw)


def edge(name="Viewer", properties=None, **kw) -> EdgeFunction:
    kw.setdefault("code_uri", f"src/{name}")
    return EdgeFunction(name, ("resources", name), MappingProxyType(properties or {}), **kw)


def wire(index, source, target, style="solid", event=None) -> Wire:
    return Wire(source, target, style, event, index)


def graph(*resources, triggers=(), client_pool=None, discoveries=(), variables=None) -> Graph:
    stack = Stack(None, MappingProxyType({r.name: r for r in resources}), ())
    return Graph(stack, tuple(triggers), dict(client_pool or {}), tuple(discoveries), dict(variables or {}))


def trigger(index, p, f, event) -> Trigger:
    return Trigger(p, f, event, wire(index, p, f, event=event))


def by_id(fragments):
    return {(f.section, f.logical_id): f for f in fragments}


def resource(fragments, logical_id):
    return by_id(fragments)[(RESOURCES, logical_id)].body


def pool_discovery(index, f, p, linked=True):
    return Discovery(f, p, p, wire(index, f, p, "dashed"), linked)


def pool_variables(index, f, p, id_name="USER_POOL_ID", arn_name="USER_POOL"):
    w = wire(index, f, p, "dashed")
    return (Variable(id_name, POOL_ID, p, w), Variable(arn_name, POOL_ARN, p, w))


# --- user pool --------------------------------------------------------------------------------

def test_pool_defaults():
    out = emit_pool(pool(), graph(pool()))
    assert out.diagnostics == []
    body = resource(out.fragments, "Users")
    assert body["Type"] == "AWS::Cognito::UserPool"
    assert body["DeletionPolicy"] == "Retain"
    assert body["UpdateReplacePolicy"] == "Retain"
    props = body["Properties"]
    assert props["UserPoolName"] == sub("${AWS::StackName}-Users")
    assert props["AdminCreateUserConfig"] == {"AllowAdminCreateUserOnly": False}
    assert props["AliasAttributes"] == ["email", "preferred_username"]
    assert "AutoVerifiedAttributes" not in props
    assert "LambdaConfig" not in props


def test_pool_fields():
    p = pool(allow_public_sign_ups=False, auto_verify_emails=True)
    props = resource(emit_pool(p, graph(p)).fragments, "Users")["Properties"]
    assert props["AdminCreateUserConfig"] == {"AllowAdminCreateUserOnly": True}
    assert props["AutoVerifiedAttributes"] == ["email"]


def test_pool_outputs():
    fragments = by_id(emit_pool(pool(), graph(pool())).fragments)
    assert fragments[(OUTPUTS, "UsersId")].body["Value"] == ref("Users")
    assert fragments[(OUTPUTS, "UsersArn")].body["Value"] == get_att("Users", "Arn")
    assert all(f.parent == "Users" for f in fragments.values())


def test_lambda_config_maps_each_event_to_its_function_in_the_seed_order():
    p, f, g = pool(), function("Check"), function("Welcome")
    gr = graph(p, f, g, triggers=[
        trigger(0, "Users", "Welcome", "PostConfirmation"),
        trigger(1, "Users", "Check", "PreSignUp"),
        trigger(2, "Users", "Check", "CustomMessage"),
    ])
    config = resource(emit_pool(p, gr).fragments, "Users")["Properties"]["LambdaConfig"]
    assert config == {
        "PreSignUp": get_att("Check", "Arn"),
        "PostConfirmation": get_att("Welcome", "Arn"),
        "CustomMessage": get_att("Check", "Arn"),
    }
    assert list(config) == ["PreSignUp", "PostConfirmation", "CustomMessage"]


def test_senders_and_federation_name_their_function_and_event_version_after_the_seed_events():
    p, f, g = pool(), function("Send"), function("Federate")
    gr = graph(p, f, g, triggers=[
        trigger(0, "Users", "Federate", "InboundFederation"),
        trigger(1, "Users", "Send", "CustomSMSSender"),
        trigger(2, "Users", "Send", "CustomEmailSender"),
        trigger(3, "Users", "Send", "PreSignUp"),
    ])
    config = resource(emit_pool(p, gr).fragments, "Users")["Properties"]["LambdaConfig"]
    assert list(config) == ["PreSignUp", "CustomEmailSender", "CustomSMSSender", "InboundFederation", "KMSKeyID"]
    assert config["PreSignUp"] == get_att("Send", "Arn")
    for event, fn in (("CustomEmailSender", "Send"), ("CustomSMSSender", "Send"), ("InboundFederation", "Federate")):
        assert config[event] == {"LambdaArn": get_att(fn, "Arn"), "LambdaVersion": "V1_0"}
    # one permission per (pool, function) pair, whatever the events
    assert [f.logical_id for f in emit_permissions(gr)] == ["UsersToFederatePermission", "UsersToSendPermission"]


def _token_trigger(version):
    return Trigger("Users", "Claims", "PreTokenGeneration", Wire("Users", "Claims", "solid", "PreTokenGeneration", 0, version))


@pytest.mark.parametrize("version", [None, 1])
def test_pre_token_generation_version_1_is_the_legacy_key(version):
    p, f = pool(), function("Claims")
    config = resource(emit_pool(p, graph(p, f, triggers=[_token_trigger(version)])).fragments, "Users")["Properties"]["LambdaConfig"]
    assert config == {"PreTokenGeneration": get_att("Claims", "Arn")}


@pytest.mark.parametrize("version, name", [(2, "V2_0"), (3, "V3_0")])
def test_pre_token_generation_versions_2_and_3_are_the_config_key_in_its_place(version, name):
    p, f, g = pool(), function("Claims"), function("Check")
    gr = graph(p, f, g, triggers=[_token_trigger(version), trigger(1, "Users", "Check", "CustomMessage"),
                                  trigger(2, "Users", "Check", "PreSignUp")])
    config = resource(emit_pool(p, gr).fragments, "Users")["Properties"]["LambdaConfig"]
    assert list(config) == ["PreSignUp", "PreTokenGenerationConfig", "CustomMessage"]
    assert config["PreTokenGenerationConfig"] == {"LambdaArn": get_att("Claims", "Arn"), "LambdaVersion": name}


def test_lambda_config_only_for_that_pool():
    p, q, f = pool("P"), pool("Q"), function("F")
    gr = graph(p, q, f, triggers=[trigger(0, "Q", "F", "PreSignUp")])
    assert "LambdaConfig" not in resource(emit_pool(p, gr).fragments, "P")["Properties"]


# --- client -----------------------------------------------------------------------------------

def test_client_belongs_to_its_pool():
    p, c = pool(), client()
    out = emit_client(c, graph(p, c, client_pool={"Web": "Users"}))
    body = resource(out.fragments, "Web")
    assert body == {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": ref("Users")}}
    assert by_id(out.fragments)[(OUTPUTS, "WebId")].body["Value"] == ref("Web")


# --- permissions ------------------------------------------------------------------------------

def test_one_permission_per_pool_function_pair():
    p, q, f, g = pool("P"), pool("Q"), function("F"), function("G")
    gr = graph(p, q, f, g, triggers=[
        trigger(0, "P", "F", "PreSignUp"),
        trigger(1, "P", "F", "PostConfirmation"),  # same pair, second event
        trigger(2, "P", "G", "CustomMessage"),
        trigger(3, "Q", "F", "PreSignUp"),
    ])
    fragments = list(emit_permissions(gr))
    assert [f.logical_id for f in fragments] == ["PToFPermission", "PToGPermission", "QToFPermission"]
    first = fragments[0]
    assert first.section == RESOURCES
    assert first.parent == "P"  # starts with, and is laid out after, the pool
    assert first.body == {
        "Type": "AWS::Lambda::Permission",
        "Properties": {
            "Action": "lambda:InvokeFunction",
            "FunctionName": get_att("F", "Arn"),
            "Principal": "cognito-idp.amazonaws.com",
            "SourceArn": get_att("P", "Arn"),
        },
    }


def test_no_trigger_no_permission():
    assert list(emit_permissions(graph(pool(), function()))) == []


# --- function ---------------------------------------------------------------------------------

def test_a_function_with_a_role_of_its_own_gets_no_policies_and_no_derived_role():
    p = pool("Users")
    f = function("Send", {"Role": get_att("SendRole", "Arn")}, tracing=False)
    # a sender key statement is what its variable calls for: with a role of its own, none is emitted
    sender = Variable("SENDER_KEY_ARN", SENDER_KEY, "Users", wire(0, "Users", "Send", event="CustomSMSSender"))
    out = emit_function(f, graph(p, f, variables={"Send": (sender,)}))
    assert out.diagnostics == []
    [fragment] = out.fragments
    assert fragment.implied == ()  # SAM derives no SendRole
    assert "Policies" not in fragment.body["Properties"]
    assert fragment.body["Properties"]["Role"] == get_att("SendRole", "Arn")
    # a Role SAM replaces in one branch of an !If still derives SendRole there
    either = function("Send", {"Role": Intrinsic("If", ["Own", get_att("SendRole", "Arn"), ref("AWS::NoValue")])},
                      tracing=False)
    assert emit_function(either, graph(either)).fragments[0].implied == ("SendRole",)


def test_function_properties():
    f = function("Admin", code_uri="src/admin", handler="app.handler", runtime="python3.13",
                 memory_size=512, timeout=10)
    out = emit_function(f, graph(f))
    assert out.diagnostics == []
    [fragment] = out.fragments
    assert fragment.logical_id == "Admin"
    assert fragment.implied == ("AdminRole",)
    assert fragment.body == {
        "Type": "AWS::Serverless::Function",
        "Properties": {
            "CodeUri": "src/admin",
            "Handler": "app.handler",
            "Runtime": "python3.13",
            "MemorySize": 512,
            "Timeout": 10,
            "Tracing": "Active",
            "Policies": ["AWSXrayWriteOnlyAccess"],
        },
    }


def test_function_environment_user_first_then_wires():
    p, c = pool("P"), client("C")
    f = function("F", environment=(("LOG_LEVEL", "info"), ("USER_POOL_ID", "mine")))
    w = wire(1, "F", "C", "dashed")
    gr = graph(p, c, f, client_pool={"C": "P"},
               discoveries=[pool_discovery(0, "F", "P"), Discovery("F", "C", "P", w, True)],
               variables={"F": pool_variables(0, "F", "P", id_name="USER_POOL_ID_2")
                          + (Variable("USER_POOL_CLIENT_ID", CLIENT_ID, "C", w),)})
    variables = resource(emit_function(f, gr).fragments, "F")["Properties"]["Environment"]["Variables"]
    assert variables == {
        "LOG_LEVEL": "info",
        "USER_POOL_ID": "mine",
        "USER_POOL_ID_2": ref("P"),
        "USER_POOL": get_att("P", "Arn"),
        "USER_POOL_CLIENT_ID": ref("C"),
    }
    assert list(variables) == ["LOG_LEVEL", "USER_POOL_ID", "USER_POOL_ID_2", "USER_POOL", "USER_POOL_CLIENT_ID"]


def test_dashed_wire_to_a_pool_gives_the_seed_statement():
    p, f = pool("P"), function("F")
    gr = graph(p, f, discoveries=[pool_discovery(0, "F", "P")], variables={"F": pool_variables(0, "F", "P")})
    policies = resource(emit_function(f, gr).fragments, "F")["Properties"]["Policies"]
    assert policies[0] == "AWSXrayWriteOnlyAccess"
    assert policies[1] == {"Statement": [{
        "Effect": "Allow",
        "Action": SEED_ACTIONS,
        "Resource": get_att("P", "Arn"),
    }]}
    assert len(SEED_ACTIONS) == 12


def test_dashed_wire_to_a_client_gives_no_iam():
    p, c, f = pool("P"), client("C"), function("F")
    w = wire(0, "F", "C", "dashed")
    gr = graph(p, c, f, client_pool={"C": "P"}, discoveries=[Discovery("F", "C", "P", w, True)],
               variables={"F": (Variable("USER_POOL_CLIENT_ID", CLIENT_ID, "C", w),)})
    props = resource(emit_function(f, gr).fragments, "F")["Properties"]
    assert props["Policies"] == ["AWSXrayWriteOnlyAccess"]
    assert props["Environment"] == {"Variables": {"USER_POOL_CLIENT_ID": ref("C")}}


def test_one_statement_per_discovered_pool_in_wire_order():
    p, q, f = pool("P"), pool("Q"), function("F")
    gr = graph(p, q, f, discoveries=[pool_discovery(0, "F", "Q"), pool_discovery(1, "F", "P")],
               variables={"F": pool_variables(0, "F", "Q") + pool_variables(1, "F", "P", "USER_POOL_ID_2", "USER_POOL_2")})
    statements = resource(emit_function(f, gr).fragments, "F")["Properties"]["Policies"][1]["Statement"]
    assert [s["Resource"] for s in statements] == [get_att("Q", "Arn"), get_att("P", "Arn")]


# --- self-discovery ---------------------------------------------------------------------------

def _self_discovery_graph():
    p, f = pool("Users"), function("Check")
    return p, f, graph(p, f, triggers=[trigger(0, "Users", "Check", "PreSignUp")],
                       discoveries=[pool_discovery(1, "Check", "Users", linked=False)],
                       variables={"Check": ()})


def test_self_discovery_puts_nothing_of_the_pool_in_the_function():
    p, f, gr = _self_discovery_graph()
    props = resource(emit_function(f, gr).fragments, "Check")["Properties"]
    assert "Environment" not in props
    assert props["Policies"] == ["AWSXrayWriteOnlyAccess"]
    # and so nothing in the function refers to the pool
    assert "Users" not in json.dumps(props, default=repr)


def test_self_discovery_gets_a_separate_iam_policy():
    p, f, gr = _self_discovery_graph()
    [fragment] = list(emit_unlinked_policies(gr))
    assert fragment.logical_id == "UsersToCheckPolicy"
    assert fragment.parent == "Users"
    assert fragment.body == {
        "Type": "AWS::IAM::Policy",
        "Properties": {
            "PolicyName": "UsersToCheckPolicy",
            "Roles": [ref("CheckRole")],
            "PolicyDocument": {"Version": "2012-10-17", "Statement": [{
                "Effect": "Allow",
                "Action": SEED_ACTIONS,
                "Resource": get_att("Users", "Arn"),
            }]},
        },
    }


def test_self_discovery_of_a_client_gets_no_policy():
    p, c, f = pool("P"), client("C"), function("F")
    gr = graph(p, c, f, triggers=[trigger(0, "P", "F", "PreSignUp")], client_pool={"C": "P"},
               discoveries=[Discovery("F", "C", "P", wire(1, "F", "C", "dashed"), False)])
    assert list(emit_unlinked_policies(gr)) == []


def test_linked_discovery_gets_no_separate_policy():
    p, f = pool("P"), function("F")
    gr = graph(p, f, discoveries=[pool_discovery(0, "F", "P")], variables={"F": pool_variables(0, "F", "P")})
    assert list(emit_unlinked_policies(gr)) == []


# --- edge function ----------------------------------------------------------------------------

def test_edge_function_alone():
    v = edge("Viewer")
    out = emit_edge_function(v, graph(v))
    assert out.diagnostics == []
    fragments = by_id(out.fragments)
    body = fragments[(RESOURCES, "Viewer")].body
    assert body["Type"] == "AWS::Serverless::Function"
    assert body["DeletionPolicy"] == "Retain"
    assert body["UpdateReplacePolicy"] == "Retain"
    props = body["Properties"]
    assert props["AutoPublishAlias"] == "live"
    assert props["Timeout"] == 5
    assert "Environment" not in props
    trust = props["AssumeRolePolicyDocument"]["Statement"]
    assert any(
        s["Effect"] == "Allow" and s["Action"] == "sts:AssumeRole"
        and "edgelambda.amazonaws.com" in s["Principal"]["Service"]
        and "lambda.amazonaws.com" in s["Principal"]["Service"]
        for s in trust
    )
    assert fragments[(OUTPUTS, "ViewerVersionArn")].body["Value"] == ref("Viewer.Version")
    # no discovered values: no parameter, no policy
    assert set(fragments) == {(RESOURCES, "Viewer"), (OUTPUTS, "ViewerVersionArn")}
    assert "ViewerRole" in fragments[(RESOURCES, "Viewer")].implied


def test_edge_function_discovery_goes_through_ssm():
    p, c, v = pool("Users"), client("Web"), edge("Viewer")
    wc = wire(1, "Viewer", "Web", "dashed")
    gr = graph(p, c, v, client_pool={"Web": "Users"},
               discoveries=[pool_discovery(0, "Viewer", "Users"), Discovery("Viewer", "Web", "Users", wc, True)],
               variables={"Viewer": pool_variables(0, "Viewer", "Users")
                          + (Variable("USER_POOL_CLIENT_ID", CLIENT_ID, "Web", wc),)})
    out = emit_edge_function(v, gr)
    [note] = out.diagnostics
    assert (note.code, note.severity, note.pointer) == ("R003", "note", ("wires", 0))
    assert "USER_POOL_ID, USER_POOL, USER_POOL_CLIENT_ID" in note.message and "SSM" in note.message
    fragments = by_id(out.fragments)
    props = fragments[(RESOURCES, "Viewer")].body["Properties"]
    assert "Environment" not in props
    # its IAM statement for the pool is still granted
    assert props["Policies"] == [{"Statement": [{
        "Effect": "Allow", "Action": SEED_ACTIONS, "Resource": get_att("Users", "Arn")}]}]

    parameter = fragments[(RESOURCES, "ViewerEnvironmentParameter")]
    assert parameter.parent == "Viewer"
    assert parameter.body["Type"] == "AWS::SSM::Parameter"
    pprops = parameter.body["Properties"]
    assert pprops["Name"] == sub("/stackgen/${Viewer}/environment")
    assert pprops["Type"] == "String"
    value = pprops["Value"]
    assert isinstance(value, Intrinsic) and value.fn == "Sub"
    assert json.loads(value.value) == {
        "USER_POOL_ID": "${Users}",
        "USER_POOL": "${Users.Arn}",
        "USER_POOL_CLIENT_ID": "${Web}",
    }

    policy = fragments[(RESOURCES, "ViewerEnvironmentPolicy")].body
    assert policy["Type"] == "AWS::IAM::Policy"
    assert policy["Properties"]["Roles"] == [ref("ViewerRole")]
    [statement] = policy["Properties"]["PolicyDocument"]["Statement"]
    assert statement["Action"] == "ssm:GetParameter"
    assert statement["Effect"] == "Allow"
    assert "parameter/stackgen/${Viewer}/environment" in statement["Resource"].value


def test_edge_function_ignores_an_environment_it_cannot_have():
    # the schema forbids `environment` on an EdgeFunction; even a hand-built one emits none
    v = edge("Viewer", environment=(("A", "b"),))
    props = resource(emit_edge_function(v, graph(v)).fragments, "Viewer")["Properties"]
    assert "Environment" not in props


def test_region_rule_only_with_edge_functions():
    assert [f for f in emit(graph(pool(), function())).fragments if f.section == RULES] == []
    g = graph(pool(), edge("A"), edge("B"))
    assert [f for f in emit(g).fragments if f.section == RULES] == list(emit_region_rule(of(g.stack.resources, "EdgeFunction"), g))
    [rule] = list(emit_region_rule(of(g.stack.resources, "EdgeFunction"), g))
    assert rule.section == RULES
    [assertion] = rule.body["Assertions"]
    assert assertion["Assert"] == Intrinsic("Equals", [ref("AWS::Region"), "us-east-1"])
    assert "A, B" in assertion["AssertDescription"]


# --- properties -------------------------------------------------------------------------------

def test_properties_add_keys():
    p = pool(properties={"MfaConfiguration": "OFF", "UserPoolTags": {"team": "id"}})
    props = resource(emit_pool(p, graph(p)).fragments, "Users")["Properties"]
    assert props["MfaConfiguration"] == "OFF"
    assert props["UserPoolTags"] == {"team": "id"}
    assert props["AliasAttributes"] == ["email", "preferred_username"]


def test_properties_nested_mappings_merge_key_by_key():
    p = pool(properties={"AdminCreateUserConfig": {"InviteMessageTemplate": {"EmailSubject": "Hi"}}})
    out = emit_pool(p, graph(p))
    assert out.diagnostics == []
    props = resource(out.fragments, "Users")["Properties"]
    assert props["AdminCreateUserConfig"] == {
        "AllowAdminCreateUserOnly": False,
        "InviteMessageTemplate": {"EmailSubject": "Hi"},
    }


def test_properties_policies_are_appended_after_the_derived_ones():
    p = pool("P")
    f = function("F", properties={"Policies": ["AmazonS3ReadOnlyAccess", {"Statement": []}]})
    gr = graph(p, f, discoveries=[pool_discovery(0, "F", "P")], variables={"F": pool_variables(0, "F", "P")})
    out = emit_function(f, gr)
    assert out.diagnostics == []
    policies = resource(out.fragments, "F")["Properties"]["Policies"]
    assert policies[0] == "AWSXrayWriteOnlyAccess"
    assert policies[1]["Statement"][0]["Resource"] == get_att("P", "Arn")
    assert policies[2:] == ["AmazonS3ReadOnlyAccess", {"Statement": []}]


def test_properties_single_policy_is_appended_too():
    f = function("F", properties={"Policies": "AmazonS3ReadOnlyAccess"})
    policies = resource(emit_function(f, graph(f)).fragments, "F")["Properties"]["Policies"]
    assert policies == ["AWSXrayWriteOnlyAccess", "AmazonS3ReadOnlyAccess"]


def test_properties_policies_on_an_edge_function():
    v = edge("V", properties={"Policies": ["AmazonS3ReadOnlyAccess"]})
    out = emit_edge_function(v, graph(v))
    assert out.diagnostics == []
    assert resource(out.fragments, "V")["Properties"]["Policies"] == ["AmazonS3ReadOnlyAccess"]


@pytest.mark.parametrize("given", [(), ("deletionProtection",)])
def test_a_pools_deletion_protection_is_the_fields_only_when_the_field_is_given(given):
    protection = Intrinsic("If", ["IsProd", "ACTIVE", "INACTIVE"])
    r = pool("Users", {"DeletionProtection": protection}, given=given)
    out = emit_pool(r, graph(r))
    if given:
        assert [(d.code, d.pointer) for d in out.diagnostics] == [
            ("R002", ("resources", "Users", "properties", "DeletionProtection"))]
        assert "`deletionProtection`" in out.diagnostics[0].message
    else:
        assert out.diagnostics == []
        assert resource(out.fragments, "Users")["Properties"]["DeletionProtection"] == protection


@pytest.mark.parametrize(
    "make, key, owner",
    [
        (lambda: pool("Users", {"LambdaConfig": {}}), "LambdaConfig", "{from: Users, to: <Function>, event: <Event>}"),
        (lambda: pool("Users", {"AutoVerifiedAttributes": ["email"]}), "AutoVerifiedAttributes", "`autoVerifyEmails`"),
        (lambda: pool("Users", {"AdminCreateUserConfig": {"AllowAdminCreateUserOnly": True}}),
         "AdminCreateUserConfig.AllowAdminCreateUserOnly", "`allowPublicSignUps`"),
        (lambda: client("Web", {"UserPoolId": "x"}), "UserPoolId", "{from: Web, to: <UserPool>}"),
        (lambda: function("Admin", {"Environment": {"Variables": {}}}), "Environment", "`environment`"),
        (lambda: function("Admin", {"Runtime": "python3.13"}), "Runtime", "`runtime`"),
        (lambda: function("Admin", {"Timeout": 9}), "Timeout", "`timeout`"),
        (lambda: function("Admin", {"CodeUri": "x"}), "CodeUri", "`codeUri`"),
        (lambda: function("Admin", {"Role": "arn"}), "Role", "`tracing`"),
        (lambda: function("Admin", {"Role": "arn", "Policies": ["AmazonS3ReadOnlyAccess"]}, tracing=False),
         "Policies", "SAM ignores them beside `Role`"),
        (lambda: edge("Viewer", {"AutoPublishAlias": "x"}), "AutoPublishAlias", "EdgeFunction"),
        (lambda: edge("Viewer", {"Environment": {}}), "Environment", "EdgeFunction"),
        (lambda: edge("Viewer", {"AssumeRolePolicyDocument": {}}), "AssumeRolePolicyDocument", "edgelambda"),
        (lambda: edge("Viewer", {"Role": "arn"}), "Role", "dashed wires"),
    ],
)
def test_owned_key_in_properties_is_R002_naming_its_owner(make, key, owner):
    r = make()
    emitter = REGISTRY[r.kind].emit
    out = emitter(r, graph(r))
    assert [d.code for d in out.diagnostics] == ["R002"]
    d = out.diagnostics[0]
    assert d.severity == "error"
    assert d.at_key
    assert d.pointer == ("resources", r.name, "properties", *key.split("."))
    assert f"`properties.{key}`" in d.message
    assert owner in d.message
    assert d.subject == r.name


@pytest.mark.parametrize(
    "make, key, owned, owner",
    [
        (lambda: pool("Users", {"lambdaConfig": {}}), "lambdaConfig", "LambdaConfig",
         "{from: Users, to: <Function>, event: <Event>}"),
        (lambda: pool("Users", {"DELETIONPROTECTION": "ACTIVE"}, given=("deletionProtection",)),
         "DELETIONPROTECTION", "DeletionProtection",
         "`deletionProtection`"),
        (lambda: pool("Users", {"AdminCreateUserConfig": {"allowAdminCreateUserOnly": True}}),
         "AdminCreateUserConfig.allowAdminCreateUserOnly", "AdminCreateUserConfig.AllowAdminCreateUserOnly",
         "`allowPublicSignUps`"),
        (lambda: client("Web", {"userPoolId": "x"}), "userPoolId", "UserPoolId", "{from: Web, to: <UserPool>}"),
        (lambda: function("Admin", {"environment": {"Variables": {}}}), "environment", "Environment",
         "`environment`"),
        (lambda: function("Admin", {"runtime": "python3.13"}), "runtime", "Runtime", "`runtime`"),
        (lambda: edge("Viewer", {"autoPublishAlias": "x"}), "autoPublishAlias", "AutoPublishAlias", "EdgeFunction"),
    ],
)
def test_an_owned_key_in_another_case_is_R002_naming_its_owner_and_the_case(make, key, owned, owner):
    r = make()
    out = REGISTRY[r.kind].emit(r, graph(r))
    assert [d.code for d in out.diagnostics] == ["R002"]
    d = out.diagnostics[0]
    assert d.at_key and d.pointer == ("resources", r.name, "properties", *key.split("."))
    assert f"`properties.{key}`" in d.message and f"`{owned}`" in d.message
    assert owner in d.message
    assert "case-sensitive" in d.message
    # nothing of it reaches the template
    properties = resource(out.fragments, r.name)["Properties"]
    assert key.split(".")[0] not in properties or key.split(".")[0] == owned.split(".")[0]


def test_a_mapping_holding_an_owned_key_in_another_case_is_R002_saying_how_to_write_it():
    p = pool("Users", {"adminCreateUserConfig": {"InviteMessageTemplate": {"EmailSubject": "Hi"}}})
    out = emit_pool(p, graph(p))
    assert [d.code for d in out.diagnostics] == ["R002"]
    d = out.diagnostics[0]
    assert d.pointer == ("resources", "Users", "properties", "adminCreateUserConfig")
    assert "write `AdminCreateUserConfig`" in d.message and "case-sensitive" in d.message
    assert "`allowPublicSignUps`" in d.message


def test_keys_that_only_look_like_owned_ones_are_added():
    f = function("F", {"EnvironmentName": "x", "Runtimes": ["a"], "Tags": {"environment": "prod"}})
    out = emit_function(f, graph(f))
    assert out.diagnostics == []
    props = resource(out.fragments, "F")["Properties"]
    assert props["EnvironmentName"] == "x" and props["Tags"] == {"environment": "prod"}


def test_owned_key_keeps_the_derived_value():
    p = pool("Users", {"AdminCreateUserConfig": {"AllowAdminCreateUserOnly": True}})
    props = resource(emit_pool(p, graph(p)).fragments, "Users")["Properties"]
    assert props["AdminCreateUserConfig"]["AllowAdminCreateUserOnly"] is False


def test_merge_properties_does_not_change_its_inputs():
    nested = {"Variables": {"A": "b"}}
    f = function("F", properties={"Tags": {"a": "b"}, "Policies": ["X"], "Layers": [nested]})
    derived = {"Policies": ["AWSXrayWriteOnlyAccess"], "Tags": {"c": "d"}}
    before_derived = copy.deepcopy(derived)
    merged, found = merge_properties(f, derived)
    assert found == []
    assert merged["Tags"] == {"c": "d", "a": "b"}
    assert merged["Policies"] == ["AWSXrayWriteOnlyAccess", "X"]
    assert derived == before_derived
    merged["Layers"][0]["Variables"]["A"] = "changed"
    assert nested == {"Variables": {"A": "b"}}
    assert dict(f.properties)["Tags"] == {"a": "b"}


# --- emit: the registry -----------------------------------------------------------------------

def test_every_resource_type_has_an_emitter():
    assert set(REGISTRY) == {"UserPool", "UserPoolClient", "Function", "EdgeFunction", "UserPoolDomain",
                             "UserPoolGroup", "IdentityProvider", "ResourceServer"}


def test_emit_collects_every_fragment_and_diagnostic():
    p = pool("P", {"LambdaConfig": {}})
    f = function("F", {"Environment": {}})
    gr = graph(p, f, triggers=[trigger(0, "P", "F", "PreSignUp")])
    out = emit(gr)
    assert [d.code for d in out.diagnostics] == ["R002", "R002"]
    ids = [(fr.section, fr.logical_id) for fr in out.fragments]
    assert ids == [
        (RESOURCES, "P"), (OUTPUTS, "PId"), (OUTPUTS, "PArn"),
        (RESOURCES, "F"),
        (RESOURCES, "PToFPermission"),
    ]


def test_emit_is_deterministic_and_pure():
    p, f = pool("P"), function("F")
    gr = graph(p, f, triggers=[trigger(0, "P", "F", "PreSignUp")],
               discoveries=[pool_discovery(1, "F", "P", linked=False)], variables={"F": ()})
    before = repr(gr)
    first, second = emit(gr), emit(gr)
    assert first.fragments == second.fragments
    assert repr(gr) == before


@pytest.mark.parametrize("value", [Intrinsic("If", ["C", {}, {}]), None])
def test_replacing_a_mapping_that_holds_an_owned_key_is_R002(value):
    p = pool("Users", {"AdminCreateUserConfig": value}, allow_public_sign_ups=False)
    out = emit_pool(p, graph(p))
    assert [d.code for d in out.diagnostics] == ["R002"]
    assert resource(out.fragments, "Users")["Properties"]["AdminCreateUserConfig"] == {
        "AllowAdminCreateUserOnly": True}


@pytest.mark.parametrize("sign_in, expected", [
    (("username", "email", "preferred_username"), {"AliasAttributes": ["email", "preferred_username"]}),
    (("preferred_username", "username", "email"), {"AliasAttributes": ["email", "preferred_username"]}),
    (("username", "phone"), {"AliasAttributes": ["phone_number"]}),
    (("username",), {}),
    (("email",), {"UsernameAttributes": ["email"]}),
    (("phone", "email"), {"UsernameAttributes": ["email", "phone_number"]}),
])
def test_sign_in_becomes_aliases_or_user_names(sign_in, expected):
    props = resource(emit_pool(pool(sign_in_with=sign_in), graph(pool())).fragments, "Users")["Properties"]
    assert {k: props[k] for k in ("AliasAttributes", "UsernameAttributes") if k in props} == expected


@pytest.mark.parametrize("key", ["AliasAttributes", "UsernameAttributes", "usernameAttributes"])
def test_sign_in_attributes_are_owned_by_sign_in_with(key):
    out = emit_pool(pool(properties={key: ["email"]}), graph(pool()))
    [d] = out.diagnostics
    assert d.code == "R002"
    assert "the field `signInWith`" in d.message


@pytest.mark.parametrize("emails, phones, expected", [
    (False, False, None),
    (True, False, ["email"]),
    (False, True, ["phone_number"]),
    (True, True, ["email", "phone_number"]),
])
def test_auto_verified_attributes_of_emails_and_phones(emails, phones, expected):
    p = pool(auto_verify_emails=emails, auto_verify_phones=phones)
    props = resource(emit_pool(p, graph(p)).fragments, "Users")["Properties"]
    assert props.get("AutoVerifiedAttributes") == expected


def test_auto_verified_attributes_are_owned_by_both_fields():
    [d] = emit_pool(pool(properties={"AutoVerifiedAttributes": ["phone_number"]}), graph(pool())).diagnostics
    assert d.code == "R002"
    assert "the fields `autoVerifyEmails` and `autoVerifyPhones`" in d.message


# --- the SMS role -----------------------------------------------------------------------------

@pytest.mark.parametrize("fields, properties, expected", [
    ({}, {}, False),
    ({"auto_verify_phones": True}, {}, True),
    ({"sign_in_with": ("phone",)}, {}, True),
    ({"sign_in_with": ("username", "phone")}, {}, True),
    ({}, {"MfaConfiguration": "OFF", "EnabledMfas": ["SMS_MFA"]}, False),
    ({}, {"MfaConfiguration": "ON", "EnabledMfas": ["SOFTWARE_TOKEN_MFA"]}, False),
    ({}, {"MfaConfiguration": "ON", "EnabledMfas": ["SOFTWARE_TOKEN_MFA", "SMS_MFA"]}, True),
    ({}, {"MfaConfiguration": "OPTIONAL", "EnabledMfas": ["SMS_MFA"]}, True),
    ({}, {"EnabledMfas": ["SMS_MFA"]}, False),
    # SMS is Cognito's second factor when none is named
    ({}, {"MfaConfiguration": "OPTIONAL"}, True),
    # known only at deploy time: counted as yes, a pool without its SMS settings fails to create
    ({}, {"MfaConfiguration": Intrinsic("Ref", "Mfa"), "EnabledMfas": ["SMS_MFA"]}, True),
    ({}, {"MfaConfiguration": "ON", "EnabledMfas": Intrinsic("Ref", "Factors")}, True),
    ({}, {"MfaConfiguration": "ON", "EnabledMfas": [Intrinsic("Ref", "Factor")]}, True),
])
def test_when_a_pool_sends_sms(fields, properties, expected):
    assert sends_sms(pool(properties=properties, **fields)) is expected


def test_a_pool_that_sends_sms_gets_a_role_cognito_assumes_with_its_external_id():
    p = pool(auto_verify_phones=True)
    out = emit_pool(p, graph(p))
    assert out.diagnostics == []
    assert [f.logical_id for f in out.fragments if f.section == RESOURCES] == ["Users", "UsersSmsRole"]
    external_id = sub("${AWS::StackName}-Users-sms")
    assert resource(out.fragments, "Users")["Properties"]["SmsConfiguration"] == {
        "SnsCallerArn": get_att("UsersSmsRole", "Arn"), "ExternalId": external_id}
    role = resource(out.fragments, "UsersSmsRole")
    assert role["Type"] == "AWS::IAM::Role"
    [trust] = role["Properties"]["AssumeRolePolicyDocument"]["Statement"]
    assert trust == {"Effect": "Allow", "Principal": {"Service": "cognito-idp.amazonaws.com"},
                     "Action": "sts:AssumeRole",
                     "Condition": {"StringEquals": {"sts:ExternalId": external_id}}}
    [policy] = role["Properties"]["Policies"]
    assert policy["PolicyDocument"]["Statement"] == [{"Effect": "Allow", "Action": "sns:Publish", "Resource": "*"}]


def test_a_pool_with_its_own_sms_configuration_gets_no_role():
    own = {"SnsCallerArn": "arn:aws:iam::123456789012:role/sms", "ExternalId": "x"}
    p = pool(auto_verify_phones=True, properties={"SmsConfiguration": own})
    out = emit_pool(p, graph(p))
    assert out.diagnostics == []
    assert [f.logical_id for f in out.fragments if f.section == RESOURCES] == ["Users"]
    assert resource(out.fragments, "Users")["Properties"]["SmsConfiguration"] == own


def test_a_pool_that_sends_no_sms_gets_no_sms_configuration():
    out = emit_pool(pool(), graph(pool()))
    assert "SmsConfiguration" not in resource(out.fragments, "Users")["Properties"]
    assert [f.logical_id for f in out.fragments if f.section == RESOURCES] == ["Users"]


@pytest.mark.parametrize("tier, expected", [(None, None), ("lite", "LITE"), ("essentials", "ESSENTIALS"),
                                            ("plus", "PLUS")])
def test_tier_becomes_the_feature_plan(tier, expected):
    props = resource(emit_pool(pool(tier=tier), graph(pool())).fragments, "Users")["Properties"]
    assert props.get("UserPoolTier") == expected


def test_the_feature_plan_is_owned_by_tier():
    [d] = emit_pool(pool(properties={"UserPoolTier": "PLUS"}), graph(pool())).diagnostics
    assert d.code == "R002"
    assert "the field `tier`" in d.message


# --- custom senders and their key -------------------------------------------------------------

KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"


def _senders(p, *events, variable="SENDER_KEY_ARN"):
    f = function("Send")
    triggers = [trigger(i, p.name, "Send", e) for i, e in enumerate(events)]
    variables = {"Send": (Variable(variable, SENDER_KEY, p.name, triggers[0].wire),)} if any(
        e in ("CustomEmailSender", "CustomSMSSender") for e in events) else {}
    return f, graph(p, f, triggers=triggers, variables=variables)


@pytest.mark.parametrize("event", ["CustomEmailSender", "CustomSMSSender"])
def test_a_custom_sender_without_sender_key_gets_a_retained_symmetric_rotated_key_of_the_account(event):
    p = pool()
    _, gr = _senders(p, event)
    fragments = emit_pool(p, gr).fragments
    assert resource(fragments, "Users")["Properties"]["LambdaConfig"]["KMSKeyID"] == get_att("UsersSenderKey", "Arn")
    key = resource(fragments, "UsersSenderKey")
    assert key["Type"] == "AWS::KMS::Key"
    assert key["DeletionPolicy"] == key["UpdateReplacePolicy"] == "Retain"
    props = key["Properties"]
    assert props["EnableKeyRotation"] is True
    assert props["KeySpec"] == "SYMMETRIC_DEFAULT" and props["KeyUsage"] == "ENCRYPT_DECRYPT"
    assert props["KeyPolicy"]["Statement"] == [{
        "Sid": "AccountRoot", "Effect": "Allow",
        "Principal": {"AWS": sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root")},
        "Action": "kms:*", "Resource": "*",
    }]
    # the key needs nothing of the stack: no cycle can pass through it
    from stackgen.intrinsics import references
    assert [n for n, _ in references(key) if not n.startswith("AWS::")] == []
    assert by_id(fragments)[(RESOURCES, "UsersSenderKey")].parent == "Users"


@pytest.mark.parametrize("given", [KEY, Intrinsic("ImportValue", "shared-key")])
def test_a_custom_sender_with_sender_key_uses_it_and_adds_no_key(given):
    p = pool(sender_key=given)
    f, gr = _senders(p, "CustomEmailSender")
    fragments = emit_pool(p, gr).fragments
    assert resource(fragments, "Users")["Properties"]["LambdaConfig"]["KMSKeyID"] == given
    assert (RESOURCES, "UsersSenderKey") not in by_id(fragments)
    props = resource(emit_function(f, gr).fragments, "Send")["Properties"]
    assert props["Environment"]["Variables"] == {"SENDER_KEY_ARN": given}
    assert props["Policies"][1] == {"Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": given}]}


def test_no_key_without_a_custom_sender():
    p = pool()
    _, gr = _senders(p, "InboundFederation", "CustomMessage")
    fragments = emit_pool(p, gr).fragments
    assert "KMSKeyID" not in resource(fragments, "Users")["Properties"]["LambdaConfig"]
    assert [f.logical_id for f in fragments if f.section == RESOURCES] == ["Users"]


def test_a_sender_may_decrypt_with_the_key_and_reads_its_arn_from_its_variable():
    p = pool()
    f, gr = _senders(p, "CustomEmailSender", "CustomSMSSender", variable="SENDER_KEY_ARN_2")
    props = resource(emit_function(f, gr).fragments, "Send")["Properties"]
    assert props["Environment"]["Variables"] == {"SENDER_KEY_ARN_2": get_att("UsersSenderKey", "Arn")}
    assert props["Policies"] == ["AWSXrayWriteOnlyAccess", {"Statement": [
        {"Effect": "Allow", "Action": "kms:Decrypt", "Resource": get_att("UsersSenderKey", "Arn")}]}]


# --- the user pool group ------------------------------------------------------------------------

GROUP_ACTIONS = ["cognito-idp:AdminAddUserToGroup", "cognito-idp:AdminRemoveUserFromGroup",
                 "cognito-idp:AdminListGroupsForUser"]


def group(name="Members", properties=None, **kw):
    from stackgen.kinds.user_pool_group import UserPoolGroup

    kw.setdefault("group_name", name)
    return UserPoolGroup(name, ("resources", name), MappingProxyType(properties or {}), **kw)


def group_discovery(index, f, g, p, linked=True):
    return Discovery(f, g, p, wire(index, f, g, "dashed"), linked)


def test_group_is_a_user_pool_group_of_its_pool_named_by_its_fields():
    from stackgen.kinds.user_pool_group import emit_group

    g = group("Members", group_name="members", precedence=0, description="Everyone")
    out = emit_group(g, graph(pool(), g, client_pool={"Members": "Users"}))
    assert [(f.section, f.logical_id) for f in out.fragments] == [(RESOURCES, "Members")]
    assert out.fragments[0].body == {"Type": "AWS::Cognito::UserPoolGroup", "Properties": {
        "GroupName": "members", "UserPoolId": ref("Users"), "Precedence": 0, "Description": "Everyone"}}
    bare = emit_group(group("Admins"), graph(pool(), client_pool={"Admins": "Users"}))
    assert bare.fragments[0].body["Properties"] == {"GroupName": "Admins", "UserPoolId": ref("Users")}


def test_group_properties_may_add_a_role_but_not_set_its_name():
    from stackgen.kinds.user_pool_group import emit_group

    g = group(properties={"RoleArn": "arn:aws:iam::111122223333:role/x", "GroupName": "other"})
    out = emit_group(g, graph(pool(), g, client_pool={"Members": "Users"}))
    assert out.fragments[0].body["Properties"]["RoleArn"] == "arn:aws:iam::111122223333:role/x"
    assert [(d.code, d.pointer) for d in out.diagnostics] == [("R002", ("resources", "Members", "properties", "GroupName"))]


def test_a_function_that_discovers_a_group_gets_its_name_as_text_and_group_actions_on_the_pool():
    g = group(group_name="members")
    f = function("Admin")
    d = group_discovery(0, "Admin", "Members", "Users")
    gr = graph(pool(), g, f, client_pool={"Members": "Users"}, discoveries=[d],
               variables={"Admin": (Variable("USER_POOL_GROUP_NAME", "group name", "Members", d.wire),)})
    body = resource(emit_function(f, gr).fragments, "Admin")
    assert body["Properties"]["Environment"] == {"Variables": {"USER_POOL_GROUP_NAME": "members"}}
    assert body["Properties"]["Policies"][1] == {"Statement": [
        {"Effect": "Allow", "Action": GROUP_ACTIONS, "Resource": get_att("Users", "Arn")}]}
    assert list(emit_unlinked_policies(gr)) == []


def test_a_trigger_that_discovers_its_pool_and_a_group_of_it_gets_one_separate_policy():
    g, f = group(), function("Confirm")
    on_group = group_discovery(2, "Confirm", "Members", "Users", linked=False)
    on_pool = pool_discovery(3, "Confirm", "Users", linked=False)
    gr = graph(pool(), g, f, triggers=[trigger(1, "Users", "Confirm", "PostConfirmation")],
               client_pool={"Members": "Users"}, discoveries=[on_group, on_pool])
    [fragment] = list(emit_unlinked_policies(gr))
    assert fragment.logical_id == "UsersToConfirmPolicy"
    assert fragment.body["Properties"]["PolicyDocument"]["Statement"] == [
        {"Effect": "Allow", "Action": GROUP_ACTIONS, "Resource": get_att("Users", "Arn")},
        {"Effect": "Allow", "Action": SEED_ACTIONS, "Resource": get_att("Users", "Arn")},
    ]
    assert resource(emit_function(f, gr).fragments, "Confirm")["Properties"]["Policies"] == ["AWSXrayWriteOnlyAccess"]


def test_a_group_of_no_pool_grants_nothing():
    d = group_discovery(0, "Admin", "Members", None)
    gr = graph(group(), function("Admin"), discoveries=[d])
    assert resource(emit_function(function("Admin"), gr).fragments, "Admin")["Properties"]["Policies"] == \
        ["AWSXrayWriteOnlyAccess"]
    assert list(emit_unlinked_policies(gr)) == []
