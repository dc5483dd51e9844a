"""Reporters: how diagnostics are printed, one function per ``--format``, chosen from a dict."""

from __future__ import annotations

from typing import Callable, Mapping, Sequence, TextIO

from .diagnostics import ERROR, NOTE, WARNING, Diagnostic, render


def text(diagnostics: Sequence[Diagnostic], out: TextIO) -> None:
    for d in diagnostics:
        out.write(render(d) + "\n")


def as_json(diagnostics: Sequence[Diagnostic], out: TextIO) -> None:
    import json

    out.write(json.dumps([{
        "file": d.file, "line": d.line, "column": d.column, "code": d.code,
        "severity": d.severity, "message": d.message, "subject": d.subject or None,
    } for d in diagnostics], indent=2) + "\n")


_GITHUB_LEVEL = {ERROR: "error", WARNING: "warning", NOTE: "notice"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(diagnostics: Sequence[Diagnostic], out: TextIO) -> None:
    """GitHub Actions workflow commands: each diagnostic an annotation on its line."""
    for d in diagnostics:
        where = f"file={_escape_property(d.file)},line={d.line},col={d.column}," if d.file else ""
        out.write(f"::{_GITHUB_LEVEL[d.severity]} {where}title={_escape_property(d.code)}::"
                  f"{_escape_data(d.message)}\n")


REPORTERS: Mapping[str, Callable[[Sequence[Diagnostic], TextIO], None]] = {
    "text": text,
    "json": as_json,
    "github": github,
}
