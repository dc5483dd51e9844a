"""The identity provider: a social or enterprise sign-in of one pool.

An identity provider becomes an ``AWS::Cognito::UserPoolIdentityProvider`` of the pool it belongs
to (the one solid wire from it to a pool). Its ``provider`` picks Cognito's provider type and
the details it needs (``ProviderDetails``): a client ID and secret for Google, Facebook and
Login with Amazon; a client ID, team ID, key ID and private key for Sign in with Apple; a
client ID, secret and issuer for OpenID Connect; a metadata URL or file for SAML. Cognito names
a social provider itself (``Google``...); an OIDC or SAML provider is named by its ``name``, by
default its Logical ID. A secret is never written in the spec: it is a dynamic reference to
Secrets Manager or a parameter with ``NoEcho``. A client wired to it (a solid wire from the
client) lists it among its ``SupportedIdentityProviders``. Cognito cannot change its pool, its
name or its type once it exists: the guard watches them.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from ..diagnostics import Diagnostic, error
from ..emit import RESOURCES, Emitted, Fragment, merge_properties
from ..intrinsics import Intrinsic
from ..model import SOLID, Resource
from ..record import factory, record
from . import MEMBERSHIP, Kind, Look, Wiring, value_of


@record
class IdentityProvider(Resource):
    #: google, facebook, amazon, apple, oidc or saml (see :data:`TYPES`); None only in the part of
    #: a spec with schema errors that is still wired (see :func:`stackgen.schema.valid_part`)
    provider: str | None = None
    #: the provider's name in Cognito (OIDC and SAML only; the others' is fixed): None for the
    #: Logical ID
    provider_name: str | None = None
    #: ProviderDetails key -> the value the spec gives it (text or a CloudFormation function)
    details: Mapping[str, Any] = factory(dict)
    #: the pool's attribute -> the provider's attribute
    attribute_mapping: Mapping[str, str] = factory(dict)

    kind = "IdentityProvider"

    @property
    def cognito_name(self) -> str:
        """The ``ProviderName`` Cognito knows it by (what a client's list of providers holds)."""
        fixed = TYPES[self.provider]
        return fixed if self.provider in SOCIAL else (self.provider_name or self.name)


#: the spec's ``provider`` -> Cognito's ``ProviderType``
TYPES = {
    "google": "Google",
    "facebook": "Facebook",
    "amazon": "LoginWithAmazon",
    "apple": "SignInWithApple",
    "oidc": "OIDC",
    "saml": "SAML",
}
#: the providers whose name Cognito fixes (to their ``ProviderType``)
SOCIAL = ("google", "facebook", "amazon", "apple")

#: per provider, spec field -> the ProviderDetails key it sets, in the order they are written
DETAILS: Mapping[str, Mapping[str, str]] = {
    "google": {"clientId": "client_id", "clientSecret": "client_secret", "scopes": "authorize_scopes"},
    "facebook": {"clientId": "client_id", "clientSecret": "client_secret", "scopes": "authorize_scopes"},
    "amazon": {"clientId": "client_id", "clientSecret": "client_secret", "scopes": "authorize_scopes"},
    "apple": {"clientId": "client_id", "teamId": "team_id", "keyId": "key_id", "privateKey": "private_key",
              "scopes": "authorize_scopes"},
    "oidc": {"clientId": "client_id", "clientSecret": "client_secret",
             "attributesRequestMethod": "attributes_request_method", "issuer": "oidc_issuer",
             "scopes": "authorize_scopes"},
    "saml": {"metadataUrl": "MetadataURL", "metadataFile": "MetadataFile"},
}
#: the scopes asked of a provider whose spec gives none, and how the provider separates them
DEFAULT_SCOPES = {"google": ["profile"], "facebook": ["public_profile"], "amazon": ["profile"],
                  "apple": ["name"], "oidc": ["openid"]}
SCOPE_SEPARATOR = {"facebook": ","}
#: an OIDC provider's attributes request method when the spec gives none
DEFAULT_REQUEST_METHOD = "GET"
#: the fields that hold a secret: never written in the spec
SECRETS = ("clientSecret", "privateKey")
#: the dynamic reference a secret may be given as
SECRET_REFERENCE = "{{resolve:secretsmanager:"
#: what Cognito takes as a provider's name: 3 to 32 characters, none of the names it keeps
NAME_LENGTH = (3, 32)
RESERVED_NAMES = ("COGNITO", *(TYPES[p] for p in SOCIAL))


def build(name: str, pointer, properties: Mapping[str, Any], spec: Mapping[str, Any],
          defaults: Mapping[str, Any]) -> IdentityProvider:
    provider = spec.get("provider")
    details: dict[str, Any] = {}
    for field in DETAILS.get(provider, ()):
        if field == "scopes":
            scopes = spec.get("scopes", DEFAULT_SCOPES[provider])
            details[field] = SCOPE_SEPARATOR.get(provider, " ").join(scopes)
        elif field == "attributesRequestMethod":
            details[field] = spec.get(field, DEFAULT_REQUEST_METHOD)
        elif field in spec:
            details[field] = spec[field]
    return IdentityProvider(name, pointer, properties, provider=provider, provider_name=spec.get("name"),
                            details=details, attribute_mapping=dict(spec.get("attributeMapping", {})))


def owners(name: str) -> dict[tuple[str, ...], str]:
    return {
        ("UserPoolId",): f"the wire `{{from: {name}, to: <UserPool>}}`",
        ("ProviderName",): "the fields `provider` and `name`",
        ("ProviderType",): "the field `provider`",
    }


def owned(provider: IdentityProvider) -> dict[tuple[str, ...], str]:
    found = {("ProviderDetails", DETAILS[provider.provider][f]): f"the field `{f}`" for f in provider.details}
    if provider.attribute_mapping:
        found[("AttributeMapping",)] = "the field `attributeMapping`"
    return found


def emit_provider(provider: IdentityProvider, graph) -> Emitted:
    name = provider.name
    properties: dict[str, Any] = {}
    if name in graph.client_pool:
        properties["UserPoolId"] = value_of(graph.stack.resources[graph.client_pool[name]])
    properties["ProviderName"] = provider.cognito_name
    properties["ProviderType"] = TYPES[provider.provider]
    fields = DETAILS[provider.provider]
    properties["ProviderDetails"] = {fields[f]: v for f, v in provider.details.items()}
    if provider.attribute_mapping:
        properties["AttributeMapping"] = dict(provider.attribute_mapping)
    properties, found = merge_properties(provider, properties)
    return Emitted([Fragment(RESOURCES, name, {"Type": AWS_TYPE, "Properties": properties}, name,
                             f"identity provider `{name}`")], found)


# --- the rules a schema cannot say ---------------------------------------------------------------

def _secret_problem(value: Any, parameters: Mapping[str, Any]) -> tuple[str, str] | None:
    """(code, why) when ``value`` is not a secret kept out of the spec, else None."""
    if isinstance(value, str):
        if value.startswith(SECRET_REFERENCE):
            return None
        return "R028", "it is written in the spec, in plain text"
    if isinstance(value, Intrinsic):
        if value.fn == "Ref" and isinstance(value.value, str):
            declared = parameters.get(value.value)
            if declared is None:
                return "R028", f"`!Ref {value.value}` is not a parameter of the spec"
            if not isinstance(declared, Mapping) or declared.get("NoEcho") is not True:
                return "R029", (f"the parameter `{value.value}` has no `NoEcho: true`, so CloudFormation "
                                "shows its value in the console and in its API")
            return None
        if value.fn == "Sub":
            text = value.value[0] if isinstance(value.value, list) and value.value else value.value
            if isinstance(text, str) and SECRET_REFERENCE in text:
                return None
        if value.fn == "If" and isinstance(value.value, list) and len(value.value) == 3:
            for branch in value.value[1:]:
                problem = _secret_problem(branch, parameters)
                if problem:
                    return problem
            return None
        return "R028", f"`!{value.fn}` does not keep it secret"
    return "R028", "it is written in the spec"


def _secrets(providers: Mapping[str, IdentityProvider], stack, graph) -> Iterable[Diagnostic]:
    """A secret is a dynamic reference to Secrets Manager or a parameter with ``NoEcho``."""
    for name, provider in providers.items():
        for field in SECRETS:
            if field not in provider.details:
                continue
            problem = _secret_problem(provider.details[field], stack.parameters)
            if problem is None:
                continue
            code, why = problem
            fix = (f"add `NoEcho: true` to the parameter `{provider.details[field].value}`"
                   if code == "R029" else
                   f"keep it in AWS Secrets Manager and write `'{SECRET_REFERENCE}<secret>:SecretString:<key>}}}}'`, "
                   "or `!Ref` a parameter with `NoEcho: true`")
            yield error(code, f"`{field}` of `{name}` is a secret, and {why}: anyone who reads the spec, "
                        f"the template or the stack has it; {fix}",
                        provider.pointer + (field,), subject=name)


def _names(providers: Mapping[str, IdentityProvider], stack, graph) -> Iterable[Diagnostic]:
    """A name Cognito takes for an OIDC or SAML provider; one name per provider in a pool."""
    seen: dict[tuple[str, str], str] = {}
    for name, provider in providers.items():
        if provider.provider is None:
            continue
        cognito = provider.cognito_name
        at = provider.pointer + ("name",) if provider.provider_name else provider.pointer
        low, high = NAME_LENGTH
        if provider.provider not in SOCIAL:
            given = "its `name`" if provider.provider_name else "its Logical ID (the default `name`)"
            if not low <= len(cognito) <= high:
                yield error("R033", f"`{name}` is named `{cognito}` in Cognito, by {given}, and Cognito takes "
                            f"{low} to {high} characters; give it a `name` of that length",
                            at, at_key=not provider.provider_name, subject=name)
                continue
            if cognito.casefold() in (r.casefold() for r in RESERVED_NAMES):
                yield error("R033", f"`{name}` is named `{cognito}` in Cognito, by {given}, a name Cognito keeps "
                            f"for {'its own users' if cognito.casefold() == 'cognito' else 'its social provider'}; "
                            "give it another `name`", at, at_key=not provider.provider_name, subject=name)
                continue
        pool = graph.client_pool.get(name)
        if pool is None:
            continue
        first = seen.setdefault((pool, cognito.casefold()), name)
        if first != name:
            yield error("W019", f"`{name}` and `{first}` are both named `{cognito}` in the pool `{pool}`, "
                        "and a pool has one identity provider of each name"
                        + ("; remove one of the two" if provider.provider in SOCIAL
                           else "; give one of them another `name`"),
                        at, at_key=not provider.provider_name, subject=name)


# --- the kind ------------------------------------------------------------------------------------

AWS_TYPE = "AWS::Cognito::UserPoolIdentityProvider"


def _written(provider: IdentityProvider) -> Iterable[tuple[str, Any]]:
    return tuple((f, v) for f, v in provider.details.items() if isinstance(v, Intrinsic))


KIND = Kind(
    name="IdentityProvider",
    model=IdentityProvider,
    build=build,
    aws_type=AWS_TYPE,
    emit=emit_provider,
    owners=owners,
    owned=owned,
    look=Look("identityProvider", ("{{", "}}"), "hexagon", "filled", "#eaf2fb", "#dd344c"),
    words="identity provider",
    member="identity provider",
    wires=(Wiring("IdentityProvider", "UserPool", SOLID, MEMBERSHIP,
                  "the pool's users may sign in through the identity provider"),),
    pool_of=lambda name, client_pool: client_pool.get(name),
    create_only=("ProviderName", "ProviderType", "UserPoolId"),
    create_only_fields={"ProviderName": "name", "ProviderType": "provider"},
    dropped=("CloudFormation will delete it, and its users can no longer sign in through it; "
             "if it was renamed, the new name creates a new provider, whose users Cognito links "
             "to new accounts"),
    replaced=" one, whose users Cognito links to new accounts",
    longest={"Ref": NAME_LENGTH[1]},
    written=_written,
    checks=(_secrets, _names),
)
