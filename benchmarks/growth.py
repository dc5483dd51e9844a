"""How the stages after loading grow with the stack: resolve, emit and assemble, and the checks.

Specs of about 10, 100, 400, 1,000 and 2,000 resources are made as data (a pool, its client and
a trigger that discovers its client and the next pool, three resources a unit: every wire kind,
and one dependency cycle through the whole stack, the worst case for the cycle search), and
each stage is timed in process (best of ``--runs``). The exponent is the slope of log(time)
against log(resources) from the smallest size to the largest: 1.0 is linear, and anything much
over 1.1 is a stage that grows faster than N log N.

    python benchmarks/growth.py [--runs 5] [--sizes 10,100,400,1000,2000]

Then the whole of ``stackgen validate`` as a user runs it (a process: Python's start, loading
the spec's YAML and everything after), on the same specs written as YAML without the cycle
(so every stage runs, up to the check of CloudFormation's 500-resource limit, which the larger
ones exceed), with its time (best of ``--runs``), its peak memory (resident set), and the
exponent of each. benchmarks/large_stack.py times whole builds.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time


def spec_data(resources: int, cycle: bool = True) -> dict:
    units = max(resources // 3, 1)
    spec: dict = {"resources": {}, "wires": []}
    for i in range(units):
        spec["resources"].update({f"Pool{i}": {"type": "UserPool"}, f"Web{i}": {"type": "UserPoolClient"},
                                  f"Fn{i}": {"type": "Function"}})
        spec["wires"] += [{"from": f"Web{i}", "to": f"Pool{i}"},
                          {"from": f"Pool{i}", "to": f"Fn{i}", "event": "PreSignUp"},
                          {"from": f"Fn{i}", "to": f"Web{i}", "style": "dashed"},
                          {"from": f"Fn{i}", "to": f"Pool{(i + 1) % units}", "style": "dashed"}]
        if not cycle and i + 1 == units:
            spec["wires"].pop()
    return spec


def best(run, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    from stackgen import assemble, emit, limits, model, references, resolve, verify

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="10,100,400,1000,2000")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    for size in sizes:
        stack = model.build(spec_data(size))
        graph, _ = resolve.resolve(stack)
        fragments = emit.emit(graph).fragments
        template, _ = assemble.assemble(stack, fragments)
        rows.append((len(stack.resources), {
            "model": best(lambda: model.build(spec_data(size)), args.runs),
            "resolve": best(lambda: resolve.resolve(stack), args.runs),
            "emit + assemble": best(lambda: assemble.assemble(stack, emit.emit(graph).fragments), args.runs),
            "references, limits, verify": best(lambda: (references.check(stack, template),
                                                        limits.check(stack, template),
                                                        verify.verify(template)), args.runs),
        }))
    stages = list(rows[0][1])
    print(f"best of {args.runs} runs, milliseconds; Python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n")
    print("| resources | " + " | ".join(stages) + " |")
    print("|---:|" + "---:|" * len(stages))
    for count, times in rows:
        print(f"| {count} | " + " | ".join(f"{times[s] * 1000:.1f}" for s in stages) + " |")
    (n0, first), (n1, last) = rows[0], rows[-1]
    print("| exponent | " + " | ".join(
        f"{math.log(last[s] / first[s]) / math.log(n1 / n0):.2f}" for s in stages) + " |")
    _validate_growth(sizes, args.runs)
    return 0


def _validate_growth(sizes: list[int], runs: int) -> None:
    """``stackgen validate`` in a process on each size: best wall time and peak memory."""
    import subprocess
    import tempfile

    from ruamel.yaml import YAML

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # as a user's machine runs it
    script = os.path.join(os.path.dirname(sys.executable), "stackgen")
    command = [script] if os.access(script, os.X_OK) else [sys.executable, "-m", "stackgen"]
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = None
    yaml.width = 200
    rows = []
    with tempfile.TemporaryDirectory(prefix="stackgen-growth-") as folder:
        for size in sizes:
            path = os.path.join(folder, f"spec-{size}.yaml")
            with open(path, "w", encoding="utf-8") as handle:
                yaml.dump(spec_data(size, cycle=False), handle)
            times, peaks = [], []
            for _ in range(runs):
                started = time.perf_counter()
                child = subprocess.Popen([*command, "validate", path], stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL)
                _, status, usage = os.wait4(child.pid, 0)
                times.append(time.perf_counter() - started)
                peaks.append(usage.ru_maxrss / 1024)  # kilobytes on Linux
                if os.waitstatus_to_exitcode(status) not in (0, 1):
                    raise SystemExit(f"stackgen validate {path} crashed ({status})")
            values = sum(1 for _ in _values(spec_data(size, cycle=False)))
            rows.append((size, os.path.getsize(path), values, min(times), max(peaks)))
    print("\n`stackgen validate` (a process), best of", runs, "runs\n")
    print("| resources | spec bytes | keys and values | validate | peak memory |")
    print("|---:|---:|---:|---:|---:|")
    for size, size_bytes, values, seconds, peak in rows:
        print(f"| {size} | {size_bytes:,} | {values:,} | {seconds * 1000:.0f} ms | {peak:.0f} MB |")
    (n0, _, _, t0, _), (n1, _, _, t1, _) = rows[0], rows[-1]
    # from the second size: the first is mostly Python's start and the imports
    (m0, _, _, u0, _) = rows[1] if len(rows) > 2 else rows[0]
    print(f"| exponent | | | {math.log(t1 / t0) / math.log(n1 / n0):.2f} "
          f"({math.log(t1 / u0) / math.log(n1 / m0):.2f} from {m0}) | |")


def _values(data):
    yield data
    if isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from _values(value)
    elif isinstance(data, list):
        for item in data:
            yield from _values(item)


if __name__ == "__main__":
    sys.exit(main())
