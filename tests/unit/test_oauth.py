"""Identity providers, resource servers and a client's OAuth fields: built from spec data, resolved
and emitted, without YAML."""

from __future__ import annotations

from stackgen.emit import emit
from stackgen.intrinsics import Intrinsic, ref
from stackgen.model import build
from stackgen.resolve import resolve

POOL = {"type": "UserPool"}
SECRET = "{{resolve:secretsmanager:idp:SecretString:secret}}"
GOOGLE = {"type": "IdentityProvider", "provider": "google", "clientId": "id", "clientSecret": SECRET}
API = {"type": "ResourceServer", "identifier": "https://api.example.com", "scopes": {"read": "Read"}}


def _run(resources, wires, **top):
    stack = build({"resources": resources, "wires": [dict(zip(("from", "to"), w)) for w in wires], **top})
    graph, found = resolve(stack)
    return graph, found


def _template(resources, wires, **top):
    graph, found = _run(resources, wires, **top)
    assert [d for d in found if d.severity == "error"] == []
    emitted = emit(graph)
    return {f.logical_id: f.body for f in emitted.fragments}, emitted.diagnostics


def _codes(found):
    return sorted(d.code for d in found if d.severity == "error")


def test_a_social_provider_is_named_by_cognito_and_its_scopes_joined_its_way():
    facebook = {**GOOGLE, "provider": "facebook", "scopes": ["public_profile", "email"]}
    made, found = _template({"Users": POOL, "Fb": facebook, "G": GOOGLE}, [("Fb", "Users"), ("G", "Users")])
    assert found == []
    properties = made["Fb"]["Properties"]
    assert made["Fb"]["Type"] == "AWS::Cognito::UserPoolIdentityProvider"
    assert properties["UserPoolId"] == ref("Users")
    assert (properties["ProviderName"], properties["ProviderType"]) == ("Facebook", "Facebook")
    assert properties["ProviderDetails"] == {"client_id": "id", "client_secret": SECRET,
                                             "authorize_scopes": "public_profile,email"}
    assert made["G"]["Properties"]["ProviderDetails"]["authorize_scopes"] == "profile"  # the default
    assert "AttributeMapping" not in properties


def test_oidc_and_saml_are_named_by_their_name_or_logical_id():
    oidc = {"type": "IdentityProvider", "provider": "oidc", "name": "Corp", "clientId": "id",
            "clientSecret": SECRET, "issuer": "https://login.example.com", "attributeMapping": {"email": "email"}}
    saml = {"type": "IdentityProvider", "provider": "saml", "metadataFile": "<xml/>"}
    made, _ = _template({"Users": POOL, "Oidc": oidc, "Partners": saml},
                        [("Oidc", "Users"), ("Partners", "Users")])
    assert made["Oidc"]["Properties"]["ProviderName"] == "Corp"
    assert made["Oidc"]["Properties"]["ProviderDetails"] == {
        "client_id": "id", "client_secret": SECRET, "attributes_request_method": "GET",
        "oidc_issuer": "https://login.example.com", "authorize_scopes": "openid"}
    assert made["Oidc"]["Properties"]["AttributeMapping"] == {"email": "email"}
    assert made["Partners"]["Properties"]["ProviderName"] == "Partners"
    assert made["Partners"]["Properties"]["ProviderDetails"] == {"MetadataFile": "<xml/>"}


def test_a_secret_is_a_dynamic_reference_or_a_no_echo_parameter():
    def secret(value, parameters):
        _, found = _run({"Users": POOL, "G": {**GOOGLE, "clientSecret": value}}, [("G", "Users")],
                        parameters=parameters)
        return _codes(found)

    assert secret(SECRET, {}) == []
    assert secret(Intrinsic("Sub", "{{resolve:secretsmanager:${AWS::StackName}-idp:SecretString:s}}"), {}) == []
    assert secret(Intrinsic("Ref", "Hidden"), {"Hidden": {"Type": "String", "NoEcho": True}}) == []
    assert secret("plain", {}) == ["R028"]
    assert secret("{{resolve:ssm:/idp/secret}}", {}) == ["R028"]
    assert secret(Intrinsic("ImportValue", "Secret"), {}) == ["R028"]
    assert secret(Intrinsic("Ref", "Shown"), {"Shown": {"Type": "String"}}) == ["R029"]
    assert secret(Intrinsic("If", ["C", SECRET, Intrinsic("Ref", "Shown")]), {"Shown": {"Type": "String"}}) == ["R029"]


def test_provider_names_cognito_refuses_or_holds_twice():
    saml = {"type": "IdentityProvider", "provider": "saml", "metadataUrl": "https://idp.example.com/m"}
    _, found = _run({"Users": POOL, "Ab": saml, "Cog": {**saml, "name": "Cognito"}, "G": GOOGLE, "G2": GOOGLE},
                    [("Ab", "Users"), ("Cog", "Users"), ("G", "Users"), ("G2", "Users")])
    assert _codes(found) == ["R033", "R033", "W019"]
    # the same name in two pools is fine
    _, found = _run({"Users": POOL, "Others": POOL, "G": GOOGLE, "G2": GOOGLE}, [("G", "Users"), ("G2", "Others")])
    assert _codes(found) == []


