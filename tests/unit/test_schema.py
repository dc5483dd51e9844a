"""Unit tests of stackgen.schema: the packaged JSON Schema and how its violations are worded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stackgen import schema as schema_module
from stackgen.diagnostics import did_you_mean, suggest
from stackgen.schema import schema, validate

ROOT = Path(__file__).resolve().parent.parent.parent


def _spec(resources_=None, wires=None, **top):
    data = {"resources": resources_ or {"Users": {"type": "UserPool"}}, **top}
    if wires is not None:
        data["wires"] = wires
    return data


#: the schema codes by kind of violation (one table, so a renumbering is one edit here)
CODES = {
    "unknown": "S001",   # an unknown field
    "required": "S002",  # a required field is missing
    "type": "S003",      # a value of the wrong type
    "enum": "S004",      # a value that is not one of those allowed
    "range": "S005",     # a number or text out of its range
    "name": "S006",      # an invalid Logical ID or environment variable name
}


def test_schema_codes_are_in_the_catalogue():
    from stackgen.diagnostics import CATALOGUE

    for code in CODES.values():
        assert code in CATALOGUE


def _only(diagnostics, kind):
    assert len(diagnostics) == 1, [(d.code, d.message) for d in diagnostics]
    d = diagnostics[0]
    assert d.code == CODES[kind], (d.code, d.message)
    assert d.severity == "error"
    return d


VALID = {
    "version": 1,
    "description": "Photo sharing sign-up",
    "defaults": {"function": {"runtime": "python3.13", "memorySize": 256, "timeout": 10}},
    "resources": {
        "Users": {"type": "UserPool", "allowPublicSignUps": True, "autoVerifyEmails": True,
                  "properties": {"MfaConfiguration": "OFF"}},
        "WebClient": {"type": "UserPoolClient", "properties": {"GenerateSecret": False}},
        "CheckInvite": {"type": "Function", "runtime": "python3.13"},
        "Admin": {"type": "Function", "codeUri": "src/admin", "handler": "app.handler",
                  "memorySize": 512, "timeout": 10, "environment": {"LOG_LEVEL": "info"}},
        "Viewer": {"type": "EdgeFunction", "timeout": 5},
    },
    "wires": [
        {"from": "Users", "to": "CheckInvite", "event": "PreSignUp"},
        {"from": "WebClient", "to": "Users"},
        {"from": "Admin", "to": "Users", "style": "dashed"},
        {"from": "Admin", "to": "WebClient", "style": "dashed"},
        {"from": "Viewer", "to": "Users", "style": "dashed"},
    ],
}


def test_the_contract_example_is_valid():
    assert validate(VALID) == []


# --- did you mean -----------------------------------------------------------------------------

def test_misspelled_field_suggests_the_right_one():
    d = _only(validate(_spec({"Admin": {"type": "Function", "memorysize": 256}})), "unknown")
    assert d.pointer == ("resources", "Admin", "memorysize")
    assert d.at_key  # points at the key, not its value
    assert "`memorysize`" in d.message
    assert "did you mean `memorySize`" in d.message


def test_misspelled_event_suggests_the_right_one():
    spec = _spec({"Users": {"type": "UserPool"}, "F": {"type": "Function"}},
                 [{"from": "Users", "to": "F", "event": "PreSignup"}])
    d = _only(validate(spec), "enum")
    assert d.pointer == ("wires", 0, "event")
    assert "did you mean `PreSignUp`" in d.message
    assert "wire 1" in d.message  # wires are counted from 1 for a person


def test_misspelled_top_level_field_suggests_the_right_one():
    d = _only(validate(_spec(wire=[])), "unknown")
    assert d.pointer == ("wire",)
    assert "did you mean `wires`" in d.message


def test_unknown_field_with_no_close_match_lists_the_allowed_ones():
    d = _only(validate(_spec({"Users": {"type": "UserPool", "zzzzzz": 1}})), "unknown")
    assert "did you mean" not in d.message
    for allowed in ("allowPublicSignUps", "autoVerifyEmails", "properties"):
        assert allowed in d.message


def test_suggest_is_case_insensitive_and_none_when_nothing_is_close():
    assert suggest("presignup", ["PreSignUp", "PostConfirmation"]) == "PreSignUp"
    assert suggest("xyzzy", ["PreSignUp", "PostConfirmation"]) is None
    assert did_you_mean("PreSignUp", ["PreSignUp"]) == ""
    assert "PreSignUp" in did_you_mean("PreSignup", ["PreSignUp"])


def _difflib_suggestion(word, choices):
    """What ``suggest`` answered before it had a budget: difflib over every name."""
    import difflib

    by_lower = {c.lower(): c for c in choices}
    if word.lower() in by_lower:
        return by_lower[word.lower()]
    match = difflib.get_close_matches(word.lower(), list(by_lower), n=1, cutoff=0.6)
    return by_lower[match[0]] if match else None


def test_suggest_answers_as_difflib_over_every_name_does():
    import random

    rng = random.Random(7)
    letters = "abcAB"
    for _ in range(3000):
        choices = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(rng.randint(0, 8))]
        word = "".join(rng.choice(letters) for _ in range(rng.randint(0, 12)))
        assert suggest(word, choices) == _difflib_suggestion(word, choices), (word, choices)


def test_suggestions_of_one_run_share_one_budget():
    from stackgen.diagnostics import SUGGESTION_WORK, suggestion_budget

    names = [f"CheckInviteFunction{i:04d}" for i in range(200)]
    with suggestion_budget():
        answers = [suggest(f"ChekInviteFunction{i:04d}", names) for i in range(200)]
    # the first ones are answered; once the budget is spent the rest get none, quickly
    assert answers[0] == "CheckInviteFunction0000"
    assert answers[-1] is None
    given = sum(a is not None for a in answers)
    assert 1 < given < 200
    assert answers == [names[i] for i in range(given)] + [None] * (200 - given)
    # each name costs at most 21 x 23 units after the 200 of the first look
    assert given <= SUGGESTION_WORK // (200 * (21 * 23 + 44)) + 1
    # the budget is the run's: the next run has it all again, and so has a call outside any run
    with suggestion_budget():
        assert suggest("ChekInviteFunction0199", names) == "CheckInviteFunction0199"
    assert suggest("ChekInviteFunction0199", names) == "CheckInviteFunction0199"


def test_a_name_whose_length_rules_it_out_costs_almost_nothing():
    from stackgen.diagnostics import suggestion_budget

    with suggestion_budget(work=100_000):
        # a 50,000-character word against short names: difflib's length test rules them all out
        for _ in range(100):
            assert suggest("x" * 50_000, ["memorySize", "timeout", "runtime"]) is None
        assert suggest("memorysize", ["memorySize", "timeout", "runtime"]) == "memorySize"


def test_wires_to_many_near_miss_names_are_answered_quickly():
    """1,200 wire ends missing a letter of 700 names: without a budget, a minute of difflib."""
    import time

    from stackgen.model import build
    from stackgen.resolve import resolve
    from stackgen.diagnostics import suggestion_budget

    names = [f"CheckInviteFunction{i:04d}" for i in range(700)]
    spec = _spec({"Users": {"type": "UserPool"}, **{n: {"type": "Function"} for n in names}},
                 [{"from": n[:3] + n[4:], "to": n[:2] + n[3:]} for n in names[:600]])
    started = time.perf_counter()
    with suggestion_budget():
        _, found = resolve(build(spec))
    assert time.perf_counter() - started < 5
    assert len(found) == 1200 and {d.code for d in found} == {"W001"}
    assert "did you mean `CheckInviteFunction0000`" in found[0].message
    assert "did you mean" not in found[-1].message


# --- resource types ---------------------------------------------------------------------------

def test_unknown_resource_type_lists_the_types():
    d = _only(validate(_spec({"Bucket": {"type": "S3Bucket"}})), "enum")
    assert d.pointer == ("resources", "Bucket", "type")
    for kind in ("UserPool", "UserPoolClient", "Function", "EdgeFunction"):
        assert f"`{kind}`" in d.message


def test_misspelled_resource_type_suggests_the_right_one():
    d = _only(validate(_spec({"Users": {"type": "Userpool"}})), "enum")
    assert "did you mean `UserPool`" in d.message


def test_missing_type_is_reported():
    d = _only(validate(_spec({"Users": {"allowPublicSignUps": True}})), "required")
    assert d.pointer == ("resources", "Users")
    assert "`type`" in d.message


def test_fields_of_one_type_are_unknown_on_another():
    d = _only(validate(_spec({"Users": {"type": "UserPool", "runtime": "python3.13"}})), "unknown")
    assert d.pointer == ("resources", "Users", "runtime")


def test_edge_function_has_no_environment_and_a_30_second_limit():
    found = validate(_spec({"V": {"type": "EdgeFunction", "environment": {"A": "b"}, "timeout": 31}}))
    assert sorted(d.pointer for d in found) == [("resources", "V", "environment"), ("resources", "V", "timeout")]


# --- Logical IDs ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["my-pool", "my_pool", "Users!", "Us ers"])
def test_bad_logical_id_points_at_the_key_and_says_why(name):
    d = _only(validate(_spec({name: {"type": "UserPool"}})), "name")
    assert d.pointer == ("resources", name)
    assert d.at_key
    assert name in d.message
    assert "Logical ID" in d.message


def test_too_long_logical_id_is_reported_at_the_key():
    name = "A" * 256
    d = _only(validate(_spec({name: {"type": "UserPool"}})), "name")
    assert d.pointer == ("resources", name)
    assert "255" in d.message


def test_bad_environment_variable_name_points_at_the_key():
    d = _only(validate(_spec({"F": {"type": "Function", "environment": {"1X": "a"}}})), "name")
    assert d.pointer == ("resources", "F", "environment", "1X")
    assert d.at_key
    assert "environment variable" in d.message


@pytest.mark.parametrize("spec, kind, pointer", [
    (_spec({"Users\n": {"type": "UserPool"}}), "name", ("resources", "Users\n")),
    (_spec({"F": {"type": "Function", "environment": {"LOG_LEVEL\n": "info"}}}), "name",
     ("resources", "F", "environment", "LOG_LEVEL\n")),
    (_spec({"F": {"type": "Function", "runtime": "nodejs24.x\n"}}), "enum", ("resources", "F", "runtime")),
    (_spec({"F": {"type": "EdgeFunction", "runtime": "python3.13\n"}}), "enum", ("resources", "F", "runtime")),
    (_spec(defaults={"function": {"runtime": "nodejs24.x\n"}}), "enum", ("defaults", "function", "runtime")),
])
def test_a_trailing_line_break_is_no_part_of_a_name_or_runtime(spec, kind, pointer):
    """Python's ``$`` matches before a final line break; every pattern must match the whole value."""
    from stackgen import schema as stage

    assert _only(validate(spec), kind).pointer == pointer
    # the compiled fast validator says the same
    assert not stage._quick_check(spec)


