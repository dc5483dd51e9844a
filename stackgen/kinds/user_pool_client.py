"""The user pool client: an app client of one pool.

A client becomes an ``AWS::Cognito::UserPoolClient`` in the pool it belongs to (the one solid
wire from it to a pool), and its ID as an Output. A function that discovers it (a dashed wire to
it) gets its ID, and no IAM actions. Cognito cannot change its pool or whether it has a secret
once it exists: the guard watches them.

Its OAuth fields (``callbackUrls``, ``logoutUrls``, ``oauthFlows``, ``oauthScopes``,
``generateSecret``) become the Properties of the same names in CloudFormation's words. A solid
wire from it to an identity provider lists the provider in its ``SupportedIdentityProviders``
(after ``COGNITO``, its own users, unless ``cognitoSignIn: false``); one to a resource server
lets it ask for that server's scopes. Either makes it ``DependsOn`` the provider or server, so
that CloudFormation creates them first.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from ..diagnostics import Diagnostic, did_you_mean, error
from ..emit import OUTPUTS, RESOURCES, Emitted, Fragment, merge_properties
from ..intrinsics import ref
from ..model import DASHED, SOLID, Resource
from ..record import record
from . import DISCOVERY, MEMBERSHIP, USE, Kind, Look, Offer, Wiring, value_of


@record
class UserPoolClient(Resource):
    #: the OAuth fields; None when the spec does not give them
    callback_urls: tuple[str, ...] | None = None
    logout_urls: tuple[str, ...] | None = None
    oauth_flows: tuple[str, ...] | None = None
    oauth_scopes: tuple[str, ...] | None = None
    generate_secret: bool | None = None
    #: whether the pool's own users sign in through it (``COGNITO``); None when not given
    cognito_sign_in: bool | None = None

    kind = "UserPoolClient"


def _tuple(value) -> tuple | None:
    return None if value is None else tuple(value)


def build(name: str, pointer, properties: Mapping[str, Any], spec: Mapping[str, Any],
          defaults: Mapping[str, Any]) -> UserPoolClient:
    return UserPoolClient(
        name, pointer, properties,
        callback_urls=_tuple(spec.get("callbackUrls")),
        logout_urls=_tuple(spec.get("logoutUrls")),
        oauth_flows=_tuple(spec.get("oauthFlows")),
        oauth_scopes=_tuple(spec.get("oauthScopes")),
        generate_secret=spec.get("generateSecret"),
        cognito_sign_in=spec.get("cognitoSignIn"),
    )


#: the OAuth scopes Cognito defines itself
STANDARD_SCOPES = ("openid", "email", "phone", "profile", "aws.cognito.signin.user.admin")
#: the flows a user signs in through (which need callback URLs), and the machine-to-machine one
USER_FLOWS = ("code", "implicit")
CLIENT_CREDENTIALS = "client_credentials"
#: the name of the pool's own users in ``SupportedIdentityProviders``
COGNITO = "COGNITO"
#: the kinds a client uses (a solid wire from it): identity providers and resource servers
PROVIDER = "IdentityProvider"
SERVER = "ResourceServer"


CLIENT_ID = "client id"
OFFERS = (Offer(CLIENT_ID, "USER_POOL_CLIENT_ID"),)


def owners(name: str) -> dict[tuple[str, ...], str]:
    return {("UserPoolId",): f"the wire `{{from: {name}, to: <UserPool>}}`"}


def _used(client: str, graph, kind: str) -> list[str]:
    """The resources of ``kind`` that ``client`` is wired to, in wire order."""
    return [w.target for w in graph.uses.get(client, ()) if graph.stack.resources[w.target].kind == kind]


def _lists_providers(client: UserPoolClient, graph) -> bool:
    """Whether the client's ``SupportedIdentityProviders`` is stackgen's: it has wires to
    identity providers, OAuth flows, or says whether its pool's users sign in."""
    return bool(_used(client.name, graph, PROVIDER)) or client.oauth_flows is not None \
        or client.cognito_sign_in is not None


def owned(client: UserPoolClient) -> dict[tuple[str, ...], str]:
    found: dict[tuple[str, ...], str] = {}
    for field, keys in (("generateSecret", ("GenerateSecret",)),
                        ("oauthFlows", ("AllowedOAuthFlows", "AllowedOAuthFlowsUserPoolClient")),
                        ("oauthScopes", ("AllowedOAuthScopes",)),
                        ("callbackUrls", ("CallbackURLs",)), ("logoutUrls", ("LogoutURLs",))):
        if getattr(client, FIELDS[field]) is not None:
            found.update({(k,): f"the field `{field}`" for k in keys})
    if client.oauth_flows is not None or client.cognito_sign_in is not None:
        found[("SupportedIdentityProviders",)] = ("the field `cognitoSignIn` and the wires "
                                                  f"`{{from: {client.name}, to: <IdentityProvider>}}`")
    return found


