"""Templates real users wrote, as evidence that the properties check raises no false alarm.

``tests/realworld/templates/`` holds public CloudFormation and SAM templates that declare Cognito
user pools, their clients and SAM functions, each stored as its repository has it
(``tests/realworld/SOURCES.md`` says where each comes from). The ``Properties`` of every
``AWS::Cognito::UserPool``, ``AWS::Cognito::UserPoolClient`` and ``AWS::Serverless::Function``
are checked as a spec's ``properties`` would be: the keys that a field or a wire owns (R002)
are dropped first, then :func:`stackgen.properties.check` runs on what is left. What
CloudFormation deploys must pass: the only findings allowed are those in :data:`EXPECTED`,
settings the template really has wrong, each with the reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

import pytest
from ruamel.yaml import YAML
from ruamel.yaml.constructor import SafeConstructor

from stackgen import properties
from stackgen.intrinsics import SHORT_FORMS, Intrinsic
from stackgen.kinds import REGISTRY
from stackgen.model import build
from stackgen.previous import read

TEMPLATES = Path(__file__).resolve().parent / "realworld" / "templates"
#: the template's resource type -> the spec's kind whose ``properties`` it would be
KINDS = {
    "AWS::Cognito::UserPool": "UserPool",
    "AWS::Cognito::UserPoolClient": "UserPoolClient",
    "AWS::Serverless::Function": "Function",
}

#: (template file, Logical ID) -> {(code, path under Properties)}: what a template really has
#: wrong, each with the reason and cfn-lint's word on it. None so far: cfn-lint finds nothing
#: in the checked properties of these templates either (only deprecated runtimes, which a
#: function's field owns, and keys outside Properties)
EXPECTED: Mapping[tuple[str, str], set[tuple[str, str]]] = {}


def _owned_dropped(kind: str, name: str, props: Mapping[str, Any]) -> dict:
    """``props`` without the keys that a field or a wire owns for ``kind``, in any case, as the
    spec would have them: stackgen sets those itself (R002)."""
    out = dict(props)
    for path in REGISTRY[kind].owners(name):
        holder = out
        for key in path[:-1]:
            match = next((k for k in holder if k.casefold() == key.casefold()), None)
            if match is None or not isinstance(holder[match], dict):
                break
            holder[match] = holder = dict(holder[match])
        else:
            for key in [k for k in holder if k.casefold() == path[-1].casefold()]:
                del holder[key]
    return out


class _Constructor(SafeConstructor):
    """YAML 1.2 as stackgen reads it, and CloudFormation's short forms (``!Ref x``) as
    :class:`Intrinsic` (a subclass, so that ruamel's own safe constructor stays as it is)."""


def _short_form(constructor, node):
    fn = node.tag[1:] if isinstance(node.tag, str) else node.tag.value[1:]
    if node.id == "scalar":
        return Intrinsic(fn, constructor.construct_scalar(node))
    if node.id == "sequence":
        return Intrinsic(fn, constructor.construct_sequence(node, deep=True))
    return Intrinsic(fn, constructor.construct_mapping(node, deep=True))


for _fn in SHORT_FORMS:
    _Constructor.add_constructor(f"!{_fn}", _short_form)


def _long_forms(value: Any) -> Any:
    """``value`` with each one-key mapping ``{"Ref": ...}`` or ``{"Fn::<name>": ...}`` an
    :class:`Intrinsic`, as a short form would be."""
    if isinstance(value, Intrinsic):
        return Intrinsic(value.fn, _long_forms(value.value))
    if isinstance(value, list):
        return [_long_forms(item) for item in value]
    if isinstance(value, dict):
        value = {key: _long_forms(item) for key, item in value.items()}
        if len(value) == 1:
            (key, inner), = value.items()
            if key in ("Ref", "Condition") or (isinstance(key, str) and key.startswith("Fn::")):
                return Intrinsic(key if key in ("Ref", "Condition") else key[4:], inner)
    return value


def _template(path: Path) -> dict:
    """A template (YAML or JSON) as CloudFormation reads it, functions as :class:`Intrinsic`.

    ruamel's pure-Python parser, as the spec's loader falls back to: libyaml refuses a plain
    scalar with a colon in a flow sequence (``[C, https://x, y]``), which YAML 1.2, cfn-lint and
    CloudFormation take."""
    yaml = YAML(typ="safe", pure=True)
    yaml.Constructor = _Constructor
    return _long_forms(yaml.load(path.read_text(encoding="utf-8")))


def _load() -> dict[str, list[tuple[str, str, dict]]]:
    """Each template's file name -> (Logical ID, kind, properties as a spec would give them)."""
    loaded: dict[str, list[tuple[str, str, dict]]] = {}
    for path in sorted(TEMPLATES.iterdir()):
        resources = _template(path)["Resources"]
        loaded[path.name] = [
            (name, KINDS[body["Type"]], _owned_dropped(KINDS[body["Type"]], name, body.get("Properties") or {}))
            for name, body in resources.items() if body.get("Type") in KINDS
        ]
    return loaded


#: read once, when the module is collected
LOADED = _load()


def _findings(kind: str, name: str, props: dict) -> set[tuple[str, str]]:
    stack = build({"resources": {name: {"type": kind, "properties": props}}})
    return {(d.code, ".".join(str(k) for k in d.pointer[3:])) for d in properties.check(stack)}


def test_the_corpus_is_real_and_broad():
    """Enough templates, from distinct repositories, with each type checked."""
    repositories = {name.split("__")[1] for name in LOADED}
    kinds = [kind for found in LOADED.values() for _, kind, _ in found]
    assert len(LOADED) >= 15 and len(repositories) >= 12, sorted(repositories)
    assert min(kinds.count(kind) for kind in KINDS.values()) >= 10, kinds


@pytest.mark.parametrize("template", sorted(LOADED))
def test_what_real_templates_set_passes_the_properties_check(template):
    found = {}
    for name, kind, props in LOADED[template]:
        findings = _findings(kind, name, props)
        if findings or (template, name) in EXPECTED:
            found[name] = findings
    expected = {name: codes for (file, name), codes in EXPECTED.items() if file == template}
    assert found == expected


def test_owned_keys_are_dropped_in_any_case_and_at_their_depth():
    props = {"lambdaConfig": {}, "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": True, "UnusedAccountValidityDays": 7},
             "MfaConfiguration": "OFF"}
    assert _owned_dropped("UserPool", "P", props) == {
        "AdminCreateUserConfig": {"UnusedAccountValidityDays": 7}, "MfaConfiguration": "OFF"}
    assert props["AdminCreateUserConfig"]["AllowAdminCreateUserOnly"] is True   # the template's data is kept


