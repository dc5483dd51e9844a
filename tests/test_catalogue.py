"""Every diagnostic code is documented and shown by a golden case; the code emits no other."""

import re
from pathlib import Path

import pytest

from goldens import CASES, DIAGNOSTICS, OUTPUT
from stackgen.diagnostics import CATALOGUE

ROOT = Path(__file__).resolve().parent.parent
DOCS = (ROOT / "docs" / "diagnostics.md").read_text()


def recorded_codes() -> set[str]:
    text = "".join(p.read_text() for name in (DIAGNOSTICS, OUTPUT) for p in CASES.glob(f"*/{name}"))
    return set(re.findall(r": (?:error|warning|note) ([A-Z]\d{3}):", text))


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_code_is_documented(code):
    assert re.search(rf"^## {code}\b", DOCS, re.M), f"docs/diagnostics.md has no section for {code}"


#: codes no spec can trigger: stackgen's own bugs (tested in tests/unit/test_verify.py and
#: tests/test_guard.py)
NO_CASE = {"X001", "X002"}


@pytest.mark.parametrize("code", sorted(set(CATALOGUE) - NO_CASE))
def test_code_has_a_golden_case(code):
    assert code in recorded_codes(), f"no case in tests/cases/ shows {code}"


def test_the_code_emits_only_catalogued_codes():
    source = "".join(p.read_text() for p in (ROOT / "stackgen").rglob("*.py") if p.name != "diagnostics.py")
    used = set(re.findall(r'"([LSWPROIX]\d{3})"', source))
    assert used == set(CATALOGUE)
