"""Every template stackgen writes (golden cases and samples) judged by the field's tools.

cfn-lint as written, cfn-lint after the offline SAM translation, the translation itself, and a
walk of every reference (Ref, GetAtt, Sub, DependsOn and SAM's implied ``<F>Role``) that must
find no cycle and no missing target.

cfn-lint judges on :data:`cfn.LINT_DATE`, so that these verdicts never change with the calendar;
:func:`test_the_default_runtimes_are_not_about_to_be_deprecated` is the one test that reads
today's date, to say when the default runtimes must move.
"""

import datetime

import pytest

import cfn
from goldens import TEMPLATE, cases, samples
from stackgen import model

TEMPLATES = [p / TEMPLATE for p in cases() + samples() if (p / TEMPLATE).is_file()]


def _id(path):
    return f"{path.parent.parent.name}/{path.parent.name}"


@pytest.mark.parametrize("path", TEMPLATES, ids=_id)
def test_cfn_lint_as_written(path):
    assert cfn.lint(path.read_text()) == []


@pytest.mark.parametrize("path", TEMPLATES, ids=_id)
def test_cfn_lint_after_sam_translation(path):
    assert cfn.lint_translated(path.read_text()) == []


@pytest.mark.parametrize("path", TEMPLATES, ids=_id)
def test_no_dependency_cycle_and_no_dangling_reference(path):
    template = cfn.decode(path.read_text())
    assert cfn.find_cycle(cfn.dependencies(template)) is None
    assert cfn.missing_targets(template) == set()


def test_the_reference_walk_finds_the_classic_trap():
    """The walk is not vacuous: a trigger given its own pool's ID is a cycle."""
    template = {"Resources": {
        "Users": {"Type": "AWS::Cognito::UserPool",
                  "Properties": {"LambdaConfig": {"PreSignUp": {"Fn::GetAtt": ["Check", "Arn"]}}}},
        "Check": {"Type": "AWS::Serverless::Function",
                  "Properties": {"Policies": [{"Statement": [{"Resource": {"Fn::GetAtt": "Users.Arn"}}]}]}},
    }}
    assert cfn.find_cycle(cfn.dependencies(template)) == ["Check", "CheckRole", "Users", "Check"]


def test_cfn_lint_is_not_vacuous():
    broken = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  P:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      Nonsense: 1\n"
    assert cfn.lint(broken)


_FUNCTION = """AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Check:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: {runtime}
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/check
      Code: {{ZipFile: "exports.handler = async () => {{}}"}}
"""


def test_cfn_lint_judges_deprecation_on_the_day_it_is_given():
    """The pinned day reaches cfn-lint's runtime rules: a runtime is clean the day before its
    deprecation date and deprecated (W2531) on it, whatever the calendar says."""
    runtime = "nodejs22.x"
    deprecated = datetime.date.fromisoformat(cfn.runtime_lifecycle()[runtime]["deprecated"])
    text = _FUNCTION.format(runtime=runtime)
    assert cfn.lint(text, today=deprecated - datetime.timedelta(days=1)) == []
    assert [m for m in cfn.lint(text, today=deprecated) if m.startswith("W2531 ")]


#: how long before a default runtime's deprecation date the dated test below starts failing
NOTICE = datetime.timedelta(days=90)


def test_the_default_runtimes_are_not_about_to_be_deprecated():
    """The one dated test: it fails 90 days before AWS deprecates a default runtime, as
    cfn-lint's runtime data says, so that the default moves while the old one still deploys."""
    lifecycle = cfn.runtime_lifecycle()
    today = datetime.date.today()
    late = []
    from stackgen.kinds.user_pool import TRIGGERS_RUNTIME

    # the runtimes stackgen writes of itself: the functions' defaults, an existing pool's triggers'
    settings = {f"model.{setting}": getattr(model, setting) for setting in ("DEFAULT_RUNTIME", "EDGE_RUNTIME")}
    settings["kinds.user_pool.TRIGGERS_RUNTIME"] = TRIGGERS_RUNTIME
    for setting, runtime in settings.items():
        if runtime not in lifecycle:
            late.append(f"stackgen.{setting} = {runtime!r}: cfn-lint knows no such runtime")
            continue
        dates = lifecycle[runtime]
        deprecated = datetime.date.fromisoformat(dates["deprecated"])
        if today >= deprecated - NOTICE:
            successor = f"; its successor is {dates['successor']}" if dates.get("successor") else ""
            late.append(f"stackgen.{setting} = {runtime!r}: AWS Lambda deprecates it on {deprecated}, "
                        f"and blocks new functions on {dates['create-block']}{successor}")
    assert not late, "\n".join(late) + (
        "\nMove the default to a runtime that is not deprecated (and, for EDGE_RUNTIME, that "
        "Lambda@Edge supports; for TRIGGERS_RUNTIME, a Python one) in stackgen/model.py (or stackgen/kinds/user_pool.py) and the README, run `python tests/regenerate.py` and review the diff, and set LINT_DATE in "
        "tests/cfn.py to today.")
