"""The wheel carries the schema the repository keeps in schemas/, and validates with it; the
package also runs from a checkout."""

import json
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_the_schema(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr
    wheel = next(tmp_path.glob("stackgen-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        module = archive.read("stackgen/spec_schema.py").decode("utf-8")
    namespace: dict = {}
    exec(compile(module, "spec_schema.py", "exec"), namespace)
    assert json.loads(namespace["SCHEMA_JSON"]) == json.loads((ROOT / "schemas" / "spec.schema.json").read_text())
    assert "stackgen/cli.py" in names


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
