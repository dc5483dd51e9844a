"""The command line: flags in, one pipeline call, a report out, and the exit code.

Exit status, decided in :func:`_finish` only: 0 when every spec is fine (warnings allowed),
1 when any spec has an error or a template cannot be written, 2 for a usage error (click's).
"""

from __future__ import annotations

import os
import sys
from typing import Iterable

import click

from . import __version__

TEMPLATE = "template.yaml"


def _report(diagnostics: Iterable) -> None:
    from .diagnostics import render

    for d in diagnostics:
        click.echo(render(d), err=True)


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
def build(specs: tuple[str, ...], output: str | None) -> None:
    """Write the template of each SPEC (template.yaml beside it)."""
    from .build import build as compile_spec
    from .diagnostics import error, locate
    from .output import write_atomic

    if output and len(specs) > 1:
        raise click.UsageError("-o/--output takes one SPEC; without it each template is written beside its spec")
    failed = False
    for spec in specs:
        target = _target(spec, output)
        result = compile_spec(spec, _label(spec, target))
        _report(result.diagnostics)
        if not result.ok:
            failed = True
            continue
        if target == "-":
            click.echo(result.text, nl=False)
            continue
        try:
            write_atomic(target, result.text)
        except OSError as exc:
            failed = True
            _report(locate([error("O001", f"cannot write {target}: {exc.strerror or exc}")], spec, {}, {}))
    _finish(failed)


@main.command()
@_SPECS
def validate(specs: tuple[str, ...]) -> None:
    """Check each SPEC and write nothing."""
    from .build import build as compile_spec

    failed = False
    for spec in specs:
        result = compile_spec(spec)
        _report(result.diagnostics)
        failed = failed or not result.ok
    _finish(failed)
