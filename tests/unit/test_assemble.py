"""Unit tests of stackgen.assemble: fragments into one template, stable order, no ID twice."""

from __future__ import annotations

from types import MappingProxyType

from stackgen.assemble import assemble
from stackgen.emit import OUTPUTS, RESOURCES, RULES, Fragment, emit
from stackgen.model import Function, Stack, UserPool, build
from stackgen.resolve import resolve

POOL = {"type": "UserPool"}
CLIENT = {"type": "UserPoolClient"}
FUNCTION = {"type": "Function"}
EDGE = {"type": "EdgeFunction"}


def _template(resources, wires=(), **top):
    """The template and every diagnostic of a spec given as a dict."""
    stack = build({"resources": resources, "wires": list(wires), **top})
    graph, found = resolve(stack)
    emitted = emit(graph)
    template, problems = assemble(stack, emitted.fragments)
    return template, found + emitted.diagnostics + problems, problems


def _stack(*resources, description=None) -> Stack:
    return Stack(description, MappingProxyType({r.name: r for r in resources}), ())


def _pool(name):
    return UserPool(name, ("resources", name))


def _function(name):
    return Function(name, ("resources", name), code_uri=f"src/{name}")


def _fragment(logical_id, parent, section=RESOURCES, implied=(), origin=None):
    return Fragment(section, logical_id, {"Type": "X", "Id": logical_id}, parent,
                    origin or f"the thing `{logical_id}`", tuple(implied))


# --- the template's frame ---------------------------------------------------------------------

def test_template_header_keys_and_order():
    template, found, _ = _template({"Users": POOL, "V": EDGE}, description="Sign-up")
    assert [d for d in found if d.severity == "error"] == []
    assert list(template) == ["AWSTemplateFormatVersion", "Transform", "Description", "Rules", "Resources", "Outputs"]
    assert template["AWSTemplateFormatVersion"] == "2010-09-09"
    assert template["Transform"] == "AWS::Serverless-2016-10-31"
    assert template["Description"] == "Sign-up"


def test_empty_sections_are_left_out():
    template, found, _ = _template({"F": FUNCTION})
    assert found == []
    assert list(template) == ["AWSTemplateFormatVersion", "Transform", "Resources"]


def test_sections_hold_bodies_only():
    stack = _stack(_pool("P"))
    template, found = assemble(stack, [_fragment("P", "P"), _fragment("PId", "P", OUTPUTS)])
    assert found == []
    assert template["Resources"] == {"P": {"Type": "X", "Id": "P"}}
    assert template["Outputs"] == {"PId": {"Type": "X", "Id": "PId"}}


# --- order ------------------------------------------------------------------------------------

def test_resources_in_spec_order_each_followed_by_what_is_derived_from_it():
    template, found, _ = _template(
        {"Web": CLIENT, "Users": POOL, "Viewer": EDGE, "Check": FUNCTION, "Admin": FUNCTION},
        [
            {"from": "Web", "to": "Users"},
            {"from": "Users", "to": "Check", "event": "PreSignUp"},
            {"from": "Check", "to": "Users", "style": "dashed"},
            {"from": "Viewer", "to": "Users", "style": "dashed"},
            {"from": "Admin", "to": "Users", "style": "dashed"},
        ],
    )
    assert [d for d in found if d.severity == "error"] == []
    assert list(template["Resources"]) == [
        "Web",
        "Users", "UsersToCheckPermission", "UsersToCheckPolicy",
        "Viewer", "ViewerEnvironmentParameter", "ViewerEnvironmentPolicy",
        "Check",
        "Admin",
    ]
    assert list(template["Outputs"]) == ["WebId", "UsersId", "UsersArn", "ViewerVersionArn"]
    assert list(template["Rules"]) == ["EdgeFunctionsInUsEast1"]


def test_order_follows_the_spec_not_the_fragments():
    stack = _stack(_pool("B"), _pool("A"))
    fragments = [_fragment("A", "A"), _fragment("AToX", "A"), _fragment("B", "B"), _fragment("BToX", "B")]
    template, found = assemble(stack, fragments)
    assert found == []
    assert list(template["Resources"]) == ["B", "BToX", "A", "AToX"]


def test_an_output_of_the_spec_with_a_derived_name_replaces_the_derived_one_in_its_place():
    from stackgen.intrinsics import ref

    exported = {"Value": ref("Users"), "Export": {"Name": "users"}}
    template, found, problems = _template(
        {"Users": POOL, "Web": CLIENT}, [{"from": "Web", "to": "Users"}],
        outputs={"Mine": {"Value": "x"}, "UsersId": exported})
    assert problems == [] and [d for d in found if d.severity == "error"] == []
    assert list(template["Outputs"]) == ["UsersId", "UsersArn", "WebId", "Mine"]
    # the whole entry: no derived Description is kept beside the spec's
    assert template["Outputs"]["UsersId"] == exported
    assert template["Outputs"]["UsersArn"]["Description"] == "ARN of the user pool Users"