def test_a_resource_server_and_its_scopes():
    made, _ = _template({"Users": POOL, "Api": API}, [("Api", "Users")])
    assert made["Api"] == {"Type": "AWS::Cognito::UserPoolResourceServer", "Properties": {
        "UserPoolId": ref("Users"), "Identifier": "https://api.example.com", "Name": "Api",
        "Scopes": [{"ScopeName": "read", "ScopeDescription": "Read"}]}}
    _, found = _run({"Users": POOL, "Api": API, "Api2": API}, [("Api", "Users"), ("Api2", "Users")])
    assert _codes(found) == ["W020"]


def test_a_client_lists_its_providers_and_depends_on_what_it_uses():
    web = {"type": "UserPoolClient", "oauthFlows": ["code"], "callbackUrls": ["https://a.example.com/cb"],
           "oauthScopes": ["openid", "https://api.example.com/read"]}
    made, found = _template({"Users": POOL, "G": GOOGLE, "Api": API, "Web": web},
                            [("G", "Users"), ("Api", "Users"), ("Web", "Users"), ("Web", "Api"), ("Web", "G")])
    assert found == []
    body = made["Web"]
    assert body["DependsOn"] == ["Api", "G"]
    assert body["Properties"] == {
        "UserPoolId": ref("Users"), "AllowedOAuthFlowsUserPoolClient": True, "AllowedOAuthFlows": ["code"],
        "AllowedOAuthScopes": ["openid", "https://api.example.com/read"],
        "CallbackURLs": ["https://a.example.com/cb"], "SupportedIdentityProviders": ["COGNITO", "Google"]}
    no_cognito = {"type": "UserPoolClient", "cognitoSignIn": False}
    made, _ = _template({"Users": POOL, "G": GOOGLE, "Web": no_cognito},
                        [("G", "Users"), ("Web", "Users"), ("Web", "G")])
    assert made["Web"]["Properties"]["SupportedIdentityProviders"] == ["Google"]


def test_a_client_without_oauth_fields_is_as_before():
    made, _ = _template({"Users": POOL, "Web": {"type": "UserPoolClient", "properties": {"GenerateSecret": False}}},
                        [("Web", "Users")])
    assert made["Web"] == {"Type": "AWS::Cognito::UserPoolClient",
                           "Properties": {"UserPoolId": ref("Users"), "GenerateSecret": False}}


def test_an_oauth_field_owns_its_property():
    web = {"type": "UserPoolClient", "generateSecret": True,
           "properties": {"GenerateSecret": False, "CallbackURLs": ["https://a.example.com"]}}
    _, found = _template({"Users": POOL, "Web": web}, [("Web", "Users")])
    assert [(d.code, d.pointer[-1]) for d in found] == [("R002", "GenerateSecret")]
    wired = {"type": "UserPoolClient", "properties": {"SupportedIdentityProviders": ["COGNITO"]}}
    made, found = _template({"Users": POOL, "G": GOOGLE, "Web": wired},
                            [("G", "Users"), ("Web", "Users"), ("Web", "G")])
    assert [(d.code, d.pointer[-1]) for d in found] == [("R002", "SupportedIdentityProviders")]


def test_client_rules():
    def codes(client, wires=(), resources=None):
        resources = {"Users": POOL, "Others": POOL, "Api": API, **(resources or {}), "Web": client}
        _, found = _run(resources, [("Api", "Users"), ("Web", "Users"), *wires])
        return _codes(found)

    machine = {"type": "UserPoolClient", "oauthFlows": ["client_credentials"], "generateSecret": True,
               "oauthScopes": ["https://api.example.com/read"]}
    assert codes(machine, [("Web", "Api")]) == []
    assert codes(machine) == ["R032"]  # not wired to the server
    assert codes({**machine, "generateSecret": False}, [("Web", "Api")]) == ["R031"]
    assert codes({**machine, "oauthScopes": ["openid"]}) == ["R032"]
    assert codes({**machine, "oauthFlows": ["code", "client_credentials"], "callbackUrls": ["https://a/b"]},
                 [("Web", "Api")]) == ["R031"]
    assert codes({"type": "UserPoolClient", "oauthFlows": ["implicit"]}) == ["R030"]
    assert codes({"type": "UserPoolClient", "cognitoSignIn": False}) == ["W021"]
    assert codes({"type": "UserPoolClient"}, [("G", "Others"), ("Web", "G")], {"G": GOOGLE}) == ["W018"]


def test_a_graph_draws_both_kinds_and_their_wires():
    from stackgen import draw

    graph, _ = _run({"Users": POOL, "G": GOOGLE, "Api": API, "Web": {"type": "UserPoolClient"}},
                    [("G", "Users"), ("Api", "Users"), ("Web", "Users"), ("Web", "G"), ("Web", "Api")])
    mermaid = draw.mermaid(graph.stack)
    assert '    n_G{{"G<br/>IdentityProvider"}}:::identityProvider' in mermaid
    assert '    n_Api[["Api<br/>ResourceServer"]]:::resourceServer' in mermaid
    assert "    n_Web --> n_G\n    n_Web --> n_Api\n" in mermaid
    dot = draw.dot(graph.stack)
    assert 'shape=hexagon' in dot and 'shape=component' in dot and '"Web" -> "Api";' in dot
