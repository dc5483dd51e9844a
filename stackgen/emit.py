"""Emit: model objects and graph relations in, template fragments out, in CloudFormation words.

Every emitter is a pure function registered in one table: :data:`RESOURCE_EMITTERS` by resource
type, :data:`RELATION_EMITTERS` for what wires add beyond their two ends, and
:data:`STACK_EMITTERS` for what the stack as a whole needs. None of them reads YAML, prints, or
edits another's output; :mod:`stackgen.assemble` puts the fragments together.
"""

from __future__ import annotations

import copy
import json
from typing import Any, Callable, Iterable, Mapping

from . import model
from .diagnostics import Diagnostic, error, note
from .intrinsics import Intrinsic, get_att, ref, sub
from .record import factory, record
from .resolve import CLIENT_ID, POOL_ARN, POOL_ID, SENDER_KEY, Graph, Trigger

RESOURCES = "Resources"
OUTPUTS = "Outputs"
RULES = "Rules"

#: the seed's IAM statement for a function that discovers a pool: these actions, in this order
COGNITO_ACTIONS = (
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
)

EDGE_ALIAS = "live"
EDGE_REGION = "us-east-1"
POLICY_VERSION = "2012-10-17"


@record
class Fragment:
    """One entry of a template section, and where in the spec it comes from."""

    section: str
    logical_id: str
    body: Mapping[str, Any]
    #: the spec resource it belongs to: fragments are laid out in the order of their parents
    parent: str
    #: what made it, in the user's words, for a collision message
    origin: str
    #: Logical IDs the SAM transform will derive from this resource (a function's role...)
    implied: tuple[str, ...] = ()


@record(frozen=False)
class Emitted:
    fragments: list[Fragment] = factory(list)
    diagnostics: list[Diagnostic] = factory(list)


def _value(variable_value: str, target: str):
    """The template value of a discovered variable."""
    return {POOL_ID: ref(target), POOL_ARN: get_att(target, "Arn"), CLIENT_ID: ref(target)}[variable_value]


def _sub_placeholder(variable_value: str, target: str) -> str:
    """The same value as a ``!Sub`` placeholder."""
    return {POOL_ID: f"${{{target}}}", POOL_ARN: f"${{{target}.Arn}}", CLIENT_ID: f"${{{target}}}"}[variable_value]


def pool_statement(pool: str) -> dict:
    return {"Effect": "Allow", "Action": list(COGNITO_ACTIONS), "Resource": get_att(pool, "Arn")}


def role_of(function: str) -> str:
    """The Logical ID of the role SAM creates for a function that names none."""
    return f"{function}Role"


# --- properties: the escape hatch ---------------------------------------------------------

#: key path in Properties -> who owns it, per resource type. A user's ``properties`` may not set
#: an owned path; it may add other keys, and nested mappings merge key by key.
def _function_owners(name: str) -> dict[tuple[str, ...], str]:
    return {
        ("CodeUri",): "the field `codeUri`",
        ("Handler",): "the field `handler`",
        ("Runtime",): "the field `runtime` (or `defaults.function.runtime`)",
        ("MemorySize",): "the field `memorySize` (or `defaults.function.memorySize`)",
        ("Timeout",): "the field `timeout` (or `defaults.function.timeout`)",
        ("Environment",): "the field `environment` and the dashed wires from `" + name + "`",
        ("Role",): ("the dashed wires from `" + name + "` (stackgen builds its role; add your own "
                    "statements under `properties.Policies`)"),
    }


OWNERS: Mapping[str, Callable[[str], dict[tuple[str, ...], str]]] = {
    "UserPool": lambda name: {
        ("LambdaConfig",): f"the wires `{{from: {name}, to: <Function>, event: <Event>}}`",
        ("AdminCreateUserConfig", "AllowAdminCreateUserOnly"): "the field `allowPublicSignUps`",
        ("AliasAttributes",): "the field `signInWith`",
        ("UsernameAttributes",): "the field `signInWith`",
        ("AutoVerifiedAttributes",): "the fields `autoVerifyEmails` and `autoVerifyPhones`",
        ("DeletionProtection",): "the field `deletionProtection`",
        ("UserPoolTier",): "the field `tier`",
    },
    "UserPoolClient": lambda name: {
        ("UserPoolId",): f"the wire `{{from: {name}, to: <UserPool>}}`",
    },
    "Function": _function_owners,
    "EdgeFunction": lambda name: {
        **_function_owners(name),
        ("Environment",): ("the type EdgeFunction: Lambda@Edge has no environment variables "
                           "(dashed wires deliver their values through SSM)"),
        ("AutoPublishAlias",): "the type EdgeFunction (CloudFront needs a numbered version)",
        ("AssumeRolePolicyDocument",): "the type EdgeFunction (its role must trust edgelambda.amazonaws.com)",
    },
}

