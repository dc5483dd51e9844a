"""Unit tests of stackgen.resolve: wires to a graph, and the rules the schema cannot say.

Stacks are built from dicts with stackgen.model.build (no YAML).
"""

from __future__ import annotations

import pytest

from stackgen.model import build
from stackgen.resolve import (
    CLIENT_ID, DISCOVERY, MEMBERSHIP, POOL_ARN, POOL_ID, SENDER_KEY, TRIGGER, USE, WIRE_KINDS, Discovery,
    Trigger, resolve,
)

POOL = {"type": "UserPool"}
CLIENT = {"type": "UserPoolClient"}
FUNCTION = {"type": "Function"}
EDGE = {"type": "EdgeFunction"}


def _wire(source, target, event=None, style=None):
    w = {"from": source, "to": target}
    if event:
        w["event"] = event
    if style:
        w["style"] = style
    return w


def _dashed(source, target):
    return _wire(source, target, style="dashed")


def _resolve(resources, wires=(), **top):
    return resolve(build({"resources": resources, "wires": list(wires), **top}))


def _codes(found):
    return [d.code for d in found]


def _one(found, code):
    matching = [d for d in found if d.code == code]
    assert len(matching) == 1, [(d.code, d.message) for d in found]
    return matching[0]


# --- allowed wires ----------------------------------------------------------------------------

def test_the_allowed_wires_are_exactly_those_of_the_contract():
    assert dict(WIRE_KINDS) == {
        ("UserPool", "Function", "solid"): TRIGGER,
        ("UserPoolClient", "UserPool", "solid"): MEMBERSHIP,
        ("UserPoolDomain", "UserPool", "solid"): MEMBERSHIP,
        ("Function", "UserPool", "dashed"): DISCOVERY,
        ("EdgeFunction", "UserPool", "dashed"): DISCOVERY,
        ("Function", "UserPoolClient", "dashed"): DISCOVERY,
        ("EdgeFunction", "UserPoolClient", "dashed"): DISCOVERY,
        ("UserPoolGroup", "UserPool", "solid"): MEMBERSHIP,
        ("Function", "UserPoolGroup", "dashed"): DISCOVERY,
        ("IdentityProvider", "UserPool", "solid"): MEMBERSHIP,
        ("ResourceServer", "UserPool", "solid"): MEMBERSHIP,
        ("UserPoolClient", "IdentityProvider", "solid"): USE,
        ("UserPoolClient", "ResourceServer", "solid"): USE,
    }


def test_the_contract_example_resolves_without_a_problem():
    graph, found = _resolve(
        {"Users": POOL, "WebClient": CLIENT, "CheckInvite": FUNCTION, "Admin": FUNCTION, "Viewer": EDGE},
        [_wire("Users", "CheckInvite", "PreSignUp"), _wire("WebClient", "Users"),
         _dashed("Admin", "Users"), _dashed("Admin", "WebClient"), _dashed("Viewer", "Users")],
    )
    assert [d for d in found if d.severity == "error"] == []
    assert [(t.pool, t.function, t.event) for t in graph.triggers] == [("Users", "CheckInvite", "PreSignUp")]
    assert dict(graph.client_pool) == {"WebClient": "Users"}
    assert [(d.function, d.target, d.pool, d.linked) for d in graph.discoveries] == [
        ("Admin", "Users", "Users", True),
        ("Admin", "WebClient", "Users", True),
        ("Viewer", "Users", "Users", True),
    ]
    assert [(v.name, v.value, v.target) for v in graph.variables["Admin"]] == [
        ("USER_POOL_ID", POOL_ID, "Users"),
        ("USER_POOL", POOL_ARN, "Users"),
        ("USER_POOL_CLIENT_ID", CLIENT_ID, "WebClient"),
    ]
    assert graph.variables["CheckInvite"] == ()
    assert graph.invocations() == (("Users", "CheckInvite"),)


