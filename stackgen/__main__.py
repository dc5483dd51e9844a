"""The ``stackgen`` command as a process: ``python -m stackgen`` and the console script both run
:func:`run`, which runs the command line (:func:`stackgen.cli.main`) and spares a short process
two costs that are not its work.

- The garbage collector does not run while the modules are imported, and what they made is then
  frozen (``gc.freeze``): it lives as long as the process, and no later collection looks at it
  again. Collection is on again for the pipeline, so a large spec's memory stays bounded.
- Once the command has finished, standard output and error are flushed, the ``atexit`` hooks run,
  and the process ends with its exit status without tearing down every object one by one
  (``os._exit``). stackgen has nothing else to finish by then: each file it writes is flushed,
  synced and renamed into place before the command returns (:mod:`stackgen.output`). When the
  exit cannot be taken that way (a stream that cannot be flushed, such as a full disk, another
  thread still running, an exit status that is not a number, a profiler, tracer or coverage
  measurement that writes its findings afterwards), the interpreter ends as usual. A reader of
  the output that went away (``| head``) ends it quietly with status 1, as click does.

Together these are about a fifth of ``stackgen validate``'s time on a small spec
(``benchmarks/startup.py``). Tests call :func:`stackgen.cli.main` in-process instead, which
leaves the interpreter as it is.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys


def run() -> None:
    """Run the ``stackgen`` command line in this process, then end the process."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        from .cli import main
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    try:
        main()
    except SystemExit as stop:
        status = _status(stop.code)
        ending = _finished(status) if status is not None else None
        if ending is not None:
            os._exit(ending)
        raise


def _status(code: object) -> int | None:
    """The exit status that ``sys.exit(code)`` gives, when it is a number (or none: 0); None when
    the interpreter has to print ``code`` itself."""
    if code is None:
        return 0
    return code if isinstance(code, int) else None


def _finished(status: int) -> int | None:
    """The status the process may end with now, or None to leave it to the interpreter's own exit.

    It may end when no profiler or tracer (cProfile, coverage, a debugger) is watching, which would
    write what it found once the program returns; no other thread is running; and the standard
    streams and the ``atexit`` hooks are done. When the reader of a stream went away
    (``stackgen validate --format json spec.yaml | head -1``) what is left of it cannot reach
    anyone: the status is then at least 1, and nothing more is said, as click does for a pipe that
    closes while the command runs."""
    if sys.getprofile() is not None or sys.gettrace() is not None:
        return None
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return None
    try:
        lost = _flush()
        atexit._run_exitfuncs()
        lost = _flush() or lost
    except (OSError, ValueError):
        return None
    return status or int(lost)


def _flush() -> bool:
    """Flush standard output and error; True when the reader of one of them went away (what is
    left of it is dropped when the process ends)."""
    lost = False
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            stream.flush()
        except BrokenPipeError:
            lost = True
    return lost


if __name__ == "__main__":
    run()
