"""Mapping: a template's resources as a proposed spec, one inverse per kind.

Each inverse reads one resource of the AWS type its kind becomes and gives the spec resource
(fields where a field says exactly what the template has, the rest in ``properties``) and the
wires its properties name: a pool's ``LambdaConfig`` entries are solid wires to their
functions, a client's (group's, domain's...) ``UserPoolId`` its wire to the pool, a function's
variables and IAM statements dashed wires when they are exactly what such a wire derives.
Nothing here decides whether the proposal is faithful: :mod:`stackgen.adopt.compare` builds it
and says. A resource whose dashed wires do not give back its variables and statements is
proposed again with none (``literal``), a resource whose fields do not build with none but its
membership (``plain``).

What no field or wire can say, where stackgen owns the property (a ``LambdaConfig`` entry naming
a function of another stack, a variable given as a list...), is an ``I004`` error at the value.
"""

from __future__ import annotations

import copy
from itertools import combinations
from typing import Any, Callable, Mapping

from ..diagnostics import Diagnostic, error
from ..intrinsics import Intrinsic, get_att, ref, sub
from ..record import factory, record

POOL = "AWS::Cognito::UserPool"
CLIENT = "AWS::Cognito::UserPoolClient"
FUNCTION = "AWS::Serverless::Function"
GROUP = "AWS::Cognito::UserPoolGroup"
DOMAIN = "AWS::Cognito::UserPoolDomain"
PROVIDER = "AWS::Cognito::UserPoolIdentityProvider"
SERVER = "AWS::Cognito::UserPoolResourceServer"

#: the SAM transform, the one a spec's template has
SAM_TRANSFORM = "AWS::Serverless-2016-10-31"


@record(frozen=False)
class Proposal:
    #: the spec as data, in the order it is written
    spec: dict = factory(dict)
    #: Logical ID -> the kind it became
    kinds: dict = factory(dict)
    #: the template's resources no kind maps (each either derived by the build, or not imported)
    others: list = factory(list)
    #: the resources a kind maps but whose required values no field can give (each has an I004)
    dropped: list = factory(list)
    #: the resources of a modeled type carried as they are, since their kind cannot say them
    carried: list = factory(list)
    problems: list[Diagnostic] = factory(list)


@record(frozen=False)
class _Context:
    resources: Mapping[str, Any]
    literal: frozenset
    plain: frozenset
    #: the pools the stack names but does not create (``existing``): Logical ID -> their ID
    existing: Mapping[str, Any] = factory(dict)
    wires: list = factory(list)
    #: (wire, key to order dashed wires of one function by)
    dashed: list = factory(list)
    problems: list = factory(list)

    def of_type(self, aws_type: str) -> list[str]:
        return [n for n, r in self.resources.items() if r["Type"] == aws_type]

    def values(self, pool: str) -> tuple[Any, Any]:
        """A pool's ID and ARN as the template writes them: ``!Ref``/``!GetAtt`` of a pool it
        creates, what stands for them of an existing one."""
        if pool not in self.existing:
            return ref(pool), get_att(pool, "Arn")
        from ..kinds import value_of
        from ..kinds.user_pool import UserPool

        model = UserPool(pool, (), {}, existing=self.existing[pool])
        return value_of(model), value_of(model, "Arn")

    def pool_of(self, value: Any, among=None) -> str | None:
        """The pool of this template whose ID ``value`` is (``!Ref P``, or an existing pool's)."""
        return next((p for p in (among if among is not None else self.of_type(POOL))
                     if self.values(p)[0] == value), None)

    def props(self, name: str) -> dict:
        value = (self.resources.get(name) or {}).get("Properties")
        return copy.deepcopy(value) if isinstance(value, dict) else {}

    def owned(self, name: str, key: str, why: str) -> None:
        self.problems.append(error(
            "I004", f"`{key}` of `{name}` {why}; stackgen sets `{key}` itself, so it cannot be "
            "carried as written: change it in the template to what a field or a wire can say, or "
            "import with --partial and set it again after the build",
            ("Resources", name, "Properties", key), subject=f"resource {name}"))


def _arn_of(value: Any, names) -> str | None:
    if isinstance(value, Intrinsic) and value.fn == "GetAtt" and isinstance(value.value, str):
        name, _, attribute = value.value.partition(".")
        if attribute == "Arn" and name in names:
            return name
    return None


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


# --- the pool ----------------------------------------------------------------------------------

