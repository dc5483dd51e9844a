"""The matrix: generated specs, each built by stackgen and judged like the golden templates.

The specs come from :mod:`matrix` (read its docstring for what they hold): every allowed wire
kind with every event, several pools, clients and functions, functions on several pools,
triggers that discover their own pool and its clients, edge functions with dashed wires,
``environment`` names that collide with the derived ones, and ``properties`` on every type.
Each template must build, pass cfn-lint as written and after the offline SAM transform with no
error or warning, translate, and have no dependency cycle and no missing target.

Default run: :data:`matrix.DEFAULT_COUNT` specs of seed :data:`matrix.DEFAULT_SEED`; each spec
is rich (about 15-55 resources after the transform), because linting one template twice costs
about 1 s however small it is, plus ~25 ms per resource: a few dozen rich specs cover more than
hundreds of small ones in the same time (the default run takes about 60 s). Besides, a sweep
builds :data:`SWEEP` specs of the same seed without linting them: each must build (stackgen's
self-check runs on every build) with no cycle and no dangling reference. A larger or different
run::

    STACKGEN_MATRIX=300 STACKGEN_MATRIX_SEED=7 python -m pytest tests/test_matrix.py -q

``STACKGEN_MATRIX=<count>`` is the number of specs, ``STACKGEN_MATRIX_SEED=<seed>`` the seed
(an integer). A spec depends only on (seed, index), so a failing case is rerun by its test id
(``-k seed7-123``); a failure prints the spec's YAML, stackgen's diagnostics and that command.

A spec that stackgen refuses with W008 (a cross-pool cycle; the generator draws a few on
purpose) passes when it really breaks the rule that keeps stacks acyclic;
:func:`test_generated_specs_cover_the_matrix` counts those refusals and caps them. It builds every spec without linting (fast) and asserts that the run covers every
(wire kind, event) combination and every shape in :func:`matrix.required_features`.
"""

from __future__ import annotations

import pytest

import cfn
import matrix
from stackgen.build import build
from stackgen.diagnostics import render

COUNT, SEED = matrix.settings()
CASES = matrix.cases(COUNT, SEED)
#: at most this share of the specs may be refused for a cross-pool cycle (W008)
MAX_SKIPPED = 0.2


def _build(case: matrix.Case, folder):
    path = folder / "spec.yaml"
    path.write_text(case.text(), encoding="utf-8")
    return build(str(path), label="spec.yaml")


def _report(case: matrix.Case, result, problem: str) -> str:
    diagnostics = "".join(f"  {render(d)}\n" for d in result.diagnostics) or "  (none)\n"
    return (f"{problem}\n--- spec {case} ---\n{case.text()}--- stackgen said ---\n{diagnostics}"
            f"--- reproduce ---\n  {case.reproduce()}\n")


def _refused_for_a_cycle(result) -> bool:
    errors = {d.code for d in result.diagnostics if d.severity == "error"}
    return errors == {"W008"}


@pytest.mark.parametrize("case", CASES, ids=str)
def test_generated_spec_builds_a_clean_template(case, tmp_path):
    result = _build(case, tmp_path)
    if _refused_for_a_cycle(result):
        # a spec drawn with a cross-pool cycle: refusing it is the right answer
        assert matrix.breaks_rank_rule(case.spec), _report(
            case, result, "W008 for a spec whose wires all follow the rank rule (no cycle possible)")
        return
    assert result.ok and result.text, _report(case, result, "stackgen refused a valid spec")
    text = result.text

    problems = []
    as_written = cfn.lint(text)
    if as_written:
        problems.append(f"cfn-lint, as written: {as_written}")
    try:
        translated = cfn.lint_translated(text)
    except Exception as exc:  # the translator's own error, with its message
        problems.append(f"the SAM transform failed: {type(exc).__name__}: {exc}")
    else:
        if translated:
            problems.append(f"cfn-lint, after the SAM transform: {translated}")
    template = cfn.decode(text)
    cycle = cfn.find_cycle(cfn.dependencies(template))
    if cycle is not None:
        problems.append(f"dependency cycle: {' -> '.join(cycle)}")
    missing = cfn.missing_targets(template)
    if missing:
        problems.append(f"references to nothing: {sorted(missing)}")
    problems.extend(_environment_kept(case.spec, template))
    assert not problems, _report(case, result, "\n".join(problems))


def _environment_kept(spec: dict, template: dict) -> list[str]:
    """Every user variable reaches the template as the same string (YAML 1.1 quoting)."""
    wrong = []
    for name, body in spec["resources"].items():
        for key, value in body.get("environment", {}).items():
            got = template["Resources"][name]["Properties"]["Environment"]["Variables"].get(key)
            if got != value:
                wrong.append(f"{name}'s environment {key}: {value!r} in the spec, {got!r} in the template")
    return wrong


#: specs built (not linted) by the sweep: stackgen's self-check runs on each, and the test walks
#: each template's references; the first COUNT of them are also linted, one test each
SWEEP = 300


def test_generated_specs_cover_the_matrix(tmp_path):
    """Build a few hundred specs (no lint): each builds, with no cycle and no dangling reference,
    and together they cover every combination."""
    count = max(COUNT, SWEEP)
    covered: set[tuple] = set()
    skipped = []
    for case in matrix.cases(count, SEED):
        folder = tmp_path / str(case)
        folder.mkdir()
        result = _build(case, folder)
        if _refused_for_a_cycle(result):
            assert matrix.breaks_rank_rule(case.spec), _report(
                case, result, "W008 for a spec whose wires all follow the rank rule (no cycle possible)")
            skipped.append(str(case))
            continue
        assert result.ok, _report(case, result, "stackgen refused a valid spec")
        template = cfn.decode(result.text)
        assert cfn.find_cycle(cfn.dependencies(template)) is None, _report(case, result, "a dependency cycle")
        assert not cfn.missing_targets(template), _report(case, result, "a reference to nothing")
        covered |= matrix.features(case.spec)
    assert len(skipped) <= MAX_SKIPPED * count, f"{len(skipped)} of {count} specs refused with W008: {skipped}"
    missing = matrix.required_features() - covered
    assert not missing, f"seed {SEED}, {count} specs: nothing covers {sorted(missing, key=str)}"


def test_every_allowed_wire_kind_is_required():
    """The coverage list follows stackgen's own list of allowed wires and events."""
    from stackgen.model import EVENTS
    from stackgen.resolve import WIRE_KINDS

    wires = {f for f in matrix.required_features() if f[0] == "wire"}
    assert {f[1:4] for f in wires} == set(WIRE_KINDS)
    assert {f[4] for f in wires} == set(EVENTS) | {None}


def test_the_generator_is_reproducible():
    assert matrix.generate(SEED, 3) == matrix.generate(SEED, 3)
    assert [c.spec for c in matrix.cases(3, SEED)] == [c.spec for c in matrix.cases(5, SEED)[:3]]
    assert matrix.generate(SEED, 3) != matrix.generate(SEED + 1, 3)
