"""Unit tests of stackgen.load: spec text to plain data plus a source map."""

from __future__ import annotations

import math
import time

import pytest

from stackgen.intrinsics import Intrinsic
from stackgen.load import Loaded, load, parse


def _parse(text: str) -> Loaded:
    return parse(text, Loaded("spec.yaml"))


def _write(tmp_path, text, name="spec.yaml"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def _codes(loaded: Loaded) -> list[str]:
    return [d.code for d in loaded.diagnostics]


SPEC = """\
version: 1
resources:
  Users:
    type: UserPool
    allowPublicSignUps: false
  Admin:
    type: Function
    environment:
      LOG_LEVEL: info
wires:
  - from: Admin
    to: Users
    style: dashed
"""


# --- data -------------------------------------------------------------------------------------

def test_load_reads_a_file_into_plain_data(tmp_path):
    loaded = load(_write(tmp_path, SPEC))
    assert loaded.diagnostics == []
    assert loaded.data == {
        "version": 1,
        "resources": {
            "Users": {"type": "UserPool", "allowPublicSignUps": False},
            "Admin": {"type": "Function", "environment": {"LOG_LEVEL": "info"}},
        },
        "wires": [{"from": "Admin", "to": "Users", "style": "dashed"}],
    }
    # plain Python types, not ruamel's commented containers
    assert type(loaded.data) is dict
    assert type(loaded.data["wires"]) is list


def test_mapping_order_is_kept(tmp_path):
    loaded = load(_write(tmp_path, SPEC))
    assert list(loaded.data["resources"]) == ["Users", "Admin"]


def test_utf8_bom_is_accepted(tmp_path):
    loaded = load(_write(tmp_path, b"\xef\xbb\xbf" + "description: Caf\u00e9\nresources: {}\n".encode()))
    assert loaded.diagnostics == []
    assert loaded.data["description"] == "Caf\u00e9"


# --- positions --------------------------------------------------------------------------------

def test_positions_of_keys_are_one_based(tmp_path):
    loaded = load(_write(tmp_path, SPEC))
    assert loaded.keys[("version",)] == (1, 1)
    assert loaded.keys[("resources",)] == (2, 1)
    assert loaded.keys[("resources", "Users")] == (3, 3)
    assert loaded.keys[("resources", "Users", "allowPublicSignUps")] == (5, 5)
    assert loaded.keys[("resources", "Admin", "environment", "LOG_LEVEL")] == (9, 7)
    assert loaded.keys[("wires", 0, "from")] == (11, 5)
    assert loaded.keys[("wires", 0, "style")] == (13, 5)


def test_positions_of_values_are_one_based(tmp_path):
    loaded = load(_write(tmp_path, SPEC))
    assert loaded.values[()] == (1, 1)
    assert loaded.values[("version",)] == (1, 10)
    assert loaded.values[("resources", "Users", "type")] == (4, 11)
    assert loaded.values[("resources", "Users", "allowPublicSignUps")] == (5, 25)
    assert loaded.values[("resources", "Admin", "environment", "LOG_LEVEL")] == (9, 18)
    # a list item starts after its dash; its keys are inside it
    assert loaded.values[("wires", 0)] == (11, 5)
    assert loaded.values[("wires", 0, "to")] == (12, 9)


def test_every_key_and_value_has_a_position(tmp_path):
    loaded = load(_write(tmp_path, SPEC))

    def pointers(value, pointer=()):
        yield pointer
        if isinstance(value, dict):
            for k, v in value.items():
                yield from pointers(v, pointer + (k,))
        elif isinstance(value, list):
            for i, v in enumerate(value):
                yield from pointers(v, pointer + (i,))

    every = list(pointers(loaded.data))
    assert set(every) == set(loaded.values)
    assert {p for p in every if p and isinstance(p[-1], str)} == set(loaded.keys)


def test_positions_in_flow_style():
    loaded = _parse("resources: {Users: {type: UserPool}}\nwires: [{from: A, to: B}]\n")
    assert loaded.keys[("resources", "Users")] == (1, 13)
    assert loaded.values[("resources", "Users", "type")] == (1, 27)
    assert loaded.keys[("wires", 0, "to")] == (2, 19)
    assert loaded.values[("wires", 0, "to")] == (2, 23)


# --- duplicate keys ---------------------------------------------------------------------------

def test_duplicate_key_is_L003_at_the_second_key():
    text = "resources:\n  Users:\n    type: UserPool\n  Admin:\n    type: Function\n  Users:\n    type: Function\n"
    loaded = _parse(text)
    assert _codes(loaded) == ["L003"]
    d = loaded.diagnostics[0]
    assert (d.line, d.column) == (6, 3)
    assert d.severity == "error"
    assert "Users" in d.message
    assert "line 2" in d.message  # where the first one is
    # the first one wins; the second does not silently replace it
    assert loaded.data["resources"]["Users"] == {"type": "UserPool"}
    assert loaded.keys[("resources", "Users")] == (2, 3)


def test_duplicate_key_in_a_nested_mapping_and_in_flow_style():
    loaded = _parse("resources:\n  F:\n    type: Function\n    timeout: 3\n    timeout: 4\nx: {a: 1, a: 2}\n")
    assert _codes(loaded) == ["L003", "L003"]
    assert [(d.line, d.column) for d in loaded.diagnostics] == [(5, 5), (6, 11)]
    assert loaded.data["resources"]["F"]["timeout"] == 3


@pytest.mark.parametrize("fast", [True, False], ids=["libyaml", "pure"])
def test_read_as_sam_cli_reads_a_template_a_duplicate_key_keeps_its_last_value_with_I009(fast):
    text = ("Resources:\n  P:\n    Properties:\n      Schema: {a: 1, b: 2}\n      Mfa: 'ON'\n"
            "      Schema: {a: 3}\n      Mfa: OPTIONAL\n")
    if not fast:
        text = "%YAML 1.2\n---\n" + text  # a directive: the pure-Python parser reads it
    loaded = parse(text, Loaded("template.yaml"), last_wins=True)
    shift = 0 if fast else 2
    assert [(d.code, d.severity, d.line, d.column) for d in loaded.diagnostics] == [
        ("I009", "warning", 6 + shift, 7), ("I009", "warning", 7 + shift, 7)]
    assert f"earlier at line {4 + shift}" in loaded.diagnostics[0].message
    # the last value, in the first one's place (what SAM CLI's reader gives), located at the last
    properties = loaded.data["Resources"]["P"]["Properties"]
    assert list(properties.items()) == [("Schema", {"a": 3}), ("Mfa", "OPTIONAL")]
    assert loaded.keys[("Resources", "P", "Properties", "Schema")] == (6 + shift, 7)
    assert loaded.values[("Resources", "P", "Properties", "Schema", "a")] == (6 + shift, 19)
    assert ("Resources", "P", "Properties", "Schema", "b") not in loaded.values
    # a spec's duplicate stays the error L003
    assert _codes(parse(text, Loaded("spec.yaml"))) == ["L003", "L003"]


def test_same_key_in_different_mappings_is_no_duplicate():
    loaded = _parse("a:\n  type: x\nb:\n  type: z\n")
    assert loaded.diagnostics == []


# --- tags -------------------------------------------------------------------------------------

def test_short_form_ref_becomes_an_intrinsic():
    loaded = _parse("properties:\n  UserPoolId: !Ref X\n")
    assert loaded.diagnostics == []
    assert loaded.data["properties"]["UserPoolId"] == Intrinsic("Ref", "X")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("v: !GetAtt X.Arn\n", Intrinsic("GetAtt", "X.Arn")),
        ("v: !GetAtt [X, Arn]\n", Intrinsic("GetAtt", ["X", "Arn"])),
        ("v: !Sub '${AWS::StackName}-x'\n", Intrinsic("Sub", "${AWS::StackName}-x")),
        ("v: !Join ['', [a, !Ref B]]\n", Intrinsic("Join", ["", ["a", Intrinsic("Ref", "B")]])),
        ("v: !If [C, 1, 2]\n", Intrinsic("If", ["C", 1, 2])),
    ],
)
def test_other_short_forms_become_intrinsics(text, expected):
    loaded = _parse(text)
    assert loaded.diagnostics == []
    assert loaded.data["v"] == expected