@pytest.mark.parametrize(
    "resources, wire",
    [
        ({"P": POOL, "F": FUNCTION}, _wire("P", "F", "PostConfirmation")),
        ({"P": POOL, "C": CLIENT}, _wire("C", "P")),
        ({"P": POOL, "F": FUNCTION}, _dashed("F", "P")),
        ({"P": POOL, "V": EDGE}, _dashed("V", "P")),
        ({"P": POOL, "C": CLIENT, "F": FUNCTION}, _dashed("F", "C")),
        ({"P": POOL, "C": CLIENT, "V": EDGE}, _dashed("V", "C")),
    ],
)
def test_each_allowed_wire_is_accepted(resources, wire):
    wires = [wire]
    if "C" in resources and wire["from"] != "C":
        wires.append(_wire("C", "P"))
    _, found = _resolve(resources, wires)
    assert [d for d in found if d.code.startswith("W")] == []


def test_two_events_of_one_pool_on_one_function_is_one_invocation():
    graph, found = _resolve({"P": POOL, "F": FUNCTION},
                            [_wire("P", "F", "PreSignUp"), _wire("P", "F", "PostConfirmation")])
    assert found == []
    assert [t.event for t in graph.triggers_of("P")] == ["PreSignUp", "PostConfirmation"]
    assert graph.invocations() == (("P", "F"),)


# --- W001 .. W010 -----------------------------------------------------------------------------

def test_W001_missing_resource_with_did_you_mean():
    _, found = _resolve({"Users": POOL, "Admin": FUNCTION}, [_dashed("Admin", "Usres")])
    d = _one(found, "W001")
    assert d.severity == "error"
    assert d.pointer == ("wires", 0, "to")
    assert "`Usres`" in d.message
    assert "did you mean `Users`" in d.message


def test_W001_both_ends_missing_are_two_diagnostics():
    _, found = _resolve({"Users": POOL}, [_dashed("Nope", "Nada")])
    assert sorted(d.pointer for d in found if d.code == "W001") == [("wires", 0, "from"), ("wires", 0, "to")]


def test_W002_pair_that_cannot_be_wired_lists_the_allowed_wires():
    _, found = _resolve({"A": FUNCTION, "B": FUNCTION}, [_wire("A", "B")])
    d = _one(found, "W002")
    assert d.pointer == ("wires", 0)
    assert "UserPool -> Function" in d.message
    assert "UserPoolClient -> UserPool" in d.message
    assert "a Function cannot be wired to a Function" in d.message


def test_W002_names_each_kind_with_its_article():
    _, found = _resolve({"A": FUNCTION, "E": {"type": "EdgeFunction"}}, [_dashed("A", "E")])
    assert "a Function cannot be wired to an EdgeFunction" in _one(found, "W002").message


def test_W002_wrong_style_says_which_style():
    _, found = _resolve({"Users": POOL, "Admin": FUNCTION}, [_wire("Admin", "Users")])
    d = _one(found, "W002")
    assert "dashed" in d.message
    assert "style: dashed" in d.message  # the fix to make

    _, found = _resolve({"Users": POOL, "Admin": FUNCTION}, [_wire("Users", "Admin", "PreSignUp", "dashed")])
    d = _one(found, "W002")
    assert d.pointer == ("wires", 0, "style")
    assert "solid" in d.message


def test_W002_backwards_membership_wire_shows_it_the_right_way_round():
    _, found = _resolve({"Users": POOL, "WebClient": CLIENT}, [_wire("Users", "WebClient")])
    d = _one(found, "W002")
    assert d.pointer == ("wires", 0)
    assert "backwards" in d.message
    assert "{from: WebClient, to: Users}" in d.message


def test_W002_backwards_discovery_wire_keeps_its_dashed_style():
    _, found = _resolve({"Users": POOL, "WebClient": CLIENT, "Admin": FUNCTION},
                        [_wire("WebClient", "Users"), _dashed("WebClient", "Admin")])
    d = _one(found, "W002")
    assert d.pointer == ("wires", 1)
    assert "{from: Admin, to: WebClient, style: dashed}" in d.message


def test_W002_backwards_dashed_pool_wire_shows_it_the_right_way_round():
    _, found = _resolve({"Users": POOL, "Admin": FUNCTION}, [_dashed("Users", "Admin")])
    d = _one(found, "W002")
    assert "{from: Admin, to: Users, style: dashed}" in d.message