#: keys whose lists stackgen fills and a user's ``properties`` may extend
APPENDABLE = {"Function": {"Policies"}, "EdgeFunction": {"Policies"}}


def _folded(path: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(key.casefold() for key in path)


#: what a key written in another case than CloudFormation's does: the deploy refuses it
_CASE = ("CloudFormation property names are case-sensitive, so as written it is an unknown property "
         "and the deploy fails")


def merge_properties(resource: model.Resource, derived: dict) -> tuple[dict, list[Diagnostic]]:
    """``derived`` with the resource's ``properties`` merged in, and a diagnostic per owned key.

    An owned key is recognised in any case (``lambdaConfig``, ``environment``): written so, it
    overrides nothing, but CloudFormation refuses it as an unknown property.
    """
    owners = OWNERS[resource.kind](resource.name)
    by_folded = {_folded(o): o for o in owners}
    appendable = APPENDABLE.get(resource.kind, set())
    found: list[Diagnostic] = []
    result = copy.deepcopy(derived)

    def merge(into: dict, extra: Mapping, path: tuple[str, ...]) -> None:
        for key, value in extra.items():
            here = path + (key,)
            pointer = resource.pointer + ("properties",) + here
            owned = by_folded.get(_folded(here))
            # an owned key this one is part of, in any case: AdminCreateUserConfig for
            # AdminCreateUserConfig.AllowAdminCreateUserOnly
            holds = next((o for o in owners if _folded(o[:len(here)]) == _folded(here)), None)
            if owned == here:
                found.append(error("R002", f"`properties.{'.'.join(here)}` of `{resource.name}` is "
                                   f"set by {owners[here]}; remove it from `properties`",
                                   pointer, at_key=True, subject=resource.name))
            elif owned:
                found.append(error("R002", f"`properties.{'.'.join(here)}` of `{resource.name}` is "
                                   f"`{'.'.join(owned)}` in another case, which is set by {owners[owned]}; "
                                   f"{_CASE}: remove it from `properties`",
                                   pointer, at_key=True, subject=resource.name))
            elif holds and holds[:len(here)] != here:
                right = ".".join(holds[:len(here)])
                found.append(error("R002", f"`properties.{'.'.join(here)}` of `{resource.name}` is `{right}` "
                                   f"in another case, whose `{'.'.join(holds[len(here):])}` is set by "
                                   f"{owners[holds]}; {_CASE}: write `{right}`, whose other keys are added "
                                   "to those stackgen sets",
                                   pointer, at_key=True, subject=resource.name))
            elif not isinstance(value, dict) and holds:
                found.append(error("R002", f"`properties.{'.'.join(here)}` of `{resource.name}` would "
                                   f"replace `{'.'.join(holds)}`, which is set by {owners[holds]}; give "
                                   "a mapping whose keys are added instead",
                                   pointer, at_key=True, subject=resource.name))
            elif not path and key in appendable:
                into[key] = list(into.get(key, [])) + (value if isinstance(value, list) else [value])
            elif isinstance(value, dict) and isinstance(into.get(key), dict):
                merge(into[key], value, here)
            else:
                into[key] = copy.deepcopy(value)

    merge(result, resource.properties, ())
    return result, found


# --- resources ------------------------------------------------------------------------------

#: a pool's sign-in names as Cognito's attributes, in the order a pool lists them
SIGN_IN_ATTRIBUTES = {"email": "email", "phone": "phone_number", "preferred_username": "preferred_username"}


#: a pool's ``tier`` as Cognito's feature plan
TIERS = {"lite": "LITE", "essentials": "ESSENTIALS", "plus": "PLUS"}


def sign_in_attributes(pool: model.UserPool) -> dict[str, list[str]]:
    """``AliasAttributes`` (with a user name) or ``UsernameAttributes`` (without), in a fixed
    order whatever the spec's, so that reordering ``signInWith`` changes nothing: Cognito cannot
    change either once the pool exists."""
    attributes = [a for k, a in SIGN_IN_ATTRIBUTES.items() if k in pool.sign_in_with]
    if "username" not in pool.sign_in_with:
        return {"UsernameAttributes": attributes}
    return {"AliasAttributes": attributes} if attributes else {}


#: the MFA settings under which Cognito sends SMS, when ``EnabledMfas`` allows SMS_MFA
_MFA_ON = ("ON", "OPTIONAL")
SMS_MFA = "SMS_MFA"
COGNITO_PRINCIPAL = "cognito-idp.amazonaws.com"


def sends_sms(pool: model.UserPool) -> bool:
    """Whether Cognito sends SMS for ``pool``: it verifies phone numbers, users sign in with
    them, or ``properties`` turn on MFA (``MfaConfiguration`` ON or OPTIONAL) by SMS (``SMS_MFA``
    in ``EnabledMfas``, or no ``EnabledMfas``: SMS is then Cognito's second factor).

    A value only known at deploy time (an intrinsic) counts as yes: without its SMS settings such
    a pool fails to create, with them it only has a role it may not use.
    """
    if pool.auto_verify_phones or "phone" in pool.sign_in_with:
        return True
    mfa = pool.properties.get("MfaConfiguration")
    if mfa is None or isinstance(mfa, str) and mfa not in _MFA_ON:
        return False
    enabled = pool.properties.get("EnabledMfas")
    if enabled is None:
        return True
    if isinstance(enabled, str):
        return enabled == SMS_MFA
    if not isinstance(enabled, list):
        return True
    return any(not isinstance(e, str) or e == SMS_MFA for e in enabled)


def sms_role(pool: str) -> str:
    """The Logical ID of the role Cognito sends a pool's SMS with."""
    return f"{pool}SmsRole"


def sms_external_id(pool: str) -> Any:
    """The external ID that the pool gives when it assumes its SMS role: stable per stack and pool."""
    return sub(f"${{AWS::StackName}}-{pool}-sms")


def _sms_role_body(pool: str) -> dict:
    return {
        "Type": "AWS::IAM::Role",
        "Properties": {
            "Description": sub(f"Sends the SMS of the user pool {pool} of ${{AWS::StackName}}"),
            "AssumeRolePolicyDocument": {"Version": POLICY_VERSION, "Statement": [{
                "Effect": "Allow",
                "Principal": {"Service": COGNITO_PRINCIPAL},
                "Action": "sts:AssumeRole",
                "Condition": {"StringEquals": {"sts:ExternalId": sms_external_id(pool)}},
            }]},
            "Policies": [{
                "PolicyName": "SnsPublish",
                "PolicyDocument": {"Version": POLICY_VERSION, "Statement": [
                    {"Effect": "Allow", "Action": "sns:Publish", "Resource": "*"},
                ]},
            }],
        },
    }


#: the events whose LambdaConfig entry names the version of the event Cognito sends
VERSIONED_EVENTS = ("CustomEmailSender", "CustomSMSSender", "InboundFederation")
#: the only event version Cognito has for each of them
EVENT_VERSION = "V1_0"
#: a PreTokenGeneration wire's ``version`` past 1, as the key and event version it gives
TOKEN_VERSIONS = {2: "V2_0", 3: "V3_0"}


def _trigger_config(trigger: Trigger) -> tuple[str, Any]:
    """The ``LambdaConfig`` key and value of a pool event that invokes a function."""
    arn = get_att(trigger.function, "Arn")
    if trigger.event in VERSIONED_EVENTS:
        return trigger.event, {"LambdaArn": arn, "LambdaVersion": EVENT_VERSION}
    if trigger.event == model.VERSIONED and trigger.wire.version in TOKEN_VERSIONS:
        # the legacy key takes version 1 only; the two together are refused
        return "PreTokenGenerationConfig", {"LambdaArn": arn, "LambdaVersion": TOKEN_VERSIONS[trigger.wire.version]}
    return trigger.event, arn


def sender_key(pool: str) -> str:
    """The Logical ID of the KMS key stackgen makes for a pool's custom senders."""
    return f"{pool}SenderKey"


def sender_key_arn(pool: model.UserPool) -> Any:
    """The ARN of the key Cognito encrypts a pool's codes for its custom senders with."""
    return pool.sender_key if pool.sender_key is not None else get_att(sender_key(pool.name), "Arn")


def _account_root() -> Any:
    return sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root")


def _sender_key_body(pool: str) -> dict:
    """A symmetric key, rotated yearly, that only the account's IAM policies grant the use of.

    It needs neither the pool nor a function: the pool and the senders' roles need it, so no
    cycle can go through it. Retained, because codes encrypted with it may still be in flight.
    """
    return {
        "Type": "AWS::KMS::Key",
        "DeletionPolicy": "Retain",
        "UpdateReplacePolicy": "Retain",
        "Properties": {
            "Description": sub(f"Encrypts the codes that the user pool {pool} of ${{AWS::StackName}} "
                               "gives its custom senders"),
            "KeySpec": "SYMMETRIC_DEFAULT",
            "KeyUsage": "ENCRYPT_DECRYPT",
            "EnableKeyRotation": True,
            "KeyPolicy": {"Version": POLICY_VERSION, "Statement": [{
                "Sid": "AccountRoot",
                "Effect": "Allow",
                "Principal": {"AWS": _account_root()},
                "Action": "kms:*",
                "Resource": "*",
            }]},
        },
    }


def emit_pool(pool: model.UserPool, graph: Graph) -> Emitted:
    name = pool.name
    properties: dict[str, Any] = {
        "UserPoolName": sub(f"${{AWS::StackName}}-{name}"),
        "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": not pool.allow_public_sign_ups},
        **sign_in_attributes(pool),
    }
    verified = [attribute for attribute, on in (("email", pool.auto_verify_emails),
                                                ("phone_number", pool.auto_verify_phones)) if on]
    if verified:
        properties["AutoVerifiedAttributes"] = verified
    # the user's own SmsConfiguration (in properties) names a role of theirs: none is added
    sms = sends_sms(pool) and "SmsConfiguration" not in pool.properties
    if sms:
        properties["SmsConfiguration"] = {"SnsCallerArn": get_att(sms_role(name), "Arn"),
                                          "ExternalId": sms_external_id(name)}
    if pool.deletion_protection:
        properties["DeletionProtection"] = "ACTIVE"
    if pool.tier is not None:
        properties["UserPoolTier"] = TIERS[pool.tier]
    triggers = {t.event: t for t in graph.triggers_of(name)}
    if triggers:
        properties["LambdaConfig"] = dict(
            _trigger_config(triggers[event]) for event in model.EVENTS if event in triggers
        )
    senders = graph.senders_of(name)
    if senders:
        properties["LambdaConfig"]["KMSKeyID"] = sender_key_arn(pool)
    properties, found = merge_properties(pool, properties)
    body = {"Type": "AWS::Cognito::UserPool", "DeletionPolicy": "Retain",
            "UpdateReplacePolicy": "Retain", "Properties": properties}
    origin = f"user pool `{name}`"
    fragments = [Fragment(RESOURCES, name, body, name, origin)]
    if sms:
        fragments.append(Fragment(RESOURCES, sms_role(name), _sms_role_body(name), name,
                                  f"the SMS role of user pool `{name}`"))
    if senders and pool.sender_key is None:
        fragments.append(Fragment(RESOURCES, sender_key(name), _sender_key_body(name), name,
                                  f"the key of the custom senders of user pool `{name}`"))
    return Emitted(fragments + [
        Fragment(OUTPUTS, f"{name}Id", {"Description": f"ID of the user pool {name}", "Value": ref(name)}, name, origin),
        Fragment(OUTPUTS, f"{name}Arn", {"Description": f"ARN of the user pool {name}", "Value": get_att(name, "Arn")}, name, origin),
    ], found)


