"""The wheel carries the schema the repository keeps in schemas/, and validates with it."""

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
        shipped = archive.read("stackgen/schemas/spec.schema.json")
        names = archive.namelist()
    assert shipped == (ROOT / "schemas" / "spec.schema.json").read_bytes()
    assert "stackgen/cli.py" in names
