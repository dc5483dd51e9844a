"""Import's stages on their own: the reader's forms, each kind's inverse (a template's resource
in, the spec resource and its wires out), and the comparison of a built template with the
original."""

from stackgen.adopt import compare, mapping
from stackgen.adopt.reader import normalize
from stackgen.intrinsics import Intrinsic, get_att, ref, sub
from stackgen.kinds.user_pool import COGNITO_ACTIONS


def _propose(resources, **kw):
    return mapping.propose({"Resources": resources}, **kw)


POOL = {"Type": "AWS::Cognito::UserPool"}


def _function(**properties):
    return {"Type": "AWS::Serverless::Function",
            "Properties": {"CodeUri": "src/f", "Handler": "index.handler", "Runtime": "nodejs22.x", **properties}}


# --- the reader --------------------------------------------------------------------------------

def test_long_forms_and_the_list_getatt_become_the_short_forms_values():
    assert normalize({"Fn::GetAtt": ["Users", "Arn"]}) == get_att("Users", "Arn")
    assert normalize(Intrinsic("GetAtt", ["Users", "Arn"])) == get_att("Users", "Arn")
    assert normalize({"Ref": "Users"}) == ref("Users")
    assert normalize({"Fn::Sub": "${AWS::StackName}-x"}) == sub("${AWS::StackName}-x")
    assert normalize({"Fn::If": ["C", {"Ref": "A"}, "b"]}) == Intrinsic("If", ["C", ref("A"), "b"])
    # a mapping of two keys, or an unknown Fn::, is data
    assert normalize({"Ref": "A", "Other": 1}) == {"Ref": "A", "Other": 1}
    assert normalize({"Fn::Nope": 1}) == {"Fn::Nope": 1}


# --- the pool ----------------------------------------------------------------------------------

def test_pool_settings_become_its_fields_and_the_rest_stays_in_properties():
    proposal = _propose({"Users": {"Type": "AWS::Cognito::UserPool", "Properties": {
        "UserPoolName": "photos",
        "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": True, "UnusedAccountValidityDays": 7},
        "UsernameAttributes": ["email"],
        "AutoVerifiedAttributes": ["email", "phone_number"],
        "DeletionProtection": "ACTIVE",
        "UserPoolTier": "PLUS",
        "MfaConfiguration": "OFF",
    }}})
    assert proposal.spec["resources"]["Users"] == {
        "type": "UserPool", "allowPublicSignUps": False, "signInWith": ["email"], "autoVerifyEmails": True,
        "autoVerifyPhones": True, "deletionProtection": True, "tier": "plus",
        "properties": {"UserPoolName": "photos", "AdminCreateUserConfig": {"UnusedAccountValidityDays": 7},
                       "MfaConfiguration": "OFF"},
    }
    assert proposal.problems == []


def test_sign_in_names_the_pool_derives_are_left_to_it():
    default = _propose({"P": {"Type": "AWS::Cognito::UserPool", "Properties": {
        "AliasAttributes": ["preferred_username", "email"],
        "UserPoolName": sub("${AWS::StackName}-P")}}})
    assert default.spec["resources"]["P"] == {"type": "UserPool"}  # the default signInWith, the derived name
    assert _propose({"P": POOL}).spec["resources"]["P"]["signInWith"] == ["username"]