def emit_client(client: model.UserPoolClient, graph: Graph) -> Emitted:
    name = client.name
    properties: dict[str, Any] = {}
    if name in graph.client_pool:
        properties["UserPoolId"] = ref(graph.client_pool[name])
    properties, found = merge_properties(client, properties)
    origin = f"user pool client `{name}`"
    return Emitted([
        Fragment(RESOURCES, name, {"Type": "AWS::Cognito::UserPoolClient", "Properties": properties}, name, origin),
        Fragment(OUTPUTS, f"{name}Id", {"Description": f"ID of the user pool client {name}", "Value": ref(name)}, name, origin),
    ], found)


def _code(function: model.Function) -> dict[str, Any]:
    return {
        "CodeUri": function.code_uri,
        "Handler": function.handler,
        "Runtime": function.runtime,
        "MemorySize": function.memory_size,
        "Timeout": function.timeout,
    }


def _linked_pool_statements(function: str, graph: Graph) -> list[dict]:
    return [pool_statement(d.target) for d in graph.discoveries_of(function)
            if d.linked and d.target == d.pool]


def _sender_key_statements(function: str, graph: Graph) -> list[dict]:
    """``kms:Decrypt`` on the key of each pool ``function`` is a custom sender of, and no more."""
    pools = [v.target for v in graph.variables.get(function, ()) if v.value == SENDER_KEY]
    return [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": sender_key_arn(graph.stack.resources[p])}
            for p in pools]


