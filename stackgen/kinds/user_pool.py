"""The user pool: a Cognito user pool, and what stackgen derives for it.

A pool becomes an ``AWS::Cognito::UserPool`` (retained, so that deleting the stack keeps the
users), its ID and ARN as Outputs, an SMS role when Cognito sends it SMS, and a KMS key when it
has custom senders and no ``senderKey``. Its events invoke functions (solid wires from it,
with an ``event``); a function that discovers it (a dashed wire to it) gets its ID and ARN and
the IAM actions of :data:`COGNITO_ACTIONS` on it, or those of the wire's ``access`` levels
(:data:`ACCESS`). Cognito cannot change its sign-in names or
its ``Schema`` once it exists: the guard watches them.

A pool with ``existing`` is one the stack does not create: no resource, its ID (and the ARN
built from it) wherever a wire names it (``Kind.outside``), and for its event wires the
``Custom::UserPoolTriggers`` resource ``<P>Triggers`` that sets them on it, with its inline
function (:mod:`stackgen.handlers.user_pool_triggers`) and role.
"""

from __future__ import annotations

import copy
from typing import Any, Collection, Iterable, Mapping

from .. import model
from ..diagnostics import Diagnostic, error, warning
from ..emit import OUTPUTS, POLICY_VERSION, RESOURCES, Emitted, Fragment, merge_properties
from ..intrinsics import Intrinsic, get_att, ref, sub
from ..model import DASHED, SOLID, Resource
from ..record import record
from . import DISCOVERY, TRIGGER, Kind, Look, Offer, Wiring, longest_arn

#: what users may sign in with, in the order a pool lists them
SIGN_IN = ("username", "email", "phone", "preferred_username")
#: a pool's sign-in names when its spec gives none
DEFAULT_SIGN_IN = ("username", "email", "preferred_username")
#: without ``username``, a pool's users sign in with one of these instead of a user name
SIGN_IN_INSTEAD_OF_USERNAME = ("email", "phone")


@record
class UserPool(Resource):
    allow_public_sign_ups: bool = True
    auto_verify_emails: bool = False
    auto_verify_phones: bool = False
    deletion_protection: bool = False
    #: what users sign in with, as the spec lists them (see :data:`SIGN_IN`)
    sign_in_with: tuple[str, ...] = DEFAULT_SIGN_IN
    #: the feature plan (lite, essentials, plus); None leaves Cognito's default, essentials
    tier: str | None = None
    #: the ARN of an existing KMS key for the custom senders (a string or an intrinsic); None
    #: lets stackgen make one
    sender_key: Any = None
    #: the ID of a pool the stack does not create (text, or ``!Ref`` of a parameter, or
    #: ``!ImportValue``); None for a pool the stack creates
    existing: Any = None
    #: the spec's keys besides ``type`` and ``existing`` (an existing pool may have none)
    given: tuple[str, ...] = ()

    kind = "UserPool"


def build(name: str, pointer, properties: Mapping[str, Any], spec: Mapping[str, Any],
          defaults: Mapping[str, Any]) -> UserPool:
    return UserPool(
        name, pointer, properties,
        allow_public_sign_ups=spec.get("allowPublicSignUps", True),
        auto_verify_emails=spec.get("autoVerifyEmails", False),
        auto_verify_phones=spec.get("autoVerifyPhones", False),
        deletion_protection=spec.get("deletionProtection", False),
        sign_in_with=tuple(spec.get("signInWith", DEFAULT_SIGN_IN)),
        tier=spec.get("tier"),
        sender_key=spec.get("senderKey"),
        existing=spec.get("existing"),
        given=tuple(k for k in spec if k not in ("type", "existing")),
    )


# --- what a function that discovers it gets ---------------------------------------------------

POOL_ID = "pool id"
POOL_ARN = "pool arn"
OFFERS = (Offer(POOL_ID, "USER_POOL_ID"), Offer(POOL_ARN, "USER_POOL", "Arn"))

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

