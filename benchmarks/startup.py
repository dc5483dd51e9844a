"""How long ``stackgen validate`` takes on each sample, start to finish, as a user runs it.

For each sample it reports the median wall time (``--runs`` runs, after ``--warmup`` runs that
are not counted) of the installed ``stackgen`` console script (the one next to
``sys.executable``; ``python -m stackgen`` when there is none) validating the sample's spec, and
for scale: ``python -c pass`` (the interpreter's own start), ``python -c "import click,
ruamel.yaml"`` (the baseline: the libraries stackgen cannot start without), ``stackgen
--version`` (the console script and click, no spec read), ``python -m stackgen validate`` on one
sample, and the same validation cold: with ``HOME`` and ``XDG_CACHE_HOME`` in an empty folder,
as on a fresh CI job. The "over python" column is the median less ``python -c pass``'s: what
stackgen itself costs; "x baseline" is the median over the baseline's, measured in the same
run (the target is at most 1.3, and a cold start within 10% of a warm one); "CPU median" is the
processor time (user and system) a run takes, which a busy machine disturbs less than the wall
time. The commands take turns run by run.

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
#: a sample's validation, at most this many times the baseline's start
TARGET_RATIO = 1.3
BASELINE = "python -c \"import click, ruamel.yaml\""
COLD = " (cold: empty HOME)"


def console_script() -> list[str]:
    """The installed ``stackgen`` beside this interpreter, or ``python -m stackgen``."""
    for name in ("stackgen", "stackgen.exe"):
        script = Path(sys.executable).parent / name
        if script.is_file() and os.access(script, os.X_OK):
            return [str(script)]
    return [sys.executable, "-m", "stackgen"]


def run_once(command: list[str]) -> tuple[float, float]:
    """Wall and CPU (user + system) milliseconds of one run of ``command``; a first word
    ``env:DIR`` runs the rest with ``HOME`` and ``XDG_CACHE_HOME`` in the empty folder DIR."""
    environment = None
    if command[0].startswith("env:"):
        home, command = command[0][4:], command[1:]
        environment = {**os.environ, "HOME": home, "XDG_CACHE_HOME": os.path.join(home, ".cache")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=environment)
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
    import tempfile

    empty = tempfile.mkdtemp(prefix="stackgen-cold-")
    rows: list[tuple[str, list[str]]] = [
        ("python -c pass", [sys.executable, "-c", "pass"]),
        (BASELINE, [sys.executable, "-c", "import click, ruamel.yaml"]),
        (f"{shown} --version", [*stackgen, "--version"]),
        *((f"{shown} validate {spec.as_posix()}", [*stackgen, "validate", str(spec)]) for spec in SAMPLES),
    ]
    if SAMPLES:
        rows.append((f"{shown} validate {SAMPLES[0].as_posix()}{COLD}",
                     [f"env:{empty}", *stackgen, "validate", str(SAMPLES[0])]))
    if SAMPLES and len(stackgen) == 1:
        rows.append((f"python -m stackgen validate {SAMPLES[0].as_posix()}",
                     [sys.executable, "-m", "stackgen", "validate", str(SAMPLES[0])]))

    print(f"Python {sys.version.split()[0]} on {os.cpu_count()} CPUs; {args.runs} runs after {args.warmup} "
          f"warm-ups; milliseconds")
    width = max(len(label) for label, _ in rows)
    print(f"{'command':<{width}}  {'median':>7}  {'min':>7}  {'max':>7}  {'over python':>11}  "
          f"{'x baseline':>10}  {'CPU median':>10}")
    medians: dict[str, float] = {}
    for (label, _), (times, cpus) in zip(rows, timed([c for _, c in rows], args.runs, args.warmup)):
        medians[label] = median = statistics.median(times)
        python = medians["python -c pass"]
        over = "" if label == "python -c pass" else f"{median - python:11.0f}"
        ratio = f"{median / medians[BASELINE]:10.2f}" if BASELINE in medians else ""
        print(f"{label:<{width}}  {median:7.0f}  {min(times):7.0f}  {max(times):7.0f}  {over:>11}"
              f"  {ratio:>10}  {statistics.median(cpus):10.0f}", flush=True)
    validations = [m for label, m in medians.items()
                   if label.startswith(f"{shown} validate samples/") and not label.endswith(COLD)]
    if validations:
        worst = max(validations) / medians[BASELINE]
        verdict = "within" if worst <= TARGET_RATIO else "over"
        print(f"slowest sample validation: {worst:.2f}x the baseline, {verdict} the {TARGET_RATIO}x target")
        cold = next((m for label, m in medians.items() if label.endswith(COLD)), None)
        warm = medians.get(f"{shown} validate {SAMPLES[0].as_posix()}")
        if cold is not None and warm:
            print(f"cold start: {cold / warm:.2f}x a warm one (target: within 1.10x)")


if __name__ == "__main__":
    main()
