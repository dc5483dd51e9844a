"""Golden cases: where they live and what stackgen makes of each.

A case is a folder under ``tests/cases/`` with a ``spec.yaml`` and what stackgen gives for it:
``template.yaml`` when the spec builds, and ``diagnostics.txt`` with every line stackgen prints
about it (errors, warnings, notes) when there are any. A sample under ``samples/`` is a case
too, with its template only. ``python tests/regenerate.py`` rewrites them all; review the diff.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from stackgen.build import build
from stackgen.diagnostics import render

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
SAMPLES = ROOT / "samples"
SPEC = "spec.yaml"
TEMPLATE = "template.yaml"
DIAGNOSTICS = "diagnostics.txt"


def cases() -> list[Path]:
    return sorted(p for p in CASES.iterdir() if (p / SPEC).is_file())


def samples() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if (p / SPEC).is_file())


@contextmanager
def _inside(folder: Path):
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def expected(folder: Path) -> dict[str, str]:
    """What stackgen makes of the case in ``folder``: file name -> text."""
    with _inside(folder):
        result = build(SPEC, label=SPEC)
    out = {}
    if result.text is not None:
        out[TEMPLATE] = result.text
    if result.diagnostics:
        out[DIAGNOSTICS] = "".join(render(d) + "\n" for d in result.diagnostics)
    return out


def recorded(folder: Path, with_diagnostics: bool = True) -> dict[str, str]:
    """What the case in ``folder`` has on disk."""
    names = (TEMPLATE, DIAGNOSTICS) if with_diagnostics else (TEMPLATE,)
    return {n: (folder / n).read_text(encoding="utf-8") for n in names if (folder / n).is_file()}
