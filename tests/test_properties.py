"""Property-based tests: whatever the spec, stackgen ends cleanly.

Two sources of specs: (a) specs generated from the spec's own vocabulary (the four resource
types with valid and invalid field values, wires between known and unknown names with every
style and the ten pool events), and (b) the sample specs with random characters deleted or
inserted and lines swapped. For each, :func:`stackgen.build.build` must return, never raise;
every diagnostic must be located and catalogued; and a spec without error must give a
template that reads back as YAML (CloudFormation tags and all) with a Resources mapping. A
few run through the command line too, which must exit 0 or 1.
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from stackgen.build import Result, build
from stackgen.cli import main
from stackgen.diagnostics import CATALOGUE

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*/spec.yaml"))
SAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in SAMPLES]

EVENTS = [
    "PreSignUp", "PostConfirmation", "UserMigration", "PreAuthentication", "PostAuthentication",
    "PreTokenGeneration", "CustomMessage", "DefineAuthChallenge", "CreateAuthChallenge",
    "VerifyAuthChallengeResponse", "CustomEmailSender", "CustomSMSSender", "InboundFederation",
]
TYPES = ["UserPool", "UserPoolClient", "Function", "EdgeFunction", "UserPoolDomain", "UserPoolGroup",
         "IdentityProvider", "ResourceServer", "AWS::SNS::Topic", "Custom::Seed"]
#: the types carried as is (no wire)
CARRIED = ("AWS::SNS::Topic", "Custom::Seed")
#: the levels of a dashed wire's `access`
ACCESS = ["read", "manage-users", "manage-groups", "sign-in"]
#: the kinds that belong to one pool (a solid wire to it), but for the domain (one per pool)
MEMBERS = ("UserPoolClient", "UserPoolGroup", "IdentityProvider", "ResourceServer")
#: names the resources and the wires draw from, so that wires mostly find their ends
NAMES = ["Users", "Staff", "WebClient", "AppClient", "Trigger", "Worker", "ViewerAuth", "A1"]
BAD_NAMES = ["", "bad-name", "Users ", "Ünïcode", "x" * 300, "1", "Users.Arn"]

#: examples per property; STACKGEN_EXAMPLES=5000 for a long hunt
EXAMPLES = int(os.environ.get("STACKGEN_EXAMPLES", "150"))
FAST = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
CLI = settings(FAST, max_examples=max(EXAMPLES // 10, 10))


# --- writing generated data as YAML text ----------------------------------------------------

@dataclass(frozen=True)
class Tagged:
    """A CloudFormation short form (``!Ref x``) in generated data."""

    fn: str
    value: Any


def to_yaml(value: Any) -> str:
    """Flow-style YAML for generated data (JSON plus short-form tags)."""
    if isinstance(value, Tagged):
        return f"!{value.fn} {to_yaml(value.value)}"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{to_yaml(k)}: {to_yaml(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(to_yaml(v) for v in value) + "]"
    if isinstance(value, float) and not math.isfinite(value):
        return ".nan" if math.isnan(value) else (".inf" if value > 0 else "-.inf")
    if isinstance(value, str):
        return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False))
    return json.dumps(value)


#: what YAML does not allow raw in its text, or reads as a line break: escaped in a string
_UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def to_block_yaml(spec: dict) -> str:
    """The top level in block style, as people write it, the rest in flow style."""
    return "".join(f"{to_yaml(key)}: {to_yaml(value)}\n" for key, value in spec.items())


# --- strategies -------------------------------------------------------------------------------
#
# A spec is drawn either sound (every value valid and every wire one the rules allow, so that
# the emitters and the dumper run) or loose (each value now and then invalid, wires between any
# names with any style and event). Half of each, so that both paths are walked.

def either(valid: st.SearchStrategy, invalid: st.SearchStrategy, sound: bool) -> st.SearchStrategy:
    """``valid`` in a sound spec; in a loose one mostly ``valid``, now and then ``invalid``."""
    if sound:
        return valid
    return st.integers(0, 5).flatmap(lambda n: invalid if n == 0 else valid)


#: text, line breaks and control characters included; no lone surrogates (YAML cannot hold
#: them) and no unassigned code points
texts = st.text(st.characters(exclude_categories=("Cs", "Cn")), max_size=12)
scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True), texts)
intrinsics = st.one_of(
    st.builds(Tagged, st.just("Ref"), st.sampled_from(NAMES + ["AWS::Region", "Nowhere"])),
    st.builds(Tagged, st.just("GetAtt"), st.sampled_from(["Users.Arn", "Trigger.Arn", "Nowhere.Arn"])),
    st.builds(Tagged, st.just("Sub"), st.sampled_from(["${AWS::StackName}-x", "${Users}", "${Nope.Arn}"])),
    st.builds(Tagged, st.just("Join"), st.lists(texts, max_size=3).map(lambda parts: ["-", parts])),
)
json_values = st.recursive(
    scalars | intrinsics,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts.filter(bool), inner, max_size=3),
    max_leaves=8,
)
#: properties a sound spec may set: none a field or a wire owns
SAFE_PROPERTIES = {
    "UserPool": {"UserPoolName": st.builds(Tagged, st.just("Sub"), st.just("${AWS::StackName}-users")),
                 "MfaConfiguration": st.just("OFF")},
    "UserPoolClient": {"ExplicitAuthFlows": st.just(["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]),
                       "GenerateSecret": st.booleans()},
    "Function": {"Description": st.text(st.characters(codec="ascii", categories=["L", "N", "Zs"]), max_size=20),
                 "Tags": st.dictionaries(st.sampled_from(["team", "cost"]), st.sampled_from(["a", "b"]))},
}
SAFE_PROPERTIES["EdgeFunction"] = SAFE_PROPERTIES["Function"]
SAFE_PROPERTIES["UserPoolGroup"] = {"RoleArn": st.just("arn:aws:iam::123456789012:role/group")}
SAFE_PROPERTIES["AWS::SNS::Topic"] = {"DisplayName": st.just("alerts"), "TopicName": st.just("alerts")}
SAFE_PROPERTIES["Custom::Seed"] = {"ServiceToken": st.just("arn:aws:lambda:us-east-1:123456789012:function:seed"),
                                   "Items": st.lists(st.integers(0, 9), max_size=3)}
#: keys a loose properties mapping may set, owned ones among them (R002)
loose_keys = st.sampled_from([
    "Environment", "Description", "Tags", "Policies", "Layers", "UserPoolName", "ExplicitAuthFlows", "Handler",
    "Runtime", "Timeout", "Role", "Events", "LambdaConfig", "AutoVerifiedAttributes",
    "AliasAttributes", "UsernameAttributes",
    "UserPoolId", "AutoPublishAlias", "CodeUri", "MemorySize", "DeletionProtection",
]) | texts.filter(bool)


def properties(kind, sound: bool) -> st.SearchStrategy:
    if sound:
        return st.fixed_dictionaries({}, optional=SAFE_PROPERTIES[kind])
    return st.dictionaries(loose_keys, json_values, max_size=4)


def runtimes(sound: bool) -> st.SearchStrategy:
    return either(
        st.sampled_from(["nodejs24.x", "nodejs22.x", "nodejs20.x", "python3.13", "python3.12", "java21",
                         "provided.al2023", "ruby3.3", "dotnet8"]),
        st.sampled_from(["node", "python2.7", "", "NODEJS24.X"]) | scalars, sound)


def memory(sound: bool) -> st.SearchStrategy:
    return either(st.integers(128, 10240), st.sampled_from([0, 127, 10241, "128", 128.5, True]) | scalars, sound)


def timeouts(sound: bool, edge: bool = False) -> st.SearchStrategy:
    return either(st.integers(1, 5) if edge else st.integers(1, 900),
                  st.integers(6, 30) | st.sampled_from([0, -1, 901, "3", 2.5]), sound)


def environment(sound: bool) -> st.SearchStrategy:
    # APP_: the variables dashed wires add (USER_POOL_ID...) are not among them
    names = either(st.from_regex(r"APP_[A-Z0-9_]{1,6}", fullmatch=True),
                   st.sampled_from(["1ABC", "A-B", "", "a b", "USER_POOL_ID"]), sound)
    return st.dictionaries(names, either(texts, scalars, sound), max_size=3)


def booleans(sound: bool) -> st.SearchStrategy:
    return either(st.booleans(), st.sampled_from(["yes", "no", "on", 1, 0]) | scalars, sound)


@st.composite
def resource(draw, kind, sound: bool) -> dict:
    fields: dict[str, st.SearchStrategy] = {}
    if kind == "UserPool":
        fields = {name: booleans(sound) for name in ("allowPublicSignUps", "autoVerifyEmails", "autoVerifyPhones",
                                                      "deletionProtection")}
        fields["signInWith"] = either(
            st.sampled_from([["username"], ["username", "email"], ["username", "phone", "preferred_username"],
                             ["email"], ["phone"], ["email", "phone"]]),
            st.sampled_from([[], ["preferred_username"], ["username", "username"], ["e-mail"], "email"]), sound)
        fields["tier"] = either(st.sampled_from(["lite", "essentials", "plus"]),
                                st.sampled_from(["Lite", "PLUS", "", 1]), sound)
        fields["senderKey"] = either(
            st.just("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
            st.sampled_from(["alias/mine", "", 5]), sound)
    elif kind == "UserPoolDomain":
        fields = {
            "prefix": either(st.sampled_from(["photos", "my-app-2"]),
                             st.sampled_from(["My-App", "-x", "aws-app", "", 5]), sound),
            "managedLoginVersion": either(st.sampled_from([1, 2]), st.sampled_from([0, 3, "2"]), sound),
        }
        if not sound:
            fields["customDomain"] = st.fixed_dictionaries({}, optional={
                "name": st.sampled_from(["auth.example.com", "https://x", ""]),
                "certificateArn": st.sampled_from([
                    "arn:aws:acm:us-east-1:111122223333:certificate/a", "arn:aws:acm:eu-west-1:111122223333:certificate/a", 5])})
    elif kind == "IdentityProvider":
        fields = {"provider": st.just("google"), "clientId": either(st.just("id"), scalars, sound),
                  "clientSecret": either(st.just("{{resolve:secretsmanager:idp:SecretString:s}}"),
                                         st.sampled_from(["plain", "", 5]), sound),
                  "scopes": either(st.just(["openid", "email"]), st.sampled_from([[], "email"]), sound)}
    elif kind == "ResourceServer":
        fields = {"identifier": either(st.sampled_from(["https://api.example.com", "orders"]),
                                       st.sampled_from(["", "a b", 5]), sound),
                  "scopes": either(st.just({"read": "Read"}), st.sampled_from([{"a/b": "x"}, []]), sound)}
    elif kind == "UserPoolClient":
        fields = {"oauthFlows": either(st.sampled_from([["code"], ["client_credentials"]]),
                                       st.sampled_from([[], ["password"]]), sound),
                  "oauthScopes": either(st.sampled_from([["openid"], ["https://api.example.com/read"]]),
                                        st.sampled_from([[], ["a b"]]), sound),
                  "callbackUrls": either(st.just(["https://app.example.com/cb"]), st.just(["nope"]), sound),
                  "generateSecret": booleans(sound), "cognitoSignIn": booleans(sound)}
    elif kind in ("Function", "EdgeFunction"):
        edge = kind == "EdgeFunction"
        fields = {
            "codeUri": either(st.sampled_from(["src/x", "build/fn", "."]), st.sampled_from(["", 5]), sound),
            "handler": either(st.sampled_from(["index.handler", "app.handler"]),
                              st.sampled_from(["", "h" * 200, None]), sound),
            "runtime": runtimes(sound),
            "memorySize": memory(sound),
            "timeout": timeouts(sound, edge),
        }
        if not edge or not sound and draw(st.integers(0, 9)) == 0:
            fields["environment"] = environment(sound)
    elif kind == "UserPoolGroup":
        fields = {
            "groupName": either(texts.filter(lambda t: t and not any(c.isspace() for c in t)),
                                st.sampled_from(["", "two words", "x" * 129, 5]), sound),
            "precedence": either(st.integers(0, 2**31 - 1), st.sampled_from([-1, 2**31, "1", 1.5]), sound),
            "description": either(texts, st.sampled_from(["d" * 2049, 5, None]), sound),
        }
    elif kind in CARRIED:
        fields = {
            "deletionPolicy": either(st.sampled_from(["Delete", "Retain"]), st.sampled_from(["Snapshot", "delete", 5]),
                                     sound),
            "updateReplacePolicy": either(st.sampled_from(["Delete", "Retain"]), st.sampled_from(["Snapshot", ""]),
                                          sound),
            "metadata": either(st.dictionaries(st.sampled_from(["a", "b"]), texts, max_size=2), scalars, sound),
            # a name of the spec or not: a dependsOn on nothing is R042, on itself too
            "dependsOn": either(st.sampled_from(NAMES) | st.lists(st.sampled_from(NAMES), min_size=1, max_size=2,
                                                                  unique=True),
                                st.sampled_from(["", 5, [], "a-b", ["Users", 3], {"a": 1}]), sound),
        }
    if kind in SAFE_PROPERTIES and draw(st.integers(0, 3)) == 0:
        fields["properties"] = properties(kind, sound)
    result: dict = {"type": kind}
    if kind == "UserPool" and draw(st.integers(0, 4)) == 0:
        # a pool the stack does not create: its ID, and (sound) no setting of its own
        result["existing"] = draw(either(
            st.sampled_from(["us-east-1_AbC123", Tagged("ImportValue", "shared-pool-id")]),
            st.sampled_from(["pool", "", 5, Tagged("Ref", "Nowhere"), Tagged("GetAtt", "Users.Arn")]), sound))
        if sound:
            fields = {}
    if kind == "UserPoolDomain" and sound:
        result["prefix"] = draw(fields.pop("prefix"))   # a domain needs one: a prefix, when sound
    if kind == "IdentityProvider":
        for name in ("provider", "clientId", "clientSecret"):  # what a google provider needs
            result[name] = draw(fields.pop(name))
    if not sound and draw(st.integers(0, 19)) == 0:
        del result["type"]
    for name in draw(st.lists(st.sampled_from(sorted(fields)), unique=True)) if fields else []:
        result[name] = draw(fields[name])
    if not sound and draw(st.integers(0, 19)) == 0:
        result[draw(st.sampled_from(["Type", "runTime", "foo", "events"]))] = draw(scalars)
    return result


@st.composite
def loose_wire(draw, names: list[str]) -> dict:
    """Any two names, known or not, with any style and event."""
    name = either(st.sampled_from(names or NAMES), st.sampled_from(BAD_NAMES) | texts, False)
    result = {"from": draw(name), "to": draw(name)}
    style = draw(st.sampled_from([None, None, "solid", "dashed", "dotted"]))
    if style is not None:
        result["style"] = style
    event = draw(st.one_of(st.none(), st.sampled_from(EVENTS), st.sampled_from(["PreSignup", "OnSignUp", ""])))
    if event is not None:
        result["event"] = event
    if draw(st.integers(0, 29)) == 0:
        del result[draw(st.sampled_from(["from", "to"]))]
    if draw(st.integers(0, 29)) == 0:
        result["label"] = "x"
    if draw(st.integers(0, 14)) == 0:
        result["access"] = draw(st.lists(st.sampled_from(ACCESS + ["reed", ""]), max_size=3))
    return result


@st.composite
def sound_wires(draw, kinds: dict[str, str]) -> list[dict]:
    """Wires the rules allow: each client to one pool, pool events to functions, dashed discovery."""
    of = lambda *wanted: [n for n, k in kinds.items() if k in wanted]  # noqa: E731
    pools, clients, functions = of("UserPool"), of("UserPoolClient"), of("Function")
    groups = of("UserPoolGroup")
    wires = [{"from": member, "to": draw(st.sampled_from(pools))} for member in of(*MEMBERS)]
    # a domain each, to a pool of its own while there are pools left (a pool has one domain)
    wires += [{"from": domain, "to": pool} for domain, pool in zip(of("UserPoolDomain"), pools)]
    used = of("IdentityProvider", "ResourceServer")
    if clients and used:
        pairs = draw(st.lists(st.tuples(st.sampled_from(clients), st.sampled_from(used)), unique=True, max_size=3))
        wires += [{"from": a, "to": b} for a, b in pairs]
    for pool in pools:
        for event in draw(st.lists(st.sampled_from(EVENTS), unique=True, max_size=4)) if functions else []:
            wire = {"from": pool, "to": draw(st.sampled_from(functions)), "event": event}
            if event == "PreTokenGeneration" and draw(st.booleans()):
                wire["version"] = draw(st.sampled_from([1, 2, 3]))
            wires.append(wire)
    finders, found = of("Function", "EdgeFunction"), pools + clients
    if finders and found:
        pairs = draw(st.lists(st.tuples(st.sampled_from(finders), st.sampled_from(found)), unique=True, max_size=3))
        for a, b in pairs:
            wire = {"from": a, "to": b, "style": "dashed"}
            if kinds[b] == "UserPool" and draw(st.booleans()):
                wire["access"] = draw(st.lists(st.sampled_from(ACCESS), unique=True, min_size=1))
            wires.append(wire)
    if functions and groups:
        pairs = draw(st.lists(st.tuples(st.sampled_from(functions), st.sampled_from(groups)), unique=True, max_size=2))
        wires += [{"from": a, "to": b, "style": "dashed"} for a, b in pairs]
    return draw(st.permutations(wires))


@st.composite
def spec(draw) -> dict:
    sound = draw(st.booleans())
    result: dict = {}
    if draw(st.booleans()):
        result["version"] = draw(either(st.just(1), st.sampled_from([2, "1", 1.0, None]), sound))
    if draw(st.booleans()):
        result["description"] = draw(either(texts, st.just("d" * 1025) | scalars, sound))
    if draw(st.integers(0, 3)) == 0:
        result["defaults"] = {"function": draw(st.fixed_dictionaries(
            {}, optional={"runtime": runtimes(sound), "memorySize": memory(sound), "timeout": timeouts(sound, True)}))}
    names = draw(st.lists(either(st.sampled_from(NAMES), st.sampled_from(BAD_NAMES) | texts, sound),
                          unique=True, min_size=1 if sound else 0, max_size=6))
    kinds = {name: draw(st.sampled_from(TYPES)) for name in names}
    if sound and set(MEMBERS) & set(kinds.values()) and "UserPool" not in kinds.values():
        kinds[next(n for n in NAMES if n not in kinds)] = "UserPool"
    if sound:  # a domain wired to no pool, or to a pool with a domain, is an error: drop the extra
        extra = [n for n in kinds if kinds[n] == "UserPoolDomain"][list(kinds.values()).count("UserPool"):]
        for name in extra:
            del kinds[name]
    result["resources"] = {
        name: draw(resource(kind, sound)) if sound or draw(st.integers(0, 9))
        else {"type": draw(st.sampled_from(["Bucket", "userpool", 5, None]))}
        for name, kind in kinds.items()
    }
    if sound:
        result["wires"] = draw(sound_wires(kinds))
    elif draw(st.integers(0, 9)):
        result["wires"] = draw(st.lists(loose_wire(list(kinds)), max_size=8))
    if not sound and draw(st.integers(0, 29)) == 0:
        result["outputs"] = {}
    return result


def mutate(draw, text: str, inserted: st.SearchStrategy, operations: list[str], times: st.SearchStrategy) -> str:
    """``text`` with random deletions, insertions, line swaps and duplications, truncations."""
    for _ in range(draw(times)):
        operation = draw(st.sampled_from(operations))
        lines = text.splitlines(keepends=True)
        if operation == "delete" and text:
            at = draw(st.integers(0, len(text) - 1))
            text = text[:at] + text[at + draw(st.integers(1, 8)):]
        elif operation == "insert":
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(inserted) + text[at:]
        elif operation == "truncate" and text:
            text = text[:draw(st.integers(0, len(text) - 1))]
        elif operation == "swap" and len(lines) > 1:
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "".join(lines)
        elif operation == "duplicate" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines.insert(i, lines[i])
            text = "".join(lines)
    return text


@st.composite
def mutated_sample(draw) -> str:
    """A sample spec with a few random character deletions and insertions and line swaps."""
    inserted = st.sampled_from(list("[]{}:,-&*!|>'\"#%@`?~ \t\n") + ["\n  ", ": ", "- ", "---\n", "!Ref ", "*a",
                                                                 "&a ", "<<: "]) | st.characters()
    return mutate(draw, draw(st.sampled_from(SAMPLE_TEXTS)), inserted, ["delete", "insert", "swap", "duplicate"],
                  st.integers(1, 6))


# --- the properties -------------------------------------------------------------------------

def write(directory: str, text: str) -> str:
    path = os.path.join(directory, "spec.yaml")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    return path


def read_back(text: str) -> dict:
    """The template as cfn-lint reads it: YAML with CloudFormation's short-form tags."""
    from cfnlint.decode import decode_str

    template, matches = decode_str(text)
    assert not matches, [str(m) for m in matches]
    return template


