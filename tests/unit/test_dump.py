"""Unit tests of stackgen.dump: the template as stable, YAML-1.1-safe text with short tags."""

from __future__ import annotations

import pytest
import yaml as pyyaml  # PyYAML: a YAML 1.1 reader, as many of the template's readers are

from stackgen.dump import HEADER, dump
from stackgen.intrinsics import Intrinsic, get_att, ref, sub
from stackgen.load import Loaded, parse

HEADER_LINE = HEADER.format(spec="spec.yaml")


def _body(text: str) -> str:
    assert text.startswith(HEADER_LINE)
    return text[len(HEADER_LINE):]


class _Yaml11Loader(pyyaml.SafeLoader):
    """PyYAML's safe loader, reading the short forms as Intrinsic values."""


def _construct_intrinsic(loader, suffix, node):
    if isinstance(node, pyyaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, pyyaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    return Intrinsic(suffix, value)


_Yaml11Loader.add_multi_constructor("!", _construct_intrinsic)


def read_as_yaml_1_1(text: str):
    return pyyaml.load(text, Loader=_Yaml11Loader)


def read_as_yaml_1_2(text: str):
    loaded = parse(text, Loaded("template.yaml"))
    assert loaded.diagnostics == [], loaded.diagnostics
    return loaded.data


TEMPLATE = {
    "AWSTemplateFormatVersion": "2010-09-09",
    "Transform": "AWS::Serverless-2016-10-31",
    "Description": "Photo sharing sign-up",
    "Resources": {
        "Users": {
            "Type": "AWS::Cognito::UserPool",
            "DeletionPolicy": "Retain",
            "Properties": {
                "UserPoolName": sub("${AWS::StackName}-Users"),
                "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": False},
                "AliasAttributes": ["email", "preferred_username"],
                "LambdaConfig": {"PreSignUp": get_att("Check", "Arn")},
                "MfaConfiguration": "OFF",
            },
        },
        "Check": {
            "Type": "AWS::Serverless::Function",
            "Properties": {
                "MemorySize": 128,
                "Environment": {"Variables": {"USER_POOL_ID": ref("Users"), "MODE": "yes"}},
                "Policies": ["AWSXrayWriteOnlyAccess"],
            },
        },
    },
    "Outputs": {"ViewerVersionArn": {"Value": ref("Viewer.Version")}},
}


# --- header and stability ---------------------------------------------------------------------

def test_first_line_names_the_spec():
    text = dump(TEMPLATE, "specs/spec.yaml")
    first = text.splitlines()[0]
    assert first.startswith("# ")
    assert "specs/spec.yaml" in first
    assert "stackgen" in first
    assert text.count("\n# ") == 0  # one header line only


def test_byte_identical_output_twice():
    first = dump(TEMPLATE, "spec.yaml")
    second = dump(TEMPLATE, "spec.yaml")
    assert first.encode("utf-8") == second.encode("utf-8")


def test_keys_keep_the_assembler_order():
    text = _body(dump(TEMPLATE, "spec.yaml"))
    top = [line.split(":")[0] for line in text.splitlines() if line and not line.startswith(" ")]
    assert top == ["AWSTemplateFormatVersion", "Transform", "Description", "Resources", "Outputs"]
    assert text.index("  Users:") < text.index("  Check:")
    assert text.index("UserPoolName") < text.index("AdminCreateUserConfig") < text.index("LambdaConfig")


def test_block_style_two_space_indent_unix_newlines():
    text = dump(TEMPLATE, "spec.yaml")
    assert "\r" not in text
    assert text.endswith("\n")
    assert ": {" not in text and ": [" not in text  # no flow-style collections
    assert "\nResources:\n  Users:\n    Type: AWS::Cognito::UserPool\n" in text
    assert "      AliasAttributes:\n        - email\n        - preferred_username\n" in text


def test_dump_does_not_change_the_template():
    before = repr(TEMPLATE)
    dump(TEMPLATE, "spec.yaml")
    assert repr(TEMPLATE) == before


# --- short tags -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "value, line",
    [
        (ref("Users"), "v: !Ref Users"),
        (ref("Viewer.Version"), "v: !Ref Viewer.Version"),
        (ref("AWS::Region"), "v: !Ref AWS::Region"),
        (get_att("Users", "Arn"), "v: !GetAtt Users.Arn"),
        (sub("${AWS::StackName}-Users"), "v: !Sub ${AWS::StackName}-Users"),
        (Intrinsic("GetAtt", ["Users", "Arn"]), "v: !GetAtt [Users, Arn]"),
    ],
)
def test_intrinsics_are_written_in_short_form(value, line):
    assert _body(dump({"v": value}, "spec.yaml")) == line + "\n"


def test_nested_intrinsics():
    text = _body(dump({"v": Intrinsic("Equals", [ref("AWS::Region"), "us-east-1"])}, "spec.yaml"))
    assert text == "v: !Equals\n  - !Ref AWS::Region\n  - us-east-1\n"
    text = _body(dump({"v": Intrinsic("Sub", ["${X}-y", {"X": ref("Y")}])}, "spec.yaml"))
    assert text.startswith("v: !Sub\n")
    assert "!Ref" in text
    assert "Fn::" not in text and "Ref:" not in text


def test_intrinsics_read_back_the_same():
    value = {
        "a": ref("Users"), "b": get_att("Users", "Arn"), "c": sub("${AWS::StackName}-x"),
        "d": Intrinsic("Equals", [ref("AWS::Region"), "us-east-1"]),
        "e": Intrinsic("If", ["C", {"k": ref("X")}, ref("AWS::NoValue")]),
        "f": Intrinsic("Sub", ['{"A":"${Users}"}']),
    }
    text = dump(value, "spec.yaml")
    assert read_as_yaml_1_2(text) == value
    assert read_as_yaml_1_1(text) == value