def test_python_object_tag_is_L004():
    loaded = _parse("resources:\n  X: !!python/object:os.system {}\n")
    assert "L004" in _codes(loaded)
    d = next(d for d in loaded.diagnostics if d.code == "L004")
    assert (d.line, d.column) == (2, 6)
    assert "python/object:os.system" in d.message


@pytest.mark.parametrize(
    "text",
    [
        "x: !!python/object/apply:os.system ['ls']\n",
        "x: !!python/name:os.system ''\n",
        "x: !!python/object/new:os.system [ls]\n",
    ],
)
def test_other_python_tags_are_L004(text):
    loaded = _parse(text)
    assert "L004" in _codes(loaded)
    # nothing of the refused value is passed on as if it were data
    assert loaded.data is None or loaded.data.get("x") is None


def test_unknown_local_tag_is_L004():
    loaded = _parse("a: 1\nb: !Foo x\n")
    assert _codes(loaded) == ["L004"]
    assert (loaded.diagnostics[0].line, loaded.diagnostics[0].column) == (2, 4)
    assert "!Foo" in loaded.diagnostics[0].message


def test_explicit_standard_tags_are_plain_data():
    loaded = _parse("a: !!str 012\nb: !!int '7'\nc: !!float 1\n")
    assert loaded.diagnostics == []
    assert loaded.data == {"a": "012", "b": 7, "c": 1.0}