def check_build(text: str) -> tuple[Result, dict | None]:
    """Build ``text`` as a spec file; check the result; return it and the template read back."""
    template = None
    with tempfile.TemporaryDirectory() as directory:
        path = write(directory, text)
        result = build(path)  # must return, whatever the spec: an exception fails the property
        for d in result.diagnostics:
            assert d.code in CATALOGUE, d
            assert d.file == path and d.line >= 1 and d.column >= 1, d
        if result.ok:
            assert result.text is not None
            template = read_back(result.text)
            assert isinstance(template.get("Resources"), dict) and template["Resources"], result.text
        else:
            assert result.text is None
    return result, template


def assert_faithful(data: dict, template: dict) -> None:
    """Text from the spec reaches the template unchanged (quotes, #, line breaks and all)."""
    if isinstance(data.get("description"), str) and data["description"]:  # an empty one is left out
        assert template["Description"] == data["description"]
    for name, resource in data["resources"].items():
        for variable, value in (resource.get("environment") or {}).items():
            assert template["Resources"][name]["Properties"]["Environment"]["Variables"][variable] == value


def outcome(result: Result) -> str:
    """For ``--hypothesis-show-statistics``: how often specs built, and what stopped the rest."""
    if result.ok:
        return "builds"
    return "fails with " + ", ".join(sorted({d.code for d in result.diagnostics if d.severity == "error"}))


