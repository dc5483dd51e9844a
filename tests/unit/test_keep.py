"""keep.check: a new template against the one it replaces, without YAML or files; and
previous.read: what the guard reads of the previous template, failing closed."""

import pytest

from stackgen.intrinsics import Intrinsic, get_att, ref
from stackgen.keep import GUARDED, allow, check
from stackgen.previous import OldResource, Previous, read

POOL = "AWS::Cognito::UserPool"
CLIENT = "AWS::Cognito::UserPoolClient"


def template(**resources):
    return {"Resources": resources}


def pool(**properties):
    return {"Type": POOL, "Properties": {"AliasAttributes": ["email", "preferred_username"], **properties}}


def client(pool_name="Users", **properties):
    return {"Type": CLIENT, "Properties": {"UserPoolId": ref(pool_name), **properties}}


SPEC = {"Users": ("resources", "Users"), "Web": ("resources", "Web")}


PLACES = {"Users": (7, 3), "Web": (20, 3)}


def previous(old):
    """The previous template ``old`` as previous.read gives it."""
    return Previous("template.yaml", {
        name: OldResource(r["Type"], *PLACES.get(name, (1, 1)), r.get("Properties", {}))
        for name, r in old["Resources"].items()})


def run(old, new, allowed=()):
    found = check(previous(old), new, SPEC)
    return [d for d in allow(found, allowed) if d.severity == "error"]


def test_the_same_template_is_fine():
    same = template(Users=pool(), Web=client())
    assert run(same, same) == []


def test_adding_resources_and_mutable_changes_are_fine():
    old = template(Users=pool(MfaConfiguration="OFF"), Web=client())
    new = template(Users=pool(MfaConfiguration="ON", DeletionProtection="ACTIVE"), Web=client(),
                   Other=pool(), Fn={"Type": "AWS::Serverless::Function", "Properties": {}})
    assert run(old, new) == []


def test_a_removed_pool_stops_the_build_at_its_place_in_the_old_template():
    [d] = run(template(Users=pool()), template(Members=pool()))
    assert (d.code, d.file, d.line, d.column) == ("O004", "template.yaml", 7, 3)
    assert "`Users`" in d.message and "new, empty pool" in d.message
    assert "--allow-replacement Users" in d.message


def test_a_removed_client_stops_the_build():
    [d] = run(template(Users=pool(), Web=client()), template(Users=pool()))
    assert d.code == "O004" and "`Web`" in d.message and "client ID" in d.message


def test_a_pool_that_changes_type_counts_as_removed():
    [d] = run(template(Users=pool()), template(Users={"Type": "AWS::Serverless::Function", "Properties": {}}))
    assert d.code == "O004"


def test_allow_replacement_lets_that_resource_only_go():
    old = template(Users=pool(), Web=client())
    new = template(Members=pool(), Web=client("Members"))
    assert [d.subject for d in run(old, new, allowed=["Users"])] == ["Web"]
    assert run(old, new, allowed=["Users", "Web"]) == []


def test_immutable_pool_settings_name_the_old_and_new_value():
    old = template(Users=pool(UsernameConfiguration={"CaseSensitive": False}))
    new = template(Users={"Type": POOL, "Properties": {"UsernameAttributes": ["email"],
                                                       "UsernameConfiguration": {"CaseSensitive": True}}})
    found = {d.message.split("`")[1]: d for d in run(old, new)}
    assert set(found) == {"AliasAttributes", "UsernameAttributes", "UsernameConfiguration"}
    assert all(d.code == "O005" for d in found.values())
    # the field that sets them, not `properties`
    assert found["AliasAttributes"].pointer == ("resources", "Users", "signInWith")
    assert found["UsernameAttributes"].pointer == ("resources", "Users", "signInWith")
    assert found["UsernameConfiguration"].pointer == ("resources", "Users", "properties", "UsernameConfiguration")
    assert 'was ["email", "preferred_username"], now (not set)' in found["AliasAttributes"].message
    assert 'was (not set), now ["email"]' in found["UsernameAttributes"].message


