"""The registry of kinds: each kind's entry (the wires it accepts, what it offers a function
that discovers it, its create-only settings), and the registry against the JSON Schema."""

import json
from pathlib import Path

from stackgen import draw, keep, limits, properties, resolve
from stackgen.kinds import (
    carried,
    DISCOVERY, MEMBERSHIP, REGISTRY, TRIGGER, USE, WIRE_KINDS, discovering, edge_function, function, get,
    identity_provider, resource_server, user_pool, user_pool_client, user_pool_domain, user_pool_group, wires_of,
)
from stackgen.model import DASHED, SOLID

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "schemas" / "spec.schema.json").read_text())


def test_every_kind_of_the_schema_has_a_registry_entry_and_no_other():
    enum, = (b["enum"] for b in SCHEMA["$defs"]["resource"]["properties"]["type"]["anyOf"] if "enum" in b)
    assert list(REGISTRY) == enum
    # and each has its part of the schema, chosen by its type; any other type name is carried
    chosen = {branch["if"]["properties"]["type"].get("const", carried.NAME): branch["then"]["$ref"]
              for branch in SCHEMA["$defs"]["resource"]["allOf"]}
    assert chosen == {name: f"#/$defs/{name}" for name in [*REGISTRY, carried.NAME]}
    assert all(name in SCHEMA["$defs"] for name in REGISTRY)


def test_each_kind_is_registered_under_its_model_class_name():
    for name, kind in REGISTRY.items():
        assert kind.name == name == kind.model.kind
        assert get(name) is kind


def test_the_stages_read_the_registry():
    assert resolve.WIRE_KINDS is WIRE_KINDS
    assert properties.AWS_TYPES == {name: kind.aws_type for name, kind in REGISTRY.items()}
    assert draw.looks() == {**{name: kind.look for name, kind in REGISTRY.items()}, carried.NAME: carried.LOOK}
    assert keep.IMMUTABLE == {"AWS::Cognito::UserPool": user_pool.KIND.create_only,
                              "AWS::Cognito::UserPoolClient": user_pool_client.KIND.create_only,
                              "AWS::Cognito::UserPoolDomain": user_pool_domain.KIND.create_only,
                              "AWS::Cognito::UserPoolGroup": user_pool_group.KIND.create_only,
                              "AWS::Cognito::UserPoolIdentityProvider": identity_provider.KIND.create_only,
                              "AWS::Cognito::UserPoolResourceServer": resource_server.KIND.create_only}


# --- the user pool ------------------------------------------------------------------------------

def test_user_pool_wires():
    assert wires_of("UserPool") == {
        "source": {("Function", SOLID): TRIGGER},
        "target": {("UserPoolClient", SOLID): MEMBERSHIP, ("UserPoolGroup", SOLID): MEMBERSHIP,
                   ("IdentityProvider", SOLID): MEMBERSHIP, ("ResourceServer", SOLID): MEMBERSHIP,
                   ("Function", DASHED): DISCOVERY, ("EdgeFunction", DASHED): DISCOVERY,
                   ("UserPoolDomain", SOLID): MEMBERSHIP},
    }


def test_user_pool_offers_its_id_and_arn_and_cognito_actions():
    kind = user_pool.KIND
    assert [(o.value, o.variable, o.attribute) for o in kind.offers] == [
        ("pool id", "USER_POOL_ID", None), ("pool arn", "USER_POOL", "Arn")]
    assert kind.actions[0] == "cognito-idp:Admin*" and "cognito-idp:ListUsers" in kind.actions
    assert kind.pool_of("Users", {}) == "Users"


def test_user_pool_create_only_settings():
    kind = user_pool.KIND
    assert kind.aws_type == "AWS::Cognito::UserPool"
    assert kind.create_only == ("AliasAttributes", "UsernameAttributes", "UsernameConfiguration", "Schema")
    assert kind.create_only_fields == {"AliasAttributes": "signInWith", "UsernameAttributes": "signInWith"}


# --- the user pool client -----------------------------------------------------------------------

def test_user_pool_client_wires():
    assert wires_of("UserPoolClient") == {
        "source": {("UserPool", SOLID): MEMBERSHIP, ("IdentityProvider", SOLID): USE,
                   ("ResourceServer", SOLID): USE},
        "target": {("Function", DASHED): DISCOVERY, ("EdgeFunction", DASHED): DISCOVERY},
    }


