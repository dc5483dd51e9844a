"""How long ``stackgen validate`` takes on each sample, start to finish, as a user runs it.

For each sample it reports the median wall time (``--runs`` runs, after ``--warmup`` runs that
are not counted) of the installed ``stackgen`` console script (the one next to
``sys.executable``; ``python -m stackgen`` when there is none) validating the sample's spec, and
for scale: ``python -c pass`` (the interpreter's own start), ``stackgen --version`` (the
console script and click, no spec read) and ``python -m stackgen validate`` on one sample.
The "over python" column is the median less ``python -c pass``'s: what stackgen itself costs;
"CPU median" is the processor time (user and system) a run takes, which a busy machine disturbs
less than the wall time. The commands take turns run by run.

    python benchmarks/startup.py [--runs 15] [--warmup 2]

For where the time goes, Python's own import timer:

    python -X importtime -m stackgen validate samples/sign-up/spec.yaml 2> /tmp/imp.txt
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p.relative_to(ROOT) for p in (ROOT / "samples").glob("*/spec.yaml"))
#: what the table calls a time under which validating feels instant
TARGET_MS = 150


def console_script() -> list[str]:
    """The installed ``stackgen`` beside this interpreter, or ``python -m stackgen``."""
    for name in ("stackgen", "stackgen.exe"):
        script = Path(sys.executable).parent / name
        if script.is_file() and os.access(script, os.X_OK):
            return [str(script)]
    return [sys.executable, "-m", "stackgen"]


def run_once(command: list[str]) -> tuple[float, float]:
    """Wall and CPU (user + system) milliseconds of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = (time.perf_counter() - started) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {result.returncode}:\n{result.stderr.decode()}")
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def timed(commands: list[list[str]], runs: int, warmup: int) -> list[tuple[list[float], list[float]]]:
    """For each command, the wall and CPU times of ``runs`` runs after ``warmup`` uncounted ones.

    The commands take turns, run by run, so that a change in the machine's load falls on all
    of them alike rather than on whichever ran at the time.
    """
    results: list[tuple[list[float], list[float]]] = [([], []) for _ in commands]
    for i in range(warmup + runs):
        for command, (walls, cpus) in zip(commands, results):
            wall, cpu = run_once(command)
            if i >= warmup:
                walls.append(wall)
                cpus.append(cpu)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each command (default 15)")
    parser.add_argument("--warmup", type=int, default=2, help="untimed runs first (default 2)")
    args = parser.parse_args(argv)
    # time what a user's machine does: Python caches compiled modules (some sandboxes turn that
    # off, which would add the compiling of every stackgen module to every run)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")

    stackgen = console_script()
    shown = "stackgen" if len(stackgen) == 1 else "python -m stackgen"
    rows: list[tuple[str, list[str]]] = [
        ("python -c pass", [sys.executable, "-c", "pass"]),
        (f"{shown} --version", [*stackgen, "--version"]),
        *((f"{shown} validate {spec.as_posix()}", [*stackgen, "validate", str(spec)]) for spec in SAMPLES),
    ]
    if SAMPLES and len(stackgen) == 1:
        rows.append((f"python -m stackgen validate {SAMPLES[0].as_posix()}",
                     [sys.executable, "-m", "stackgen", "validate", str(SAMPLES[0])]))

    print(f"Python {sys.version.split()[0]} on {os.cpu_count()} CPUs; {args.runs} runs after {args.warmup} "
          f"warm-ups; milliseconds")
    width = max(len(label) for label, _ in rows)
    print(f"{'command':<{width}}  {'median':>7}  {'min':>7}  {'max':>7}  {'over python':>11}  {'CPU median':>10}")
    baseline = None
    validations = []
    for (label, _), (times, cpus) in zip(rows, timed([c for _, c in rows], args.runs, args.warmup)):
        median = statistics.median(times)
        baseline = median if baseline is None else baseline
        over = "" if label == "python -c pass" else f"{median - baseline:11.0f}"
        print(f"{label:<{width}}  {median:7.0f}  {min(times):7.0f}  {max(times):7.0f}  {over:>11}"
              f"  {statistics.median(cpus):10.0f}", flush=True)
        if " validate samples/" in label and label.startswith(shown):
            validations.append(median)
    if validations:
        slowest = max(validations)
        verdict = "under" if slowest < TARGET_MS else "over"
        print(f"slowest sample validation: {slowest:.0f} ms median, {verdict} {TARGET_MS} ms")


if __name__ == "__main__":
    main()
