"""Golden cases: where they live and what stackgen makes of each.

A case is a folder under ``tests/cases/`` with a ``spec.yaml`` and what stackgen gives for it:
``template.yaml`` when the spec builds, and ``diagnostics.txt`` with every line stackgen prints
about it (errors, warnings, notes) when there are any. A case with a ``command.txt`` (the words
after ``stackgen``, such as ``build --check spec.yaml -o stale.yaml``; such a case needs no spec
when its command reads none, as ``import original.yaml -o -``) is run through the command
line instead, in a copy of its folder, and records ``output.txt``: what it printed and its exit
status. A sample under ``samples/`` is a case too, with its template only, plus its drawings (see
:func:`drawings`). ``python tests/regenerate.py`` rewrites them all; review the diff.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import tempfile
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
COMMAND = "command.txt"
OUTPUT = "output.txt"
#: every file name a case may record
RECORDS = (TEMPLATE, DIAGNOSTICS, OUTPUT)
#: what a sample records of `stackgen graph` (and README.md's ```mermaid block)
GRAPH_MERMAID = "graph.mmd"
GRAPH_DOT = "graph.dot"
README = "README.md"


def cases() -> list[Path]:
    """Every case: a folder with a spec, or with a command alone (``stackgen import`` reads a
    template, not a spec)."""
    return sorted(p for p in CASES.iterdir() if (p / SPEC).is_file() or (p / COMMAND).is_file())


def samples() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if (p / SPEC).is_file())


@contextmanager
def _inside(folder: Path):
    """In ``folder``, on the fixed day the tests judge runtime deprecation on (cfn.LINT_DATE), so
    that what a case records never changes with the calendar."""
    from unittest import mock

    from cfn import LINT_DATE

    before = os.getcwd()
    os.chdir(folder)
    try:
        with mock.patch("stackgen.runtimes.today", lambda: LINT_DATE):
            yield
    finally:
        os.chdir(before)


def expected(folder: Path) -> dict[str, str]:
    """What stackgen makes of the case in ``folder``: file name -> text."""
    if (folder / COMMAND).is_file():
        return {OUTPUT: run_command(folder)}
    with _inside(folder):
        result = build(SPEC, label=SPEC)
    out = {}
    if result.text is not None:
        out[TEMPLATE] = result.text
    if result.diagnostics:
        out[DIAGNOSTICS] = "".join(render(d) + "\n" for d in result.diagnostics)
    return out


def run_command(folder: Path) -> str:
    """Run the case's command in a copy of its folder: the command, what it printed, the exit."""
    from click.testing import CliRunner

    from stackgen.cli import main

    words = (folder / COMMAND).read_text(encoding="utf-8").strip()
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / folder.name
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns(OUTPUT))
        with _inside(copy):
            result = CliRunner().invoke(main, shlex.split(words))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return f"$ stackgen {words}\n{result.stdout}{result.stderr}exit {result.exit_code}\n"


def recorded(folder: Path, with_diagnostics: bool = True) -> dict[str, str]:
    """What the case in ``folder`` has on disk."""
    names = RECORDS if with_diagnostics else (TEMPLATE,)
    if (folder / COMMAND).is_file():
        names = (OUTPUT,)
    return {n: (folder / n).read_text(encoding="utf-8") for n in names if (folder / n).is_file()}


def drawings(folder: Path) -> dict[str, str]:
    """What ``stackgen graph`` draws for the sample in ``folder``: file name -> text.

    ``graph.mmd`` (Mermaid) and ``graph.dot`` (Graphviz), and the sample's ``README.md`` with
    its ```` ```mermaid ```` block replaced by the Mermaid drawing. Empty when the spec has an error.
    """
    from stackgen.build import resolve_spec
    from stackgen.draw import RENDERERS

    with _inside(folder):
        graph, _ = resolve_spec(SPEC)
    if graph is None:
        return {}
    out = {GRAPH_MERMAID: RENDERERS["mermaid"](graph.stack), GRAPH_DOT: RENDERERS["dot"](graph.stack)}
    readme = folder / README
    if readme.is_file():
        out[README] = with_diagram(readme.read_text(encoding="utf-8"), out[GRAPH_MERMAID])
    return out


_MERMAID_BLOCK = re.compile(r"^```mermaid\n(.*?)^```$", re.DOTALL | re.MULTILINE)


def mermaid_block(markdown: str) -> str | None:
    """The text of the first ```` ```mermaid ```` block of ``markdown``."""
    found = _MERMAID_BLOCK.search(markdown)
    return found.group(1) if found else None


def with_diagram(markdown: str, diagram: str) -> str:
    """``markdown`` with its first ```` ```mermaid ```` block holding ``diagram``."""
    found = _MERMAID_BLOCK.search(markdown)
    if not found:
        return markdown
    return markdown[:found.start(1)] + diagram + markdown[found.end(1):]