def pool(name: str, ctx: _Context) -> dict:
    from ..kinds.user_pool import DEFAULT_SIGN_IN, SIGN_IN, SIGN_IN_ATTRIBUTES, TIERS, sms_external_id, sms_role

    if name in ctx.existing:
        return _existing_pool(name, ctx)
    p = ctx.props(name)
    spec: dict[str, Any] = {"type": "UserPool"}
    admin = p.get("AdminCreateUserConfig")
    if isinstance(admin, dict) and "AllowAdminCreateUserOnly" in admin:
        only = admin.pop("AllowAdminCreateUserOnly")
        if isinstance(only, bool):
            if only:
                spec["allowPublicSignUps"] = False
        else:
            ctx.owned(name, "AdminCreateUserConfig", "sets `AllowAdminCreateUserOnly` to a value known only at "
                      "deploy time, and the field `allowPublicSignUps` is true or false")
        if not admin:
            del p["AdminCreateUserConfig"]
    attributes = {v: k for k, v in SIGN_IN_ATTRIBUTES.items()}
    alias, names = p.pop("AliasAttributes", None), p.pop("UsernameAttributes", None)
    sign_in: list[str] | None = None
    if alias is not None and names is not None:
        ctx.owned(name, "UsernameAttributes", "is given beside `AliasAttributes`, which Cognito refuses")
    elif names is not None:
        if _strings(names) and names and all(a in ("email", "phone_number") for a in names):
            sign_in = [attributes[a] for a in names]
        else:
            ctx.owned(name, "UsernameAttributes", "is not a list of `email` and `phone_number`, which the "
                      "field `signInWith` gives")
    elif alias is not None:
        if _strings(alias) and all(a in attributes for a in alias):
            sign_in = ["username"] + [attributes[a] for a in alias]
        else:
            ctx.owned(name, "AliasAttributes", "is not a list of `email`, `phone_number` and "
                      "`preferred_username`, which the field `signInWith` gives")
    else:
        sign_in = ["username"]
    if sign_in is not None:
        ordered = [s for s in SIGN_IN if s in sign_in]
        if tuple(ordered) != DEFAULT_SIGN_IN:
            spec["signInWith"] = ordered
    verified = p.pop("AutoVerifiedAttributes", None)
    if verified is not None:
        if _strings(verified) and set(verified) <= {"email", "phone_number"}:
            if "email" in verified:
                spec["autoVerifyEmails"] = True
            if "phone_number" in verified:
                spec["autoVerifyPhones"] = True
        else:
            ctx.owned(name, "AutoVerifiedAttributes", "is not a list of `email` and `phone_number`, which "
                      "the fields `autoVerifyEmails` and `autoVerifyPhones` give")
    # what the field cannot say (a function: `!If [IsProd, ACTIVE, INACTIVE]`) stays in
    # `properties`, which may set it when the field is not given
    protection = p.get("DeletionProtection")
    if protection in ("ACTIVE", "INACTIVE"):
        del p["DeletionProtection"]
        if protection == "ACTIVE":
            spec["deletionProtection"] = True
    tier = p.pop("UserPoolTier", None)
    if tier is not None:
        tiers = {v: k for k, v in TIERS.items()}
        if tier in tiers:
            spec["tier"] = tiers[tier]
        else:
            ctx.owned(name, "UserPoolTier", "is none of LITE, ESSENTIALS and PLUS, which the field `tier` gives")
    if p.get("UserPoolName") == sub(f"${{AWS::StackName}}-{name}"):
        del p["UserPoolName"]
    if p.get("SmsConfiguration") == {"SnsCallerArn": get_att(sms_role(name), "Arn"),
                                     "ExternalId": sms_external_id(name)}:
        del p["SmsConfiguration"]
    _triggers(name, spec, p.pop("LambdaConfig", None), ("Resources", name, "Properties", "LambdaConfig"), ctx)
    if p:
        spec["properties"] = p
    return spec


def _existing_pool(name: str, ctx: _Context) -> dict:
    """A pool the stack does not create: its ID, and the triggers its custom resource sets."""
    from ..kinds.user_pool import TRIGGERS_TYPE, triggers_resource

    spec: dict[str, Any] = {"type": "UserPool", "existing": copy.deepcopy(ctx.existing[name])}
    triggers = triggers_resource(name)
    if (ctx.resources.get(triggers) or {}).get("Type") == TRIGGERS_TYPE:
        _triggers(name, spec, ctx.props(triggers).get("LambdaConfig"),
                  ("Resources", triggers, "Properties", "LambdaConfig"), ctx)
    return spec