def test_schema_attributes_may_be_added_not_removed_or_changed():
    email = {"Name": "email", "AttributeDataType": "String", "Required": True}
    team = {"Name": "team", "AttributeDataType": "String"}
    plan = {"Name": "plan", "AttributeDataType": "String"}
    assert run(template(Users=pool(Schema=[email])), template(Users=pool(Schema=[plan, email]))) == []
    [removed] = run(template(Users=pool(Schema=[email, team])), template(Users=pool(Schema=[email])))
    assert "attribute `team` removed" in removed.message
    [changed] = run(template(Users=pool(Schema=[email])),
                    template(Users=pool(Schema=[{**email, "Required": False}])))
    assert "attribute `email` changed" in changed.message


def test_client_secret_and_pool_cannot_change():
    found = run(template(Users=pool(), Web=client(GenerateSecret=False)),
                template(Users=pool(), Web=client("Users", GenerateSecret=True)))
    assert [(d.code, d.pointer[-1]) for d in found] == [("O005", "GenerateSecret")]
    assert "was false, now true" in found[0].message


def test_intrinsics_compare_by_value():
    old = template(Users=pool(), Web=client(GenerateSecret=False))
    new = template(Users=pool(), Web={"Type": CLIENT, "Properties": {"UserPoolId": ref("Users"), "GenerateSecret": False}})
    assert run(old, new) == []
    moved = template(Users=pool(), Web={"Type": CLIENT, "Properties": {"UserPoolId": get_att("Users", "Arn"), "GenerateSecret": False}})
    [d] = run(old, moved)
    assert '"!GetAtt Users.Arn"' in d.message


def test_allowed_replacements_are_warnings_that_say_so():
    old = template(Users=pool(), Web=client())
    found = allow(check(previous(old), template(Members=pool(), Web=client("Members")), SPEC), ["Users"])
    users = next(d for d in found if d.subject == "Users")
    assert users.severity == "warning" and "as --allow-replacement Users allows" in users.message
    assert "put `Users` back" not in users.message


def test_a_previous_template_the_guard_cannot_read_stops_the_build():
    unreadable = read("template.yaml", b"Resources:\n<<<<<<< HEAD\n", GUARDED)
    [d] = check(unreadable, template(Users=pool()), SPEC)
    assert (d.code, d.severity, d.file, d.line) == ("O006", "error", "template.yaml", 3)
    assert "cannot tell whether this build would drop or replace" in d.message
    assert "--force" in d.message


UNREADABLE = {
    "a merge conflict": (b"Resources:\n  Users:\n<<<<<<< HEAD\n    Type: X\n", 4),
    "a tab": (b"Resources:\n\tUsers: {}\n", 2),
    "a NUL": (b"Resources:\n  Users: \x00\n", 2),
    "a truncated file": (b"Resources:\n  Users: {Type: X, Properties: [\n", 3),
    "not UTF-8": (b"Resources:\n  Caf\xe9: {}\n", 2),
    "empty": (b"", 1),
    "a list": (b"- Resources\n", 1),
    "no Resources": (b"Outputs: {}\n", 1),
    "Resources a list": (b"Resources: [a]\n", 1),
    "a resource a string": (b"Resources:\n  Users: pool\n", 2),
    "a resource without Type": (b"Resources:\n  Users: {Properties: {}}\n", 2),
    "a Type that is a list": (b"Resources:\n  Users: {Type: [a]}\n", 2),
    "a resource twice": (b"Resources:\n  Users: {Type: X}\n  Users: {Type: Y}\n", 3),
    "Properties a list": (b"Resources:\n  Users:\n    Type: AWS::Cognito::UserPool\n    Properties: [a]\n", 4),
    "two documents": (b"Resources: {}\n---\nResources: {}\n", 2),
    "an alias to nothing": (b"Resources: *nothing\n", 1),
    "brackets 5000 deep": (b"Resources: " + b"[" * 5000 + b"]" * 5000 + b"\n", 1),
    "over 1 MB": (b"Resources: {}\n#" + b"x" * 1_048_576 + b"\n", 1),
}


@pytest.mark.parametrize("name", UNREADABLE)
def test_every_shape_the_guard_cannot_follow_is_O006(name):
    text, line = UNREADABLE[name]
    found = read("template.yaml", text, GUARDED)
    [d] = found.problems
    assert (d.code, d.line) == ("O006", line), d.message