@FAST
@given(spec(), st.booleans())
def test_generated_specs_build_or_fail_cleanly(data, block_style):
    result, template = check_build(to_block_yaml(data) if block_style else to_yaml(data) + "\n")
    event(outcome(result))
    if result.ok:
        assert_faithful(data, template)


@FAST
@given(mutated_sample())
def test_mutated_samples_build_or_fail_cleanly(text):
    event(outcome(check_build(text)[0]))


def test_the_samples_themselves_build():
    """The mutations start from specs that build: the success path is exercised."""
    assert len(SAMPLE_TEXTS) >= 4
    for text in SAMPLE_TEXTS:
        assert check_build(text)[0].ok


@CLI
@given(st.one_of(spec().map(to_block_yaml), mutated_sample()), st.sampled_from(["validate", "build"]))
def test_the_command_line_exits_0_or_1(text, command):
    with tempfile.TemporaryDirectory() as directory:
        path = write(directory, text)
        out = os.path.join(directory, "out.yaml")
        args = [command, path] + (["-o", out] if command == "build" else [])
        result = CliRunner().invoke(main, args, catch_exceptions=False)
        assert result.exit_code in (0, 1), result.output
        # (a line of its own each, but for a message quoting a name with a line break in it)
        assert result.stderr == "" or result.stderr.startswith(path + ":"), result.stderr
        if command == "build":
            assert os.path.exists(out) == (result.exit_code == 0)
            if result.exit_code == 0:
                with open(out, encoding="utf-8") as handle:
                    assert "Resources" in read_back(handle.read())