def emit_function(function: model.Function, graph: Graph) -> Emitted:
    name = function.name
    properties = _code(function)
    properties["Tracing"] = "Active"
    variables: dict[str, Any] = dict(function.environment)
    for v in graph.variables.get(name, ()):
        variables[v.name] = (sender_key_arn(graph.stack.resources[v.target]) if v.value == SENDER_KEY
                             else _value(v.value, v.target))
    if variables:
        properties["Environment"] = {"Variables": variables}
    policies: list[Any] = ["AWSXrayWriteOnlyAccess"]
    statements = _linked_pool_statements(name, graph) + _sender_key_statements(name, graph)
    if statements:
        policies.append({"Statement": statements})
    properties["Policies"] = policies
    properties, found = merge_properties(function, properties)
    body = {"Type": "AWS::Serverless::Function", "Properties": properties}
    return Emitted([Fragment(RESOURCES, name, body, name, f"function `{name}`", (role_of(name),))], found)


def parameter_name(function: str) -> Any:
    """The name of an edge function's environment parameter, as a template value."""
    return sub(f"/stackgen/${{{function}}}/environment")


def emit_edge_function(function: model.EdgeFunction, graph: Graph) -> Emitted:
    name = function.name
    properties = _code(function)
    properties["AutoPublishAlias"] = EDGE_ALIAS
    properties["AssumeRolePolicyDocument"] = {
        "Version": POLICY_VERSION,
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"Service": ["lambda.amazonaws.com", "edgelambda.amazonaws.com"]},
            "Action": "sts:AssumeRole",
        }],
    }
    statements = _linked_pool_statements(name, graph)
    if statements:
        properties["Policies"] = [{"Statement": statements}]
    properties, found = merge_properties(function, properties)
    body = {"Type": "AWS::Serverless::Function", "DeletionPolicy": "Retain",
            "UpdateReplacePolicy": "Retain", "Properties": properties}
    origin = f"edge function `{name}`"
    fragments = [
        Fragment(RESOURCES, name, body, name, origin, (role_of(name), f"{name}Alias{EDGE_ALIAS}")),
        Fragment(OUTPUTS, f"{name}VersionArn",
                 {"Description": f"ARN of the published version of {name}, for CloudFront",
                  "Value": ref(f"{name}.Version")}, name, origin),
    ]
    variables = graph.variables.get(name, ())
    if variables:
        found.append(note(
            "R003",
            f"{variables[0].wire}: Lambda@Edge has no environment variables, so "
            f"{', '.join(v.name for v in variables)} of `{name}` are stored as one JSON object in the "
            "SSM parameter /stackgen/<function name>/environment (in us-east-1), which only this "
            "function may read; see the README, 'Edge functions'",
            variables[0].wire.pointer, subject=name,
        ))
        document = json.dumps({v.name: _sub_placeholder(v.value, v.target) for v in variables},
                              separators=(",", ":"))
        fragments.append(Fragment(RESOURCES, f"{name}EnvironmentParameter", {
            "Type": "AWS::SSM::Parameter",
            "Properties": {
                "Name": parameter_name(name),
                "Description": f"Environment of the Lambda@Edge function {name}, as JSON",
                "Type": "String",
                "Value": sub(document),
            },
        }, name, f"the environment parameter of edge function `{name}`"))
        fragments.append(Fragment(RESOURCES, f"{name}EnvironmentPolicy", {
            "Type": "AWS::IAM::Policy",
            "Properties": {
                "PolicyName": f"{name}EnvironmentPolicy",
                "Roles": [ref(role_of(name))],
                "PolicyDocument": {"Version": POLICY_VERSION, "Statement": [{
                    "Effect": "Allow",
                    "Action": "ssm:GetParameter",
                    "Resource": sub("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:"
                                    f"parameter/stackgen/${{{name}}}/environment"),
                }]},
            },
        }, name, f"the environment policy of edge function `{name}`"))
    return Emitted(fragments, found)