def test_the_spec_metadata_comes_as_given_before_the_resources_and_stackgen_s_record_after_it():
    from stackgen.intrinsics import Intrinsic

    own = {"Owner": {"Team": "photos", "Pager": Intrinsic("Sub", "${AWS::StackName}-oncall")},
           "AWS::CloudFormation::Interface": {"ParameterGroups": []}}
    template, found, problems = _template(
        {"Users": {"type": "UserPool", "existing": "us-east-1_AbC123"}, "Web": CLIENT},
        [{"from": "Web", "to": "Users"}], metadata=own)
    assert problems == [] and [d for d in found if d.severity == "error"] == []
    assert list(template) == ["AWSTemplateFormatVersion", "Transform", "Metadata", "Resources", "Outputs"]
    assert list(template["Metadata"]) == ["Owner", "AWS::CloudFormation::Interface", "stackgen"]
    assert template["Metadata"]["Owner"] == own["Owner"]  # a function as written: nothing resolves it
    assert template["Metadata"]["stackgen"] == {"existingUserPools": {"Users": "us-east-1_AbC123"}}


def test_the_spec_metadata_alone_is_the_template_metadata():
    template, found, _ = _template({"F": FUNCTION}, metadata={"Owner": "photos"})
    assert found == []
    assert template["Metadata"] == {"Owner": "photos"}


def test_R041_the_key_stackgen_of_the_spec_metadata_is_stackgen_s_own():
    record = {"existingUserPools": {"Users": "us-east-1_Other1"}}
    template, _, problems = _template(
        {"Users": {"type": "UserPool", "existing": "us-east-1_AbC123"}, "Web": CLIENT},
        [{"from": "Web", "to": "Users"}], metadata={"stackgen": record, "Owner": "photos"})
    assert [(d.code, d.pointer, d.at_key) for d in problems] == [("R041", ("metadata", "stackgen"), True)]
    # never the spec's record in place of stackgen's own, for the guard to read
    assert template["Metadata"]["stackgen"] == {"existingUserPools": {"Users": "us-east-1_AbC123"}}
    # with no existing pool too: the key is stackgen's whether or not it records anything
    _, _, problems = _template({"F": FUNCTION}, metadata={"stackgen": {}})
    assert [d.code for d in problems] == ["R041"]


def test_fragments_of_no_spec_resource_come_last_in_emission_order():
    stack = _stack(_pool("A"))
    fragments = [_fragment("Z", "nowhere"), _fragment("A", "A"), _fragment("Y", "nowhere")]
    template, _ = assemble(stack, fragments)
    assert list(template["Resources"]) == ["A", "Z", "Y"]


def test_assemble_is_deterministic():
    spec = ({"Users": POOL, "Web": CLIENT, "F": FUNCTION},
            [{"from": "Web", "to": "Users"}, {"from": "Users", "to": "F", "event": "PreSignUp"}])
    first, _, _ = _template(*spec)
    second, _, _ = _template(*spec)
    assert first == second
    assert list(first["Resources"]) == list(second["Resources"])


# --- R001 -------------------------------------------------------------------------------------

def test_R001_function_named_like_a_permission():
    _, _, problems = _template(
        {"Users": POOL, "Check": FUNCTION, "UsersToCheckPermission": FUNCTION},
        [{"from": "Users", "to": "Check", "event": "PreSignUp"}],
    )
    assert [d.code for d in problems] == ["R001"]
    d = problems[0]
    assert d.severity == "error"
    assert d.pointer == ("resources", "UsersToCheckPermission")
    assert d.at_key
    assert "`UsersToCheckPermission`" in d.message
    assert "`Users`" in d.message and "`Check`" in d.message  # the other place: the wire's ends


def test_R001_does_not_depend_on_spec_order():
    _, _, problems = _template(
        {"UsersToCheckPermission": FUNCTION, "Users": POOL, "Check": FUNCTION},
        [{"from": "Users", "to": "Check", "event": "PreSignUp"}],
    )
    assert [(d.code, d.pointer) for d in problems] == [("R001", ("resources", "UsersToCheckPermission"))]


def test_R001_resource_named_like_a_function_role():
    for resources in ({"Admin": FUNCTION, "AdminRole": POOL}, {"AdminRole": POOL, "Admin": FUNCTION}):
        _, _, problems = _template(resources)
        assert [(d.code, d.pointer) for d in problems] == [("R001", ("resources", "AdminRole"))], resources
        assert "`Admin`" in problems[0].message


def test_R001_function_named_like_another_function_role():
    _, _, problems = _template({"A": FUNCTION, "ARole": FUNCTION})
    assert [(d.code, d.pointer) for d in problems] == [("R001", ("resources", "ARole"))]