# --- problems the generated specs found, pinned -----------------------------------------------

@pytest.mark.parametrize("value", ["\x1f\n", "a\x00\nb", "x\n\x7f", "\t\n", "a\r\nb", "x\x85y\n"],
                         ids=["US", "NUL", "DEL", "leading tab", "CR LF", "NEL"])
def test_a_multiline_value_with_a_control_character_reads_back_unchanged(value):
    """A literal block (``|``) cannot hold a control character, a leading tab, CR or NEL: such a
    string is written double-quoted, so that the template reads back unchanged."""
    data = {"resources": {"Worker": {"type": "Function", "environment": {"APP_X": value}}}}
    result, template = check_build(to_block_yaml(data))
    assert result.ok
    assert_faithful(data, template)


@pytest.mark.parametrize("environment", [None, "x", {"Variables": ["A"]}, {"Variables": "A=1"}],
                         ids=["null", "string", "list of variables", "string of variables"])
def test_a_pool_with_an_odd_environment_property_is_not_a_traceback(environment):
    """``properties: {Environment: ...}`` on a pool (whose properties do not own it) is passed
    through; the environment limit reads functions' environments only."""
    data = {"resources": {"Users": {"type": "UserPool", "properties": {"Environment": environment}}}}
    check_build(to_block_yaml(data))


