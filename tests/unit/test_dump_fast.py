"""The fast writer of stackgen.dump against the reference (ruamel.yaml's own dumper): byte for
byte the same text, on every golden and sample template and on generated templates.

``STACKGEN_EXAMPLES=5000 pytest -n 0 tests/unit/test_dump_fast.py`` for a long hunt.
"""

from __future__ import annotations

import copy
import math
import os
from pathlib import Path
from unittest import mock

import pytest
import yaml as pyyaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from stackgen import dump as dumping
from stackgen.build import build
from stackgen.intrinsics import SHORT_FORMS, Intrinsic
from stackgen.load import Loaded, parse

ROOT = Path(__file__).resolve().parents[2]
SPECS = sorted([*ROOT.glob("tests/cases/*/spec.yaml"), *ROOT.glob("samples/*/spec.yaml")])

EXAMPLES = int(os.environ.get("STACKGEN_EXAMPLES", "150"))
FAST = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
#: for the properties that only add to the main one (the same writers, other data)
FEWER = settings(FAST, max_examples=max(EXAMPLES // 3, 10))


def both(template):
    """(fast, reference) text of ``template``; fast is None when the fast writer leaves it."""
    return dumping._fast_dump(template), dumping._reference_dump(template)


def templates_of(spec: Path) -> list:
    """The templates a build of ``spec`` dumps (none for a spec with errors)."""
    made = []
    real = dumping.dump

    def capture(template, name):
        made.append(template)
        return real(template, name)

    with mock.patch.object(dumping, "dump", capture):
        build(str(spec), label="spec.yaml")
    return made


# --- every golden and sample ------------------------------------------------------------------

@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.parent.name)
def test_golden_and_sample_templates_are_the_same_through_both_writers(spec):
    for template in templates_of(spec):
        fast, reference = both(template)
        # and the size bound `stackgen validate` reads is at least what is written
        assert dumping.longest(template, "spec.yaml") >= len(dumping.dump(template, "spec.yaml").encode("utf-8"))
        assert fast is not None, "the fast writer should write every template stackgen makes"
        assert fast == reference
        recorded = spec.parent / "template.yaml"
        if recorded.is_file():
            assert dumping.HEADER.format(spec="spec.yaml") + fast == recorded.read_text(encoding="utf-8")


def _events(text: str) -> list:
    from ruamel.yaml import YAML

    return list(YAML(typ="safe").parse(text))


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.parent.name)
def test_no_template_has_a_yaml_alias(spec):
    # CloudFormation takes no aliases (nor anchors): a value given twice is written twice
    from ruamel.yaml.events import AliasEvent

    for template in templates_of(spec):
        events = _events(dumping.dump(template, "spec.yaml"))
        assert not any(isinstance(e, AliasEvent) or getattr(e, "anchor", None) for e in events)


@pytest.mark.parametrize("shared", [Intrinsic("ImportValue", "key"), Intrinsic("Sub", ["${A}", {"A": "b"}]),
                                    {"k": "v"}, ["a", "b"]], ids=["scalar-intrinsic", "intrinsic", "mapping", "list"])
def test_a_value_in_two_places_is_written_twice_by_both_writers(shared):
    template = {"A": {"x": shared}, "B": {"y": [shared]}}
    fast, reference = both(template)
    assert fast == reference
    assert "&" not in reference and "*" not in reference
    # the same text as two separate values give
    assert reference == dumping._reference_dump({"A": {"x": copy.deepcopy(shared)}, "B": {"y": [copy.deepcopy(shared)]}})


def test_dump_writes_the_fast_text_and_falls_back_to_the_reference():
    template = {"A": {"x": {1, 2}}}
    fast, reference = both(template)
    assert fast is None
    assert dumping.dump(template, "s") == dumping.HEADER.format(spec="s") + reference
    plain = {"A": {"x": Intrinsic("ImportValue", "key")}}
    with mock.patch.object(dumping, "_reference_dump", side_effect=AssertionError("not the fast path")):
        assert dumping.dump(plain, "s").endswith("A:\n  x: !ImportValue key\n")


@pytest.mark.parametrize(
    "template",
    [
        {"a": {1, 2}},  # a type the fast writer does not know
        {"a": ("x",)},
        {"k" * 130: "long key"},  # an explicit `? key`
        {"multi\nline": 1},
        {"a": [{"b": 1}], "c": None},
    ],
    ids=["set", "tuple", "long-key", "multi-line-key", "plain"],
)
def test_templates_the_fast_writer_leaves_to_the_reference_are_still_right(template):
    fast, reference = both(template)
    assert fast is None or fast == reference
    assert dumping.dump(template, "s").endswith(reference)


# --- generated templates ----------------------------------------------------------------------

#: characters YAML treats specially somewhere: indicators, quotes, spaces, breaks, escapes
AWKWARD = (" :#-?!&*%@`|>'\",[]{}\\\t\n\r\x00\x07\x1b\x7f\x85\xa0\u2028\u2029\ufeff\ufffe"
           "é—✓\U0001f600${}.=<")
