"""The wheel carries the schema the repository keeps in schemas/, and validates with it; the
package also runs from a checkout."""

import ast
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.xdist_group("wheel")   # the worker that builds the session's wheel for pre-commit
def test_wheel_ships_the_schema(stackgen_wheel):
    """The session's wheel (built from a copy of this tree, offline: see conftest.py)."""
    with zipfile.ZipFile(stackgen_wheel) as archive:
        names = archive.namelist()
        module = archive.read("stackgen/spec_schema.py").decode("utf-8")
    carried = next(ast.literal_eval(node.value) for node in ast.parse(module).body
                   if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "SCHEMA_JSON")
    assert json.loads(carried) == json.loads((ROOT / "schemas" / "spec.schema.json").read_text())
    assert "stackgen/compiled.py" in names  # what the generated validators import
    assert "stackgen/cli.py" in names
    # every kind's module, which the pipeline's stages look kinds up in
    assert {f"stackgen/kinds/{p.name}" for p in (ROOT / "stackgen" / "kinds").glob("*.py")} <= set(names)
    # and `stackgen import`'s
    assert {f"stackgen/adopt/{p.name}" for p in (ROOT / "stackgen" / "adopt").glob("*.py")} <= set(names)
    assert "stackgen/runtime_table.py" in names  # the runtime table
    assert "stackgen/handlers/user_pool_triggers.py" in names  # inline code, read from its file
    # AWS's schemas that properties are checked against, and their compiled checks
    from stackgen.properties import AWS_TYPES, module_name

    for aws_type in set(AWS_TYPES.values()):
        assert f"stackgen/data/aws/{aws_type.replace('::', '-')}.json" in names
        assert f"stackgen/aws/{module_name(aws_type)}.py" in names


def test_the_module_runs_from_the_source_tree():
    """`python -m stackgen` in a checkout imports the checkout's package, which must find its
    schema without the installed copy."""
    done = subprocess.run([sys.executable, "-m", "stackgen", "validate", "samples/sign-up/spec.yaml",
                           "tests/cases/error-schema/spec.yaml"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "error S001" in done.stderr or "error S00" in done.stderr
    assert "Traceback" not in done.stderr
    check = subprocess.run([sys.executable, "-c", "import stackgen, sys; print(stackgen.__file__)"],
                           cwd=ROOT, capture_output=True, text=True, check=True)
    assert Path(check.stdout.strip()).parent == ROOT / "stackgen"