# --- reading the file -------------------------------------------------------------------------

def test_non_utf8_file_is_L001_with_the_position_of_the_bad_byte(tmp_path):
    loaded = load(_write(tmp_path, b"resources:\n  Caf\xe9:\n    type: UserPool\n"))
    assert _codes(loaded) == ["L001"]
    d = loaded.diagnostics[0]
    assert (d.line, d.column) == (2, 6)
    assert "UTF-8" in d.message
    assert loaded.data is None


def test_directory_path_is_L001(tmp_path):
    loaded = load(str(tmp_path))
    assert _codes(loaded) == ["L001"]
    assert loaded.data is None


def test_missing_file_is_L001(tmp_path):
    loaded = load(str(tmp_path / "nope.yaml"))
    assert _codes(loaded) == ["L001"]


def test_empty_spec_is_a_diagnostic_not_an_exception(tmp_path):
    loaded = load(_write(tmp_path, "# nothing\n"))
    assert loaded.data is None
    assert len(loaded.diagnostics) == 1
    assert loaded.diagnostics[0].severity == "error"


# --- invalid YAML -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, line",
    [
        ("resources:\n  Users: [1, 2\nwires: []\n", 3),
        ("resources:\n  Users: type: UserPool\n", 2),
        ("resources:\n  Users:\n    type: 'UserPool\n", 4),
        ("resources:\n\tUsers: {}\n", 2),
    ],
)
def test_invalid_yaml_is_L002_with_a_line(text, line):
    loaded = _parse(text)
    assert _codes(loaded) == ["L002"]
    assert loaded.diagnostics[0].line == line
    assert loaded.diagnostics[0].column >= 1
    assert loaded.data is None


def test_non_scalar_key_is_L002():
    loaded = _parse("? [a, b]\n: 1\n")
    assert _codes(loaded) == ["L002"]
    assert loaded.diagnostics[0].line == 1


# --- hostile input ----------------------------------------------------------------------------

BILLION_LAUGHS = "".join(
    [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n',
        *(
            f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n"
            for p, n in zip("abcdefgh", "bcdefghi")
        ),
    ]
)


def test_billion_laughs_is_L005_quickly():
    started = time.perf_counter()
    loaded = _parse(BILLION_LAUGHS)
    elapsed = time.perf_counter() - started
    assert _codes(loaded) == ["L005"]
    assert loaded.data is None
    assert elapsed < 5, f"took {elapsed:.1f} s"


def test_billion_laughs_file_is_L005(tmp_path):
    loaded = load(_write(tmp_path, BILLION_LAUGHS))
    assert _codes(loaded) == ["L005"]


def test_deep_nesting_is_L005():
    loaded = _parse("a: " + "[" * 300 + "]" * 300 + "\n")
    assert _codes(loaded) == ["L005"]
    assert loaded.data is None


def test_a_few_aliases_are_fine():
    loaded = _parse("base: &b {type: Function}\nresources:\n  A: *b\n  B: *b\n")
    assert loaded.diagnostics == []
    assert loaded.data["resources"] == {"A": {"type": "Function"}, "B": {"type": "Function"}}