#: a function's properties that the SAM transform expands (or the limits read), and the words
#: their values are made of: shapes it can read and shapes it cannot, intrinsics anywhere
LIMIT_KEYS = ["Events", "FunctionUrlConfig", "DeploymentPreference", "EventInvokeConfig", "AutoPublishAlias",
              "Policies", "Architectures", "EphemeralStorage", "ProvisionedConcurrencyConfig", "Layers"]
SHAPE_WORDS = st.sampled_from([
    "Type", "Properties", "Path", "Method", "ApiId", "RestApiId", "SqsSubscription", "DeadLetterConfig", "Arn",
    "RoleArn", "AuthType", "Enabled", "Role", "DestinationConfig", "OnSuccess", "OnFailure", "Destination", "Size",
    "Statement", "Api", "HttpApi", "SNS", "SQS", "S3", "Schedule", "ScheduleV2", "Cognito", "$default", "ANY",
    "NONE", "AWS::NoValue", "false", "Users", "Users.Arn",
])
odd_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2, 2) | SHAPE_WORDS | texts,
    lambda inner: (st.lists(inner, max_size=3) | st.dictionaries(SHAPE_WORDS, inner, max_size=4)
                   # (a tag cannot tag a tagged node: ``!If [!Ref x]``, not ``!If !Ref x``)
                   | st.builds(Tagged, st.sampled_from(["If", "Ref", "Sub", "GetAtt", "Join", "Select"]),
                               inner.map(lambda v: [v] if isinstance(v, Tagged) else v))),
    max_leaves=12,
)
#: the codes of the limits, and X001 (the self-check after them, which also reads references)
AFTER_LIMITS = {"R005", "R006", "R007", "R008", "R009", "R010", "R011", "R012", "X001"}