def test_W002_edge_function_cannot_be_subscribed():
    _, found = _resolve({"Users": POOL, "Viewer": EDGE}, [_wire("Users", "Viewer", "PreSignUp")])
    d = _one(found, "W002")
    assert "EdgeFunction" in d.message
    assert "`Function`" in d.message


def test_W003_trigger_without_event_lists_the_events():
    _, found = _resolve({"P": POOL, "F": FUNCTION}, [_wire("P", "F")])
    d = _one(found, "W003")
    assert d.pointer == ("wires", 0)
    assert "PreSignUp" in d.message and "VerifyAuthChallengeResponse" in d.message


def test_W003_event_on_a_wire_that_takes_none():
    graph, found = _resolve({"P": POOL, "F": FUNCTION}, [_wire("F", "P", "PreSignUp", "dashed")])
    d = _one(found, "W003")
    assert d.pointer == ("wires", 0, "event")
    assert graph.discoveries == ()


def test_W004_two_functions_on_one_event():
    graph, found = _resolve({"P": POOL, "F": FUNCTION, "G": FUNCTION},
                            [_wire("P", "F", "PreSignUp"), _wire("P", "G", "PreSignUp")])
    d = _one(found, "W004")
    assert d.pointer == ("wires", 1, "event")
    assert "`F`" in d.message
    # the first wire keeps the event
    assert [(t.function, t.event) for t in graph.triggers] == [("F", "PreSignUp")]


def test_W004_is_per_pool():
    _, found = _resolve({"P": POOL, "Q": POOL, "F": FUNCTION, "G": FUNCTION},
                        [_wire("P", "F", "PreSignUp"), _wire("Q", "G", "PreSignUp")])
    assert found == []


def test_W005_client_with_no_pool():
    _, found = _resolve({"P": POOL, "C": CLIENT})
    d = _one(found, "W005")
    assert d.pointer == ("resources", "C")
    assert d.at_key
    assert "{from: C, to: <UserPool>}" in d.message


def test_W005_client_with_two_pools():
    graph, found = _resolve({"P": POOL, "Q": POOL, "C": CLIENT}, [_wire("C", "P"), _wire("C", "Q")])
    d = _one(found, "W005")
    assert d.pointer == ("wires", 1)
    assert "`P`" in d.message
    assert dict(graph.client_pool) == {"C": "P"}


def test_W006_wire_to_itself():
    _, found = _resolve({"P": POOL}, [_wire("P", "P")])
    d = _one(found, "W006")
    assert d.pointer == ("wires", 0)


def test_W007_same_wire_twice():
    graph, found = _resolve({"P": POOL, "F": FUNCTION}, [_dashed("F", "P"), _dashed("F", "P")])
    d = _one(found, "W007")
    assert d.pointer == ("wires", 1)
    assert "wire 1" in d.message
    assert len(graph.discoveries) == 1


def test_W008_two_pool_cross_cycle_lists_the_resources():
    _, found = _resolve(
        {"A": POOL, "B": POOL, "F": FUNCTION, "G": FUNCTION},
        [_wire("A", "F", "PreSignUp"), _dashed("F", "B"), _wire("B", "G", "PreSignUp"), _dashed("G", "A")],
    )
    d = _one(found, "W008")
    assert d.severity == "error"
    assert d.pointer == ("wires", 0)  # the first wire of the cycle
    for name in ("`A`", "`B`", "`F`", "`G`"):
        assert name in d.message
    # each step names its wire
    for wire in ("A -> F", "F -> B", "B -> G", "G -> A"):
        assert wire in d.message


def test_W008_cycle_through_a_client():
    _, found = _resolve(
        {"P": POOL, "Q": POOL, "C": CLIENT, "F": FUNCTION, "G": FUNCTION},
        [_wire("C", "Q"), _wire("P", "F", "PreSignUp"), _dashed("F", "C"),
         _wire("Q", "G", "PreSignUp"), _dashed("G", "P")],
    )
    d = _one(found, "W008")
    for name in ("`P`", "`Q`", "`C`", "`F`", "`G`"):
        assert name in d.message