def test_R001_resource_named_like_an_unlinked_policy():
    _, _, problems = _template(
        {"Users": POOL, "Check": FUNCTION, "UsersToCheckPolicy": CLIENT},
        [{"from": "Users", "to": "Check", "event": "PreSignUp"},
         {"from": "Check", "to": "Users", "style": "dashed"},
         {"from": "UsersToCheckPolicy", "to": "Users"}],
    )
    assert [(d.code, d.pointer) for d in problems] == [("R001", ("resources", "UsersToCheckPolicy"))]


def test_R001_resource_named_like_an_edge_function_parameter_or_alias():
    _, _, problems = _template({"V": EDGE, "P": POOL, "VEnvironmentParameter": FUNCTION},
                               [{"from": "V", "to": "P", "style": "dashed"}])
    assert [(d.code, d.pointer) for d in problems] == [("R001", ("resources", "VEnvironmentParameter"))]
    _, _, problems = _template({"V": EDGE, "VAliaslive": POOL})
    assert [(d.code, d.pointer) for d in problems] == [("R001", ("resources", "VAliaslive"))]


def test_R001_two_derived_ids_that_collide():
    # `A` + `BToC` and `AToB` + `C` both make `AToBToCPermission`
    _, _, problems = _template(
        {"A": POOL, "AToB": POOL, "BToC": FUNCTION, "C": FUNCTION},
        [{"from": "A", "to": "BToC", "event": "PreSignUp"}, {"from": "AToB", "to": "C", "event": "PreSignUp"}],
    )
    assert [d.code for d in problems] == ["R001"]
    assert "`AToBToCPermission`" in problems[0].message
    assert problems[0].pointer == ("resources", "AToB")


def test_R001_output_collision():
    # an edge function `V` outputs `VVersionArn`, and so does a pool `VVersion`
    _, _, problems = _template({"V": EDGE, "VVersion": POOL})
    assert [d.code for d in problems] == ["R001"]
    assert "`VVersionArn`" in problems[0].message
    assert problems[0].pointer == ("resources", "VVersion")


def test_R001_with_hand_built_fragments_points_at_the_spec_resource():
    stack = _stack(_pool("P"), _function("PToFPermission"), _function("F"))
    fragments = [
        _fragment("P", "P"),
        _fragment("PToFPermission", "PToFPermission", implied=("PToFPermissionRole",)),
        _fragment("F", "F", implied=("FRole",)),
        _fragment("PToFPermission", "P", origin="the permission for `P` to invoke `F`"),
    ]
    template, found = assemble(stack, fragments)
    assert [(d.code, d.pointer, d.subject) for d in found] == [
        ("R001", ("resources", "PToFPermission"), "PToFPermission")]
    assert "the permission for `P` to invoke `F`" in found[0].message


def test_no_R001_for_similar_but_different_names():
    _, found, problems = _template(
        {"Users": POOL, "Check": FUNCTION, "UsersToCheckPermissions": FUNCTION, "AdminRoles": POOL,
         "Admin": FUNCTION},
        [{"from": "Users", "to": "Check", "event": "PreSignUp"}],
    )
    assert problems == []


def test_R001_resource_named_like_a_pool_sms_role():
    pool = {"type": "UserPool", "autoVerifyPhones": True}
    for resources in ({"Users": pool, "UsersSmsRole": FUNCTION}, {"UsersSmsRole": FUNCTION, "Users": pool}):
        _, _, problems = _template(resources)
        assert [(d.code, d.pointer) for d in problems] == [("R001", ("resources", "UsersSmsRole"))], resources
        assert "the SMS role of user pool `Users`" in problems[0].message
    # a function whose SAM role would be named so
    _, _, problems = _template({"Users": pool, "UsersSms": FUNCTION})
    assert [(d.code, d.pointer) for d in problems] == [("R001", ("resources", "UsersSms"))]
    # no SMS, no role, no collision
    _, _, problems = _template({"Users": POOL, "UsersSmsRole": FUNCTION})
    assert problems == []


def test_R001_resource_named_like_a_pool_sender_key():
    wires = [{"from": "Users", "to": "Send", "event": "CustomEmailSender"}]
    _, _, problems = _template({"Users": POOL, "Send": FUNCTION, "UsersSenderKey": POOL}, wires)
    assert [(d.code, d.pointer) for d in problems] == [("R001", ("resources", "UsersSenderKey"))]
    assert "the key of the custom senders of user pool `Users`" in problems[0].message
    # a key of one's own: no key is added, no collision
    key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    _, _, problems = _template({"Users": {"type": "UserPool", "senderKey": key}, "Send": FUNCTION,
                                "UsersSenderKey": POOL}, wires)
    assert problems == []