def test_a_ref_to_a_yaml_1_1_word_is_quoted():
    # a Logical ID `Y` or `On` must not become a boolean for a 1.1 reader
    value = {"a": ref("Y"), "b": ref("On"), "c": ref("No")}
    text = dump(value, "spec.yaml")
    assert read_as_yaml_1_1(text) == value
    assert read_as_yaml_1_2(text) == value


# --- YAML 1.1 safety --------------------------------------------------------------------------

UNSAFE = ["OFF", "Off", "off", "ON", "on", "yes", "Yes", "YES", "no", "NO", "true", "False",
          "y", "Y", "n", "N", "null", "Null", "~", "", "0755", "012", "08", "0x1F", "0o17", "0b101",
          "1_000", "+1", "-1", "1e3", "1.0", ".5", ".inf", "-.inf", ".NaN", "12:30", "1:20:30",
          "190:20:30", "2010-09-09", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
          "=", "<<"]


@pytest.mark.parametrize("value", UNSAFE)
def test_ambiguous_strings_stay_strings_for_every_reader(value):
    text = dump({"v": value}, "spec.yaml")
    assert read_as_yaml_1_1(text) == {"v": value}
    assert read_as_yaml_1_2(text) == {"v": value}


@pytest.mark.parametrize("value", ["OFF", "yes", "0755", "12:30", "2010-09-09", "on", "1e3"])
def test_ambiguous_strings_are_single_quoted(value):
    assert _body(dump({"v": value}, "spec.yaml")) == f"v: '{value}'\n"


def test_template_format_version_is_quoted():
    text = dump(TEMPLATE, "spec.yaml")
    assert "\nAWSTemplateFormatVersion: '2010-09-09'\n" in "\n" + _body(text)


@pytest.mark.parametrize("value", ["plain", "AWS::Cognito::UserPool", "index.handler", "src/Admin",
                                   "nodejs24.x", "cognito-idp:Admin*", "lambda:InvokeFunction"])
def test_ordinary_strings_are_plain(value):
    assert _body(dump({"v": value}, "spec.yaml")) == f"v: {value}\n"


@pytest.mark.parametrize(
    "value",
    ["it's", 'say "hi"', "a: b", "#x", "x # y", "  lead", "trail ", "- x", "[x]", "{x}", "*x", "&x",
     "!x", "%x", "@x", "`x", "|", ">", "?", "Caf\u00e9 \u2014 na\u00efve \u2713", "a" * 300 + " b",
     "multi\nline", "multi\nline\n", "tab\there"],
)
def test_awkward_strings_read_back_the_same(value):
    text = dump({"v": value}, "spec.yaml")
    assert read_as_yaml_1_1(text) == {"v": value}
    assert read_as_yaml_1_2(text) == {"v": value}


def test_long_strings_are_not_folded():
    value = " ".join(["word"] * 200)
    assert _body(dump({"v": value}, "spec.yaml")) == f"v: {value}\n"


def test_numbers_booleans_and_null_keep_their_types():
    value = {"i": 128, "b": True, "f": False, "n": None, "x": 1.5}
    text = dump(value, "spec.yaml")
    assert read_as_yaml_1_1(text) == value
    assert read_as_yaml_1_2(text) == value
    assert "\ni: 128\n" in "\n" + _body(text)
    assert "\nb: true\n" in "\n" + _body(text)


def test_whole_template_reads_the_same_in_yaml_1_1_and_1_2():
    text = dump(TEMPLATE, "spec.yaml")
    assert read_as_yaml_1_1(text) == TEMPLATE
    assert read_as_yaml_1_2(text) == TEMPLATE


def test_text_starting_with_a_question_mark_or_a_colon_is_quoted_even_in_brackets():
    """Plain `?x` or `:0` in a flow list reads as a key, or not at all."""
    from ruamel.yaml import YAML

    from stackgen.dump import dump

    text = dump({"Resources": {"A": {"Type": "T", "Properties": {"V": Intrinsic("If", ["c", "?x", ":0"]),
                                                                 "W": "?y"}}}}, "spec.yaml")
    assert "!If [c, '?x', ':0']" in text and "W: '?y'" in text
    for typ in ("safe", "base"):
        loaded = YAML(typ=typ).load(text.replace("!If", ""))
        assert loaded["Resources"]["A"]["Properties"] == {"V": ["c", "?x", ":0"], "W": "?y"}


def test_the_styles_known_beforehand_are_those_the_rule_gives():
    from stackgen.assemble import FORMAT_VERSION
    from stackgen.dump import KNOWN_STYLES, judged_style
    from stackgen.emit import POLICY_VERSION

    assert FORMAT_VERSION in KNOWN_STYLES and POLICY_VERSION in KNOWN_STYLES
    for text, style in KNOWN_STYLES.items():
        assert judged_style(text) == style


def test_the_writer_leaves_ruamels_shared_representers_alone():
    """ruamel's add_representer changes the class it is called on for the whole process: the
    writer registers its own on a class of its own, so that other users of ruamel in a process
    neither see its representers nor change its output."""
    from ruamel.yaml.representer import SafeRepresenter

    shared = Intrinsic("ImportValue", "key-arn")
    template = {"Resources": {"A": {"Type": "T", "Properties": {"X": shared, "Y": [shared]}}}}
    before = dict(SafeRepresenter.yaml_representers)
    first = dump(template, "spec.yaml")
    assert SafeRepresenter.yaml_representers == before
    SafeRepresenter.add_representer(Intrinsic, lambda representer, value: representer.represent_str("other"))
    try:
        assert dump(template, "spec.yaml") == first
    finally:
        SafeRepresenter.yaml_representers = before