def test_an_alias_expanding_over_the_cap_is_L005_at_that_alias():
    from stackgen import load as load_module

    side = 40  # 40 lists of 40 lists of 40 values: 65,640 values from a few lines
    text = (f"a: &a [{', '.join(['x'] * side)}]\n"
            f"b: &b [{', '.join(['*a'] * side)}]\n"
            f"c: [{', '.join(['*b'] * side)}]\n")
    assert side ** 3 > load_module.MAX_VALUES
    loaded = _parse(text)
    assert _codes(loaded) == ["L005"]
    d = loaded.diagnostics[0]
    assert f"{load_module.MAX_VALUES:,} keys and values" in d.message
    # at the alias whose expansion went over, in the line that uses it, and named
    assert d.line == 3 and text.splitlines()[2][d.column - 1:].startswith("*b")
    assert "`*b`" in d.message
    assert loaded.data is None


def test_keys_count_towards_the_cap_too():
    from stackgen import load as load_module

    keys = load_module.MAX_VALUES // 2 + 1
    loaded = _parse("".join(f"k{i}: v\n" for i in range(keys)))
    assert _codes(loaded) == ["L005"]
    assert "keys and values" in loaded.diagnostics[0].message


def test_an_alias_cannot_multiply_a_long_string():
    from stackgen import load as load_module

    text = 'a: &s "' + "y" * (load_module.MAX_CHARACTERS // 3) + '"\nb: [*s, *s, *s]\n'
    loaded = _parse(text)
    assert _codes(loaded) == ["L005"]
    d = loaded.diagnostics[0]
    assert f"{load_module.MAX_CHARACTERS:,} characters" in d.message
    assert (d.line, d.column) == (2, 13)  # the third *s


def test_a_problem_inside_an_anchor_is_reported_once_however_often_it_is_used():
    loaded = _parse("a: &a {x: !Shout 1}\nb: [*a, *a, *a, *a]\n")
    assert _codes(loaded) == ["L004"]


def test_a_long_tag_is_refused_before_ruamel_reads_it(monkeypatch):
    """ruamel decodes a tag in time quadratic in its length: a long one must never get there."""
    from ruamel.yaml.tag import Tag

    from stackgen import load as load_module

    decoded = Tag.uri_decoded_suffix
    lengths = []

    def watched(tag):
        lengths.append(len(tag.suffix or ""))
        return decoded.fget(tag)

    monkeypatch.setattr(Tag, "uri_decoded_suffix", property(watched))
    for text, position in [("x: !" + "a" * 100_000 + " v\n", (1, 4)),
                           ("x:\n  - !!" + "a" * 100_000 + " v\n", (2, 5)),
                           ("x: {!<" + "a" * 100_000 + "> k: v}\n", (1, 5))]:
        loaded = _parse(text)
        assert max(lengths, default=0) <= load_module.MAX_TAG, "a long tag was decoded"
        assert _codes(loaded) == ["L004"]
        d = loaded.diagnostics[0]
        assert (d.line, d.column) == position
        assert "characters)" in d.message


def test_a_tag_of_the_longest_length_is_still_read_as_a_tag():
    from stackgen import load as load_module

    name = "a" * load_module.MAX_TAG
    loaded = _parse(f"x: !{name} v\n")
    assert _codes(loaded) == ["L004"]
    assert f"!{name}:" in loaded.diagnostics[0].message  # named in full, not by its length


@pytest.mark.parametrize("text, expected", [
    ('x: "!' + "a" * 300_000 + '"\n', "!" + "a" * 300_000),
    ("x: '!" + "a" * 300_000 + "'\n", "!" + "a" * 300_000),
    ("x: a!" + "a" * 300_000 + "\n", "a!" + "a" * 300_000),
    ("x: |\n  !" + "a" * 300_000 + "\n", "!" + "a" * 300_000 + "\n"),
])
def test_a_long_string_with_a_bang_is_text_not_a_tag(text, expected):
    loaded = _parse(text)
    assert loaded.diagnostics == []
    assert loaded.data == {"x": expected}


def test_oversized_file_is_L005(tmp_path):
    from stackgen import load as load_module

    loaded = load(_write(tmp_path, "# " + "x" * load_module.MAX_BYTES + "\nresources: {}\n"))
    assert _codes(loaded) == ["L005"]
    assert loaded.data is None


# --- YAML 1.2 scalars -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "scalar, expected",
    [
        ("true", True),
        ("false", False),
        ("True", True),
        ("012", 12),
        ("0o12", 10),
        ("0x1F", 31),
        ("42", 42),
        ("-7", -7),
        ("1.5", 1.5),
        ("1e3", 1000.0),
        ("~", None),
        ("null", None),
        ("", None),
        ("12:30", "12:30"),
        ("'2010-09-09'", "2010-09-09"),
        ("'012'", "012"),
        ('"yes"', "yes"),
        ("'off'", "off"),
        ("!!str on", "on"),
        ("! n", "n"),
    ],
)
def test_yaml_1_2_scalars(scalar, expected):
    loaded = _parse(f"v: {scalar}\n")
    assert loaded.diagnostics == []
    value = loaded.data["v"]
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize("scalar", ["2010-09-09", "2001-12-14t21:59:43.10-05:00", "="])
def test_unquoted_date_and_equals_sign_are_strings(scalar):
    loaded = _parse(f"description: {scalar}\n")
    assert loaded.diagnostics == []
    assert loaded.data == {"description": scalar}