@FAST
@given(st.sampled_from(["Function", "EdgeFunction"]),
       st.dictionaries(st.sampled_from(LIMIT_KEYS), odd_values, min_size=1, max_size=4))
def test_odd_shapes_in_a_functions_properties_reach_the_limits_and_end_cleanly(kind, properties):
    """Whatever a function's ``properties`` hold where the transform expects a mapping, the
    resource count and the other limits count what they can: no traceback."""
    if kind == "EdgeFunction":
        properties.pop("AutoPublishAlias", None)   # stackgen's own on an edge function (R002)
    data = {"resources": {"Users": {"type": "UserPool"}, "Worker": {"type": kind, "properties": properties}}}
    from unittest import mock

    # the references stage refuses most of these first (R013, R014): let them through, so that
    # the limits and the self-check meet every shape
    with mock.patch("stackgen.references.check", lambda stack, template: []), \
            mock.patch("stackgen.properties.check", lambda stack: []):   # and SAM's schema (P002...)
        result, _ = check_build(to_block_yaml(data))
    event(outcome(result))
    assert {d.code for d in result.diagnostics if d.severity == "error"} <= AFTER_LIMITS, result.diagnostics


@FAST
@given(st.one_of(spec().map(to_block_yaml), mutated_sample()))
def test_the_quick_schema_check_never_passes_what_jsonschema_fails(text):
    """The fast path may say "valid" only where jsonschema, the judge of every error, agrees."""
    from stackgen import schema
    from stackgen.load import Loaded, parse

    loaded = parse(text, Loaded("spec.yaml"))
    if loaded.data is None:
        return
    quick = schema._quick_check(loaded.data)
    full = not list(schema._validator().iter_errors(loaded.data))
    event(f"quick={quick} full={full}")
    assert not quick or full


