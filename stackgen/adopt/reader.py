"""Read the template to import: its data, with every CloudFormation function as an
:class:`~stackgen.intrinsics.Intrinsic` whichever form the file wrote it in, and the source map
that locates a diagnostic at ``file:line:col`` of the original.

The text is read by the spec's own loader (YAML 1.2; JSON is YAML), so a template gets the same
care as a spec: unknown tags and sizes are located errors. A duplicate key is read as SAM CLI
reads it, the last value winning (what ``sam deploy`` deployed), with the warning ``I009``. Long forms
(``{"Fn::GetAtt": ["Users", "Arn"]}``, ``{"Ref": "Users"}``) become the short form's value, and
``!GetAtt [Users, Arn]`` becomes ``!GetAtt Users.Arn``, so that a template compares equal to the
one stackgen writes for it whatever its author's habits.
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import Diagnostic, Pointer, error
from ..intrinsics import SHORT_FORMS, Intrinsic
from ..record import factory, record, replace


@record(frozen=False)
class Template:
    path: str
    #: the template's data, intrinsics normalized; None when it cannot be read
    data: Any = None
    keys: dict[Pointer, tuple[int, int]] = factory(dict)
    values: dict[Pointer, tuple[int, int]] = factory(dict)
    diagnostics: list[Diagnostic] = factory(list)


def read(path: str) -> Template:
    """The template at ``path``; problems come back as diagnostics (``L`` as for a spec, ``I001``
    for a file that is YAML but not a template)."""
    from ..load import load

    loaded = load(path, last_wins=True)
    # the loader's words are about a spec: here the file is a template
    template = Template(path, None, loaded.keys, loaded.values,
                        [replace(d, message=d.message.replace("the spec ", "the file "))
                         for d in loaded.diagnostics if d.code != "S002"])
    if any(d.code == "S002" for d in loaded.diagnostics):
        template.diagnostics.append(error("I001", "the template is empty; give a SAM or CloudFormation "
                                          "template with a `Resources` mapping"))
        return template
    if loaded.data is None or any(d.severity == "error" for d in template.diagnostics):
        return template
    data = normalize(loaded.data)
    if not isinstance(data, dict) or not isinstance(data.get("Resources"), dict) or not data["Resources"]:
        template.diagnostics.append(error(
            "I001", "this is not a SAM or CloudFormation template: it has no `Resources` mapping with at "
            "least one resource; give the template a stack was deployed from",
            ("Resources",) if isinstance(data, dict) and "Resources" in data else ()))
        return template
    bad = [name for name, body in data["Resources"].items()
           if not isinstance(body, dict) or not isinstance(body.get("Type"), str)]
    for name in bad:
        template.diagnostics.append(error(
            "I001", f"the resource `{name}` has no `Type`: CloudFormation would refuse this template; "
            "give each resource its `Type`", ("Resources", name), at_key=True))
    shapeless = [(name, body["Properties"]) for name, body in data["Resources"].items()
                 if name not in bad and "Properties" in body and not isinstance(body["Properties"], dict)]
    for name, _ in shapeless:
        template.diagnostics.append(error(
            "I001", f"`Properties` of the resource `{name}` is not a mapping: CloudFormation would refuse "
            "this template; give a mapping of its properties", ("Resources", name, "Properties")))
    sections = [s for s in MAPPINGS if s in data and not isinstance(data[s], dict)]
    for section in sections:
        template.diagnostics.append(error(
            "I001", f"the section `{section}` is not a mapping: CloudFormation would refuse this template; "
            "give a mapping, or remove the section", (section,)))
    template.data = None if bad or shapeless or sections else data
    return template


#: the template sections that are mappings of names
MAPPINGS = ("Parameters", "Conditions", "Outputs", "Mappings", "Rules", "Globals", "Metadata")


def normalize(value: Any) -> Any:
    """``value`` with every long-form function a short-form :class:`Intrinsic`, and the list form
    of ``GetAtt`` its dotted text."""
    if isinstance(value, Intrinsic):
        return _short(value.fn, normalize(value.value))
    if isinstance(value, dict):
        if len(value) == 1:
            [(key, argument)] = value.items()
            if key == "Ref" and isinstance(argument, str):
                return Intrinsic("Ref", argument)
            if isinstance(key, str) and key.startswith("Fn::") and key[4:] in SHORT_FORMS:
                return _short(key[4:], normalize(argument))
        return {k: normalize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalize(v) for v in value]
    return value


def _short(fn: str, argument: Any) -> Intrinsic:
    if fn == "GetAtt" and isinstance(argument, list) and len(argument) == 2 \
            and all(isinstance(a, str) for a in argument):
        argument = f"{argument[0]}.{argument[1]}"
    return Intrinsic(fn, argument)