#: the levels of ``access`` a dashed wire to a pool may grant instead (the statement has the
#: union of the levels' actions, sorted, each once): a fixed, documented list each
ACCESS = {
    "read": tuple(f"cognito-idp:{a}" for a in (
        "DescribeUserPool", "DescribeUserPoolClient", "DescribeUserPoolDomain",
        "DescribeIdentityProvider", "DescribeResourceServer", "GetGroup", "ListGroups",
        "ListUserPoolClients", "ListUsers", "ListUsersInGroup", "AdminGetUser",
        "AdminListGroupsForUser")),
    "manage-users": tuple(f"cognito-idp:{a}" for a in (
        "AdminCreateUser", "AdminUpdateUserAttributes", "AdminDeleteUserAttributes",
        "AdminEnableUser", "AdminDisableUser", "AdminDeleteUser", "AdminResetUserPassword",
        "AdminSetUserPassword", "AdminConfirmSignUp", "AdminUserGlobalSignOut")),
    "manage-groups": tuple(f"cognito-idp:{a}" for a in (
        "AdminAddUserToGroup", "AdminRemoveUserFromGroup", "AdminListGroupsForUser")),
    "sign-in": tuple(f"cognito-idp:{a}" for a in ("AdminInitiateAuth", "AdminRespondToAuthChallenge")),
}

#: what the pool gives each of its custom senders: the ARN of the key its codes are encrypted with
SENDER_KEY = "sender key"
SENDER_KEY_VARIABLE = "SENDER_KEY_ARN"


def pool_statement(pool: str) -> dict:
    return {"Effect": "Allow", "Action": list(COGNITO_ACTIONS), "Resource": get_att(pool, "Arn")}


# --- properties: what the fields and wires own -------------------------------------------------

def owners(name: str) -> dict[tuple[str, ...], str]:
    return {
        ("LambdaConfig",): f"the wires `{{from: {name}, to: <Function>, event: <Event>}}`",
        ("AdminCreateUserConfig", "AllowAdminCreateUserOnly"): "the field `allowPublicSignUps`",
        ("AliasAttributes",): "the field `signInWith`",
        ("UsernameAttributes",): "the field `signInWith`",
        ("AutoVerifiedAttributes",): "the fields `autoVerifyEmails` and `autoVerifyPhones`",
        ("UserPoolTier",): "the field `tier`",
    }


def owned(pool: UserPool) -> dict[tuple[str, ...], str]:
    """``DeletionProtection`` is the field's when it is given; without it ``properties`` may set
    what the field cannot say (``!If [IsProd, ACTIVE, INACTIVE]``)."""
    if "deletionProtection" in pool.given:
        return {("DeletionProtection",): "the field `deletionProtection`"}
    return {}


# --- the emitter ---------------------------------------------------------------------------------

#: a pool's sign-in names as Cognito's attributes, in the order a pool lists them
SIGN_IN_ATTRIBUTES = {"email": "email", "phone": "phone_number", "preferred_username": "preferred_username"}


#: a pool's ``tier`` as Cognito's feature plan
TIERS = {"lite": "LITE", "essentials": "ESSENTIALS", "plus": "PLUS"}


def sign_in_attributes(pool: UserPool) -> dict[str, list[str]]:
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


def sends_sms(pool: UserPool) -> bool:
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


def _trigger_config(trigger) -> tuple[str, Any]:
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


def sender_key_arn(pool: UserPool) -> Any:
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


def lambda_config(pool: UserPool, graph) -> dict[str, Any]:
    """The ``LambdaConfig`` that the pool's event wires give it (and the custom senders' key)."""
    triggers = {t.event: t for t in graph.triggers_of(pool.name)}
    config = dict(_trigger_config(triggers[event]) for event in model.EVENTS if event in triggers)
    if graph.senders_of(pool.name):
        config["KMSKeyID"] = sender_key_arn(pool)
    return config