def test_lambda_config_entries_become_solid_wires_and_an_external_one_is_i004():
    proposal = _propose({
        "P": {"Type": "AWS::Cognito::UserPool", "Properties": {"LambdaConfig": {
            "PreSignUp": get_att("Check", "Arn"),
            "PreTokenGenerationConfig": {"LambdaArn": get_att("Claims", "Arn"), "LambdaVersion": "V2_0"},
            "CustomEmailSender": {"LambdaArn": get_att("Mail", "Arn"), "LambdaVersion": "V1_0"},
            "KMSKeyID": "arn:aws:kms:us-east-1:111122223333:key/k",
            "PostConfirmation": Intrinsic("ImportValue", "elsewhere"),
        }}},
        "Check": _function(), "Claims": _function(), "Mail": _function(),
    })
    assert proposal.spec["wires"] == [
        {"from": "P", "to": "Check", "event": "PreSignUp"},
        {"from": "P", "to": "Claims", "event": "PreTokenGeneration", "version": 2},
        # Mail has neither the key's variable nor kms:Decrypt: the wire must not add them
        {"from": "P", "to": "Mail", "event": "CustomEmailSender", "keyAccess": False},
    ]
    assert proposal.spec["resources"]["P"]["senderKey"] == "arn:aws:kms:us-east-1:111122223333:key/k"
    [problem] = proposal.problems
    assert problem.code == "I004"
    assert problem.pointer == ("Resources", "P", "Properties", "LambdaConfig", "PostConfirmation")


# --- members of a pool -----------------------------------------------------------------------

def test_client_oauth_settings_become_fields_and_its_providers_and_servers_wires():
    proposal = _propose({
        "P": POOL,
        "Google": {"Type": "AWS::Cognito::UserPoolIdentityProvider", "Properties": {
            "UserPoolId": ref("P"), "ProviderName": "Google", "ProviderType": "Google",
            "ProviderDetails": {"client_id": "id", "client_secret": "{{resolve:secretsmanager:g}}",
                                "authorize_scopes": "openid email"}}},
        "Api": {"Type": "AWS::Cognito::UserPoolResourceServer", "Properties": {
            "UserPoolId": ref("P"), "Identifier": "https://api", "Name": "Api",
            "Scopes": [{"ScopeName": "read", "ScopeDescription": "Read"}]}},
        "Web": {"Type": "AWS::Cognito::UserPoolClient", "DependsOn": ["Google", "Api"], "Properties": {
            "UserPoolId": ref("P"), "GenerateSecret": False, "AllowedOAuthFlowsUserPoolClient": True,
            "AllowedOAuthFlows": ["code"], "AllowedOAuthScopes": ["openid", "https://api/read"],
            "CallbackURLs": ["https://app/cb"], "SupportedIdentityProviders": ["COGNITO", "Google"],
            "ExplicitAuthFlows": ["ALLOW_REFRESH_TOKEN_AUTH"]}},
    })
    resources = proposal.spec["resources"]
    assert resources["Web"] == {"type": "UserPoolClient", "generateSecret": False, "oauthFlows": ["code"],
                                "oauthScopes": ["openid", "https://api/read"], "callbackUrls": ["https://app/cb"],
                                "properties": {"ExplicitAuthFlows": ["ALLOW_REFRESH_TOKEN_AUTH"]}}
    assert resources["Google"] == {"type": "IdentityProvider", "provider": "google", "clientId": "id",
                                   "clientSecret": "{{resolve:secretsmanager:g}}", "scopes": ["openid", "email"]}
    assert resources["Api"] == {"type": "ResourceServer", "identifier": "https://api", "scopes": {"read": "Read"}}
    assert {"from": "Web", "to": "Google"} in proposal.spec["wires"]
    assert {"from": "Web", "to": "Api"} in proposal.spec["wires"]
    assert {"from": "Web", "to": "P"} in proposal.spec["wires"]


def test_a_client_of_a_pool_of_another_stack_is_not_imported():
    proposal = _propose({"Web": {"Type": "AWS::Cognito::UserPoolClient",
                                 "Properties": {"UserPoolId": Intrinsic("ImportValue", "pool")}}})
    assert "Web" not in proposal.spec["resources"] and proposal.dropped == ["Web"]
    assert [p.code for p in proposal.problems] == ["I004"]


def test_plain_leaves_a_client_its_membership_only():
    proposal = _propose({"P": POOL, "Web": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {
        "UserPoolId": ref("P"), "GenerateSecret": True}}}, plain={"Web"})
    assert proposal.spec["resources"]["Web"] == {"type": "UserPoolClient", "properties": {"GenerateSecret": True}}


