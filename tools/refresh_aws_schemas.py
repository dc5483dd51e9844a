"""Vendor AWS's schemas of the types ``properties`` is checked against: ``python tools/refresh_aws_schemas.py``.

For each type in :data:`stackgen.properties.AWS_TYPES` it writes

- ``stackgen/data/aws/<Type>.json``: the installed cfn-lint's copy of the type's schema (the
  CloudFormation resource provider schema; for ``AWS::Serverless::*`` the one cfn-lint makes
  from the SAM translator's), trimmed to what checking needs: ``properties``, ``definitions``,
  ``required`` and ``readOnlyProperties``, without documentation or cfn-lint's formats;
- ``stackgen/aws/<type>.py``: fastjsonschema's compiled validator of
  :func:`stackgen.properties.checking_schema` of that copy (a valid ``properties`` is confirmed
  without importing jsonschema);

and for each type of :data:`stackgen.properties.CARRIED_TYPES` (a type a spec carries as is) the
JSON copy alone, and ``stackgen/data/aws/types.txt``, every resource type name cfn-lint knows.

``tests/unit/test_aws_properties.py`` fails when either differs from what this script writes with
the installed cfn-lint and fastjsonschema: then run it, review the diff and commit it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

#: the top-level keys of a resource schema that checking needs
KEEP = ("typeName", "properties", "definitions", "required", "readOnlyProperties", "createOnlyProperties",
        "additionalProperties")
#: the key of the vendored copy that lists the attributes ``!GetAtt`` reads (cfn-lint's)
ATTRIBUTES = "stackgen:attributes"
#: the keywords kept inside a schema: JSON Schema's validation keywords
KEYWORDS = frozenset({
    "type", "properties", "additionalProperties", "patternProperties", "items", "required",
    "enum", "const", "pattern", "minLength", "maxLength", "minimum", "maximum",
    "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems",
    "minProperties", "maxProperties", "propertyNames", "dependencies", "$ref", "anyOf", "allOf",
    "oneOf", "not",
})


def _trim(schema):
    """``schema`` with only validation keywords (no descriptions, cfn-lint's ``format``...)."""
    if not isinstance(schema, dict):
        return schema
    out = {}
    for key, value in schema.items():
        if key not in KEYWORDS:
            continue
        if key in ("properties", "patternProperties"):
            out[key] = {name: _trim(sub) for name, sub in value.items()}
        elif key in ("anyOf", "allOf", "oneOf"):
            out[key] = [_trim(sub) for sub in value]
        elif key in ("items", "additionalProperties", "not", "propertyNames"):
            out[key] = _trim(value)
        else:
            out[key] = value
    return out


def resource_schema(aws_type: str) -> dict:
    """The installed cfn-lint's schema of ``aws_type``, trimmed."""
    from cfnlint.schema import PROVIDER_SCHEMA_MANAGER

    provider = PROVIDER_SCHEMA_MANAGER.get_resource_schema("us-east-1", aws_type)
    full = provider.schema
    kept = {key: full[key] for key in KEEP if key in full}
    # the attributes !GetAtt reads, as cfn-lint derives them from the schema
    kept[ATTRIBUTES] = sorted(provider.get_atts)
    kept["properties"] = {name: _trim(sub) for name, sub in kept.get("properties", {}).items()}
    kept["definitions"] = {name: _trim(sub) for name, sub in kept.get("definitions", {}).items()}
    return kept


def data_text(schema: dict) -> str:
    return json.dumps(schema, indent=1, sort_keys=True) + "\n"


def module_text(aws_type: str, schema: dict) -> str:
    """The compiled validator module of ``aws_type``'s checking schema."""
    import fastjsonschema

    from generate_validator import compiled, patterns_on_first_use
    from stackgen.properties import checking_schema

    # a no is all the package asks of it (jsonschema words why): the exceptions need not carry
    # the schema, which would make the module many times larger
    code, entry = compiled(checking_schema(schema), "..", detailed_exceptions=False)
    code = patterns_on_first_use(code, "..")
    data = f"stackgen/data/aws/{aws_type.replace('::', '-')}.json"
    return (
        f'"""The compiled check of {aws_type}\'s properties. Generated: do not edit.\n\n'
        f"Made from {data} (see stackgen.properties.checking_schema) by\n"
        f"`python tools/refresh_aws_schemas.py` with fastjsonschema {fastjsonschema.VERSION}.\n"
        '"""\n'
        "# flake8: noqa\n"
        "# fmt: off\n\n"
        f"{code}\n\n"
        f"validate = {entry}\n"
    )


def outputs() -> dict[Path, str]:
    """Every file this script writes -> its text, from the installed cfn-lint and fastjsonschema."""
    from stackgen.properties import AWS_TYPES, CARRIED_TYPES, TYPE_NAMES, data_file, module_name

    files: dict[Path, str] = {}
    for aws_type in sorted(set(AWS_TYPES.values())):
        schema = resource_schema(aws_type)
        files[ROOT / "stackgen" / "data" / "aws" / Path(data_file(aws_type)).name] = data_text(schema)
        files[ROOT / "stackgen" / "aws" / f"{module_name(aws_type)}.py"] = module_text(aws_type, schema)
    for aws_type in sorted(set(CARRIED_TYPES) - set(AWS_TYPES.values())):   # data only: jsonschema checks them
        files[ROOT / "stackgen" / "data" / "aws" / Path(data_file(aws_type)).name] = data_text(resource_schema(aws_type))
    files[Path(TYPE_NAMES)] = "".join(f"{name}\n" for name in type_names())
    return files


def type_names() -> list[str]:
    """Every resource type the installed cfn-lint knows in us-east-1, and SAM's."""
    from cfnlint.schema import PROVIDER_SCHEMA_MANAGER

    return sorted(PROVIDER_SCHEMA_MANAGER.get_resource_types("us-east-1"))


def main() -> int:
    from vendored import write_if_changed

    for path, text in outputs().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_if_changed(path, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
