"""Unit tests of stackgen.model: schema-valid data to frozen, typed objects with defaults."""

from __future__ import annotations

import pytest

from stackgen import model
from stackgen.model import EdgeFunction, Function, Stack, UserPool, UserPoolClient, Wire, build
from stackgen.record import FrozenInstanceError


def _stack(resources, wires=None, **top) -> Stack:
    data = {"resources": resources, **top}
    if wires is not None:
        data["wires"] = wires
    return build(data)


# --- types ------------------------------------------------------------------------------------

def test_each_type_becomes_its_class_in_spec_order():
    stack = _stack({
        "Users": {"type": "UserPool"},
        "Web": {"type": "UserPoolClient"},
        "Admin": {"type": "Function"},
        "Viewer": {"type": "EdgeFunction"},
    })
    assert list(stack.resources) == ["Users", "Web", "Admin", "Viewer"]
    assert [type(r) for r in stack.resources.values()] == [UserPool, UserPoolClient, Function, EdgeFunction]
    assert [r.kind for r in stack.resources.values()] == ["UserPool", "UserPoolClient", "Function", "EdgeFunction"]
    assert stack.resources["Admin"].name == "Admin"
    assert stack.resources["Admin"].pointer == ("resources", "Admin")


def test_edge_function_is_a_function():
    # emitters and the resolver treat both as functions (NAME_2 rule, discovery)
    assert isinstance(_stack({"V": {"type": "EdgeFunction"}}).resources["V"], Function)


def test_description_and_no_wires():
    stack = _stack({"Users": {"type": "UserPool"}}, description="Sign-up")
    assert stack.description == "Sign-up"
    assert stack.wires == ()
    assert _stack({"Users": {"type": "UserPool"}}).description is None


# --- defaults ---------------------------------------------------------------------------------

def test_user_pool_defaults():
    pool = _stack({"Users": {"type": "UserPool"}}).resources["Users"]
    assert pool.allow_public_sign_ups is True
    assert pool.auto_verify_emails is False
    assert pool.auto_verify_phones is False
    assert dict(pool.properties) == {}


def test_user_pool_fields():
    pool = _stack({"Users": {"type": "UserPool", "allowPublicSignUps": False,
                             "autoVerifyEmails": True, "autoVerifyPhones": True}}).resources["Users"]
    assert pool.allow_public_sign_ups is False
    assert pool.auto_verify_emails is True
    assert pool.auto_verify_phones is True


def test_function_defaults():
    f = _stack({"CheckInvite": {"type": "Function"}}).resources["CheckInvite"]
    assert f.code_uri == "src/CheckInvite"
    assert f.handler == "index.handler"
    assert f.runtime == "nodejs24.x"
    assert f.timeout == 3
    assert f.memory_size == 128
    assert f.environment == ()
    assert dict(f.sources) == {}  # every value is a default


def test_edge_function_defaults():
    f = _stack({"Viewer": {"type": "EdgeFunction"}}).resources["Viewer"]
    assert f.code_uri == "src/Viewer"
    assert f.handler == "index.handler"
    # Lambda@Edge takes new Node.js versions later than Lambda: its default lags behind
    assert f.runtime == "nodejs22.x"
    assert f.timeout == 5
    assert f.memory_size == 128


def test_function_fields_win_and_are_traced_to_the_spec():
    f = _stack({"Admin": {"type": "Function", "codeUri": "src/admin", "handler": "app.handler",
                          "runtime": "python3.13", "memorySize": 512, "timeout": 10}}).resources["Admin"]
    assert (f.code_uri, f.handler, f.runtime, f.memory_size, f.timeout) == \
        ("src/admin", "app.handler", "python3.13", 512, 10)
    assert f.sources["timeout"] == ("resources", "Admin", "timeout")
    assert f.sources["code_uri"] == ("resources", "Admin", "codeUri")


def test_defaults_function_applies_to_every_function():
    stack = _stack(
        {"A": {"type": "Function"}, "B": {"type": "Function", "timeout": 20}, "V": {"type": "EdgeFunction"}},
        defaults={"function": {"runtime": "python3.13", "memorySize": 256, "timeout": 10}},
    )
    a, b, v = (stack.resources[n] for n in "ABV")
    assert (a.runtime, a.memory_size, a.timeout) == ("python3.13", 256, 10)
    # a function's own field beats the default
    assert (b.runtime, b.memory_size, b.timeout) == ("python3.13", 256, 20)
    # an edge function takes the defaults too (the resolver checks they fit: R004)
    assert (v.runtime, v.memory_size, v.timeout) == ("python3.13", 256, 10)
    assert a.sources["timeout"] == ("defaults", "function", "timeout")
    assert b.sources["timeout"] == ("resources", "B", "timeout")
    # codeUri and handler have no stack-wide default
    assert a.code_uri == "src/A" and a.handler == "index.handler"


def test_partial_defaults_leave_the_others_alone():
    f = _stack({"A": {"type": "Function"}}, defaults={"function": {"memorySize": 1024}}).resources["A"]
    assert (f.runtime, f.memory_size, f.timeout) == ("nodejs24.x", 1024, 3)
    assert "runtime" not in f.sources