def _triggers(name: str, spec: dict, config: Any, at: tuple, ctx: _Context) -> None:
    """The solid wires of a pool's ``LambdaConfig`` (and its ``senderKey``)."""
    from ..kinds.user_pool import VERSIONED_EVENTS, sender_key
    from ..model import EVENTS, VERSIONED

    functions = [n for n in ctx.of_type(FUNCTION) if not _is_edge(ctx.resources[n])]
    if config is not None and not isinstance(config, dict):
        ctx.owned(name, "LambdaConfig", "is not a mapping of events to functions")
        return
    for key, value in (config or {}).items():
        wire: dict[str, Any] | None = None
        if key in EVENTS and key not in VERSIONED_EVENTS:
            target = _arn_of(value, functions)
            wire = {"from": name, "to": target, "event": key} if target else None
        elif key in VERSIONED_EVENTS and isinstance(value, dict) and value.get("LambdaVersion") == "V1_0" \
                and set(value) == {"LambdaArn", "LambdaVersion"}:
            target = _arn_of(value["LambdaArn"], functions)
            wire = {"from": name, "to": target, "event": key} if target else None
        elif key == "PreTokenGenerationConfig" and isinstance(value, dict) \
                and set(value) == {"LambdaArn", "LambdaVersion"} and value["LambdaVersion"] in ("V2_0", "V3_0"):
            target = _arn_of(value["LambdaArn"], functions)
            wire = ({"from": name, "to": target, "event": VERSIONED, "version": int(value["LambdaVersion"][1])}
                    if target else None)
        elif key == "KMSKeyID":
            if value != get_att(sender_key(name), "Arn"):
                spec["senderKey"] = value
            continue
        if wire is None:
            ctx.problems.append(error(
                "I004", f"`LambdaConfig.{key}` of `{name}` names no function of this template that a "
                "wire can subscribe (a wire goes from a pool event to an AWS::Serverless::Function of "
                "the same stack); stackgen sets `LambdaConfig` from the wires, so this entry cannot be "
                "carried: move the function into this template, or import with --partial and wire it again",
                at + (key,), subject=f"resource {name}"))
            continue
        ctx.wires.append(wire)


# --- members of a pool -----------------------------------------------------------------------

def _membership(name: str, p: dict, ctx: _Context, what: str) -> str | None:
    """The pool that ``UserPoolId`` names, as a wire; an I004 when it names none of this template
    (the resource is then not imported: a spec's member of a pool needs its wire)."""
    value = p.pop("UserPoolId", None)
    target = ctx.pool_of(value)
    if target is None:
        ctx.owned(name, "UserPoolId", f"is not `!Ref` of a user pool of this template, and a {what} "
                  "belongs to a pool by its wire to it")
        return None
    ctx.wires.append({"from": name, "to": target})
    return target


def client(name: str, ctx: _Context) -> dict:
    p = ctx.props(name)
    spec: dict[str, Any] = {"type": "UserPoolClient"}
    pool_name = _membership(name, p, ctx, "client")
    if pool_name is None:
        return None
    if name in ctx.plain:
        if p:
            spec["properties"] = p
        return spec
    if isinstance(p.get("GenerateSecret"), bool):
        spec["generateSecret"] = p.pop("GenerateSecret")
    flows = p.get("AllowedOAuthFlows")
    if _strings(flows) and p.get("AllowedOAuthFlowsUserPoolClient") is True:
        spec["oauthFlows"] = flows
        del p["AllowedOAuthFlows"], p["AllowedOAuthFlowsUserPoolClient"]
    servers = {ctx.resources[s].get("Properties", {}).get("Identifier"): s for s in ctx.of_type(SERVER)
               if ctx.pool_of(ctx.resources[s].get("Properties", {}).get("UserPoolId"), [pool_name])}
    scopes = p.get("AllowedOAuthScopes")
    used: list[str] = []
    if _strings(scopes):
        from ..kinds.user_pool_client import STANDARD_SCOPES

        wanted = []
        for scope in scopes:
            identifier = scope.rpartition("/")[0]
            if scope in STANDARD_SCOPES:
                continue
            if identifier in servers:
                wanted.append(servers[identifier])
            else:
                wanted = None
                break
        if wanted is not None:
            spec["oauthScopes"] = p.pop("AllowedOAuthScopes")
            used += list(dict.fromkeys(wanted))
    for key, field in (("CallbackURLs", "callbackUrls"), ("LogoutURLs", "logoutUrls")):
        if _strings(p.get(key)):
            spec[field] = p.pop(key)
    supported = p.get("SupportedIdentityProviders")
    providers = {ctx.resources[i].get("Properties", {}).get("ProviderName"): i for i in ctx.of_type(PROVIDER)
                 if ctx.pool_of(ctx.resources[i].get("Properties", {}).get("UserPoolId"), [pool_name])}
    if _strings(supported):
        cognito = supported[:1] == ["COGNITO"]
        rest = supported[1:] if cognito else supported
        if "COGNITO" not in rest and all(r in providers for r in rest):
            del p["SupportedIdentityProviders"]
            if not cognito:
                spec["cognitoSignIn"] = False
            elif not rest and "oauthFlows" not in spec:
                spec["cognitoSignIn"] = True
            used = [providers[r] for r in rest] + used
    # the wires to providers and servers, in the order of the client's DependsOn when it has one
    depends = ctx.resources[name].get("DependsOn")
    depends = [depends] if isinstance(depends, str) else depends if _strings(depends) else []
    used.sort(key=lambda u: depends.index(u) if u in depends else len(depends))
    ctx.wires.extend({"from": name, "to": u} for u in used)
    if p:
        spec["properties"] = p
    return spec