def test_W008_no_cycle_in_a_chain():
    _, found = _resolve(
        {"A": POOL, "B": POOL, "F": FUNCTION, "G": FUNCTION},
        [_wire("A", "F", "PreSignUp"), _dashed("F", "B"), _wire("B", "G", "PreSignUp")],
    )
    assert found == []


def test_W008_two_separate_cycles_are_two_diagnostics():
    resources = {}
    wires = []
    for n in "12":
        resources.update({f"A{n}": POOL, f"B{n}": POOL, f"F{n}": FUNCTION, f"G{n}": FUNCTION})
        wires += [_wire(f"A{n}", f"F{n}", "PreSignUp"), _dashed(f"F{n}", f"B{n}"),
                  _wire(f"B{n}", f"G{n}", "PreSignUp"), _dashed(f"G{n}", f"A{n}")]
    _, found = _resolve(resources, wires)
    assert _codes(found) == ["W008", "W008"]


def test_W009_trigger_that_discovers_its_own_pool_is_unlinked_with_a_warning():
    graph, found = _resolve({"P": POOL, "F": FUNCTION},
                            [_wire("P", "F", "PreSignUp"), _dashed("F", "P")])
    d = _one(found, "W009")
    assert d.severity == "warning"
    assert d.pointer == ("wires", 1)
    assert "USER_POOL_ID" in d.message and "USER_POOL" in d.message
    assert "separate policy" in d.message  # where its IAM statement goes instead
    assert graph.discoveries == (Discovery("F", "P", "P", graph.stack.wires[1], False),)
    assert graph.variables["F"] == ()
    assert "W008" not in _codes(found)  # defused, not a cycle


def test_W009_trigger_that_discovers_a_client_of_its_own_pool():
    graph, found = _resolve({"P": POOL, "C": CLIENT, "F": FUNCTION},
                            [_wire("C", "P"), _wire("P", "F", "PreSignUp"), _dashed("F", "C")])
    d = _one(found, "W009")
    assert "USER_POOL_CLIENT_ID" in d.message
    assert graph.discoveries[0].linked is False
    assert graph.discoveries[0].pool == "P"
    assert graph.variables["F"] == ()
    assert "W008" not in _codes(found)


def test_W009_only_for_the_triggering_pool():
    graph, found = _resolve({"P": POOL, "Q": POOL, "F": FUNCTION},
                            [_wire("P", "F", "PreSignUp"), _dashed("F", "P"), _dashed("F", "Q")])
    assert _codes(found) == ["W009"]
    assert [d.linked for d in graph.discoveries] == [False, True]
    # the unlinked discovery takes no name: Q's values get the first ones
    assert [v.name for v in graph.variables["F"]] == ["USER_POOL_ID", "USER_POOL"]


def test_W010_incomplete_custom_auth_trio():
    _, found = _resolve({"P": POOL, "F": FUNCTION}, [_wire("P", "F", "DefineAuthChallenge")])
    d = _one(found, "W010")
    assert d.severity == "warning"
    assert "CreateAuthChallenge" in d.message and "VerifyAuthChallengeResponse" in d.message


def test_W010_complete_trio_is_fine():
    _, found = _resolve(
        {"P": POOL, "F": FUNCTION},
        [_wire("P", "F", e) for e in ("DefineAuthChallenge", "CreateAuthChallenge", "VerifyAuthChallengeResponse")],
    )
    assert found == []


def test_every_problem_is_reported_in_one_run():
    _, found = _resolve(
        {"P": POOL, "C": CLIENT, "F": FUNCTION, "G": FUNCTION},
        [_dashed("F", "Nope"), _wire("P", "P"), _wire("P", "F"), _wire("F", "G"),
         _wire("P", "F", "PreSignUp"), _wire("P", "G", "PreSignUp")],
    )
    assert sorted(_codes(found)) == ["W001", "W002", "W003", "W004", "W005", "W006"]


# --- edge functions ---------------------------------------------------------------------------