def test_group_domain_and_oidc_provider():
    proposal = _propose({
        "P": POOL,
        "Admins": {"Type": "AWS::Cognito::UserPoolGroup", "Properties": {
            "UserPoolId": ref("P"), "GroupName": "admins", "Precedence": 1, "Description": "Admins",
            "RoleArn": "arn:aws:iam::111122223333:role/admin"}},
        "Login": {"Type": "AWS::Cognito::UserPoolDomain", "Properties": {"UserPoolId": ref("P"), "Domain": "photos"}},
        "Custom": {"Type": "AWS::Cognito::UserPoolDomain", "Properties": {
            "UserPoolId": ref("P"), "Domain": "auth.example.com", "ManagedLoginVersion": 2,
            "CustomDomainConfig": {"CertificateArn": "arn:aws:acm:us-east-1:1:certificate/c"}}},
        "Corp": {"Type": "AWS::Cognito::UserPoolIdentityProvider", "Properties": {
            "UserPoolId": ref("P"), "ProviderName": "CorpLogin", "ProviderType": "OIDC",
            "ProviderDetails": {"client_id": "c", "client_secret": "{{resolve:secretsmanager:o}}",
                                "oidc_issuer": "https://login", "attributes_request_method": "GET",
                                "authorize_scopes": "openid"}}},
    })
    resources = proposal.spec["resources"]
    assert resources["Admins"] == {"type": "UserPoolGroup", "groupName": "admins", "precedence": 1,
                                   "description": "Admins",
                                   "properties": {"RoleArn": "arn:aws:iam::111122223333:role/admin"}}
    # no ManagedLoginVersion: the classic hosted UI, which the field must say (its default is 2)
    assert resources["Login"] == {"type": "UserPoolDomain", "prefix": "photos", "managedLoginVersion": 1}
    assert resources["Custom"] == {"type": "UserPoolDomain", "customDomain": {
        "name": "auth.example.com", "certificateArn": "arn:aws:acm:us-east-1:1:certificate/c"}}
    assert resources["Corp"] == {"type": "IdentityProvider", "provider": "oidc", "name": "CorpLogin",
                                 "clientId": "c", "clientSecret": "{{resolve:secretsmanager:o}}",
                                 "issuer": "https://login", "scopes": ["openid"]}


# --- functions -------------------------------------------------------------------------------

def _statement(actions, on="P"):
    return {"Effect": "Allow", "Action": list(actions), "Resource": get_att(on, "Arn")}


def test_function_fields_environment_events_and_policies():
    events = {"Api": {"Type": "HttpApi", "Properties": {"Path": "/", "Method": "get"}}}
    proposal = _propose({"F": _function(
        CodeUri="src/F", MemorySize=512, Timeout=3, Tracing="Active",
        Environment={"Variables": {"LEVEL": "info", "PORT": 8080}},
        Policies=["AWSXrayWriteOnlyAccess", "AmazonS3ReadOnlyAccess"], Events=events)})
    assert proposal.spec["resources"]["F"] == {
        "type": "Function", "runtime": "nodejs22.x", "memorySize": 512,
        "environment": {"LEVEL": "info", "PORT": "8080"},
        "properties": {"Policies": ["AmazonS3ReadOnlyAccess"], "Events": events},
    }


