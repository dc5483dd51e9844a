"""How long stackgen takes on stacks of about 10, 100 and 480 resources.

Resources are counted as CloudFormation sees them after the SAM transform: a Function brings
its Role; an EdgeFunction its Role, Version and Alias (and, with dashed wires, its SSM parameter
and the policy that reads it); a pool's permissions and policies count too. Every stack stays at
or under CloudFormation's 500 resources and 200 Outputs. The count is checked by running the
SAM translator offline when it is installed (``pip install -e '.[test]'``).

The stack is made of units, each a small sign-in stack: a pool, a client, a trigger on two
events that discovers its own pool, an API function that discovers the pool, its client and the
previous unit's pool, and an edge function that discovers the pool and the client (14
resources); a unit without its edge function (8), standalone functions (2) and a pool (1)
fill up to the exact count.

For each size it reports the median wall time (``--runs`` runs) of ``stackgen build`` as a
subprocess (the console script next to ``sys.executable``: Python's start and the imports
included; a first build, with no template.yaml to compare with) and of ``stackgen.build.build``
in process (warm: after one run), the time per resource, and the growth from one size to the
next relative to linear (1.0 = linear).

    python benchmarks/large_stack.py [--runs 7] [--sizes 10,100,480] [--profile] [--json]

``--profile`` prints the cProfile of one in-process build of the largest stack.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

#: transformed resources of one unit: pool 1, client 1, trigger 2 (with role), its permission 1,
#: its own-pool policy 1, API function 2, edge function 6 (role, version, alias, parameter, policy)
UNIT = 14
#: of which the edge function's
EDGE_PART = 6
MAX_RESOURCES = 500
#: the largest stack's first build, in seconds; its rebuild against the first build, and its
#: --check against validate, at most this ratio
TARGET_FIRST_BUILD = 0.35
TARGET_RATIO = 1.2
MAX_OUTPUTS = 200


def spec_of(target: int) -> tuple[dict, int]:
    """A spec whose template has ``target`` resources after the SAM transform; and that count."""
    resources: dict[str, dict] = {}
    wires: list[dict] = []
    count = 0
    units = target // UNIT
    for i in range(1, units + 1):
        pool, client, trigger, api, edge = f"Pool{i}", f"Pool{i}Web", f"OnSignUp{i}", f"Api{i}", f"Viewer{i}"
        resources[pool] = {"type": "UserPool", "autoVerifyEmails": True,
                           "properties": {"MfaConfiguration": "OFF",
                                          "Policies": {"PasswordPolicy": {"MinimumLength": 12}}}}
        resources[client] = {"type": "UserPoolClient",
                             "properties": {"ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]}}
        resources[trigger] = {"type": "Function", "runtime": "python3.13", "handler": "app.handler"}
        resources[api] = {"type": "Function", "environment": {"LOG_LEVEL": "info", "USER_POOL_ID": "legacy"},
                          "properties": {"Description": f"API of unit {i}",
                                         "Policies": ["AmazonSSMReadOnlyAccess"]}}
        resources[edge] = {"type": "EdgeFunction", "properties": {"Description": "Checks the viewer"}}
        wires += [
            {"from": client, "to": pool},
            {"from": pool, "to": trigger, "event": "PreSignUp"},
            {"from": pool, "to": trigger, "event": "PostConfirmation"},
            {"from": trigger, "to": pool, "style": "dashed"},
            {"from": api, "to": pool, "style": "dashed"},
            {"from": api, "to": client, "style": "dashed"},
            {"from": edge, "to": pool, "style": "dashed"},
            {"from": edge, "to": client, "style": "dashed"},
        ]
        if i > 1:
            wires.append({"from": api, "to": f"Pool{i - 1}", "style": "dashed"})
        count += UNIT
    if target - count >= UNIT - EDGE_PART:  # a unit without its edge function
        i = units + 1
        pool, client, trigger, api = f"Pool{i}", f"Pool{i}Web", f"OnSignUp{i}", f"Api{i}"
        resources[pool] = {"type": "UserPool"}
        resources[client] = {"type": "UserPoolClient"}
        resources[trigger] = {"type": "Function"}
        resources[api] = {"type": "Function", "environment": {"USER_POOL_ID": "legacy"}}
        wires += [
            {"from": client, "to": pool},
            {"from": pool, "to": trigger, "event": "PreSignUp"},
            {"from": trigger, "to": pool, "style": "dashed"},
            {"from": api, "to": pool, "style": "dashed"},
            {"from": api, "to": client, "style": "dashed"},
        ]
        count += UNIT - EDGE_PART
    n = 0
    while target - count >= 2:  # a function and its role
        n += 1
        resources[f"Worker{n}"] = {"type": "Function"}
        count += 2
    if target - count == 1:
        resources["Spare"] = {"type": "UserPool"}
        count += 1
    spec = {"version": 1, "description": f"benchmark stack of {target} resources", "resources": resources}
    if wires:
        spec["wires"] = wires
    return spec, count


def translated_counts(text: str) -> tuple[int, int] | None:
    """(resources, outputs) of the template after the offline SAM transform, if it is installed."""
    try:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
        import cfn
    except ImportError:
        return None
    try:
        template = cfn.translate(text)
    except ImportError:
        return None
    return len(template["Resources"]), len(template.get("Outputs", {}))


def median_time(run, runs: int, setup=None) -> float:
    times = []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="10,100,480")
    parser.add_argument("--profile", action="store_true", help="cProfile one build of the largest stack")
    parser.add_argument("--json", action="store_true", help="also print the measurements as JSON")
    args = parser.parse_args(argv)
    # time what a user's machine does: Python caches compiled modules (some sandboxes turn that
    # off, which would add the compiling of every stackgen module to every run)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sizes = [int(s) for s in args.sizes.split(",")]

    from stackgen.build import build

    console = Path(sys.executable).parent / "stackgen"
    if not console.exists():
        raise SystemExit(f"no console script at {console}: pip install -e . first")
    rows = []
    with tempfile.TemporaryDirectory(prefix="stackgen-bench-") as scratch:
        for size in sizes:
            spec, count = spec_of(size)
            assert count <= MAX_RESOURCES
            folder = Path(scratch) / f"stack{size}"
            folder.mkdir()
            path = folder / "spec.yaml"
            path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
            result = build(str(path), label="spec.yaml")  # warm-up, and the check
            if not result.ok:
                from stackgen.diagnostics import render
                raise SystemExit(f"the {size}-resource spec does not build:\n"
                                 + "\n".join(render(d) for d in result.diagnostics))
            real = translated_counts(result.text)
            if real is not None:
                assert real[0] == count, f"planned {count} resources, the transform made {real[0]}"
                assert real[1] <= MAX_OUTPUTS, real
            out = folder / "template.yaml"

            def subprocess_build():
                done = subprocess.run([str(console), "build", str(path), "-o", str(out), "--force"],
                                      capture_output=True, text=True)
                if done.returncode != 0:
                    raise SystemExit(f"stackgen build failed ({done.returncode}):\n{done.stderr}")

            # a first build each time: over an existing template, build also reads it to check that
            # no pool or client is dropped or replaced (stackgen.keep), which the in-process
            # build() below is not asked to do
            wall = median_time(subprocess_build, args.runs, setup=lambda: out.unlink(missing_ok=True))

            def command(*words):
                def run():
                    done = subprocess.run([str(console), *words], capture_output=True, text=True)
                    if done.returncode != 0:
                        raise SystemExit(f"stackgen {' '.join(words)} failed ({done.returncode}):\n{done.stderr}")
                return run

            # a rebuild over its own unchanged template (read back by the guard), --check against
            # it, and validate: each the median of the same number of runs
            subprocess_build()
            rebuild = median_time(command("build", str(path), "-o", str(out)), args.runs)
            check = median_time(command("build", "--check", str(path), "-o", str(out)), args.runs)
            validate = median_time(command("validate", str(path)), args.runs)
            # the garbage of the previous run collected first, as in a fresh process
            inproc = median_time(lambda: build(str(path), label="spec.yaml"), args.runs, setup=gc.collect)
            functions = sum(1 for r in spec["resources"].values() if r["type"] in ("Function", "EdgeFunction"))
            rows.append({"size": count, "functions": functions, "spec_bytes": path.stat().st_size,
                         "template_bytes": len(result.text),
                         "checked": real is not None, "wall": wall, "inproc": inproc,
                         "rebuild": rebuild, "check": check, "validate": validate})
            if args.profile and size == max(sizes):
                profile = cProfile.Profile()
                profile.enable()
                build(str(path), label="spec.yaml")
                profile.disable()
                stream = io.StringIO()
                pstats.Stats(profile, stream=stream).sort_stats("cumulative").print_stats(30)
                print(stream.getvalue())

    print(f"stackgen build, median of {args.runs} runs, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n")
    print("| resources (after SAM transform) | functions | spec / template bytes | `stackgen build` (subprocess) "
          "| `build()` in process | in process per resource | growth vs linear (subprocess / in process) |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    previous = None
    for row in rows:
        per = row["inproc"] / row["size"] * 1000
        growth = "-"
        if previous:
            ratio = row["size"] / previous["size"]
            growth = (f"{row['wall'] / previous['wall'] / ratio:.2f} / "
                      f"{row['inproc'] / previous['inproc'] / ratio:.2f}")
        print(f"| {row['size']}{'' if row['checked'] else ' (planned)'} | {row['functions']} | {row['spec_bytes']:,} / "
              f"{row['template_bytes']:,} | {row['wall'] * 1000:.0f} ms | {row['inproc'] * 1000:.1f} ms "
              f"| {per:.2f} ms | {growth} |")
        previous = row
    print("\ngrowth vs linear: (time ratio) / (resource ratio) from the row above; 1.0 is linear, "
          "under 1.0 is a fixed cost (Python's start, the imports) being spread")
    print("\n| resources | first build | rebuild over its own template | x first build | `build --check` "
          "| `validate` | check x validate |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(f"| {row['size']} | {row['wall'] * 1000:.0f} ms | {row['rebuild'] * 1000:.0f} ms | "
              f"{row['rebuild'] / row['wall']:.2f} | {row['check'] * 1000:.0f} ms | {row['validate'] * 1000:.0f} ms "
              f"| {row['check'] / row['validate']:.2f} |")
    largest = rows[-1]
    print(f"\nthe {largest['size']}-resource stack: a first build in {largest['wall']:.2f} s (target: at most "
          f"{TARGET_FIRST_BUILD} s), a rebuild {largest['rebuild'] / largest['wall']:.2f}x it and --check "
          f"{largest['check'] / largest['validate']:.2f}x validate (targets: at most {TARGET_RATIO}x)")
    if args.json:
        print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