def group(name: str, ctx: _Context) -> dict:
    p = ctx.props(name)
    spec: dict[str, Any] = {"type": "UserPoolGroup"}
    if _membership(name, p, ctx, "group") is None:
        return None
    value = p.pop("GroupName", None)
    if isinstance(value, str) and value:
        if value != name:
            spec["groupName"] = value
    elif value is not None:
        ctx.owned(name, "GroupName", "is not text, and the field `groupName` is")
    if name not in ctx.plain:
        if isinstance(p.get("Precedence"), int) and not isinstance(p["Precedence"], bool):
            spec["precedence"] = p.pop("Precedence")
        if isinstance(p.get("Description"), str):
            spec["description"] = p.pop("Description")
    if p:
        spec["properties"] = p
    return spec


def domain(name: str, ctx: _Context) -> dict:
    p = ctx.props(name)
    spec: dict[str, Any] = {"type": "UserPoolDomain"}
    if _membership(name, p, ctx, "domain") is None:
        return None
    value = p.pop("Domain", None)
    custom = p.get("CustomDomainConfig")
    if not isinstance(value, str):
        ctx.owned(name, "Domain", "is not text, and the field `prefix` (or `customDomain.name`) is")
        return None
    elif isinstance(custom, dict) and "CertificateArn" in custom:
        spec["customDomain"] = {"name": value, "certificateArn": custom.pop("CertificateArn")}
        if not custom:
            del p["CustomDomainConfig"]
    else:
        spec["prefix"] = value
    version = p.pop("ManagedLoginVersion", None)
    if version is None:
        spec["managedLoginVersion"] = 1  # no ManagedLoginVersion: Cognito's classic hosted UI
    elif version in (1, 2):
        if version != 2:
            spec["managedLoginVersion"] = version
    else:
        ctx.owned(name, "ManagedLoginVersion", "is neither 1 nor 2, which the field `managedLoginVersion` gives")
    if p:
        spec["properties"] = p
    return spec


def provider(name: str, ctx: _Context) -> dict:
    from ..kinds.identity_provider import DETAILS, SCOPE_SEPARATOR, SOCIAL, TYPES

    p = ctx.props(name)
    spec: dict[str, Any] = {"type": "IdentityProvider"}
    if _membership(name, p, ctx, "identity provider") is None:
        return None
    kinds = {v: k for k, v in TYPES.items()}
    kind = kinds.get(p.pop("ProviderType", None))
    provider_name = p.pop("ProviderName", None)
    if kind is None:
        ctx.owned(name, "ProviderType", f"is none of {', '.join(TYPES.values())}, which the field `provider` gives")
        return None
    spec["provider"] = kind
    if kind not in SOCIAL and provider_name != name:
        spec["name"] = provider_name
    details = p.pop("ProviderDetails", None)
    details = dict(details) if isinstance(details, dict) else {}
    for field, key in DETAILS[kind].items():
        if key not in details:
            continue
        value = details.pop(key)
        if field == "scopes" and isinstance(value, str):
            value = [s for s in value.split(SCOPE_SEPARATOR.get(kind, " ")) if s]
        elif field == "attributesRequestMethod" and value == "GET":
            continue
        spec[field] = value
    if details:
        p["ProviderDetails"] = details
    mapping = p.pop("AttributeMapping", None)
    if isinstance(mapping, dict) and mapping:
        spec["attributeMapping"] = mapping
    elif mapping is not None:
        p["AttributeMapping"] = mapping
    if p:
        spec["properties"] = p
    return spec


def server(name: str, ctx: _Context) -> dict:
    p = ctx.props(name)
    spec: dict[str, Any] = {"type": "ResourceServer"}
    if _membership(name, p, ctx, "resource server") is None:
        return None
    identifier = p.pop("Identifier", None)
    if not isinstance(identifier, str):
        ctx.owned(name, "Identifier", "is not text, and the field `identifier` is")
        return None
    spec["identifier"] = identifier
    server_name = p.pop("Name", None)
    if isinstance(server_name, str) and server_name != name:
        spec["name"] = server_name
    scopes = p.get("Scopes")
    if isinstance(scopes, list) and scopes and all(
            isinstance(s, dict) and set(s) == {"ScopeName", "ScopeDescription"}
            and isinstance(s["ScopeName"], str) and isinstance(s["ScopeDescription"], str) for s in scopes):
        spec["scopes"] = {s["ScopeName"]: s["ScopeDescription"] for s in p.pop("Scopes")}
    if p:
        spec["properties"] = p
    return spec