def emit_pool(pool: UserPool, graph) -> Emitted:
    if pool.existing is not None:
        return emit_existing(pool, graph)
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
    if graph.triggers_of(name):
        properties["LambdaConfig"] = lambda_config(pool, graph)
    senders = graph.senders_of(name)
    properties, found = merge_properties(pool, properties)
    body = {"Type": AWS_TYPE, "DeletionPolicy": "Retain",
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


# --- a pool the stack does not create: `existing` ---------------------------------------------

#: a pool's ARN before its ID: the pool is in the stack's partition, region and account
ARN_PREFIX = "arn:${AWS::Partition}:cognito-idp:${AWS::Region}:${AWS::AccountId}:userpool/"
#: the custom resource that sets the stack's triggers on a pool it does not create
TRIGGERS_TYPE = "Custom::UserPoolTriggers"
#: the runtime of its function (Lambda's newest Python, whose boto3 knows the most settings) and
#: its timeout, in seconds: the handler answers CloudFormation MARGIN_MS (3 s) before Lambda
#: would stop it, which leaves it 57 s for two calls to Cognito
TRIGGERS_RUNTIME = "python3.14"
TRIGGERS_TIMEOUT = 60
BASIC_EXECUTION = "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"


def inline_code() -> str:
    """The custom resource's function as the template carries it: the handler module itself,
    as ``tools/generate_inline_handler.py`` made it from
    :func:`stackgen.handlers.user_pool_triggers.inline_source`."""
    from ..handlers.inline import SOURCE

    return SOURCE


def triggers_resource(pool: str) -> str:
    """The Logical ID of the custom resource that sets an existing pool's triggers."""
    return f"{pool}Triggers"


def triggers_function(pool: str) -> str:
    return f"{pool}TriggersFunction"


def triggers_role(pool: str) -> str:
    return f"{pool}TriggersRole"


def standing_in(pool: UserPool, variable: str) -> dict | None:
    """What stands for an existing pool's ID and ARN (``Kind.outside``): its ID as text, or
    ``${variable}`` bound to the spec's ``!Ref`` or ``!ImportValue``; None for a pool the stack
    creates."""
    if pool.existing is None:
        return None
    if isinstance(pool.existing, str):
        return {None: (pool.existing, {}), "Arn": (ARN_PREFIX + pool.existing, {})}
    # each use its own copy: a value written twice must not become a YAML alias
    return {None: ("${" + variable + "}", {variable: copy.deepcopy(pool.existing)}),
            "Arn": (ARN_PREFIX + "${" + variable + "}", {variable: copy.deepcopy(pool.existing)})}


def pool_arn(pool_id: Any) -> Any:
    """The ARN of the pool of ID ``pool_id`` (text or an intrinsic), as the template writes it."""
    if isinstance(pool_id, str):
        return sub(ARN_PREFIX + pool_id)
    return Intrinsic("Sub", [ARN_PREFIX + "${Id}", {"Id": copy.deepcopy(pool_id)}])


def existing_text(pool: UserPool) -> str:
    """An existing pool's ID as the spec writes it, as text (``!Ref PoolId``): what the template's
    metadata records for the guard."""
    value = pool.existing
    if isinstance(value, str):
        return value
    import json

    return f"!{value.fn} {value.value if isinstance(value.value, str) else json.dumps(_plain(value.value))}"


def _plain(value: Any) -> Any:
    if isinstance(value, Intrinsic):
        return {value.fn: _plain(value.value)}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


#: the template's ``Metadata`` entry that lists the pools the stack names but does not create
EXISTING_METADATA = "existingUserPools"


def emit_existing(pool: UserPool, graph) -> Emitted:
    """An existing pool: no pool resource and no Outputs, its ID in the template's metadata (for
    the guard), and for its event wires the custom resource that sets them on it, with its
    function and role."""
    from ..emit import METADATA, permission_of
    from ..handlers import user_pool_triggers as handler
    from . import value_of

    name = pool.name
    origin = f"user pool `{name}` (existing)"
    fragments = [Fragment(METADATA, EXISTING_METADATA, {name: existing_text(pool)}, name, origin)]
    if graph.triggers_of(name):
        arn = value_of(pool, "Arn")
        role, function = triggers_role(name), triggers_function(name)
        fragments.append(Fragment(RESOURCES, role, {
            "Type": "AWS::IAM::Role",
            "Properties": {
                "Description": sub(f"Sets the triggers of ${{AWS::StackName}} on the existing user pool {name}"),
                "AssumeRolePolicyDocument": {"Version": POLICY_VERSION, "Statement": [{
                    "Effect": "Allow",
                    "Principal": {"Service": "lambda.amazonaws.com"},
                    "Action": "sts:AssumeRole",
                }]},
                "ManagedPolicyArns": [sub(BASIC_EXECUTION)],
                "Policies": [{"PolicyName": "UserPoolTriggers", "PolicyDocument": handler.policy(arn)}],
            },
        }, name, f"the role of the function that sets the triggers of user pool `{name}`"))
        fragments.append(Fragment(RESOURCES, function, {
            "Type": "AWS::Lambda::Function",
            "Properties": {
                # no pool name: a function description has at most 256 characters
                "Description": sub("Sets the triggers of ${AWS::StackName} on an existing user pool"),
                "Runtime": TRIGGERS_RUNTIME,
                "Handler": "index.handler",
                "Timeout": TRIGGERS_TIMEOUT,
                "Role": get_att(role, "Arn"),
                "Code": {"ZipFile": inline_code()},
            },
        }, name, f"the function that sets the triggers of user pool `{name}`"))
        permissions = [permission_of(name, f) for p, f in graph.invocations() if p == name]
        fragments.append(Fragment(RESOURCES, triggers_resource(name), {
            "Type": TRIGGERS_TYPE,
            "DependsOn": permissions,
            "Properties": {
                "ServiceToken": get_att(function, "Arn"),
                "UserPoolId": value_of(pool),
                "LambdaConfig": lambda_config(pool, graph),
            },
        }, name, f"the triggers of user pool `{name}`"))
        if graph.senders_of(name):
            fragments.append(Fragment(RESOURCES, sender_key(name), _sender_key_body(name), name,
                                      f"the key of the custom senders of user pool `{name}`"))
    # no Outputs: whoever deploys the stack gives the ID (and an import's would be refused)
    return Emitted(fragments, [])


# --- the rules a schema cannot say ---------------------------------------------------------------

CUSTOM_AUTH = ("DefineAuthChallenge", "CreateAuthChallenge", "VerifyAuthChallengeResponse")


def _custom_auth(pools: Mapping[str, UserPool], stack, graph) -> Iterable[Diagnostic]:
    for name in pools:
        events = {t.event: t for t in graph.triggers_of(name)}
        present = [e for e in CUSTOM_AUTH if e in events]
        if present and len(present) < len(CUSTOM_AUTH):
            missing = [e for e in CUSTOM_AUTH if e not in events]
            first = events[present[0]]
            yield warning(
                "W010",
                f"{first.wire}: a custom authentication flow needs all of {', '.join(CUSTOM_AUTH)}; "
                f"`{name}` has no {' and no '.join(missing)}: wire it to a function, or remove the others",
                first.wire.pointer, subject=str(first.wire),
            )


def _sign_in(pools: Mapping[str, UserPool], stack, graph) -> Iterable[Diagnostic]:
    """A pool whose users sign in without a user name may list only what stands in for one."""
    for name, resource in pools.items():
        if "username" in resource.sign_in_with:
            continue
        for index, entry in enumerate(resource.sign_in_with):
            if entry in SIGN_IN_INSTEAD_OF_USERNAME:
                continue
            instead = " or ".join(f"`{e}`" for e in SIGN_IN_INSTEAD_OF_USERNAME)
            yield error(
                "R016",
                f"`signInWith` of `{name}` has no `username`, so its users sign in with {instead} "
                f"instead of a user name, and `{entry}` cannot stand in for one: it is a name a user "
                "picks after signing up, and Cognito accepts it only as an alias beside a user name; "
                f"add `username` to the list, or remove `{entry}`",
                resource.pointer + ("signInWith", index), subject=name,
            )


def _versions_past_lite(pools: Mapping[str, UserPool], stack, graph) -> Iterable[Diagnostic]:
    """A PreTokenGeneration version that the pool's feature plan does not offer."""
    for t in graph.triggers:
        pool = pools.get(t.pool)
        if pool is not None and t.wire.version in model.VERSIONS_PAST_LITE and pool.tier == "lite":
            yield error(
                "R017",
                f"{t.wire}: version {t.wire.version} of the {t.event} event needs the Essentials or "
                f"Plus feature plan, and `{t.pool}` has `tier: lite`; set `tier: essentials` (or "
                "`plus`, or no `tier`: Cognito's default is Essentials) on the pool, or use version 1, "
                "which changes only the ID token",
                t.wire.pointer + ("version",), subject=str(t.wire),
            )


def _unused_sender_keys(pools: Mapping[str, UserPool], stack, graph) -> Iterable[Diagnostic]:
    """A ``senderKey`` on a pool that has no custom sender to use it."""
    for name, resource in pools.items():
        if resource.sender_key is not None and not graph.senders_of(name):
            yield warning(
                "W011",
                f"`senderKey` of `{name}` is unused: Cognito encrypts with it only the codes it gives "
                f"a custom sender, and `{name}` has none; wire a function to its "
                f"{' or '.join(model.SENDERS)} event, or remove `senderKey`",
                resource.pointer + ("senderKey",), subject=name,
            )


def _existing(pools: Mapping[str, UserPool], stack, graph) -> Iterable[Diagnostic]:
    """An existing pool has only its ID: no setting (R038), and an ID the stack can know (R039)."""
    for name, pool in pools.items():
        if pool.existing is None:
            continue
        for key in pool.given:
            what = "sets settings of the pool" if key == "properties" else "is a setting of the pool"
            yield error(
                "R038",
                f"`{key}` of `{name}` {what}, and `{name}` is an existing pool "
                f"(`existing`): this stack does not own its settings, only the triggers its wires set; "
                f"change `{key}` where the pool is managed and remove it here, or remove `existing` "
                "to let this stack create the pool",
                pool.pointer + (key,), at_key=True, subject=name,
            )
        value = pool.existing
        if not isinstance(value, Intrinsic) or value.fn == "ImportValue":
            continue
        target = value.value if value.fn == "Ref" and isinstance(value.value, str) else None
        if target is not None and (target in stack.parameters or target not in stack.resources
                                   and not target.startswith("AWS::")):
            continue  # a parameter, or a name of nothing, which the references stage reports (R014)
        what = (f"`!Ref {target}`, a {'resource' if target in stack.resources else 'pseudo parameter'}"
                if target is not None else f"`!{value.fn}`")
        params = [p for p, d in stack.parameters.items() if isinstance(d, Mapping) and d.get("Type") == "String"]
        hint = f" (`!Ref {params[0]}`?)" if len(params) == 1 else ""
        yield error(
            "R039",
            f"`existing` of `{name}` is {what}: it takes the pool's ID, as text (us-east-1_AbC123), "
            f"as `!Ref` of a parameter of `parameters`{hint}, or as `!ImportValue` of another stack's "
            "export; declare a parameter for the ID and write `!Ref` of it",
            pool.pointer + ("existing",), subject=name,
        )


def _nothing_created(pools: Mapping[str, UserPool], stack, graph) -> Iterable[Diagnostic]:
    """A stack of existing pools alone would have no resource, which CloudFormation refuses."""
    if pools and len(pools) == len(stack.resources) and all(p.existing is not None for p in pools.values()):
        first = next(iter(pools.values()))
        yield error(
            "R040",
            f"every resource of the spec is an existing pool (`{first.name}`...), so the stack would "
            "create nothing, and CloudFormation refuses a template without resources: add what the "
            "stack is for (a function wired to the pool, a client of it...), or remove `existing` "
            "to let the stack create the pool",
            first.pointer + ("existing",), at_key=True, subject=first.name,
        )


# --- the kind ------------------------------------------------------------------------------------

AWS_TYPE = "AWS::Cognito::UserPool"
#: Cognito's limit on a user pool ID, and the longest ARN of one
ID_LENGTH = 55
ARN_LENGTH = longest_arn("cognito-idp", len("userpool/") + ID_LENGTH)

LOOK = Look("userPool", ("[(", ")]"), "cylinder", "filled", "#fde8ea", "#dd344c")
#: a pool the stack does not create: the same, with a dashed border
EXISTING_LOOK = Look("existingUserPool", ("[(", ")]"), "cylinder", "filled,dashed", "#fde8ea", "#dd344c", "5 5")


def _triggers_are_permitted(resources: Mapping[str, Any], carried: Collection[str]) -> Iterable[str]:
    """The self-check of the template's pools (and of the custom resource that sets an existing
    pool's triggers): every event that invokes a function comes with the permission that lets
    Cognito invoke it, and the custom resource waits for those permissions, since Cognito may
    invoke a trigger as soon as it is set. A carried pool or custom resource is the user's."""
    # (pool ARN, function ARN) -> the permission's Logical ID (repr: an ARN may be a !Sub of a list)
    permissions = {
        (repr(r["Properties"].get("SourceArn")), repr(r["Properties"].get("FunctionName"))): name
        for name, r in resources.items() if r.get("Type") == "AWS::Lambda::Permission"
    }
    for pool, resource in resources.items():
        kind = resource.get("Type")
        if kind not in (AWS_TYPE, TRIGGERS_TYPE) or pool in carried:
            continue
        properties = resource.get("Properties", {})
        arn = Intrinsic("GetAtt", f"{pool}.Arn") if kind != TRIGGERS_TYPE else pool_arn(properties.get("UserPoolId"))
        waits = resource.get("DependsOn", []) if kind == TRIGGERS_TYPE else None
        config = properties.get("LambdaConfig") or {}
        if not isinstance(config, dict):
            yield f"{pool}'s LambdaConfig is not a mapping"
            continue
        for event, function in config.items():
            if isinstance(function, dict):
                function = function.get("LambdaArn")  # a versioned event: {LambdaArn, LambdaVersion}
            if not isinstance(function, Intrinsic) or event == "KMSKeyID":
                continue
            permission = permissions.get((repr(arn), repr(function)))
            if permission is None:
                yield f"{pool}'s {event} invokes {function.value} with no permission for it"
            elif waits is not None and permission not in waits:
                yield f"{pool} sets {event} before {permission} lets Cognito invoke {function.value}"


KIND = Kind(
    name="UserPool",
    model=UserPool,
    build=build,
    aws_type=AWS_TYPE,
    emit=emit_pool,
    owners=owners,
    owned=owned,
    look=LOOK,
    words="user pool",
    wires=(
        Wiring("UserPool", "Function", SOLID, TRIGGER),
        Wiring("Function", "UserPool", DASHED, DISCOVERY),
        Wiring("EdgeFunction", "UserPool", DASHED, DISCOVERY),
    ),
    offers=OFFERS,
    actions=COGNITO_ACTIONS,
    access=ACCESS,
    from_event=("read the pool from the event (`event.userPoolId`; the ARN is "
                "arn:<partition>:cognito-idp:<region>:<account>:userpool/<id>); its IAM "
                "statement is still granted, by a separate policy on its role"),
    pool_of=lambda name, client_pool: name,
    create_only=("AliasAttributes", "UsernameAttributes", "UsernameConfiguration", "Schema"),
    create_only_fields={"AliasAttributes": "signInWith", "UsernameAttributes": "signInWith"},
    dropped=("CloudFormation will take it out of the stack: its Retain policy keeps the "
             "pool and its users in the account, but no stack manages them any more; "
             "if it was renamed, the new name creates a new, empty pool and every user "
             "must sign up again"),
    replaced=", empty one, without its users",
    longest={"Ref": ID_LENGTH, "Arn": ARN_LENGTH},
    attributes=frozenset({"Arn", "ProviderName", "ProviderURL", "UserPoolId"}),
    written=lambda pool: tuple((key, value) for key, value in (("senderKey", pool.sender_key),
                                                               ("existing", pool.existing))
                               if value is not None and (key == "senderKey" or isinstance(value, Intrinsic))),
    checks=(_existing, _nothing_created, _custom_auth, _sign_in, _versions_past_lite, _unused_sender_keys),
    outside=standing_in,
    look_of=lambda pool: EXISTING_LOOK if pool.existing is not None else LOOK,
    self_checks=(_triggers_are_permitted,),
)
