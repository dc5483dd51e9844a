"""keep.check: a new template against the one it replaces, without YAML or files."""

from stackgen.intrinsics import get_att, ref
from stackgen.keep import check

POOL = "AWS::Cognito::UserPool"
CLIENT = "AWS::Cognito::UserPoolClient"


def template(**resources):
    return {"Resources": resources}


def pool(**properties):
    return {"Type": POOL, "Properties": {"AliasAttributes": ["email", "preferred_username"], **properties}}


def client(pool_name="Users", **properties):
    return {"Type": CLIENT, "Properties": {"UserPoolId": ref(pool_name), **properties}}


SPEC = {"Users": ("resources", "Users"), "Web": ("resources", "Web")}


def run(old, new, allowed=()):
    return check(old, {("Resources", "Users"): (7, 3), ("Resources", "Web"): (20, 3)}, "template.yaml",
                 new, SPEC, allowed)


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
    found = {d.pointer[-1]: d for d in run(old, new)}
    assert set(found) == {"AliasAttributes", "UsernameAttributes", "UsernameConfiguration"}
    assert all(d.code == "O005" for d in found.values())
    assert found["AliasAttributes"].pointer == ("resources", "Users", "properties", "AliasAttributes")
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


def test_a_previous_file_that_is_not_a_template_is_ignored():
    assert check(["not", "a", "template"], {}, "template.yaml", template(Users=pool()), SPEC) == []
    assert check({"Resources": "nope"}, {}, "template.yaml", template(Users=pool()), SPEC) == []
