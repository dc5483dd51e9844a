"""One run of ``stackgen build`` over many specs: where each template goes, the guard's
allowances across the specs, and writing or comparing.

Every spec is compiled first and nothing is written until the run is known to be safe: two
specs that would write one template, or an ``--allow-replacement`` that matches nothing (a
typo) or names a resource of more than one spec, stop the run before any file changes.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Sequence

from .diagnostics import WARNING, Diagnostic, did_you_mean, error
from .record import factory, record, replace

if TYPE_CHECKING:
    from .build import Result

#: the file a spec's template goes to, beside the spec
TEMPLATE = "template.yaml"
#: written to stdout rather than a file (``-o -``)
STDOUT = "-"


@record(frozen=False)
class Job:
    spec: str
    target: str
    label: str
    existing: bytes | None = None
    result: Result | None = None
    problems: list[Diagnostic] = factory(list)


@record(frozen=False)
class Outcome:
    """What a run printed and found: the text for stdout (a template or diffs) and every
    diagnostic, spec by spec."""

    stdout: list[str] = factory(list)
    diagnostics: list[Diagnostic] = factory(list)


def target_of(spec: str, output: str | None) -> str:
    return output if output else os.path.join(os.path.dirname(spec), TEMPLATE)


def label_of(spec: str, target: str) -> str:
    """How the template's header names its spec: relative to the template, with slashes."""
    if target == STDOUT:
        return os.path.basename(spec)
    start = os.path.dirname(os.path.abspath(target))
    return os.path.relpath(os.path.abspath(spec), start).replace(os.sep, "/")


def build_all(specs: Sequence[str], output: str | None, *, check: bool, diff: bool, force: bool,
              allowed: Sequence[str]) -> Outcome:
    """Compile every spec, then write (or compare) the templates that are safe to write."""
    from .build import build
    from .output import cannot_write, read_existing

    # a spec named twice (`build a.yaml ./a.yaml`) is built once, not taken for two specs
    first: dict[str, str] = {}
    for spec in specs:
        first.setdefault(os.path.realpath(spec), spec)
    specs = list(first.values())
    jobs = [Job(spec, target_of(spec, output), "") for spec in specs]
    for job in jobs:
        job.label = label_of(job.spec, job.target)
    _shared_targets(jobs, force)
    for job in jobs:
        if job.problems:
            continue
        try:
            job.existing = None if job.target == STDOUT else read_existing(job.target)
        except OSError as exc:
            job.problems.append(cannot_write(job.target, exc))
            continue
        previous = (job.target, job.existing) if job.existing is not None else None
        job.result = build(job.spec, job.label, previous)
        job.problems.extend(job.result.diagnostics)
    stop = _allowances(jobs, allowed)
    if force:
        for job in jobs:
            job.problems = [_forced(d) if d.code == "O006" else d for d in job.problems]
    outcome = Outcome()
    outcome.diagnostics.extend(stop)
    for job in jobs:
        if not stop:
            _deliver(job, output, check=check, diff=diff, force=force, outcome=outcome)
        outcome.diagnostics.extend(job.problems)
    return outcome


def _deliver(job: Job, output: str | None, *, check: bool, diff: bool, force: bool, outcome: Outcome) -> None:
    from .output import cannot_write, deliver

    result = job.result
    if result is None or result.text is None:
        return
    ok = not any(d.severity == "error" for d in job.problems)
    if ok and job.target == STDOUT:
        outcome.stdout.append(result.text)
        return
    if not ok and not (check or diff):
        return
    fix = f"stackgen build {job.spec}" + (f" -o {output}" if output else "")
    try:
        found, shown = deliver(job.target, result.text, job.existing, check=check, diff=diff,
                               force=force, fix=fix)
    except OSError as exc:
        found, shown = [cannot_write(job.target, exc)], ""
    if shown:
        outcome.stdout.append(shown)
    job.problems.extend(found)


def _shared_targets(jobs: list[Job], force: bool) -> None:
    """Two specs of one run that would write one file: an error on each, unless ``force``."""
    if force:
        return
    by_file: dict[str, list[Job]] = {}
    for job in jobs:
        if job.target != STDOUT:
            by_file.setdefault(os.path.realpath(job.target), []).append(job)
    for same in by_file.values():
        if len(same) < 2:
            continue
        names = " and ".join(j.spec for j in same) if len(same) == 2 else ", ".join(j.spec for j in same)
        for job in same:
            job.problems.append(error(
                "O008", f"{names} would {'both' if len(same) == 2 else 'all'} write {job.target}, "
                "and each would undo the other: "
                "give each spec its own folder or its own -o, or pass --force",
                file=job.spec, line=1, column=1))


def _forced(d: Diagnostic) -> Diagnostic:
    return replace(d, severity=WARNING, message=d.message.split("; stackgen cannot tell")[0]
                   + "; written anyway, because of --force, without checking that no user pool "
                   "or client is dropped or replaced")


def _allowances(jobs: list[Job], allowed: Sequence[str]) -> list[Diagnostic]:
    """Apply ``--allow-replacement`` to each job; the problems that stop the whole run.

    ``SPEC:NAME`` names a resource of one spec; a bare ``NAME`` must name a watched resource of
    exactly one spec of the run. Either must name one that this build would drop or replace.
    """
    from .keep import REPLACEMENTS, allow

    built = [j for j in jobs if j.result is not None]
    replaced = {id(j): {d.subject for d in j.problems if d.code in REPLACEMENTS} for j in built}
    granted: dict[int, set[str]] = {id(j): set() for j in built}
    stop: list[Diagnostic] = []
    for word in dict.fromkeys(allowed):
        spec, name = _split(word)
        if spec is not None:
            owners = [j for j in built if _same_spec(j.spec, spec)]
            if not [j for j in jobs if _same_spec(j.spec, spec)]:
                stop.append(_refused(f"--allow-replacement {word}: `{spec}` is not one of the specs "
                                     "of this run; name one of them before the colon"))
                continue
        else:
            owners = [j for j in built if name in j.result.guarded or name in replaced[id(j)]]
            if len(owners) > 1:
                stop.append(_refused(
                    f"--allow-replacement {word}: `{name}` is a resource the guard watches in "
                    f"{', '.join(j.spec for j in owners)}; say which with "
                    + " or ".join(f"`--allow-replacement {j.spec}:{name}`" for j in owners)))
                continue
        hits = [j for j in owners if name in replaced[id(j)]]
        if not hits:
            known = sorted({n for j in (owners or built) for n in replaced[id(j)]})
            hint = did_you_mean(name, known) or (
                f"; it drops or replaces {', '.join(f'`{n}`' for n in known)}" if known
                else "; it drops and replaces none")
            stop.append(_refused(f"--allow-replacement {word}: this build does not drop or replace "
                                 f"a resource `{name}`{hint}"))
            continue
        for job in hits:
            granted[id(job)].add(name)
    for job in built:
        if granted[id(job)]:
            job.problems = allow(job.problems, granted[id(job)])
    return stop


def _split(word: str) -> tuple[str | None, str]:
    """``SPEC:NAME`` as (SPEC, NAME); a bare NAME (Logical IDs have no colon) as (None, NAME)."""
    spec, colon, name = word.rpartition(":")
    return (spec, name) if colon else (None, word)


def _same_spec(a: str, b: str) -> bool:
    return os.path.normpath(os.path.abspath(a)) == os.path.normpath(os.path.abspath(b))


def _refused(message: str) -> Diagnostic:
    return error("O007", message + "; nothing was written", file="", line=0, column=0)