def test_variables_and_a_statement_that_a_dashed_wire_derives_become_the_wire():
    read = ["cognito-idp:" + a for a in (
        "DescribeUserPool", "DescribeUserPoolClient", "DescribeUserPoolDomain", "DescribeIdentityProvider",
        "DescribeResourceServer", "GetGroup", "ListGroups", "ListUserPoolClients", "ListUsers",
        "ListUsersInGroup", "AdminGetUser", "AdminListGroupsForUser")]
    proposal = _propose({
        "P": POOL,
        "C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": ref("P")}},
        "Full": _function(Environment={"Variables": {
            "USER_POOL_ID": ref("P"), "USER_POOL": get_att("P", "Arn"), "USER_POOL_CLIENT_ID": ref("C")}},
            Policies=[{"Statement": [_statement(reversed(COGNITO_ACTIONS))]}]),
        "Reader": _function(Environment={"Variables": {"USER_POOL_ID": ref("P"), "USER_POOL": get_att("P", "Arn")}},
                            Policies=[{"Statement": [_statement(read)]}]),
        # a statement narrower than any level: never a wire, which would widen it
        "Narrow": _function(Environment={"Variables": {"LIST": "yes"}},
                            Policies=[{"Statement": [_statement(["cognito-idp:ListUsers"])]}]),
    })
    wires = proposal.spec["wires"]
    assert {"from": "Full", "to": "P", "style": "dashed"} in wires
    assert {"from": "Full", "to": "C", "style": "dashed"} in wires
    assert {"from": "Reader", "to": "P", "style": "dashed", "access": ["read"]} in wires
    assert not [w for w in wires if w["from"] == "Narrow"]
    resources = proposal.spec["resources"]
    assert "environment" not in resources["Full"] and "properties" not in resources["Full"]
    assert resources["Narrow"]["properties"]["Policies"] == [{"Statement": [_statement(["cognito-idp:ListUsers"])]}]


def test_a_literal_function_keeps_its_variables_and_statements():
    proposal = _propose({"P": POOL, "F": _function(
        Environment={"Variables": {"USER_POOL_ID": "us-east-1_abc"}},
        Policies=[{"Statement": [_statement(COGNITO_ACTIONS)]}])}, literal={"F"})
    assert "wires" not in proposal.spec
    assert proposal.spec["resources"]["F"]["properties"]["Policies"] == [{"Statement": [_statement(COGNITO_ACTIONS)]}]


def test_a_function_with_a_role_of_its_own_keeps_it_and_gets_no_wire_that_grants_a_statement():
    key = get_att("Key", "Arn")
    proposal = _propose({
        "P": {"Type": "AWS::Cognito::UserPool", "Properties": {"LambdaConfig": {
            "CustomSMSSender": {"LambdaArn": get_att("F", "Arn"), "LambdaVersion": "V1_0"}, "KMSKeyID": key}}},
        "C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": ref("P")}},
        # what wires would derive, but its role is its own: no statement can be granted to it
        "F": _function(Role=get_att("R", "Arn"), Environment={"Variables": {
            "USER_POOL_ID": ref("P"), "USER_POOL": get_att("P", "Arn"), "USER_POOL_CLIENT_ID": ref("C"),
            "SENDER_KEY_ARN": key}}),
    })
    assert proposal.problems == []
    function = proposal.spec["resources"]["F"]
    assert function["properties"]["Role"] == get_att("R", "Arn")
    assert function["environment"] == {"USER_POOL_ID": ref("P"), "USER_POOL": get_att("P", "Arn"),
                                       "SENDER_KEY_ARN": key}
    assert {"from": "P", "to": "F", "event": "CustomSMSSender", "keyAccess": False} in proposal.spec["wires"]
    assert {"from": "F", "to": "C", "style": "dashed"} in proposal.spec["wires"]  # grants nothing
    assert not [w for w in proposal.spec["wires"] if w.get("style") == "dashed" and w["to"] == "P"]