def test_every_template_has_its_source_recorded():
    sources = (TEMPLATES.parent / "SOURCES.md").read_text(encoding="utf-8")
    assert [name for name in LOADED if f"| `{name}` |" not in sources] == []


#: a template libyaml refuses (a colon in a flow sequence's plain scalar,
#: ``!If [C, https://x, !Ref AWS::NoValue]``, which YAML 1.2 allows): the reader falls back to
#: ruamel's pure-Python parser
LIBYAML_REFUSES = "aws-samples__serverless-patterns__cognito-httpapi__auth.yaml"


def test_a_template_libyaml_refuses_is_still_read():
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError

    text = (TEMPLATES / LIBYAML_REFUSES).read_text(encoding="utf-8")
    with pytest.raises(MarkedYAMLError):
        list(YAML(typ="safe").parse(text))
    assert LIBYAML_REFUSES in LOADED


@pytest.mark.parametrize("template", sorted(LOADED))
def test_the_previous_template_reader_reads_what_cloudformation_reads(template):
    path = TEMPLATES / template
    previous = read(str(path), path.read_bytes(), KINDS)
    assert not previous.problems, [d.message for d in previous.problems]
    assert sorted((name, KINDS[r.type]) for name, r in previous.resources.items() if r.type in KINDS) \
        == sorted((name, kind) for name, kind, _ in LOADED[template])