RESOURCE_EMITTERS: Mapping[str, Callable[[Any, Graph], Emitted]] = {
    "UserPool": emit_pool,
    "UserPoolClient": emit_client,
    "Function": emit_function,
    "EdgeFunction": emit_edge_function,
}


# --- relations: what wires add beyond their two ends ------------------------------------------

def emit_permissions(graph: Graph) -> Iterable[Fragment]:
    """One permission per (pool, function) pair a pool event invokes."""
    for pool, function in graph.invocations():
        yield Fragment(RESOURCES, f"{pool}To{function}Permission", {
            "Type": "AWS::Lambda::Permission",
            "Properties": {
                "Action": "lambda:InvokeFunction",
                "FunctionName": get_att(function, "Arn"),
                "Principal": "cognito-idp.amazonaws.com",
                "SourceArn": get_att(pool, "Arn"),
            },
        }, pool, f"the permission for `{pool}` to invoke `{function}`")


def emit_unlinked_policies(graph: Graph) -> Iterable[Fragment]:
    """A trigger that discovers its own pool gets its IAM statement from a policy of its own.

    In the function's ``Policies`` the statement would make its role depend on the pool, which
    depends on the function through ``LambdaConfig``: a cycle. A separate ``AWS::IAM::Policy``
    attached to the role depends on both, and nothing depends on it.
    """
    for d in graph.discoveries:
        if d.linked or d.target != d.pool:
            continue
        logical_id = f"{d.pool}To{d.function}Policy"
        yield Fragment(RESOURCES, logical_id, {
            "Type": "AWS::IAM::Policy",
            "Properties": {
                "PolicyName": logical_id,
                "Roles": [ref(role_of(d.function))],
                "PolicyDocument": {"Version": POLICY_VERSION, "Statement": [pool_statement(d.pool)]},
            },
        }, d.pool, f"the policy of {d.wire}")


