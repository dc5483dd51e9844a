"""The command line: flags in, a call of the pipeline (:mod:`stackgen.build`: ``build`` through
:mod:`stackgen.batch`, ``validate`` per spec, ``graph`` up to the resolved graph), a report out,
and the exit code.

Exit status, decided in :func:`_finish` only (and listed in :data:`EXIT_CODES`): 0 when every
spec is fine (warnings allowed); 1 when a spec has an error, a template is out of date
(``--check``) or cannot be written, or ``graph --format svg`` finds no Graphviz; 2 for a usage
error (click's); 123 when stackgen itself failed (its self-check, X001, or an unexpected error,
X002), so that CI and pre-commit can tell "fix your spec" from "stackgen is broken".
"""

from __future__ import annotations

import os
import sys
from typing import Sequence

import click

from . import __version__

#: the exit status of stackgen's own failure (as black's)
BROKEN = 123
EXIT_CODES = (
    (0, "every spec is valid (warnings and notes may have been printed); templates written"),
    (1, "a spec has an error, a template is stale (--check), not stackgen's or another spec's "
        "(no --force), or cannot be written; nothing was written"),
    (2, "a usage error: unknown command or option, a spec path that does not exist"),
    (BROKEN, "stackgen itself failed (a bug, not your spec): see the report, and --debug"),
)
#: set to 1 for the traceback of an unexpected failure, as --debug does
DEBUG_VARIABLE = "STACKGEN_DEBUG"
REPORT_TO = "the stackgen issue tracker"


def _finish(diagnostics: Sequence = (), failed: bool = False) -> None:
    if any(d.code.startswith("X") for d in diagnostics):
        sys.exit(BROKEN)
    sys.exit(1 if failed or any(d.severity == "error" for d in diagnostics) else 0)


def _text_report(diagnostics: Sequence) -> None:
    from .report import text

    text(diagnostics, sys.stderr)


def _crash(ctx: click.Context, exc: BaseException) -> None:
    """Report stackgen's own failure briefly (the traceback with --debug) and exit 123."""
    import traceback

    from .diagnostics import error

    words = " ".join(ctx.meta.get("stackgen.words", ())) or "(no arguments)"
    problem = error(
        "X002", f"stackgen {__version__} failed unexpectedly ({type(exc).__name__}: {exc}) while "
        f"running `stackgen {words}`: this is a bug in stackgen, not in your spec, and nothing "
        f"was written; please report it to {REPORT_TO} with the spec and this message"
        + ("" if ctx.meta.get("stackgen.debug") else
           f" (run with --debug, or {DEBUG_VARIABLE}=1, to see the traceback)"))
    if ctx.meta.get("stackgen.debug"):
        traceback.print_exc(file=sys.stderr)
    if ctx.meta.get("stackgen.format") == "json":
        from .report import as_json

        as_json([problem], sys.stdout)
    else:
        _text_report([problem])
    sys.exit(BROKEN)


class _Guarded(click.Group):
    """The command group that catches, once, whatever a command did not expect."""

    def make_context(self, info_name, args, parent=None, **extra):
        words = tuple(args)
        ctx = super().make_context(info_name, args, parent=parent, **extra)
        ctx.meta["stackgen.words"] = words  # the command line as given, for the report
        return ctx

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except BrokenPipeError:
            # the reader of the output went away (`stackgen build -o - | head`): not stackgen's
            # failure; click ends quietly with status 1, as other tools do
            raise
        except Exception as exc:  # noqa: BLE001: stackgen's own failure, reported as such
            _crash(ctx, exc)


_SPECS = click.argument("specs", nargs=-1, required=True, metavar="SPEC...",
                        type=click.Path(exists=True, dir_okay=True, allow_dash=False))

_EPILOG = "\b\nExit status:\n" + "\n".join(f"  {code:<4} {meaning}" for code, meaning in EXIT_CODES)


@click.group(cls=_Guarded, context_settings={"help_option_names": ["-h", "--help"]}, epilog=_EPILOG)
# the words given, so that click does not look up its translations of its own at every start
@click.version_option(__version__, prog_name="stackgen", message="%(prog)s, version %(version)s",
                      help="Show the version and exit.")
@click.option("--debug", is_flag=True, envvar=DEBUG_VARIABLE,
              help=f"On stackgen's own failure, print the traceback (also {DEBUG_VARIABLE}=1).")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Turn a stack spec (user pools, clients, functions and the wires between them) into a
    SAM template that deploys."""
    ctx.meta["stackgen.debug"] = debug
    # a report must reach a console that cannot show every character (a Windows runner's
    # code page): what it cannot show is escaped rather than a crash
    if hasattr(sys.stdout, "reconfigure"):
        try:
            sys.stdout.reconfigure(errors="backslashreplace")
        except (ValueError, OSError):
            pass


@main.command(epilog=_EPILOG)
@_SPECS
@click.option("-o", "--output", metavar="PATH",
              help="Write the template here instead of template.yaml beside the spec; - for stdout.")
@click.option("--check", is_flag=True,
              help="Write nothing; exit 1 when a template is missing or differs from what its spec gives.")
@click.option("--diff", "show_diff", is_flag=True,
              help="Write nothing; print a unified diff of each template against what its spec gives.")
@click.option("--force", is_flag=True,
              help="Overwrite a template.yaml that stackgen did not write, or wrote from another spec; "
                   "write even when the previous template cannot be read to check that no user pool "
                   "or client is dropped.")
@click.option("--allow-replacement", "allowed", multiple=True, metavar="[SPEC:]NAME",
              help="Let the user pool, client or group NAME leave the stack or be replaced (repeatable); "
                   "SPEC:NAME when several specs have a NAME.")
def build(specs: tuple[str, ...], output: str | None, check: bool, show_diff: bool, force: bool,
          allowed: tuple[str, ...]) -> None:
    """Write the template of each SPEC (template.yaml beside it)."""
    from .batch import STDOUT, build_all

    if output and len(specs) > 1:
        raise click.UsageError("-o/--output takes one SPEC; without it each template is written beside its spec")
    if output == STDOUT and (check or show_diff):
        raise click.UsageError("--check and --diff compare with a file: they do not go with -o -")
    outcome = build_all(specs, output, check=check, diff=show_diff, force=force, allowed=allowed)
    for text in outcome.stdout:
        _echo_utf8(text)
    _text_report(outcome.diagnostics)
    _finish(outcome.diagnostics)


def _echo_utf8(text: str) -> None:
    """A template or diff on stdout, as UTF-8 whatever the console's encoding."""
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:
        click.echo(text, nl=False)
        return
    sys.stdout.flush()
    stream.write(text.encode("utf-8", "backslashreplace"))
    stream.flush()