def test_a_sender_with_the_keys_variable_and_statement_as_the_wire_derives_them_gets_the_plain_wire():
    key = get_att("Key", "Arn")
    decrypt = {"Effect": "Allow", "Action": "kms:Decrypt", "Resource": key}
    proposal = _propose({
        "P": {"Type": "AWS::Cognito::UserPool", "Properties": {"LambdaConfig": {
            "CustomSMSSender": {"LambdaArn": get_att("F", "Arn"), "LambdaVersion": "V1_0"}, "KMSKeyID": key}}},
        "F": _function(Environment={"Variables": {"SENDER_KEY_ARN": key}}, Policies=[{"Statement": [decrypt]}]),
    })
    wires = proposal.spec["wires"]
    assert {"from": "P", "to": "F", "event": "CustomSMSSender"} in wires
    assert "environment" not in proposal.spec["resources"]["F"]


def test_derived_outputs_are_left_out_and_the_others_kept():
    proposal = mapping.propose({"Resources": {"P": POOL}, "Outputs": {
        "PId": {"Value": ref("P")}, "Mine": {"Value": get_att("P", "Arn")}}})
    assert proposal.spec["outputs"] == {"Mine": {"Value": get_att("P", "Arn")}}


def test_a_derived_output_the_build_gives_otherwise_is_kept_to_replace_it():
    exported = {"Value": ref("P"), "Export": {"Name": "p"}}
    proposal = mapping.propose({"Resources": {"P": POOL}, "Outputs": {"PId": exported, "PArn": {"Value": "x"}}},
                               kept={"PId"})
    assert proposal.spec["outputs"] == {"PId": exported}


def test_a_deletion_protection_the_field_cannot_say_stays_in_properties():
    protection = Intrinsic("If", ["IsProd", "ACTIVE", "INACTIVE"])
    proposal = mapping.propose({"Resources": {"P": {**POOL, "Properties": {"DeletionProtection": protection}}}})
    assert proposal.problems == []
    pool = proposal.spec["resources"]["P"]
    assert pool["properties"] == {"DeletionProtection": protection} and "deletionProtection" not in pool


# --- the comparison --------------------------------------------------------------------------

def test_comparison_reads_sets_as_sets_and_defaults_as_absent():
    original = {"Resources": {"P": {"Type": "AWS::Cognito::UserPool", "Properties": {
        "AutoVerifiedAttributes": ["phone_number", "email"], "DeletionProtection": "INACTIVE"}}}}
    built = {"Resources": {"P": {"Type": "AWS::Cognito::UserPool", "DeletionPolicy": "Retain", "Properties": {
        "AutoVerifiedAttributes": ["email", "phone_number"]}}}}
    found = compare.compare(original, built, {"P": "UserPool"}, [])
    assert found.losses == []
    assert [words for _, words in found.additions] == ["`DeletionPolicy: Retain` on `P`"]


def test_comparison_of_a_function_reads_its_statements_wherever_they_are():
    statement = _statement(["cognito-idp:ListUsers"])
    original = {"Resources": {"F": {"Type": "AWS::Serverless::Function", "Properties": {
        "Policies": [{"Version": "2012-10-17", "Statement": [statement]}, "AmazonS3ReadOnlyAccess"]}}}}
    built = {"Resources": {"F": {"Type": "AWS::Serverless::Function", "Properties": {
        "Policies": ["AWSXrayWriteOnlyAccess", "AmazonS3ReadOnlyAccess", {"Statement": [statement]}]}}}}
    found = compare.compare(original, built, {"F": "Function"}, [])
    assert found.losses == [] and found.functions == set()
    assert [words for _, words in found.additions] == ["the policy AWSXrayWriteOnlyAccess on `F`"]
    del built["Resources"]["F"]["Properties"]["Policies"][2]
    found = compare.compare(original, built, {"F": "Function"}, [])
    assert found.functions == {"F"} and "is lost" in found.losses[0][1]


def test_a_resource_of_no_kind_is_derived_when_the_build_makes_it_exactly():
    permission = {"Type": "AWS::Lambda::Permission", "Properties": {"Action": "lambda:InvokeFunction"}}
    found = compare.compare({"Resources": {"X": permission}}, {"Resources": {"X": permission}}, {}, ["X"])
    assert found.unmodeled == []
    other = {"Type": "AWS::Lambda::Permission", "Properties": {"Action": "lambda:*"}}
    found = compare.compare({"Resources": {"X": other}}, {"Resources": {"X": permission}}, {}, ["X"])
    assert found.unmodeled == [("X", "AWS::Lambda::Permission")]