# --- random previous templates: the guard never switches itself off ---------------------------

SAMPLE_TEMPLATES = [p.parent / "template.yaml" for p in SAMPLES]


@st.composite
def previous_template(draw) -> bytes:
    """The template a build would replace: a sample's own, mutated like the specs are, or random
    YAML made of template words, or bytes."""
    choice = draw(st.integers(0, 9))
    if choice == 0:
        return draw(st.binary(max_size=200))
    if choice == 1:
        value = draw(st.dictionaries(st.sampled_from(["Resources", "Outputs", "Users", "Type", "Properties"]),
                                     json_values, max_size=4))
        return to_yaml(value).encode("utf-8")
    text = draw(st.sampled_from(SAMPLE_TEMPLATES)).read_text(encoding="utf-8")
    inserted = st.sampled_from(["<<<<<<< HEAD\n", "\t", "\x00", "[", "{", ": ", "- ", "---\n", "*a", "&a ",
                                "!Ref ", "\n  ", "Type: ", "Resources: []\n"]) | st.characters()
    text = mutate(draw, text, inserted, ["delete", "insert", "truncate", "swap"], st.integers(0, 4))
    return text.encode("utf-8", "surrogatepass")


@CLI
@given(st.sampled_from(SAMPLES), previous_template(), st.booleans())
def test_a_random_previous_template_never_switches_the_guard_off(sample, previous, check):
    """Whatever the previous template holds: exit 0 or 1, never a traceback; a previous
    template the guard cannot read (O006) or that drops a pool (O004/O005) is never replaced."""
    from stackgen import previous as reader
    from stackgen.keep import GUARDED

    with tempfile.TemporaryDirectory() as directory:
        spec = os.path.join(directory, "spec.yaml")
        with open(sample, encoding="utf-8") as source, open(spec, "w", encoding="utf-8") as target:
            target.write(source.read())
        out = os.path.join(directory, "template.yaml")
        with open(out, "wb") as handle:
            handle.write(previous)
        args = ["build", spec, "--force"] + (["--check"] if check else [])
        result = CliRunner().invoke(main, args, catch_exceptions=False)
        assert result.exit_code in (0, 1), result.output
        unreadable = bool(reader.read(out, previous, GUARDED).problems)
        event("unreadable" if unreadable else "readable")
        assert ("O006" in result.stderr) == unreadable, result.stderr
        with open(out, "rb") as handle:
            now = handle.read()
        if check or any(f"error {code}" in result.stderr for code in ("O004", "O005")):
            assert now == previous
        if not check and unreadable:
            assert "warning O006" in result.stderr  # --force: written, and said so
