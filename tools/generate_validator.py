"""Write ``stackgen/spec_schema.py`` from ``schemas/spec.schema.json``: ``python tools/generate_validator.py``.

The generated module carries the spec's JSON Schema (for jsonschema, which words every
violation), the bounds of each resource kind's numeric fields (for the code that needs one,
such as an edge function's longest timeout), and fastjsonschema's compiled validator of the
same schema (plain Python, which confirms a valid spec fast). It is shipped inside the package, so stackgen never compiles or
executes code from a cache at run time. ``tests/unit/test_schema.py`` fails when the module is
not current with the schema file; run this script after every change to the schema.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schemas" / "spec.schema.json"
MODULE = ROOT / "stackgen" / "spec_schema.py"

_IMPORT = "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException"
_DECIMAL = "from decimal import Decimal"


def compiled(schema: dict, package: str = ".", **options) -> tuple[str, str]:
    """fastjsonschema's code for ``schema`` (``options`` are ``compile_to_code``'s), and the name
    of its entry function (the schema's own validator; its definitions' follow). What the code
    imports from fastjsonschema and ``decimal`` it takes from :mod:`stackgen.compiled`, which
    ``package`` (a relative import: "." from ``stackgen``, ".." from a subpackage) reaches."""
    import fastjsonschema

    code = fastjsonschema.compile_to_code(schema, use_default=False, **options)
    if _IMPORT not in code or _DECIMAL not in code:
        raise SystemExit(f"fastjsonschema {fastjsonschema.VERSION} generates code this script does not know")
    code = code.replace(_IMPORT, f"from {package}compiled import JsonSchemaValueException, JsonSchemaValuesException", 1)
    code = code.replace(_DECIMAL, f"from {package}compiled import Decimal", 1)
    entry = code[code.index("\ndef validate") + len("\ndef "):].split("(", 1)[0]
    return code, entry


def without_definitions(code: str) -> str:
    """fastjsonschema's code with no schema carried in its exceptions (``definition=``): a no is
    all stackgen asks of a compiled validator (jsonschema words why), and those copies of the
    schema, the whole schema at the top, made most of the module. fastjsonschema's own
    ``detailed_exceptions=False`` cannot compile a ``const``."""
    import ast

    class _Strip(ast.NodeTransformer):
        def visit_Call(self, node: ast.Call) -> ast.Call:
            self.generic_visit(node)
            if isinstance(node.func, ast.Name) and node.func.id == "JsonSchemaValueException":
                node.keywords = [k for k in node.keywords if k.arg != "definition"]
            return node

    return ast.unparse(_Strip().visit(ast.parse(code))) + "\n"


_LAZY = "from {package}compiled import OnFirstUse as _OnFirstUse, later as _later\n"


def patterns_on_first_use(code: str, package: str = ".") -> str:
    """fastjsonschema's code with its table of patterns compiled on first use, not on import."""
    start = code.index("REGEX_PATTERNS = {\n")
    end = code.index("\n}\n", start) + 2
    table = code[start:end]
    lines = table.split("\n")
    if not all(line.startswith("    '") and ": re.compile(" in line for line in lines[1:-1]):
        raise SystemExit("fastjsonschema's table of patterns is not as this script knows it")
    table = table.replace(": re.compile(", ": _later(").replace("REGEX_PATTERNS = {", "REGEX_PATTERNS = _OnFirstUse({", 1)
    return code[:start] + _LAZY.format(package=package) + "\n" + table + ")" + code[end:]


def bounds(schema: dict) -> dict[str, dict[str, tuple[int | None, int | None]]]:
    """Each resource kind's numeric fields and their (minimum, maximum) in ``schema``: what the
    code needs of them reads them here, so that the schema stays their one source."""
    return {
        kind: {field: (spec.get("minimum"), spec.get("maximum"))
               for field, spec in definition.get("properties", {}).items()
               if "minimum" in spec or "maximum" in spec}
        for kind, definition in schema["$defs"].items()
        if kind in kinds(schema)
    }


def kinds(schema: dict) -> list[str]:
    """The resource kinds ``schema`` names (the enum of the resource's ``type``, beside the
    pattern of the CloudFormation types carried as is)."""
    return next(b["enum"] for b in schema["$defs"]["resource"]["properties"]["type"]["anyOf"] if "enum" in b)


def generate(schema_text: str) -> str:
    """The text of the generated module for the schema ``schema_text``."""
    import fastjsonschema

    schema = json.loads(schema_text)
    code, entry = compiled(schema)
    code = without_definitions(patterns_on_first_use(code))
    return (
        '"""The spec\'s JSON Schema and its compiled validator. Generated: do not edit.\n\n'
        "Made from schemas/spec.schema.json by `python tools/generate_validator.py` with "
        f"fastjsonschema {fastjsonschema.VERSION}.\n"
        '"""\n'
        "# flake8: noqa\n"
        "# fmt: off\n\n"
        f"SCHEMA_JSON = {schema_text!r}\n\n"
        "#: per resource kind, its numeric fields' (minimum, maximum)\n"
        f"BOUNDS = {bounds(schema)!r}\n\n"
        f"{code}\n\n"
        f"validate = {entry}\n"
    )


def main() -> int:
    from vendored import write_if_changed

    return write_if_changed(MODULE, generate(SCHEMA.read_text(encoding="utf-8")))


if __name__ == "__main__":
    sys.exit(main())