def test_a_number_given_for_text_compares_equal_to_its_text():
    original = {"Resources": {"F": {"Type": "AWS::Serverless::Function", "Properties": {
        "Environment": {"Variables": {"PORT": 8080}}}}}}
    built = {"Resources": {"F": {"Type": "AWS::Serverless::Function", "Properties": {
        "Environment": {"Variables": {"PORT": "8080"}}}}}}
    assert compare.compare(original, built, {"F": "Function"}, []).losses == []
    built["Resources"]["F"]["Properties"]["Environment"]["Variables"]["PORT"] = "8081"
    assert compare.compare(original, built, {"F": "Function"}, []).losses


def test_a_template_cloudformation_would_refuse_is_i001_at_its_place(tmp_path):
    from stackgen.adopt.reader import read

    path = tmp_path / "t.yaml"
    path.write_text("Resources:\n  P:\n    Type: AWS::Cognito::UserPool\n    Properties: [1]\nOutputs: []\n")
    template = read(str(path))
    assert template.data is None
    assert sorted((d.code, d.pointer) for d in template.diagnostics) == [
        ("I001", ("Outputs",)), ("I001", ("Resources", "P", "Properties"))]
    path.write_text("Resources: {P: {Type: AWS::Cognito::UserPool}}\n")
    assert read(str(path)).diagnostics == []


def test_carry_proposes_a_resource_as_it_is_and_one_its_kind_cannot_say():
    topic = {"Type": "AWS::SNS::Topic", "Condition": "IsProd", "DependsOn": "P", "DeletionPolicy": "Retain",
             "Metadata": {"Owner": "ops"}, "Properties": {"TopicName": "sign-ups"}}
    with_role = _function(Environment={"Variables": {"HOSTS": ["a", "b"]}})  # a variable no field can give
    trigger = _function(Environment={"Variables": {"HOSTS": ["a", "b"]}})
    proposal = _propose({
        "P": {"Type": "AWS::Cognito::UserPool", "Properties": {"LambdaConfig": {"PreSignUp": get_att("T", "Arn")}}},
        "Topic": topic, "F": with_role, "T": trigger,
    }, carry={"Topic", "F", "T"})
    resources = proposal.spec["resources"]
    assert resources["Topic"] == {"type": "AWS::SNS::Topic", "dependsOn": "P", "condition": "IsProd",
                                  "deletionPolicy": "Retain", "metadata": {"Owner": "ops"},
                                  "properties": {"TopicName": "sign-ups"}}
    assert resources["F"] == {"type": "AWS::Serverless::Function", "properties": with_role["Properties"]}
    assert proposal.carried == ["F"]
    # a pool's trigger stays a function (its wire needs one): its variable is I004
    assert resources["T"]["type"] == "Function"
    assert [(p.code, p.pointer[1]) for p in proposal.problems] == [("I004", "T")]


def test_x_ray_as_stackgen_sets_it_is_derived_and_otherwise_tracing_is_off():
    traced = _propose({"F": _function(Tracing="Active", Policies=["AWSXrayWriteOnlyAccess"])})
    assert "tracing" not in traced.spec["resources"]["F"] and "properties" not in traced.spec["resources"]["F"]
    untraced = _propose({"F": _function()})
    assert untraced.spec["resources"]["F"]["tracing"] is False
    # traced without the policy: never a permission more; the tracing stays the function's own
    partly = _propose({"F": _function(Tracing="Active")})
    assert partly.spec["resources"]["F"]["tracing"] is False
    assert partly.spec["resources"]["F"]["properties"] == {"Tracing": "Active"}