# --- functions -------------------------------------------------------------------------------

#: the managed policy a traced function writes its traces with
XRAY_POLICY = "AWSXrayWriteOnlyAccess"

#: what an edge function's role trusts (see :mod:`stackgen.kinds.edge_function`)
_EDGE_TRUST = ["lambda.amazonaws.com", "edgelambda.amazonaws.com"]


def _is_edge(body: Mapping[str, Any]) -> bool:
    p = body.get("Properties") or {}
    trust = p.get("AssumeRolePolicyDocument")
    statements = trust.get("Statement") if isinstance(trust, dict) else None
    return (body.get("Type") == FUNCTION and p.get("AutoPublishAlias") == "live"
            and isinstance(statements, list) and len(statements) == 1 and isinstance(statements[0], dict)
            and statements[0].get("Principal") == {"Service": _EDGE_TRUST})


def _actions(statement: Any) -> frozenset | None:
    """The actions of an ``Allow`` statement with only Effect, Action and Resource; None otherwise."""
    if not isinstance(statement, dict) or set(statement) != {"Effect", "Action", "Resource"} \
            or statement["Effect"] != "Allow":
        return None
    action = statement["Action"]
    action = [action] if isinstance(action, str) else action
    return frozenset(action) if _strings(action) else None


def _access(actions: frozenset) -> list[str] | None:
    """The ``access`` levels whose union is exactly ``actions`` ([] for the twelve actions of a
    wire without ``access``); None when none is."""
    from ..kinds.user_pool import ACCESS, COGNITO_ACTIONS

    if actions == frozenset(COGNITO_ACTIONS):
        return []
    levels = list(ACCESS)
    for size in range(1, len(levels) + 1):
        for chosen in combinations(levels, size):
            if frozenset(a for level in chosen for a in ACCESS[level]) == actions:
                return list(chosen)
    return None


def function(name: str, ctx: _Context) -> dict:
    from ..kinds import edge_function, function as function_kind

    body = ctx.resources[name]
    edge = _is_edge(body)
    p = ctx.props(name)
    spec: dict[str, Any] = {"type": "EdgeFunction" if edge else "Function"}
    defaults = {"CodeUri": f"src/{name}", "Handler": function_kind.DEFAULT_HANDLER,
                "Runtime": edge_function.RUNTIME if edge else function_kind.DEFAULT_RUNTIME,
                "MemorySize": function_kind.DEFAULT_MEMORY,
                "Timeout": edge_function.TIMEOUT if edge else function_kind.TIMEOUT}
    fields = {"CodeUri": "codeUri", "Handler": "handler", "Runtime": "runtime", "MemorySize": "memorySize",
              "Timeout": "timeout"}
    for key, field in fields.items():
        if key not in p:
            if key == "CodeUri" and ("InlineCode" in p or "ImageUri" in p):
                ctx.owned(name, "InlineCode" if "InlineCode" in p else "ImageUri",
                          "replaces `CodeUri`, and a function's code is the field `codeUri`")
            continue
        value = p.pop(key)
        text = key in ("CodeUri", "Handler", "Runtime")
        if (isinstance(value, str) if text else isinstance(value, int) and not isinstance(value, bool)):
            if value != defaults[key]:
                spec[field] = value
        else:
            ctx.owned(name, key, f"is not {'text' if text else 'a whole number'}, and the field `{field}` is")
    # a function's role of its own stays in `properties`: no dashed wire then grants it a
    # statement (W023); an edge function's role is stackgen's
    own_role = "Role" in p and not edge
    if "Role" in p and edge:
        ctx.owned(name, "Role", "names a role of the template's own, and stackgen builds an edge function's "
                  "role from its wires and `properties.Policies`")
        del p["Role"]
    if edge:
        del p["AutoPublishAlias"], p["AssumeRolePolicyDocument"]
    environment = p.pop("Environment", None)
    variables: dict[str, Any] = {}
    if isinstance(environment, dict) and set(environment) <= {"Variables"} \
            and isinstance(environment.get("Variables"), dict):
        variables = dict(environment["Variables"])
    elif environment is not None:
        ctx.owned(name, "Environment", "is not a mapping of `Variables`")
    policies = p.pop("Policies", None)
    if policies is None:
        policies = []
    elif not isinstance(policies, list):
        policies = [policies]
    if not edge:
        # X-Ray as stackgen turns it on (traced, and the policy to write traces), or none of it:
        # `tracing: false`, and what the function has of it stays in `properties`
        # (never beside a role of its own: SAM ignores `Policies` there, and `tracing` owns `Role`)
        if policies[:1] == [XRAY_POLICY] and p.get("Tracing") == "Active" and not own_role:
            policies = policies[1:]
            del p["Tracing"]
        else:
            spec["tracing"] = False
    derived = _derived_of(name, variables, policies, edge, ctx, own_role) if name not in ctx.literal else set()
    policies = _without(policies, derived)
    for key, value in variables.items():
        if key in derived:
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, (str, Intrinsic)):
            ctx.problems.append(error(
                "I004", f"the variable `{key}` of `{name}` is neither text nor a CloudFormation function, "
                "and a function's own variables (the field `environment`) are; stackgen sets `Environment` "
                "itself, so it cannot be carried as written: give the value as text, or import with "
                "--partial and set it again after the build",
                ("Resources", name, "Properties", "Environment", "Variables", key), subject=f"resource {name}"))
            continue
        spec.setdefault("environment", {})[key] = value
    if policies:
        p["Policies"] = policies
    if p:
        spec["properties"] = p
    return spec