def test_infinity_and_nan():
    loaded = _parse("a: .inf\nb: -.inf\nc: .nan\n")
    assert loaded.data["a"] == math.inf
    assert loaded.data["b"] == -math.inf
    assert math.isnan(loaded.data["c"])


# --- YAML 1.1 in a YAML 1.2 file --------------------------------------------------------------

@pytest.mark.parametrize("word, boolean", [("yes", "true"), ("No", "false"), ("ON", "true"), ("oFF", "false"),
                                           ("y", "true"), ("N", "false")])
def test_a_plain_yaml_1_1_boolean_is_L007_at_the_value(word, boolean):
    loaded = _parse(f"resources:\n  Users:\n    allowPublicSignUps: {word}\n")
    assert _codes(loaded) == ["L007"]
    d = loaded.diagnostics[0]
    assert (d.line, d.column) == (3, 25)
    assert f"`{word}`" in d.message and f"write {boolean} for a boolean" in d.message
    assert f"quote it ('{word}')" in d.message
    # still read as YAML 1.2 reads it, for the checks that follow
    assert loaded.data["resources"]["Users"]["allowPublicSignUps"] == word


def test_yaml_1_1_booleans_are_found_in_lists_and_flow_mappings_but_not_in_keys():
    loaded = _parse("on: [yes, 'no', off]\nn: {y: n, x: 'y'}\n")
    assert _codes(loaded) == ["L007", "L007", "L007"]
    assert [(d.line, d.column) for d in loaded.diagnostics] == [(1, 6), (1, 17), (2, 8)]
    assert loaded.data == {"on": ["yes", "no", "off"], "n": {"y": "n", "x": "y"}}


def test_a_yaml_1_1_boolean_repeated_by_an_alias_is_reported_once():
    loaded = _parse("a: &a [on]\nb: [*a, *a]\n")
    assert _codes(loaded) == ["L007"]


def test_a_yaml_1_1_document_is_held_to_the_same_rule():
    loaded = _parse("%YAML 1.1\n---\na: yes\nb: true\n")
    assert _codes(loaded) == ["L007"]
    assert loaded.data == {"a": "yes", "b": True}


def test_a_merge_key_is_L006_at_the_key_naming_the_alias():
    loaded = _parse("base: &base {type: Function}\nresources:\n  Check:\n    <<: *base\n    timeout: 3\n")
    assert _codes(loaded) == ["L006"]
    d = loaded.diagnostics[0]
    assert (d.line, d.column) == (4, 5)
    assert "merge key" in d.message and "`*base`" in d.message and "write" in d.message
    assert loaded.data["resources"]["Check"] == {"timeout": 3}


def test_a_merge_key_of_a_written_mapping_is_L006_too():
    loaded = _parse("x: {<<: {a: 1}, b: 2}\n")
    assert _codes(loaded) == ["L006"]
    assert "its keys" in loaded.diagnostics[0].message


def test_a_quoted_merge_key_is_a_key_like_any_other():
    loaded = _parse("x: {'<<': 1}\ny: <<\n")
    assert loaded.diagnostics == []
    assert loaded.data == {"x": {"<<": 1}, "y": "<<"}