def test_an_edge_function_discovers_variables_like_a_function():
    """Named by the same rule; how they reach it (SSM, note R003) is the emitter's business."""
    graph, found = _resolve({"P": POOL, "V": EDGE}, [_dashed("V", "P")])
    assert found == []
    assert [v.name for v in graph.variables["V"]] == ["USER_POOL_ID", "USER_POOL"]


def test_R004_default_timeout_too_long_for_an_edge_function():
    _, found = _resolve({"V": EDGE, "F": FUNCTION}, defaults={"function": {"timeout": 60}})
    d = _one(found, "R004")
    assert d.severity == "error"
    assert d.pointer == ("defaults", "function", "timeout")
    assert "`V`" in d.message


def test_R004_not_when_the_edge_function_sets_its_own_timeout():
    _, found = _resolve({"V": {"type": "EdgeFunction", "timeout": 5}}, defaults={"function": {"timeout": 60}})
    assert found == []


# --- NAME_2 -----------------------------------------------------------------------------------

def test_NAME_2_user_environment_first():
    graph, _ = _resolve({"P": POOL, "F": {"type": "Function", "environment": {"USER_POOL_ID": "mine"}}},
                        [_dashed("F", "P")])
    assert [v.name for v in graph.variables["F"]] == ["USER_POOL_ID_2", "USER_POOL"]


def test_NAME_2_then_wires_in_spec_order():
    graph, _ = _resolve(
        {"Second": POOL, "First": POOL, "C": CLIENT, "D": CLIENT,
         "F": {"type": "Function", "environment": {"USER_POOL_ID": "a", "USER_POOL_ID_2": "b"}}},
        [_wire("C", "First"), _wire("D", "Second"),
         _dashed("F", "First"), _dashed("F", "C"), _dashed("F", "Second"), _dashed("F", "D")],
    )
    assert [(v.name, v.target) for v in graph.variables["F"]] == [
        ("USER_POOL_ID_3", "First"), ("USER_POOL", "First"),
        ("USER_POOL_CLIENT_ID", "C"),
        ("USER_POOL_ID_4", "Second"), ("USER_POOL_2", "Second"),
        ("USER_POOL_CLIENT_ID_2", "D"),
    ]


def test_NAME_2_is_per_function():
    graph, _ = _resolve({"P": POOL, "Q": POOL, "F": FUNCTION, "G": FUNCTION},
                        [_dashed("F", "P"), _dashed("G", "Q")])
    assert [v.name for v in graph.variables["F"]] == ["USER_POOL_ID", "USER_POOL"]
    assert [v.name for v in graph.variables["G"]] == ["USER_POOL_ID", "USER_POOL"]


# --- the graph --------------------------------------------------------------------------------

def test_resolve_does_not_change_the_stack():
    stack = build({"resources": {"P": POOL, "F": FUNCTION}, "wires": [_wire("P", "F", "PreSignUp")]})
    before = repr(stack)
    graph, _ = resolve(stack)
    assert repr(stack) == before
    assert graph.stack is stack


def test_triggers_keep_wire_order():
    graph, _ = _resolve({"P": POOL, "F": FUNCTION, "G": FUNCTION},
                        [_wire("P", "G", "PostConfirmation"), _wire("P", "F", "PreSignUp")])
    assert graph.triggers == (
        Trigger("P", "G", "PostConfirmation", graph.stack.wires[0]),
        Trigger("P", "F", "PreSignUp", graph.stack.wires[1]),
    )
    assert graph.invocations() == (("P", "G"), ("P", "F"))


@pytest.mark.parametrize("sign_in", [["email"], ["phone"], ["email", "phone"], ["username"],
                                     ["username", "preferred_username", "phone"]])
def test_a_pool_may_sign_in_with_these(sign_in):
    _, found = _resolve({"Users": {"type": "UserPool", "signInWith": sign_in}})
    assert found == []


def test_without_a_user_name_preferred_username_cannot_stand_in_for_one():
    _, found = _resolve({"Users": {"type": "UserPool", "signInWith": ["phone", "preferred_username"]}})
    [d] = found
    assert d.code == "R016"
    assert d.pointer == ("resources", "Users", "signInWith", 1)
    assert d.subject == "Users"
    assert "has no `username`" in d.message
    assert "add `username` to the list, or remove `preferred_username`" in d.message