def _without(policies: list, derived: set) -> list:
    """``policies`` less the statements a wire derives (marked by id in ``derived``), and less a
    policy document left with no statement."""
    kept = []
    for policy in policies:
        if isinstance(policy, dict) and isinstance(policy.get("Statement"), list):
            statements = [s for s in policy["Statement"] if id(s) not in derived]
            if len(statements) != len(policy["Statement"]):
                if not statements:
                    continue
                policy = {**policy, "Statement": statements}
        kept.append(policy)
    return kept


def _statements(policies: list):
    for policy in policies:
        if isinstance(policy, dict) and isinstance(policy.get("Statement"), list):
            yield from policy["Statement"]


def _derived_of(name: str, variables: dict, policies: list, edge: bool, ctx: _Context, own_role: bool = False) -> set:
    """Propose the dashed wires of function ``name`` whose variables and statements are in the
    template, and return what they derive: variable names, and ``id`` of each statement. A
    function with a role of its own gets no wire that grants a statement; a custom sender whose
    key's variable and ``kms:Decrypt`` are not both there as the wire derives them gets
    ``keyAccess: false`` on its wire (what it has stays its own)."""
    from ..kinds.user_pool import sender_key
    from ..kinds.user_pool_group import GROUP_ACTIONS
    from ..model import SENDERS

    derived: set = set()
    triggers = {w["from"] for w in ctx.wires if w.get("to") == name and "event" in w}
    senders = {w["from"] for w in ctx.wires if w.get("to") == name and w.get("event") in SENDERS}
    statements = list(_statements(policies))
    if edge:
        variables = _edge_variables(name, ctx)
    # what a trigger of a pool is granted on that pool comes from the policy of its own
    own = {pool_name: list(_statements([ctx.props(f"{pool_name}To{name}Policy").get("PolicyDocument")]))
           for pool_name in triggers}
    order = list(variables)

    def take(actions_wanted, on: str, pool_name: str):
        place = own[pool_name] if pool_name in triggers else statements
        for s in place:
            actions = _actions(s)
            if actions is not None and id(s) not in derived and s["Resource"] == ctx.values(on)[1] \
                    and actions_wanted(actions):
                return s
        return None

    def var(value) -> str | None:
        return next((k for k, v in variables.items() if v == value and k not in derived), None)

    # a group's statement first: its actions are also those of the pool's `manage-groups` level
    for group_name in ctx.of_type(GROUP):
        gp = ctx.props(group_name)
        pool_name = ctx.pool_of(gp.get("UserPoolId"))
        if edge or own_role or pool_name is None or not isinstance(gp.get("GroupName"), str):
            continue
        variable = var(gp["GroupName"])
        found = take(lambda a: a == frozenset(GROUP_ACTIONS), pool_name, pool_name)
        if variable is None or found is None:
            continue
        derived.update((variable, id(found)))
        ctx.dashed.append(({"from": name, "to": group_name, "style": "dashed"}, order.index(variable)))
    for pool_name in ctx.of_type(POOL) if not own_role else ():
        found = take(lambda a: _access(a) is not None, pool_name, pool_name)
        ids = tuple(var(v) for v in ctx.values(pool_name))
        if found is None or (pool_name not in triggers and None in ids):
            continue
        derived.add(id(found))
        derived.update(i for i in ids if i)
        wire = {"from": name, "to": pool_name, "style": "dashed"}
        levels = _access(_actions(found))
        if levels:
            wire["access"] = levels
        ctx.dashed.append((wire, order.index(ids[0]) if ids[0] else len(order)))
    for client_name in ctx.of_type(CLIENT):
        variable = var(ref(client_name))
        if variable is not None:
            derived.add(variable)
            ctx.dashed.append(({"from": name, "to": client_name, "style": "dashed"}, order.index(variable)))
    for pool_name in senders:
        key = ctx.props(pool_name).get("LambdaConfig", {}).get("KMSKeyID", get_att(sender_key(pool_name), "Arn"))
        variable = var(key)
        decrypt = next((s for s in statements if s == {"Effect": "Allow", "Action": "kms:Decrypt", "Resource": key}),
                       None)
        if variable is not None and decrypt is not None and not own_role:
            derived.update((variable, id(decrypt)))
            continue
        # the wire would add what the original does not have: it gives neither, and the
        # function keeps what it has as its own
        for wire in ctx.wires:
            if wire.get("from") == pool_name and wire.get("to") == name and wire.get("event") in SENDERS:
                wire["keyAccess"] = False
    return derived