#: the spec's OAuth fields -> the model's
FIELDS = {"generateSecret": "generate_secret", "oauthFlows": "oauth_flows", "oauthScopes": "oauth_scopes",
          "callbackUrls": "callback_urls", "logoutUrls": "logout_urls"}


def emit_client(client: UserPoolClient, graph) -> Emitted:
    name = client.name
    properties: dict[str, Any] = {}
    if name in graph.client_pool:
        properties["UserPoolId"] = value_of(graph.stack.resources[graph.client_pool[name]])
    if client.generate_secret is not None:
        properties["GenerateSecret"] = client.generate_secret
    if client.oauth_flows is not None:
        properties["AllowedOAuthFlowsUserPoolClient"] = True
        properties["AllowedOAuthFlows"] = list(client.oauth_flows)
    if client.oauth_scopes is not None:
        properties["AllowedOAuthScopes"] = list(client.oauth_scopes)
    if client.callback_urls is not None:
        properties["CallbackURLs"] = list(client.callback_urls)
    if client.logout_urls is not None:
        properties["LogoutURLs"] = list(client.logout_urls)
    providers = _used(name, graph, PROVIDER)
    supported = (([COGNITO] if client.cognito_sign_in is not False else [])
                 + [graph.stack.resources[p].cognito_name for p in providers])
    if _lists_providers(client, graph):
        properties["SupportedIdentityProviders"] = supported
    properties, found = merge_properties(client, properties)
    if providers and ("SupportedIdentityProviders",) not in owned(client):
        # owned by the wires alone, which ``owned`` cannot see
        for key in client.properties:
            if key.casefold() == "supportedidentityproviders":
                properties["SupportedIdentityProviders"] = supported
                found.append(error(
                    "R002", f"`properties.{key}` of `{name}` is set by the wires `{{from: {name}, "
                    "to: <IdentityProvider>}` and the field `cognitoSignIn`; remove it from `properties`",
                    client.pointer + ("properties", key), at_key=True, subject=name))
    origin = f"user pool client `{name}`"
    body: dict[str, Any] = {"Type": AWS_TYPE}
    used = [w.target for w in graph.uses.get(name, ())]
    if used:
        body["DependsOn"] = used
    body["Properties"] = properties
    return Emitted([
        Fragment(RESOURCES, name, body, name, origin),
        Fragment(OUTPUTS, f"{name}Id", {"Description": f"ID of the user pool client {name}", "Value": ref(name)}, name, origin),
    ], found)


# --- the rules a schema cannot say ---------------------------------------------------------------

def _same_pool(clients: Mapping[str, UserPoolClient], stack, graph) -> Iterable[Diagnostic]:
    """A client uses the identity providers and resource servers of its own pool only."""
    for name in clients:
        pool = graph.client_pool.get(name)
        for wire in graph.uses.get(name, ()):
            theirs = graph.client_pool.get(wire.target)
            if pool is None or theirs is None or theirs == pool:
                continue
            words = "identity provider" if stack.resources[wire.target].kind == PROVIDER else "resource server"
            yield error("W018", f"{wire}: `{name}` belongs to the pool `{pool}`, and the {words} "
                        f"`{wire.target}` to the pool `{theirs}`; a client uses only its own pool's: wire "
                        f"`{wire.target}` to `{pool}`, or remove this wire", wire.pointer, subject=str(wire))


def _sign_in(clients: Mapping[str, UserPoolClient], stack, graph) -> Iterable[Diagnostic]:
    """A client through which nobody can sign in."""
    for name, client in clients.items():
        if client.cognito_sign_in is False and not _used(name, graph, PROVIDER):
            yield error("W021", f"`{name}` has `cognitoSignIn: false` and no identity provider, so nobody can "
                        f"sign in through it; wire it to one (`{{from: {name}, to: <IdentityProvider>}}`), "
                        "or remove `cognitoSignIn: false`",
                        client.pointer + ("cognitoSignIn",), subject=name)


def _flows(clients: Mapping[str, UserPoolClient], stack, graph) -> Iterable[Diagnostic]:
    """Callback URLs for the flows users sign in through; a secret and no user flow beside
    client credentials."""
    for name, client in clients.items():
        flows = client.oauth_flows or ()
        at = client.pointer + ("oauthFlows",)
        user_flows = [f for f in flows if f in USER_FLOWS]
        if user_flows and not client.callback_urls:
            yield error("R030", f"`{name}` has the OAuth flow `{user_flows[0]}`, which sends users back to one "
                        "of the client's callback URLs after they sign in, and no `callbackUrls`; add "
                        "`callbackUrls: [https://...]`", at, at_key=True, subject=name)
        if CLIENT_CREDENTIALS not in flows:
            continue
        index = flows.index(CLIENT_CREDENTIALS)
        if client.generate_secret is not True:
            yield error("R031", f"`{name}` has the OAuth flow `client_credentials`, in which an app proves "
                        "who it is with the client's secret, and no secret; add `generateSecret: true`",
                        at + (index,), subject=name)
        if user_flows:
            yield error("R031", f"`{name}` has the OAuth flows `client_credentials` and `{user_flows[0]}`, "
                        "and Cognito refuses a client with both (one is for apps, the other for users); "
                        "make two clients", at + (index,), subject=name)