def test_user_pool_client_offers_its_id_and_no_actions():
    kind = user_pool_client.KIND
    assert [(o.value, o.variable, o.attribute) for o in kind.offers] == [("client id", "USER_POOL_CLIENT_ID", None)]
    assert kind.actions == ()
    assert kind.pool_of("Web", {"Web": "Users"}) == "Users"
    assert kind.pool_of("Web", {}) is None


def test_user_pool_client_create_only_settings():
    assert user_pool_client.KIND.create_only == ("GenerateSecret", "UserPoolId")
    assert user_pool_client.KIND.create_only_fields == {}


# --- the identity provider and the resource server ----------------------------------------------

def test_identity_provider_and_resource_server_wires():
    assert wires_of("IdentityProvider") == {"source": {("UserPool", SOLID): MEMBERSHIP},
                                            "target": {("UserPoolClient", SOLID): USE}}
    assert wires_of("ResourceServer") == {"source": {("UserPool", SOLID): MEMBERSHIP},
                                          "target": {("UserPoolClient", SOLID): USE}}
    assert not discovering("IdentityProvider") and not discovering("ResourceServer")


def test_identity_provider_and_resource_server_create_only_settings():
    provider, server = identity_provider.KIND, resource_server.KIND
    assert provider.aws_type == "AWS::Cognito::UserPoolIdentityProvider"
    assert provider.create_only == ("ProviderName", "ProviderType", "UserPoolId")
    assert provider.create_only_fields == {"ProviderName": "name", "ProviderType": "provider"}
    assert server.aws_type == "AWS::Cognito::UserPoolResourceServer"
    assert server.create_only == ("Identifier", "UserPoolId")
    assert server.create_only_fields == {"Identifier": "identifier"}
    assert provider.pool_of("Google", {"Google": "Users"}) == "Users"
    assert provider.offers == () and server.offers == ()
    assert provider.longest["Ref"] == 32 and server.longest["Ref"] == 256


def test_the_provider_details_are_cognitos():
    """Each provider's ProviderDetails keys, and the schema's fields that set them."""
    fields = SCHEMA["$defs"]["IdentityProvider"]["properties"]
    for provider, details in identity_provider.DETAILS.items():
        assert set(details) <= set(fields), provider
    assert set(identity_provider.TYPES) == set(fields["provider"]["enum"])
    assert list(identity_provider.DETAILS["apple"].values()) == [
        "client_id", "team_id", "key_id", "private_key", "authorize_scopes"]
    assert list(identity_provider.DETAILS["saml"].values()) == ["MetadataURL", "MetadataFile"]


# --- the function -------------------------------------------------------------------------------

def test_function_wires():
    assert wires_of("Function") == {
        "source": {("UserPool", DASHED): DISCOVERY, ("UserPoolClient", DASHED): DISCOVERY,
                   ("UserPoolGroup", DASHED): DISCOVERY},
        "target": {("UserPool", SOLID): TRIGGER},
    }
    assert discovering("Function")


def test_function_offers_nothing_and_has_no_create_only_settings():
    kind = function.KIND
    assert kind.offers == () and kind.actions == ()
    assert kind.create_only == ()
    assert kind.aws_type == "AWS::Serverless::Function"
    assert kind.appendable == {"Policies"}


# --- the edge function --------------------------------------------------------------------------

def test_edge_function_wires():
    assert wires_of("EdgeFunction") == {
        "source": {("UserPool", DASHED): DISCOVERY, ("UserPoolClient", DASHED): DISCOVERY},
        "target": {},
    }
    assert "UserPool" in edge_function.KIND.refused


def test_edge_function_offers_nothing_and_has_no_create_only_settings():
    kind = edge_function.KIND
    assert kind.offers == () and kind.actions == ()
    assert kind.create_only == ()
    assert kind.aws_type == function.KIND.aws_type
    assert issubclass(kind.model, function.Function)


# --- the user pool group -------------------------------------------------------------------------

def test_user_pool_group_wires():
    assert wires_of("UserPoolGroup") == {
        "source": {("UserPool", SOLID): MEMBERSHIP},
        "target": {("Function", DASHED): DISCOVERY},
    }
    assert user_pool_group.KIND.membership_code == "W015"