def test_empty_defaults_block():
    f = _stack({"A": {"type": "Function"}}, defaults={}).resources["A"]
    assert f.timeout == 3


def test_environment_keeps_spec_order():
    f = _stack({"A": {"type": "Function", "environment": {"Z": "1", "A": "2", "M": "3"}}}).resources["A"]
    assert f.environment == (("Z", "1"), ("A", "2"), ("M", "3"))


def test_properties_are_carried_untouched():
    props = {"Tags": {"team": "x"}, "ReservedConcurrentExecutions": 2}
    f = _stack({"A": {"type": "Function", "properties": props}}).resources["A"]
    assert dict(f.properties) == props


# --- wires ------------------------------------------------------------------------------------

def test_wires_with_defaults_and_indexes():
    stack = _stack(
        {"Users": {"type": "UserPool"}, "F": {"type": "Function"}},
        [{"from": "Users", "to": "F", "event": "PreSignUp"}, {"from": "F", "to": "Users", "style": "dashed"}],
    )
    first, second = stack.wires
    assert first == Wire("Users", "F", "solid", "PreSignUp", 0)
    assert second == Wire("F", "Users", "dashed", None, 1)
    assert second.pointer == ("wires", 1)
    assert "Users -> F" in str(first) and "PreSignUp" in str(first)
    assert "dashed" in str(second)


def test_empty_wires_list():
    assert _stack({"Users": {"type": "UserPool"}}, []).wires == ()


def test_events_are_the_ten_of_the_seed_then_the_senders_and_federation():
    # the order is LambdaConfig's: new events only ever go at the end
    assert model.EVENTS == (
        "PreSignUp", "PostConfirmation", "UserMigration", "PreAuthentication", "PostAuthentication",
        "PreTokenGeneration", "CustomMessage", "DefineAuthChallenge", "CreateAuthChallenge",
        "VerifyAuthChallengeResponse", "CustomEmailSender", "CustomSMSSender", "InboundFederation",
    )
    assert set(model.SENDERS) <= set(model.EVENTS)


# --- frozen -----------------------------------------------------------------------------------

@pytest.fixture
def stack():
    return _stack(
        {"Users": {"type": "UserPool", "properties": {"MfaConfiguration": "OFF"}},
         "A": {"type": "Function", "environment": {"X": "1"}}},
        [{"from": "A", "to": "Users", "style": "dashed"}],
    )


def test_objects_are_frozen(stack):
    with pytest.raises(FrozenInstanceError):
        stack.resources["A"].timeout = 9
    with pytest.raises(FrozenInstanceError):
        stack.resources["Users"].allow_public_sign_ups = False
    with pytest.raises(FrozenInstanceError):
        stack.wires[0].style = "solid"
    with pytest.raises(FrozenInstanceError):
        stack.wires = ()


def test_collections_are_read_only(stack):
    with pytest.raises(TypeError):
        stack.resources["B"] = stack.resources["A"]
    with pytest.raises(TypeError):
        stack.resources["Users"].properties["MfaConfiguration"] = "ON"
    with pytest.raises(TypeError):
        stack.resources["A"].sources["timeout"] = ()
    assert isinstance(stack.wires, tuple)
    assert isinstance(stack.resources["A"].environment, tuple)


def test_build_does_not_change_its_input():
    data = {"resources": {"A": {"type": "Function", "properties": {"Tags": {"a": "b"}}}},
            "defaults": {"function": {"timeout": 7}}}
    before = repr(data)
    build(data)
    assert repr(data) == before


def test_model_objects_are_hashable_and_comparable():
    a = _stack({"A": {"type": "Function"}}, [{"from": "A", "to": "B", "style": "dashed"}])
    b = _stack({"A": {"type": "Function"}}, [{"from": "A", "to": "B", "style": "dashed"}])
    assert a.wires == b.wires
    assert hash(a.wires[0]) == hash(b.wires[0])


def test_user_pool_signs_in_with_a_user_name_and_two_aliases_by_default():
    pool = _stack({"Users": {"type": "UserPool"}}).resources["Users"]
    assert pool.sign_in_with == ("username", "email", "preferred_username")


def test_user_pool_sign_in_keeps_the_spec_order():
    pool = _stack({"Users": {"type": "UserPool", "signInWith": ["phone", "email"]}}).resources["Users"]
    assert pool.sign_in_with == ("phone", "email")


def test_user_pool_tier():
    assert _stack({"Users": {"type": "UserPool"}}).resources["Users"].tier is None
    assert _stack({"Users": {"type": "UserPool", "tier": "lite"}}).resources["Users"].tier == "lite"


def test_a_wire_keeps_its_version():
    stack = _stack({"Users": {"type": "UserPool"}, "F": {"type": "Function"}},
                   [{"from": "Users", "to": "F", "event": "PreTokenGeneration", "version": 2},
                    {"from": "Users", "to": "F", "event": "PreSignUp"}])
    assert [w.version for w in stack.wires] == [2, None]