def test_a_quoted_key_ending_in_an_escaped_line_break_is_S006_at_the_key():
    from stackgen.load import Loaded, parse

    loaded = parse('resources:\n  "Users\\n": {type: UserPool}\n', Loaded("spec.yaml"))
    assert loaded.diagnostics == []
    d = _only(validate(loaded.data), "name")
    assert d.pointer == ("resources", "Users\n") and d.at_key
    assert loaded.keys[d.pointer] == (2, 3)


def test_every_pattern_matches_the_whole_value_in_python_and_ecma_262_alike():
    """``$`` then ``(?!\\n)``: the end of the value in both, not before a final line break."""
    import re

    patterns = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                patterns.append(node["pattern"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema())
    assert len(patterns) == 22  # the runtime, Logical ID and type name patterns are written once, in $defs (a name beside a list of names in `dependsOn`, and `condition`, repeat the Logical ID's); an existing pool's ID has its own
    for pattern in patterns:
        assert pattern.startswith("^") and pattern.endswith("$(?!\\n)"), pattern
        assert not re.search(pattern, "x" * 300 + "\n")


@pytest.mark.parametrize("name", ["AWS_REGION", "AWS_DEFAULT_REGION", "AWS_LAMBDA_FUNCTION_NAME", "_HANDLER",
                                  "_X_AMZN_TRACE_ID", "LAMBDA_TASK_ROOT", "AWS_SESSION_TOKEN"])
def test_a_variable_name_lambda_reserves_is_S006_at_the_key_saying_so(name):
    from stackgen import schema as stage

    spec = _spec({"F": {"type": "Function", "environment": {name: "x", "LOG_LEVEL": "info"}}})
    d = _only(validate(spec), "name")  # one error, though `_HANDLER` breaks the pattern too
    assert d.pointer == ("resources", "F", "environment", name) and d.at_key
    assert "reserved by Lambda" in d.message and "choose another name" in d.message
    assert not stage._quick_check(spec)


@pytest.mark.parametrize("name", ["AWS_LAMBDA_EXEC_WRAPPER", "aws_region", "AWS_REGION_2", "TZ", "HANDLER"])
def test_names_near_the_reserved_ones_are_free(name):
    from stackgen import schema as stage

    spec = _spec({"F": {"type": "Function", "environment": {name: "x"}}})
    assert validate(spec) == []
    assert stage._quick_check(spec)


# --- values -----------------------------------------------------------------------------------

@pytest.mark.parametrize("version", [2, 0, "1", None])
def test_only_version_1_exists(version):
    d = _only(validate(_spec(version=version)), "enum")
    assert d.pointer == ("version",)
    assert "1" in d.message


def test_boolean_given_as_yes_explains_yaml_1_2():
    d = _only(validate(_spec({"Users": {"type": "UserPool", "allowPublicSignUps": "yes"}})), "type")
    assert d.pointer == ("resources", "Users", "allowPublicSignUps")
    assert "boolean" in d.message
    assert "YAML 1.2" in d.message
    assert "`yes`" in d.message
    assert "true or false" in d.message


def test_a_non_boolean_string_gets_no_yaml_hint():
    d = _only(validate(_spec({"Users": {"type": "UserPool", "allowPublicSignUps": "sure"}})), "type")
    assert "YAML 1.2" not in d.message


@pytest.mark.parametrize(
    "field, value, word",
    [("memorySize", 64, "at least 128"), ("memorySize", 10241, "at most 10240"),
     ("timeout", 0, "at least 1"), ("timeout", 901, "at most 900")],
)
def test_function_ranges(field, value, word):
    d = _only(validate(_spec({"F": {"type": "Function", field: value}})), "range")
    assert d.pointer == ("resources", "F", field)
    assert word in d.message


def test_bad_runtime_is_reported():
    d = _only(validate(_spec({"F": {"type": "Function", "runtime": "node"}})), "enum")
    assert d.pointer == ("resources", "F", "runtime")
    assert "runtime" in d.message


def test_empty_resources_and_missing_resources():
    assert _only(validate({"resources": {}}), "required").pointer == ("resources",)
    d = _only(validate({}), "required")
    assert "`resources`" in d.message


def test_wire_needs_from_and_to_and_a_known_style():
    found = validate(_spec(wires=[{"from": "Users", "to": "Users", "style": "dotted"}, {"from": "Users"}]))
    pointers = sorted(d.pointer for d in found)
    assert pointers == [("wires", 0, "style"), ("wires", 1)]
    assert any("`to`" in d.message for d in found)


def test_every_problem_is_reported_in_one_run():
    found = validate(_spec({
        "A": {"type": "Function", "memorysize": 1},
        "B": {"type": "UserPool", "allowPublicSignUps": "no"},
        "C": {"type": "Nope"},
    }, version=2))
    assert {d.pointer[:2] for d in found} == {("resources", "A"), ("resources", "B"), ("resources", "C"), ("version",)}


def test_validate_does_not_change_its_input():
    data = json.loads(json.dumps(VALID))
    validate(data)
    assert data == VALID


# --- the schema itself ------------------------------------------------------------------------

def test_the_package_carries_the_repositorys_schema():
    """stackgen.spec_schema is current with schemas/spec.schema.json (else: tools/generate_validator.py)."""
    from stackgen import spec_schema

    assert spec_schema.SCHEMA_JSON == (ROOT / "schemas" / "spec.schema.json").read_text(encoding="utf-8"), \
        "run `python tools/generate_validator.py` and commit stackgen/spec_schema.py"
    assert schema() == json.loads(spec_schema.SCHEMA_JSON)


def test_the_shipped_validator_is_what_fastjsonschema_makes_of_the_schema():
    """The compiled code matches the schema (regenerated with the installed fastjsonschema)."""
    import fastjsonschema

    from stackgen import spec_schema

    made = _generator().generate(spec_schema.SCHEMA_JSON)
    shipped = (ROOT / "stackgen" / "spec_schema.py").read_text(encoding="utf-8")
    if f"fastjsonschema {fastjsonschema.VERSION}." not in shipped:
        pytest.skip(f"stackgen/spec_schema.py was generated by another fastjsonschema than {fastjsonschema.VERSION}")
    assert shipped == made, "run `python tools/generate_validator.py` and commit stackgen/spec_schema.py"


def _generator():
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate_validator", ROOT / "tools" / "generate_validator.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_schema_is_draft_2020_12_with_an_id():
    from jsonschema import Draft202012Validator

    s = schema()
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert s.get("$id")
    Draft202012Validator.check_schema(s)


def _property_schemas(node, path=()):
    """Every (path, schema) that describes a named property, anywhere in the schema.

    Walks the schema keywords that hold subschemas; an ``if`` is a condition, not a place
    where a property is described, so it is skipped.
    """
    if not isinstance(node, dict):
        return
    for name, sub in (node.get("properties") or {}).items():
        yield path + ("properties", name), sub
        yield from _property_schemas(sub, path + ("properties", name))
    for name, sub in (node.get("$defs") or {}).items():
        yield from _property_schemas(sub, path + ("$defs", name))
    for key in ("items", "additionalProperties", "then", "else", "propertyNames"):
        if isinstance(node.get(key), dict):
            yield from _property_schemas(node[key], path + (key,))
    for key in ("allOf", "anyOf", "oneOf"):
        for i, sub in enumerate(node.get(key) or []):
            yield from _property_schemas(sub, path + (key, i))


def test_every_property_has_a_title_and_a_description():
    found = list(_property_schemas(schema()))
    assert len(found) > 20
    missing = ["/".join(map(str, path)) for path, sub in found
               if "$ref" not in sub and not (sub.get("title") and sub.get("description"))]
    assert missing == []


def test_every_definition_has_a_title_and_a_description():
    s = schema()
    assert s.get("title") and s.get("description")
    for name, definition in s["$defs"].items():
        assert definition.get("title") and definition.get("description"), name


def test_schema_events_are_the_ten_events_of_the_model():
    from stackgen.model import EVENTS

    assert tuple(schema()["$defs"]["wire"]["properties"]["event"]["enum"]) == EVENTS


def test_the_quick_check_confirms_every_valid_golden_spec_and_sample():
    """Valid specs take the fast path (no jsonschema import), and only they do."""
    from pathlib import Path

    from stackgen import schema as stage
    from stackgen.load import load

    root = Path(__file__).resolve().parent.parent.parent
    specs = sorted(root.glob("tests/cases/*/spec.yaml")) + sorted(root.glob("samples/*/spec.yaml"))
    confirmed = 0
    for path in specs:
        data = load(str(path)).data
        if data is None:
            continue
        full = not list(stage._validator().iter_errors(data))
        quick = stage._quick_check(data)
        assert quick == full, path
        confirmed += quick
    assert confirmed >= 30


def test_the_quick_check_runs_only_the_shipped_code(tmp_path, monkeypatch):
    """Nothing is compiled, read from or written to a cache folder: a valid spec is confirmed
    by the module in the package, whatever a writable cache folder holds."""
    from stackgen import schema as stage

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    planted = tmp_path / "stackgen"
    planted.mkdir()
    (planted / "spec-validator-planted.marshal").write_bytes(b"anything")
    assert stage._quick_check({"resources": {"Users": {"type": "UserPool"}}})
    assert not stage._quick_check({"resources": {"Users": {"type": "UserPol"}}})
    assert [p.name for p in planted.iterdir()] == ["spec-validator-planted.marshal"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stackgen"]


def test_the_quick_check_needs_nothing_but_the_package():
    """The shipped validator runs without fastjsonschema (a development tool only)."""
    import subprocess
    import sys

    code = ("import sys; from stackgen import schema; "
            "assert schema._quick_check({'resources': {'U': {'type': 'UserPool'}}}); "
            "print(sorted(m for m in ('fastjsonschema', 'jsonschema') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_sign_in_with_takes_the_four_names_once_each():
    assert validate(_spec({"Users": {"type": "UserPool", "signInWith": ["email", "phone"]}})) == []
    d = _only(validate(_spec({"Users": {"type": "UserPool", "signInWith": ["email", "mail"]}})), "enum")
    assert d.pointer == ("resources", "Users", "signInWith", 1)
    assert "did you mean `email`" in d.message
    d = _only(validate(_spec({"Users": {"type": "UserPool", "signInWith": []}})), "range")
    assert d.message == "`signInWith` of resource `Users` must not be empty"
    d = _only(validate(_spec({"Users": {"type": "UserPool", "signInWith": ["email", "email"]}})), "enum")
    assert d.message == ('`signInWith` of resource `Users` lists the string "email" more than once; '
                         "list each once")


def test_tier_is_one_of_the_three_plans():
    for tier in ("lite", "essentials", "plus"):
        assert validate(_spec({"Users": {"type": "UserPool", "tier": tier}})) == []
    d = _only(validate(_spec({"Users": {"type": "UserPool", "tier": "LITE"}})), "enum")
    assert d.pointer == ("resources", "Users", "tier")


def test_a_wire_version_is_1_2_or_3():
    resources = {"Users": {"type": "UserPool"}, "F": {"type": "Function"}}
    for version in (1, 2, 3):
        wire = {"from": "Users", "to": "F", "event": "PreTokenGeneration", "version": version}
        assert validate({"resources": resources, "wires": [wire]}) == []
    for version in (0, 4, "2", "V2_0", True):
        wire = {"from": "Users", "to": "F", "event": "PreTokenGeneration", "version": version}
        [d] = validate({"resources": resources, "wires": [wire]})
        assert d.pointer == ("wires", 0, "version"), version


def test_sender_key_is_a_kms_key_arn_or_a_function():
    from stackgen.intrinsics import Intrinsic

    for key in ("arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                "arn:aws-cn:kms:cn-north-1:111122223333:key/mrk-1234abcd", Intrinsic("ImportValue", "key"),
                Intrinsic("GetAtt", "Key.Arn")):
        assert validate(_spec({"Users": {"type": "UserPool", "senderKey": key}})) == [], key
    for key, code in ((12, "S003"), (["arn"], "S003"), (None, "S003"), ("alias/mine", "S004"),
                      ("arn:aws:kms:eu-west-1:111122223333:alias/mine", "S004"), ("", "S004")):
        [d] = validate(_spec({"Users": {"type": "UserPool", "senderKey": key}}))
        assert (d.code, d.pointer) == (code, ("resources", "Users", "senderKey")), key