# --- PreTokenGeneration versions ----------------------------------------------------------------

def _versioned(event, version, **pool):
    wire = {"from": "Users", "to": "F", "version": version}
    if event:
        wire["event"] = event
    return _resolve({"Users": {"type": "UserPool", **pool}, "F": FUNCTION}, [wire])


@pytest.mark.parametrize("version", [1, 2, 3])
def test_a_pre_token_generation_wire_takes_a_version(version):
    graph, found = _versioned("PreTokenGeneration", version)
    assert found == []
    assert graph.triggers[0].wire.version == version


@pytest.mark.parametrize("event", ["PreSignUp", "CustomEmailSender", "InboundFederation"])
def test_a_version_on_another_event_is_W014_at_the_version(event):
    graph, found = _versioned(event, 2)
    assert [(d.code, d.pointer) for d in found] == [("W014", ("wires", 0, "version"))]
    assert f"Cognito has one version of {event}" in found[0].message
    assert graph.triggers == ()


def test_a_version_on_a_dashed_wire_is_W014():
    _, found = _resolve({"Users": POOL, "F": FUNCTION},
                        [{"from": "F", "to": "Users", "style": "dashed", "version": 1}])
    assert [(d.code, d.pointer) for d in found] == [("W014", ("wires", 0, "version"))]


@pytest.mark.parametrize("version", [2, 3])
def test_versions_2_and_3_on_a_lite_pool_are_R017_at_the_version(version):
    _, found = _versioned("PreTokenGeneration", version, tier="lite")
    assert [(d.code, d.pointer, d.severity) for d in found] == [("R017", ("wires", 0, "version"), "error")]
    assert "tier: lite" in found[0].message and "Essentials" in found[0].message


@pytest.mark.parametrize("tier", [None, "essentials", "plus"])
def test_versions_2_and_3_are_allowed_past_lite_and_without_a_tier(tier):
    _, found = _versioned("PreTokenGeneration", 3, **({"tier": tier} if tier else {}))
    assert found == []


def test_version_1_is_allowed_on_a_lite_pool():
    assert _versioned("PreTokenGeneration", 1, tier="lite")[1] == []


# --- custom senders: the key's variable, an unused senderKey ---------------------------------------

KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"


def test_each_sender_gets_the_key_variable_once_per_pool_after_its_discoveries():
    graph, found = _resolve(
        {"Users": POOL, "Staff": POOL, "Other": POOL, "Web": CLIENT,
         "Send": {"type": "Function", "environment": {"SENDER_KEY_ARN": "mine"}}},
        [_wire("Web", "Other"), _wire("Staff", "Send", "CustomSMSSender"),
         _wire("Users", "Send", "CustomEmailSender"), _wire("Users", "Send", "CustomSMSSender"),
         _dashed("Send", "Web")])
    assert found == []
    assert [(v.name, v.value, v.target) for v in graph.variables["Send"]] == [
        ("USER_POOL_CLIENT_ID", CLIENT_ID, "Web"),
        ("SENDER_KEY_ARN_2", SENDER_KEY, "Staff"),
        ("SENDER_KEY_ARN_3", SENDER_KEY, "Users"),
    ]
    assert [t.event for t in graph.senders_of("Users")] == ["CustomEmailSender", "CustomSMSSender"]


@pytest.mark.parametrize("event", ["InboundFederation", "CustomMessage", "PreTokenGeneration"])
def test_other_events_give_no_key_variable(event):
    graph, _ = _resolve({"Users": POOL, "F": FUNCTION}, [_wire("Users", "F", event)])
    assert graph.variables["F"] == ()


@pytest.mark.parametrize("key", [KEY])
def test_a_sender_key_with_no_sender_is_W011_at_the_key(key):
    _, found = _resolve({"Users": {"type": "UserPool", "senderKey": key}, "F": FUNCTION},
                        [_wire("Users", "F", "InboundFederation")])
    assert [(d.code, d.severity, d.pointer) for d in found] == [("W011", "warning", ("resources", "Users", "senderKey"))]
    _, found = _resolve({"Users": {"type": "UserPool", "senderKey": key}, "F": FUNCTION},
                        [_wire("Users", "F", "CustomSMSSender")])
    assert found == []