def test_what_the_guard_reads_of_a_template():
    text = (b"Resources:\n"
            b"  Users:\n    Type: AWS::Cognito::UserPool\n    Properties:\n"
            b"      AliasAttributes: [email]\n      Schema: [{Name: [odd], Required: true}]\n"
            b"  Web:\n    Type: AWS::Cognito::UserPoolClient\n"
            b"    Properties: {UserPoolId: {Ref: Users}, GenerateSecret: false, ClientName: !GetAtt [Users, Arn]}\n"
            b"  Fn:\n    Type: AWS::Serverless::Function\n    Properties: {Anything: [!Ref x]}\n")
    found = read("template.yaml", text, GUARDED)
    assert found.problems == ()
    assert {n: (r.type, r.line) for n, r in found.resources.items()} == {
        "Users": ("AWS::Cognito::UserPool", 2), "Web": ("AWS::Cognito::UserPoolClient", 7),
        "Fn": ("AWS::Serverless::Function", 10)}
    assert found.resources["Web"].properties == {
        "UserPoolId": ref("Users"), "GenerateSecret": False, "ClientName": get_att("Users", "Arn")}
    assert found.resources["Fn"].properties == {}  # not a guarded type: not read
    # a Schema attribute named by a list does not break the comparison
    [d] = [d for d in check(found, template(Users=pool(Schema=[]), Web=client()), SPEC) if d.pointer[-1] == "Schema"]
    assert 'attribute `["odd"]` removed' in d.message


def test_a_large_legal_previous_template_is_read_whole():
    """Within CloudFormation's 1 MB: 2,900 resources and ~90,000 values, far over the spec's caps."""
    body = "".join(f"  Fn{i}:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                   f"      Policies: [{{Statement: [{{Effect: Allow, Action: [a, b, c, d, e, f, g, h, i, j, k, l, m],"
                   f" Resource: '*'}}]}}]\n" for i in range(2900))
    text = ("Resources:\n  Users:\n    Type: AWS::Cognito::UserPool\n" + body).encode()
    assert 500_000 < len(text) < 1_048_576
    found = read("template.yaml", text, GUARDED)
    assert found.problems == () and len(found.resources) == 2901
    [d] = check(found, template(Members=pool()), SPEC)
    assert d.code == "O004" and d.subject == "Users"


def test_aliases_share_their_value_rather_than_expand():
    lines = ["x0: &x0 [a, a, a, a, a, a, a, a, a, a]"]
    lines += [f"x{i}: &x{i} [{', '.join([f'*x{i - 1}'] * 10)}]" for i in range(1, 9)]
    lines += ["Resources:", "  Users:", "    Type: AWS::Cognito::UserPool", "    Properties: {Schema: *x8}"]
    found = read("template.yaml", "\n".join(lines).encode() + b"\n", GUARDED)
    assert found.problems == ()
    assert isinstance(found.resources["Users"].properties["Schema"], list)


def test_long_and_short_intrinsics_read_alike():
    short = read("t", b"Resources:\n  W:\n    Type: AWS::Cognito::UserPoolClient\n"
                      b"    Properties: {UserPoolId: !Ref Users}\n", GUARDED)
    long = read("t", b'{"Resources": {"W": {"Type": "AWS::Cognito::UserPoolClient", '
                     b'"Properties": {"UserPoolId": {"Ref": "Users"}}}}}', GUARDED)
    assert short.resources["W"].properties == long.resources["W"].properties == {"UserPoolId": Intrinsic("Ref", "Users")}


def test_what_libyaml_refuses_and_yaml_1_2_reads_is_read_by_the_pure_parser():
    """A colon in a plain scalar in brackets (an URL in an !If), which CloudFormation and YAML
    1.2 read and libyaml refuses, does not switch the guard off."""
    text = ("Resources:\n  Web:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n"
            "      CallbackURLs: [!If [Dev, https://oauth.pstmn.io/v1/callback, !Ref AWS::NoValue]]\n")
    previous = read("template.yaml", text.encode(), GUARDED)
    assert previous.problems == ()
    callback = previous.resources["Web"].properties["CallbackURLs"][0]
    assert callback == Intrinsic("If", ["Dev", "https://oauth.pstmn.io/v1/callback", Intrinsic("Ref", "AWS::NoValue")])