WORDS = ["", " ", "yes", "No", "on", "OFF", "y", "n", "~", "null", "true", "False", "0755", "0x1F", "1e3",
         "1_000", ".inf", "-.NaN", "12:30", "1:20:30", "2010-09-09", "2001-12-14t21:59:43.10-05:00", "<<",
         "=", "-", "--- x", "...", "- x", "? x", ": x", "?x", ":0", ":x:", "a: b", "a #b", "#x", "x#y", "!Ref", "&a", "*a",
         "%x", "@x", "`x", "|", ">", "'q'", '"q"', "${AWS::StackName}-Users", "arn:${AWS::Partition}:x",
         "a\n", "a\n\n", "\na", "a \nb", "a\n b", "line one\nline two  \n\n  indented\n", "tail ", " lead",
         "a" * 130, "\ufeffbom", "\u2028", "\x85"]
#: lines about the width (4096), where the emitter starts a new line
LONG = [" ".join(["word"] * 900), "x" * 4090 + " y", "y " * 2047, "'" * 2100, "a\x07 " * 1000]


def _long(index: int) -> str:
    return LONG[index]


strings = st.one_of(
    st.text(max_size=20),
    st.text(alphabet=AWKWARD, max_size=12),
    st.sampled_from(WORDS),
    st.builds(lambda a, b: a + b, st.sampled_from(WORDS), st.text(alphabet=AWKWARD, max_size=4)),
    st.from_regex(r"[A-Za-z][A-Za-z0-9]{0,20}(\.Arn)?", fullmatch=True),
    st.text(alphabet="aZ09_./:$(){}*+=@~^&!%<>|`?,[] -#'\"\\\t", max_size=10),  # the edges of _BLOCK_SAFE
)
long_strings = st.one_of(
    st.integers(0, len(LONG) - 1).map(_long),  # not sampled_from(LONG): its repr would hold them all
    st.builds(lambda n, w: "w" * n + " " + w, st.integers(4000, 4100), st.sampled_from(WORDS)),
    st.builds(lambda n, w: "w " * n + w, st.integers(2000, 2050), st.sampled_from(WORDS)),
)
functions = st.sampled_from(sorted(SHORT_FORMS))


def _simple_key(text: str) -> bool:
    """A key ruamel writes as ``key:`` (one line, under 128 characters), not as ``? key``, which
    the fast writer leaves to the reference (see test_templates_the_fast_writer_leaves_...)."""
    return len(text) < 120 and not any(c in text for c in "\n\x85\u2028\u2029")


def templates_of_strings(strings, max_leaves):
    keys = strings.filter(_simple_key)
    scalars = st.one_of(
        strings,
        st.integers(min_value=-(10**20), max_value=10**20),
        st.booleans(),
        st.none(),
        st.floats(allow_nan=True, allow_infinity=True),
    )

    def intrinsic(children):
        return st.builds(Intrinsic, functions, st.one_of(
            scalars,
            st.lists(scalars, max_size=4),  # a flow list
            st.lists(st.one_of(scalars, children), max_size=4),
            st.dictionaries(keys, children, max_size=3),
        ))

    values = st.recursive(
        st.one_of(scalars, intrinsic(scalars)),
        lambda children: st.one_of(
            st.lists(children, max_size=4),
            st.dictionaries(keys, children, max_size=4),
            intrinsic(children),
        ),
        max_leaves=max_leaves,
    )
    return st.dictionaries(keys, values, min_size=1, max_size=5)


@FAST
@given(templates_of_strings(strings, max_leaves=12))
def test_generated_templates_are_the_same_through_both_writers(template):
    fast, reference = both(template)
    event("fast" if fast is not None else "left to the reference")
    if fast is not None:
        assert fast == reference
    _bound_holds(template, reference)


@FEWER
@given(templates_of_strings(st.one_of(strings, long_strings), max_leaves=6))
def test_generated_templates_with_lines_about_the_width_are_the_same_through_both_writers(template):
    fast, reference = both(template)
    event("fast" if fast is not None else "left to the reference")
    if fast is not None:
        assert fast == reference
    _bound_holds(template, reference)


def _bound_holds(template, written: str) -> None:
    """The size bound `stackgen validate` reads is at least what is written."""
    bound = dumping.longest(template, "spec.yaml")
    assert bound is None or bound >= len((dumping.HEADER.format(spec="spec.yaml") + written).encode("utf-8"))


def _ruamel_reads(text: str):
    loaded = parse(text, Loaded("template.yaml"))
    return loaded.diagnostics, loaded.data


class _CLoader(getattr(pyyaml, "CSafeLoader", pyyaml.SafeLoader)):
    """libyaml's parser (PyYAML's C loader), reading the short forms as Intrinsic values."""


def _intrinsic(loader, suffix, node):
    if isinstance(node, pyyaml.ScalarNode):
        return Intrinsic(suffix, loader.construct_scalar(node))
    if isinstance(node, pyyaml.SequenceNode):
        return Intrinsic(suffix, loader.construct_sequence(node, deep=True))
    return Intrinsic(suffix, loader.construct_mapping(node, deep=True))