@main.command()
@_SPECS
@click.option("--format", "output_format", type=click.Choice(["text", "json", "github"]), default="text",
              show_default=True, help="text for people, json for tools, github for GitHub Actions annotations.")
@click.pass_context
def validate(ctx: click.Context, specs: tuple[str, ...], output_format: str) -> None:
    """Check each SPEC and write nothing."""
    from .build import build as compile_spec
    from .report import REPORTERS

    ctx.meta["stackgen.format"] = output_format
    results = [compile_spec(spec, text=False) for spec in specs]
    diagnostics = [d for r in results for d in r.diagnostics]
    stream = sys.stderr if output_format == "text" else sys.stdout
    REPORTERS[output_format](diagnostics, stream)
    _finish(diagnostics)


#: what `stackgen import` exits with: the same codes, in its own words
_IMPORT_EPILOG = "\b\nExit status:\n" + "\n".join(f"  {code:<4} {meaning}" for code, meaning in (
    (0, "the spec is written (notes, and with --partial warnings, may have been printed)"),
    (1, "part of the template cannot be imported faithfully (without --partial), the spec file exists "
        "(without --force) or cannot be written; nothing was written"),
    (2, "a usage error: unknown option, a template path that does not exist"),
    (BROKEN, "stackgen itself failed (a bug, not your template): see the report, and --debug"),
))


@main.command("import", epilog=_IMPORT_EPILOG)
@click.argument("template", metavar="TEMPLATE", type=click.Path(exists=True, dir_okay=False, allow_dash=False))
@click.option("-o", "--output", metavar="SPEC",
              help="Write the spec here instead of spec.yaml beside the template; - for stdout.")
@click.option("--partial", is_flag=True,
              help="Write the spec even when part of the template cannot be imported faithfully "
                   "(each such part is still printed, as a warning).")
@click.option("--force", is_flag=True, help="Overwrite an existing spec file.")
def import_(template: str, output: str | None, partial: bool, force: bool) -> None:
    """Write a spec that builds TEMPLATE (a SAM or CloudFormation template) again.

    Every Logical ID and type is kept, every function keeps exactly its variables and IAM
    statements, and the guard passes over the original: the spec is built and compared with the
    template before it is written. What the build would add is printed as a note; what cannot be
    imported faithfully is an error at its line in TEMPLATE, and nothing is written unless
    --partial. Then run the `stackgen build ... --force` command it prints."""
    from .adopt.importer import adopt, next_steps
    from .diagnostics import error, has_errors
    from .output import cannot_write, read_existing
    from .record import replace

    spec = output or os.path.join(os.path.dirname(template), "spec.yaml")
    if spec != "-" and not force:
        try:
            exists = read_existing(spec) is not None
        except OSError as exc:
            _text_report([cannot_write(spec, exc)])
            _finish(failed=True)
        if exists:
            _text_report([error("I007", f"{spec} exists already, and import never overwrites a file unless "
                                "given --force; name another file with -o, or pass --force", file=spec, line=1, column=1)])
            _finish(failed=True)
    imported = adopt(template, "spec.yaml" if spec == "-" else spec)
    diagnostics = imported.diagnostics
    if partial and imported.text is not None:
        diagnostics = [replace(d, severity="warning") if d.severity == "error" else d for d in diagnostics]
    _text_report(diagnostics)
    if has_errors(diagnostics) or imported.text is None:
        _finish(diagnostics, failed=True)
    if spec == "-":
        _echo_utf8(imported.text)
    else:
        from .output import write_atomic

        try:
            write_atomic(spec, imported.text)
        except OSError as exc:
            _text_report([cannot_write(spec, exc)])
            _finish(failed=True)
        click.echo(next_steps(template, spec), err=True)
    _finish()


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
        _finish(diagnostics, failed=True)
    text = RENDERERS["dot" if output_format == "svg" else output_format](resolved.stack)
    if output_format == "svg":
        text, problem = _svg(text)
        if text is None:
            click.echo(problem, err=True)
            _finish(failed=True)
    if output and output != "-":
        from .output import cannot_write, write_atomic

        try:
            write_atomic(output, text)
        except OSError as exc:
            _text_report([cannot_write(output, exc)])
            _finish(failed=True)
    else:
        _echo_utf8(text)
    _finish()


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
