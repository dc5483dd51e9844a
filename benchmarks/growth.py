"""How the stages after loading grow with the stack: resolve, emit and assemble, and the checks.

Specs of about 10, 100, 400, 1,000 and 2,000 resources are made as data (a pool, its client and
a trigger that discovers its client and the next pool, three resources a unit: every wire kind,
and one dependency cycle through the whole stack, the worst case for the cycle search), and
each stage is timed in process (best of ``--runs``). The exponent is the slope of log(time)
against log(resources) from the smallest size to the largest: 1.0 is linear, and anything much
over 1.1 is a stage that grows faster than N log N.

    python benchmarks/growth.py [--runs 5] [--sizes 10,100,400,1000,2000]

Loading and dumping YAML (ruamel.yaml) are left out: benchmarks/large_stack.py times whole
builds.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time


def spec_data(resources: int) -> dict:
    units = max(resources // 3, 1)
    spec: dict = {"resources": {}, "wires": []}
    for i in range(units):
        spec["resources"].update({f"Pool{i}": {"type": "UserPool"}, f"Web{i}": {"type": "UserPoolClient"},
                                  f"Fn{i}": {"type": "Function"}})
        spec["wires"] += [{"from": f"Web{i}", "to": f"Pool{i}"},
                          {"from": f"Pool{i}", "to": f"Fn{i}", "event": "PreSignUp"},
                          {"from": f"Fn{i}", "to": f"Web{i}", "style": "dashed"},
                          {"from": f"Fn{i}", "to": f"Pool{(i + 1) % units}", "style": "dashed"}]
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