_CLoader.add_multi_constructor("!", _intrinsic)


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, Intrinsic) and isinstance(b, Intrinsic):
        return a.fn == b.fn and _same(a.value if a.value is not None else "", b.value if b.value is not None else "")
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


#: what a template holds: text without the characters no YAML file may hold raw or that YAML
#: reads as something else (a surrogate, a lone CR, U+FEFF's BOM), which the template's
#: strings never hold either (the loader refuses them in a spec)
template_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\ufeff"))
readable_scalars = st.one_of(template_text, st.sampled_from([w for w in WORDS if "\ufeff" not in w]),
                             st.integers(-1000, 1000), st.booleans())
readable = st.recursive(
    st.one_of(readable_scalars, st.builds(Intrinsic, functions, template_text)),
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(template_text, children, max_size=3),
        st.builds(Intrinsic, functions, st.lists(children, min_size=1, max_size=3)),
    ),
    max_leaves=15,
)


@FEWER
@given(st.dictionaries(template_text, readable, min_size=1, max_size=4))
def test_fast_text_reads_back_the_same_with_ruamel_and_libyaml(template):
    fast, _ = both(template)
    if fast is None:
        return
    diagnostics, data = _ruamel_reads(fast)
    assert not diagnostics, diagnostics
    assert _same(data, template)
    assert _same(pyyaml.load(fast, Loader=_CLoader), template)


@pytest.mark.parametrize("version", [(1, 1), (1, 2), None], ids=["yaml-1.1", "yaml-1.2", "dumper"])
@FEWER
@given(value=st.one_of(st.sampled_from(WORDS), st.text(), st.text(alphabet="0123456789+-._:eExXoObB aAnNyYtTfF~<=", max_size=12)))
def test_implicit_tag_is_what_the_resolver_resolves(version, value):
    from ruamel.yaml.nodes import ScalarNode
    from ruamel.yaml.resolver import VersionedResolver

    resolver = dumping._configured().resolver if version is None else VersionedResolver(version=version)
    resolved = resolver.resolve(ScalarNode, value, (True, False))
    assert dumping.implicit_tag(resolver)(value) == (None if resolved == "tag:yaml.org,2002:str" else str(resolved))


def _intrinsics_of(value):
    """The property tests' generated data (their Tagged short forms) as template values."""
    from test_properties import Tagged

    if isinstance(value, Tagged):
        return Intrinsic(value.fn, _intrinsics_of(value.value))
    if isinstance(value, dict):
        return {k: _intrinsics_of(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_intrinsics_of(v) for v in value]
    return value


def _property_values():
    from test_properties import json_values, texts

    return st.dictionaries(texts.filter(bool), json_values, min_size=1, max_size=4).map(_intrinsics_of)


@FEWER
@given(st.deferred(_property_values))
def test_the_property_tests_values_are_the_same_through_both_writers(template):
    fast, reference = both(template)
    if fast is not None:
        assert fast == reference


def test_the_scalars_kept_start_again_past_their_bound(monkeypatch):
    template = {"Resources": {f"R{i}": {"Type": "AWS::SNS::Topic", "Name": f"topic {i}"} for i in range(30)}}
    monkeypatch.setattr(dumping, "_KEPT", 10)
    first = dumping._fast_dump(template)
    kept = dumping._SCALAR_CACHE[0]
    assert len(kept.full) + len(kept.short) > 10
    assert dumping._fast_dump(template) == first == dumping._reference_dump(template)
    assert dumping._SCALAR_CACHE[0] is not kept


# -- the bound on a template's size, which `stackgen validate` reads instead of writing it ------


def _written_size(template) -> int:
    return len(dumping.dump(template, "spec.yaml").encode("utf-8"))


def test_the_size_bound_keeps_every_sample_under_the_inline_limit_so_validate_writes_no_yaml():
    from stackgen.limits import MAX_TEMPLATE_BODY

    for spec in sorted(ROOT.glob("samples/*/spec.yaml")):
        (template,) = templates_of(spec)
        bound = dumping.longest(template, str(spec))
        # useful as well as safe: within a few times the real size
        assert _written_size(template) <= bound <= min(MAX_TEMPLATE_BODY, 8 * _written_size(template)), spec


def test_the_size_bound_gives_up_on_a_template_nested_past_half_the_width():
    deep: dict = {"a": "b"}
    for _ in range(600):
        deep = {"k": deep}
    assert dumping.longest(deep, "spec.yaml") is None


def test_validate_writes_no_yaml_when_the_bound_is_under_the_limit_and_still_reports_r009_over_it():
    sample = ROOT / "samples" / "sign-up" / "spec.yaml"
    with mock.patch.object(dumping, "dump", side_effect=AssertionError("written")):
        assert build(str(sample), text=False).ok
    big = ROOT / "tests" / "cases" / "limit-template-size" / "spec.yaml"
    written = build(str(big))
    checked = build(str(big), text=False)
    assert [str(d) for d in checked.diagnostics] == [str(d) for d in written.diagnostics]
    assert any(d.code == "R009" for d in checked.diagnostics)