# --- groups -------------------------------------------------------------------------------------

GROUP = {"type": "UserPoolGroup"}


def test_a_trigger_that_discovers_a_group_of_its_pool_gets_its_name_without_a_warning():
    graph, found = _resolve(
        {"Users": POOL, "Members": {**GROUP, "groupName": "members"}, "Confirm": FUNCTION},
        [_wire("Members", "Users"), _wire("Users", "Confirm", "PostConfirmation"), _dashed("Confirm", "Members")],
    )
    assert found == []
    assert graph.client_pool == {"Members": "Users"}
    [d] = graph.discoveries
    assert (d.target, d.pool, d.linked) == ("Members", "Users", False)
    assert [(v.name, v.value, v.target) for v in graph.variables["Confirm"]] == [
        ("USER_POOL_GROUP_NAME", "group name", "Members")]


def test_a_function_that_discovers_two_groups_gets_the_second_name_with_a_suffix():
    graph, found = _resolve(
        {"Users": POOL, "A": GROUP, "B": GROUP, "Fn": {**FUNCTION, "environment": {"USER_POOL_GROUP_NAME": "x"}}},
        [_wire("A", "Users"), _wire("B", "Users"), _dashed("Fn", "A"), _dashed("Fn", "B")],
    )
    assert found == []
    assert [v.name for v in graph.variables["Fn"]] == ["USER_POOL_GROUP_NAME_2", "USER_POOL_GROUP_NAME_3"]


def test_W015_a_group_of_no_pool_or_of_two():
    _, found = _resolve(
        {"Users": POOL, "Staff": POOL, "Alone": GROUP, "Twice": GROUP},
        [_wire("Twice", "Users"), _wire("Twice", "Staff")],
    )
    assert _codes(found) == ["W015", "W015"]
    assert found[0].pointer == ("resources", "Alone") and "belongs to no pool" in found[0].message
    assert found[1].pointer == ("wires", 1) and "a group belongs to exactly one pool" in found[1].message


def test_R025_two_groups_of_one_pool_with_one_name_but_not_of_two_pools():
    _, found = _resolve(
        {"Users": POOL, "Staff": POOL, "Members": {**GROUP, "groupName": "members"},
         "Again": {**GROUP, "groupName": "members"}, "Elsewhere": {**GROUP, "groupName": "members"}},
        [_wire("Members", "Users"), _wire("Again", "Users"), _wire("Elsewhere", "Staff")],
    )
    d = _one(found, "R025")
    assert d.pointer == ("resources", "Again", "groupName") and d.subject == "Again"
    assert "`Again` and `Members`" in d.message


def test_a_trigger_of_one_pool_that_discovers_a_group_of_another_closes_a_cycle_the_other_way():
    _, found = _resolve(
        {"A": POOL, "B": POOL, "GA": GROUP, "FA": FUNCTION, "FB": FUNCTION},
        [_wire("GA", "A"), _wire("A", "FA", "PreSignUp"), _wire("B", "FB", "PreSignUp"),
         _dashed("FB", "GA"), _dashed("FA", "B")],
    )
    assert "W008" in _codes(found)


def test_R026_one_precedence_with_two_roles_in_one_pool():
    def role(name, precedence=1):
        return {**GROUP, "precedence": precedence, "properties": {"RoleArn": f"arn:aws:iam::111122223333:role/{name}"}}

    _, found = _resolve(
        {"Users": POOL, "A": role("a"), "B": role("b"), "C": role("c", 2), "D": role("a"), "E": {**GROUP, "precedence": 1}},
        [_wire(g, "Users") for g in "ABCDE"],
    )
    assert [(d.code, d.severity, d.pointer) for d in found] == [
        ("R026", "warning", ("resources", "B", "precedence")), ("R026", "warning", ("resources", "D", "precedence"))]