def _edge_variables(name: str, ctx: _Context) -> dict:
    """The variables an edge function's SSM parameter holds, as the template values a function's
    environment would have them (``!Ref Users``, an existing pool's ID...)."""
    import json

    from ..kinds import sub_part
    from ..kinds.user_pool import UserPool

    value = ctx.props(f"{name}EnvironmentParameter").get("Value")
    if not (isinstance(value, Intrinsic) and value.fn == "Sub"):
        return {}
    text = value.value if isinstance(value.value, str) else (value.value or [None])[0]
    if not isinstance(text, str):
        return {}
    try:
        document = json.loads(text)
    except ValueError:
        return {}
    # each pool's ID and ARN, and each client's ID, as a part of the parameter's !Sub
    parts: dict[str, Any] = {}
    for pool in ctx.of_type(POOL):
        model = UserPool(pool, (), {}, existing=ctx.existing.get(pool))
        for attribute, template_value in zip((None, "Arn"), ctx.values(pool)):
            parts.setdefault(sub_part(model, attribute)[0], template_value)
    for client in ctx.of_type(CLIENT):
        parts.setdefault(f"${{{client}}}", ref(client))
    return {key: parts[part] for key, part in (document.items() if isinstance(document, dict) else ())
            if isinstance(part, str) and part in parts}


#: a resource attribute -> the field of a carried resource that gives it
_ATTRIBUTES = {"DependsOn": "dependsOn", "Condition": "condition", "DeletionPolicy": "deletionPolicy",
               "UpdateReplacePolicy": "updateReplacePolicy", "Metadata": "metadata"}


def carried(name: str, ctx: _Context) -> dict:
    """A resource no kind maps, carried as is: its type, its properties, its attributes (those
    a carried resource has no field for are left to the comparison, which reports them)."""
    body = ctx.resources[name]
    spec: dict[str, Any] = {"type": body["Type"]}
    for attribute, field in _ATTRIBUTES.items():
        if attribute in body:
            spec[field] = copy.deepcopy(body[attribute])
    properties = ctx.props(name)
    if properties:
        spec["properties"] = properties
    return spec


#: the spec's types of the kinds (what is not one of them is carried as is)
KINDS = frozenset({"UserPool", "UserPoolClient", "Function", "EdgeFunction", "UserPoolGroup", "UserPoolDomain",
                   "IdentityProvider", "ResourceServer"})

#: the AWS type -> the inverse of the kind it becomes
INVERSES: Mapping[str, Callable[[str, _Context], dict]] = {
    POOL: pool, CLIENT: client, FUNCTION: function, GROUP: group, DOMAIN: domain, PROVIDER: provider,
    SERVER: server,
}


def derived_outputs(kinds: Mapping[str, str]) -> dict[str, str]:
    """The Outputs the build derives for the resources of ``kinds`` (Logical ID -> kind):
    output name -> the resource it is of."""
    suffixes = {"UserPool": ("Id", "Arn"), "UserPoolClient": ("Id",), "UserPoolDomain": ("Url",),
                "EdgeFunction": ("VersionArn",)}
    return {f"{name}{s}": name for name, kind in kinds.items() for s in suffixes.get(kind, ())}


def existing_pools(data: Mapping[str, Any]) -> dict[str, Any]:
    """The pools a template stackgen wrote names but does not create (its ``Metadata``): Logical
    ID -> their ID, as the spec's ``existing`` gives it."""
    from ..kinds.user_pool import EXISTING_METADATA
    from ..load import Loaded, parse
    from .reader import normalize

    metadata = data.get("Metadata")
    recorded = ((metadata.get("stackgen") if isinstance(metadata, dict) else None) or {})
    recorded = recorded.get(EXISTING_METADATA) if isinstance(recorded, dict) else None
    found = {}
    for name, text in (recorded or {}).items() if isinstance(recorded, dict) else ():
        if isinstance(text, str):
            # the ID as the spec wrote it: text, or a function in its short form (`!Ref PoolId`)
            found[name] = normalize(parse(f"v: {text}", Loaded("metadata")).data["v"]) if text.startswith("!") else text
    return found


