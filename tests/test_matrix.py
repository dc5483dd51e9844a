"""The matrix: generated specs, each built by stackgen and judged like the golden templates.

The specs come from :mod:`matrix` (read its docstring for what they hold): every allowed wire
kind with every event, several pools, clients and functions, functions on several pools,
triggers that discover their own pool and its clients, edge functions with dashed wires,
``environment`` names that collide with the derived ones, and ``properties`` on every type.
Each template must build, pass cfn-lint as written and after the offline SAM transform with no
error or warning, translate, and have no dependency cycle and no missing target.

Default run: :data:`matrix.DEFAULT_COUNT` specs of seed :data:`matrix.DEFAULT_SEED`, one test
each; each spec is rich (about 15-55 resources after the transform), so that one template covers
many combinations at once: cfn-lint's cost grows with the resources (about 25 ms each, as written
and again translated), and the default run takes about 30 s of one core. Besides, a sweep builds
the next specs of the same seed, up to :data:`SWEEP`, without linting them, :data:`PART` specs a
test: each must build (stackgen's self-check runs on every build) with no cycle and no dangling
reference. A larger or different run::

    STACKGEN_MATRIX=300 STACKGEN_MATRIX_SEED=7 python -m pytest tests/test_matrix.py -q

``STACKGEN_MATRIX=<count>`` is the number of specs, ``STACKGEN_MATRIX_SEED=<seed>`` the seed
(an integer). A spec depends only on (seed, index), so a failing case is rerun by its test id
(``-k seed7-123``); a failure prints the spec's YAML, stackgen's diagnostics and that command.

A spec that stackgen refuses with W008 (a cross-pool cycle; the generator draws a few on
purpose) passes when it really breaks the rule that keeps stacks acyclic.
:func:`test_generated_specs_cover_the_matrix` reads the specs alone (it builds nothing): it caps
the share of specs that break that rule, and asserts that the others, which the tests above
must build, cover every (wire kind, event) combination and every shape in
:func:`matrix.required_features`.
"""

from __future__ import annotations

import pytest

import cfn
import matrix
from stackgen.build import build
from stackgen.diagnostics import render

COUNT, SEED = matrix.settings()
CASES = matrix.cases(COUNT, SEED)
#: at most this share of the specs may break the rank rule (and so may be refused with W008)
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


#: specs of the seed built by the run: the first COUNT are linted, one test each; the others, up to
#: SWEEP, are built without linting (stackgen's self-check runs on each, and the test walks each
#: template's references), PART specs a test so that the parts run side by side
SWEEP = 300
PART = 30


def _parts() -> list[range]:
    swept = range(COUNT, max(COUNT, SWEEP))
    return [swept[start:start + PART] for start in range(0, len(swept), PART)]


@pytest.mark.parametrize("part", _parts(), ids=lambda part: f"{SEED}-{part.start}-{part.stop - 1}")
def test_generated_specs_build(part, tmp_path):
    """Specs built without linting: each builds (or, breaking the rank rule, is refused with
    W008), with no cycle and no dangling reference."""
    for case in matrix.cases(part.stop, SEED)[part.start:]:
        folder = tmp_path / str(case)
        folder.mkdir()
        result = _build(case, folder)
        if _refused_for_a_cycle(result):
            assert matrix.breaks_rank_rule(case.spec), _report(
                case, result, "W008 for a spec whose wires all follow the rank rule (no cycle possible)")
            continue
        assert result.ok, _report(case, result, "stackgen refused a valid spec")
        template = cfn.decode(result.text)
        assert cfn.find_cycle(cfn.dependencies(template)) is None, _report(case, result, "a dependency cycle")
        assert not cfn.missing_targets(template), _report(case, result, "a reference to nothing")


def test_generated_specs_cover_the_matrix():
    """The run's specs (linted and swept) cover every combination, counting only the specs that
    must build: the tests above fail when one of those is refused. The specs that break the rank
    rule, which stackgen may refuse, are at most MAX_SKIPPED of the run."""
    count = max(COUNT, SWEEP)
    runs = matrix.cases(count, SEED)
    chaotic = [str(case) for case in runs if matrix.breaks_rank_rule(case.spec)]
    assert len(chaotic) <= MAX_SKIPPED * count, f"{len(chaotic)} of {count} specs break the rank rule: {chaotic}"
    covered = set().union(*(matrix.features(case.spec) for case in runs if not matrix.breaks_rank_rule(case.spec)))
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