def _scopes(clients: Mapping[str, UserPoolClient], stack, graph) -> Iterable[Diagnostic]:
    """Each scope is Cognito's own or one of a resource server the client is wired to."""
    servers = {r.identifier: n for n, r in stack.resources.items() if r.kind == SERVER}
    if "" in servers:  # a server with schema errors: its identifier and scopes are unknown
        return
    for name, client in clients.items():
        wired = {stack.resources[s].identifier: stack.resources[s] for s in _used(name, graph, SERVER)}
        machine = CLIENT_CREDENTIALS in (client.oauth_flows or ())
        known = list(STANDARD_SCOPES) + [f"{i}/{s}" for i, r in wired.items() for s in r.scopes]
        for index, scope in enumerate(client.oauth_scopes or ()):
            at = client.pointer + ("oauthScopes", index)
            identifier, _, wanted = scope.rpartition("/")
            if scope in STANDARD_SCOPES:
                if machine:
                    yield error("R032", f"`{name}` has the OAuth flow `client_credentials`, in which no user "
                                f"signs in, and the scope `{scope}` is about a user; ask only for resource "
                                "servers' scopes (`<identifier>/<scope>`), or make another client for users",
                                at, subject=name)
                continue
            if not identifier:
                yield error("R032", f"`{scope}` of `{name}` is not a scope: Cognito's own are "
                            f"{', '.join(STANDARD_SCOPES)}, and a resource server's is `<identifier>/<scope>`"
                            f"{did_you_mean(scope, known) or ''}", at, subject=name)
            elif identifier in wired:
                if wanted not in wired[identifier].scopes:
                    server = wired[identifier]
                    yield error("R032", f"the resource server `{server.name}` ({identifier}) of `{name}` has no "
                                f"scope `{wanted}`{did_you_mean(wanted, list(server.scopes)) or ''}; add it "
                                f"to the `scopes` of `{server.name}`, or remove it here", at, subject=name)
            elif identifier in servers:
                yield error("R032", f"`{scope}` of `{name}` is a scope of the resource server "
                            f"`{servers[identifier]}`, which `{name}` is not wired to; add a wire "
                            f"`{{from: {name}, to: {servers[identifier]}}}`", at, subject=name)
            else:
                yield error("R032", f"`{scope}` of `{name}` names no resource server: no resource server of the "
                            f"spec has the identifier `{identifier}`{did_you_mean(scope, known) or ''}; "
                            "add one and wire the client to it", at, subject=name)


AWS_TYPE = "AWS::Cognito::UserPoolClient"
#: Cognito's limit on an app client ID
ID_LENGTH = 128

KIND = Kind(
    name="UserPoolClient",
    model=UserPoolClient,
    build=build,
    aws_type=AWS_TYPE,
    emit=emit_client,
    owners=owners,
    owned=owned,
    look=Look("userPoolClient", ("([", "])"), "box", "rounded,filled", "#ffffff", "#dd344c"),
    words="user pool client",
    member="client",
    wires=(
        Wiring("UserPoolClient", "UserPool", SOLID, MEMBERSHIP),
        Wiring("UserPoolClient", PROVIDER, SOLID, USE,
               "the client lists the identity provider among those its users sign in through"),
        Wiring("UserPoolClient", SERVER, SOLID, USE, "the client may ask for the resource server's scopes"),
        Wiring("Function", "UserPoolClient", DASHED, DISCOVERY),
        Wiring("EdgeFunction", "UserPoolClient", DASHED, DISCOVERY),
    ),
    offers=OFFERS,
    from_event="read the client from the event (`event.callerContext.clientId`)",
    pool_of=lambda name, client_pool: client_pool.get(name),
    create_only=("GenerateSecret", "UserPoolId"),
    dropped=("CloudFormation will delete it, and every app using its client ID stops "
             "signing in; if it was renamed, the new name creates a client with a new ID"),
    replaced=" one, with a new ID",
    longest={"Ref": ID_LENGTH},
    attributes=frozenset({"ClientId", "ClientSecret", "Name"}),
    checks=(_same_pool, _sign_in, _flows, _scopes),
)