def _with_existing(resources: Mapping[str, Any], existing: Mapping[str, Any]) -> dict:
    """``resources`` with each existing pool as a pool of no properties, where its triggers are
    (or first): the spec lists it where its resources were."""
    from ..kinds.user_pool import triggers_role

    found: dict[str, Any] = {}
    for name in existing:
        if triggers_role(name) not in resources:
            found[name] = {"Type": POOL}
    for name, body in resources.items():
        pool = next((p for p in existing if name == triggers_role(p)), None)
        if pool is not None:
            found[pool] = {"Type": POOL}
        found[name] = body
    return found


def propose(data: Mapping[str, Any], literal=frozenset(), plain=frozenset(), unused=frozenset(),
            cut=frozenset(), carry=frozenset(), raw=frozenset(), kept=frozenset()) -> Proposal:
    """The spec proposed for template ``data``: ``literal`` functions get no dashed wires,
    ``plain`` resources no fields but their membership, and the ``unused`` outputs and the ``cut``
    properties ((Logical ID, key)) are left out; the resources of ``carry`` that no kind maps, or
    that their kind cannot say faithfully (an I004, or a difference the build left: ``raw``), are
    carried as they are. An output with the name of one the build derives is left out too (the
    build makes it), unless ``kept``: the original's differs from the derived one, and the spec's
    entry then replaces it."""
    existing = existing_pools(data)
    resources = _with_existing(data["Resources"], existing)
    ctx = _Context(resources, frozenset(literal), frozenset(plain), existing)
    proposal = Proposal()
    mapped: dict[str, dict] = {}
    # pools first: their LambdaConfig says which functions are triggers
    order = sorted(resources, key=lambda n: resources[n]["Type"] != POOL)
    for name in order:
        inverse = INVERSES.get(resources[name]["Type"])
        if inverse is None and name not in carry:
            proposal.others.append(name)
            continue
        before = (len(ctx.problems), len(ctx.wires), len(ctx.dashed))
        spec = (inverse or carried)(name, ctx)
        wired = any(w.get("to") == name for w in ctx.wires[:before[1]])  # a pool's trigger stays a kind
        if inverse is not None and name in carry and not wired \
                and (spec is None or len(ctx.problems) > before[0] or name in raw):
            # what its kind cannot say faithfully, carried as is instead (nothing wires to it)
            del ctx.problems[before[0]:], ctx.wires[before[1]:], ctx.dashed[before[2]:]
            spec = carried(name, ctx)
            proposal.carried.append(name)
        if spec is None:
            proposal.dropped.append(name)
            continue
        for key in [k for n, k in cut if n == name]:
            spec.get("properties", {}).pop(key, None)
        if spec.get("properties") == {}:
            del spec["properties"]
        mapped[name] = spec
        proposal.kinds[name] = spec["type"]
    spec: dict[str, Any] = {"version": 1}
    if isinstance(data.get("Description"), str):
        spec["description"] = data["Description"]
    # the template's Metadata as it is, but for stackgen's own record (which `existing` writes)
    metadata = {k: copy.deepcopy(v) for k, v in (data.get("Metadata") or {}).items() if k != "stackgen"}
    if metadata:
        spec["metadata"] = metadata
    for section, key in (("Parameters", "parameters"), ("Conditions", "conditions")):
        if isinstance(data.get(section), dict) and data[section]:
            spec[key] = copy.deepcopy(data[section])
    spec["resources"] = {n: mapped[n] for n in resources if n in mapped}
    # solid wires in the order of the permissions the template has for them, dashed ones per
    # function in the order of the variables they give
    positions = {n: i for i, n in enumerate(resources)}
    solid = sorted(ctx.wires, key=lambda w: positions.get(f"{w['from']}To{w['to']}Permission", len(positions))
                   if "event" in w else -1)
    dashed = [w for w, _ in sorted(ctx.dashed, key=lambda item: (positions[item[0]["from"]], item[1]))]
    wires = [w for w in solid + dashed if w["from"] in mapped and w["to"] in mapped]
    if wires:
        spec["wires"] = wires
    derived = derived_outputs(proposal.kinds)
    outputs = {k: copy.deepcopy(v) for k, v in (data.get("Outputs") or {}).items()
               if (k not in derived or k in kept) and k not in unused}
    if outputs:
        spec["outputs"] = outputs
    proposal.spec = spec
    proposal.problems = ctx.problems
    return proposal