def test_user_pool_group_offers_its_name_as_text_and_group_actions_on_its_pool():
    kind = user_pool_group.KIND
    group = kind.build("Members", ("resources", "Members"), {}, {"type": "UserPoolGroup"}, {})
    named = kind.build("Admins", ("resources", "Admins"), {}, {"type": "UserPoolGroup", "groupName": "admins"}, {})
    assert [(o.value, o.variable, o.literal(group), o.literal(named)) for o in kind.offers] == [
        ("group name", "USER_POOL_GROUP_NAME", "Members", "admins")]
    assert kind.actions == ("cognito-idp:AdminAddUserToGroup", "cognito-idp:AdminRemoveUserFromGroup",
                            "cognito-idp:AdminListGroupsForUser")
    assert kind.actions_on_pool
    assert kind.pool_of("Members", {"Members": "Users"}) == "Users"
    assert kind.pool_of("Members", {}) is None


def test_user_pool_group_create_only_settings():
    kind = user_pool_group.KIND
    assert kind.aws_type == "AWS::Cognito::UserPoolGroup"
    assert kind.create_only == ("GroupName", "UserPoolId")
    assert kind.create_only_fields == {"GroupName": "groupName"}
    assert kind.longest == {"Ref": 128} and kind.attributes == frozenset()


def test_the_longest_values_are_the_kinds():
    assert limits.POOL_ID == user_pool.KIND.longest["Ref"] == 55
    assert limits.CLIENT_ID == user_pool_client.KIND.longest["Ref"] == 128
    assert limits.POOL_ARN == user_pool.KIND.longest["Arn"]


def test_the_edge_timeout_limit_is_the_schemas():
    maximum = SCHEMA["$defs"]["EdgeFunction"]["properties"]["timeout"]["maximum"]
    assert edge_function.MAX_TIMEOUT == maximum
    assert SCHEMA["$defs"]["Function"]["properties"]["timeout"]["maximum"] > maximum


def test_what_a_function_adds_to_the_resource_count_is_its_kinds():
    # a role each, an alias and version for a published one, and one implicit REST API per stack
    plain, published = {}, {"AutoPublishAlias": "live", "Events": {"Get": {"Type": "Api", "Properties": {}}}}
    assert function.expansion([plain]) == (1, True)
    assert function.expansion([plain, published]) == (1 + 1 + 2 + 1 + 3, True)
    assert function.expansion([{"Events": "not a mapping"}]) == (1, False)
    assert edge_function.KIND.expansion is function.expansion
    assert user_pool.KIND.expansion is None and user_pool_client.KIND.expansion is None
    template = {"Resources": {"F": {"Type": "AWS::Serverless::Function", "Properties": published},
                              "P": {"Type": "AWS::Cognito::UserPool", "Properties": {}}}}
    assert limits.count_resources(template) == 2 + function.expansion([published])[0]


# --- the user pool domain -----------------------------------------------------------------------

def test_user_pool_domain_wires():
    assert wires_of("UserPoolDomain") == {"source": {("UserPool", SOLID): MEMBERSHIP}, "target": {}}
    assert not discovering("UserPoolDomain")


def test_user_pool_domain_offers_nothing_and_its_name_and_pool_are_create_only():
    kind = user_pool_domain.KIND
    assert kind.offers == () and kind.actions == () and kind.access == {}
    assert kind.aws_type == "AWS::Cognito::UserPoolDomain"
    # what AWS's own schema says cannot change
    assert set(kind.create_only) == {p.rsplit("/", 1)[1] for p in _schema(kind.aws_type)["createOnlyProperties"]}
    assert kind.create_only_fields == {"Domain": "prefix"}
    assert kind.attributes == {p.rsplit("/", 1)[1] for p in _schema(kind.aws_type)["readOnlyProperties"]}
    assert kind.member == "domain" and user_pool_client.KIND.member == "client"


def _schema(aws_type: str) -> dict:
    from cfnlint.schema import PROVIDER_SCHEMA_MANAGER

    return PROVIDER_SCHEMA_MANAGER.get_resource_schema("us-east-1", aws_type).schema
