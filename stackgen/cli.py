"""The command line: flags in, one pipeline call per spec, a report out, and the exit code.

Exit status, decided in :func:`_finish` only: 0 when every spec is fine (warnings allowed),
1 when any spec has an error, a template is out of date (``--check``) or cannot be written, or
``graph --format svg`` finds no Graphviz; 2 for a usage error (click's).
"""

from __future__ import annotations

import os
import sys
from typing import Sequence

import click

from . import __version__

TEMPLATE = "template.yaml"


def _finish(failed: bool) -> None:
    sys.exit(1 if failed else 0)


def _target(spec: str, output: str | None) -> str:
    return output if output else os.path.join(os.path.dirname(spec), TEMPLATE)


def _label(spec: str, target: str) -> str:
    """How the template's header names its spec: relative to the template, with slashes."""
    if target == "-":
        return os.path.basename(spec)
    start = os.path.dirname(os.path.abspath(target))
    return os.path.relpath(os.path.abspath(spec), start).replace(os.sep, "/")


def _text_report(diagnostics: Sequence) -> None:
    from .report import text

    text(diagnostics, sys.stderr)


_SPECS = click.argument("specs", nargs=-1, required=True, metavar="SPEC...",
                        type=click.Path(exists=True, dir_okay=True, allow_dash=False))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="stackgen")
def main() -> None:
    """Turn a stack spec (user pools, clients, functions and the wires between them) into a
    SAM template that deploys."""


@main.command()
@_SPECS
@click.option("-o", "--output", metavar="PATH",
              help="Write the template here instead of template.yaml beside the spec; - for stdout.")
@click.option("--check", is_flag=True,
              help="Write nothing; exit 1 when a template is missing or differs from what its spec gives.")
@click.option("--diff", "show_diff", is_flag=True,
              help="Write nothing; print a unified diff of each template against what its spec gives.")
@click.option("--force", is_flag=True,
              help="Overwrite a template.yaml that stackgen did not write.")
@click.option("--allow-replacement", "allowed", multiple=True, metavar="NAME",
              help="Let the user pool or client NAME leave the stack or be replaced (repeatable).")
def build(specs: tuple[str, ...], output: str | None, check: bool, show_diff: bool, force: bool,
          allowed: tuple[str, ...]) -> None:
    """Write the template of each SPEC (template.yaml beside it)."""
    from .build import build as compile_spec
    from .diagnostics import Diagnostic
    from .output import cannot_write, deliver, read_existing

    if output and len(specs) > 1:
        raise click.UsageError("-o/--output takes one SPEC; without it each template is written beside its spec")
    if output == "-" and (check or show_diff):
        raise click.UsageError("--check and --diff compare with a file: they do not go with -o -")
    failed = False
    for spec in specs:
        target = _target(spec, output)
        try:
            existing = None if target == "-" else read_existing(target)
        except OSError as exc:
            _text_report([cannot_write(target, exc)])
            failed = True
            continue
        previous = (target, existing) if existing is not None else None
        result = compile_spec(spec, _label(spec, target), previous, allowed)
        problems: list[Diagnostic] = list(result.diagnostics)
        if result.ok and target == "-":
            click.echo(result.text, nl=False)
        elif result.ok or result.text is not None and (check or show_diff):
            fix = f"stackgen build {spec}" + (f" -o {output}" if output else "")
            try:
                found, diff = deliver(target, result.text, existing, check=check, diff=show_diff,
                                      force=force, fix=fix)
            except OSError as exc:
                found, diff = [cannot_write(target, exc)], ""
            click.echo(diff, nl=False)
            problems.extend(found)
        _text_report(problems)
        failed = failed or any(p.severity == "error" for p in problems)
    _finish(failed)


@main.command()
@_SPECS
@click.option("--format", "output_format", type=click.Choice(["text", "json", "github"]), default="text",
              show_default=True, help="text for people, json for tools, github for GitHub Actions annotations.")
def validate(specs: tuple[str, ...], output_format: str) -> None:
    """Check each SPEC and write nothing."""
    from .build import build as compile_spec
    from .report import REPORTERS

    results = [compile_spec(spec) for spec in specs]
    diagnostics = [d for r in results for d in r.diagnostics]
    stream = sys.stderr if output_format == "text" else sys.stdout
    REPORTERS[output_format](diagnostics, stream)
    _finish(any(not r.ok for r in results))


GRAPHVIZ_MISSING = (
    "error: --format svg needs Graphviz's `dot` command, and it is not on the PATH. Install "
    "Graphviz (`apt-get install graphviz`, `dnf install graphviz`, `brew install graphviz`, "
    "`choco install graphviz`; see https://graphviz.org/download/), or print DOT with "
    "--format dot and render it elsewhere."
)


@main.command()
@click.argument("spec", metavar="SPEC", type=click.Path(exists=True, dir_okay=True, allow_dash=False))
@click.option("--format", "output_format", type=click.Choice(["mermaid", "dot", "svg"]), default="mermaid",
              show_default=True,
              help="mermaid for Markdown (GitHub renders it), dot for Graphviz, svg drawn by Graphviz's dot.")
@click.option("-o", "--output", metavar="FILE", help="Write the drawing here instead of standard output.")
def graph(spec: str, output_format: str, output: str | None) -> None:
    """Draw SPEC as a diagram (Mermaid, DOT or SVG).

    One node per resource, shaped by type; solid arrows for event and membership wires, dashed
    for discovery. A spec with an error is not drawn: its problems are printed instead."""
    from .build import resolve_spec
    from .draw import RENDERERS

    resolved, diagnostics = resolve_spec(spec)
    if resolved is None:
        _text_report(diagnostics)
        _finish(True)
    text = RENDERERS["dot" if output_format == "svg" else output_format](resolved.stack)
    if output_format == "svg":
        text, problem = _svg(text)
        if text is None:
            click.echo(problem, err=True)
            _finish(True)
    if output and output != "-":
        from .output import cannot_write, write_atomic

        try:
            write_atomic(output, text)
        except OSError as exc:
            _text_report([cannot_write(output, exc)])
            _finish(True)
    else:
        click.echo(text, nl=False)
    _finish(False)


def _svg(dot_text: str) -> tuple[str | None, str]:
    """Graphviz's SVG of ``dot_text``, or None and why not."""
    import shutil
    import subprocess

    program = shutil.which("dot")
    if program is None:
        return None, GRAPHVIZ_MISSING
    done = subprocess.run([program, "-Tsvg"], input=dot_text, capture_output=True, text=True,
                          encoding="utf-8", check=False)
    if done.returncode != 0:
        return None, f"error: Graphviz's dot failed (exit {done.returncode}): {done.stderr.strip()}"
    return done.stdout, ""