RELATION_EMITTERS: tuple[Callable[[Graph], Iterable[Fragment]], ...] = (
    emit_permissions,
    emit_unlinked_policies,
)


# --- the stack as a whole ---------------------------------------------------------------------

def emit_region_rule(graph: Graph) -> Iterable[Fragment]:
    edges = [r.name for r in graph.stack.resources.values() if r.kind == "EdgeFunction"]
    if edges:
        yield Fragment(RULES, "EdgeFunctionsInUsEast1", {"Assertions": [{
            "Assert": Intrinsic("Equals", [ref("AWS::Region"), EDGE_REGION]),
            "AssertDescription": (f"Lambda@Edge functions ({', '.join(edges)}) must be deployed "
                                  f"in {EDGE_REGION}; deploy this stack there"),
        }]}, edges[0], "the Lambda@Edge region rule")


STACK_EMITTERS: tuple[Callable[[Graph], Iterable[Fragment]], ...] = (emit_region_rule,)


def emit(graph: Graph) -> Emitted:
    """Every fragment of the template of ``graph``."""
    emitted = Emitted()
    for resource in graph.stack.resources.values():
        part = RESOURCE_EMITTERS[resource.kind](resource, graph)
        emitted.fragments.extend(part.fragments)
        emitted.diagnostics.extend(part.diagnostics)
    for emitter in RELATION_EMITTERS + STACK_EMITTERS:
        emitted.fragments.extend(emitter(graph))
    return emitted
