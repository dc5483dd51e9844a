"""Judging templates with the field's own tools: cfn-lint and the SAM translator.

Every template stackgen writes must pass cfn-lint twice (as written, and after the SAM transform
has been run offline as ``sam deploy`` would run it) and translate without error; and its
references must form no cycle. These helpers do each of those.

cfn-lint runs in this process with one set of rules for every template, and takes
:data:`LINT_DATE` for today.
"""

from __future__ import annotations

import copy
import datetime
import json
import os
from functools import lru_cache
from typing import Any

REGION = "us-east-1"
PACKAGED_CODE = "s3://stackgen-test-artifacts/code.zip"
#: "today" for cfn-lint when it judges a template. Its runtime rules (W2531 deprecated, E2531 no
#: more creation, E2533 no more update) compare a runtime's dates with the day, so on a fixed day
#: a template's verdict depends on the template and cfn-lint alone, never on the calendar. Move it
#: with the default runtimes; the one test that reads the real date is
#: ``test_templates.py::test_the_default_runtimes_are_not_about_to_be_deprecated``.
LINT_DATE = datetime.date(2026, 11, 27)


def decode(text: str) -> dict[str, Any]:
    """A template's text as cfn-lint reads it (intrinsics in long form)."""
    from cfnlint.decode import decode_str

    template, matches = decode_str(text)
    assert not matches, [str(m) for m in matches]
    return json.loads(json.dumps(template))


@lru_cache(maxsize=1)
def _runner():
    """One cfn-lint runner for the process, as its command line keeps one for many templates:
    loading the rules costs about 0.5 s, linting a template with them 0.03-0.2 s."""
    from cfnlint.config import ConfigMixIn
    from cfnlint.runner import Runner

    return Runner(ConfigMixIn(regions=[REGION]))


def lint(text: str, today: datetime.date = LINT_DATE) -> list[str]:
    """cfn-lint's errors and warnings for a template's text (YAML or JSON), judged on ``today``
    (every clock of the process reads that day while cfn-lint runs)."""
    import time_machine
    from cfnlint.decode import decode_str

    template, matches = decode_str(text)
    if not matches and template is not None:
        # noon UTC: the same calendar day in every time zone cfn-lint's naive today() may use
        noon = datetime.datetime.combine(today, datetime.time(12), datetime.timezone.utc)
        with time_machine.travel(noon, tick=False):
            matches = list(_runner().validate_template(template))
    return [f"{m.rule.id} {m.message} (line {m.linenumber})" for m in matches if m.rule.id[0] in "EW"]


def runtime_lifecycle() -> dict[str, dict[str, str]]:
    """cfn-lint's dates for each Lambda runtime (``deprecated``, ``create-block``,
    ``update-block``, ``successor``): the data its runtime rules read."""
    from cfnlint.data import AdditionalSpecs
    from cfnlint.helpers import load_resource

    return load_resource(AdditionalSpecs, "LmbdRuntimeLifecycle.json")


class _NoManagedPolicies:
    """The translator asks IAM for managed policy ARNs; offline there are none to ask."""

    def load(self) -> dict:
        return {}


def package(template: dict[str, Any]) -> dict[str, Any]:
    """What ``sam package`` makes of a template: local CodeUri paths become S3 URIs."""
    packaged = copy.deepcopy(template)
    for resource in packaged.get("Resources", {}).values():
        properties = resource.get("Properties", {})
        if resource.get("Type") == "AWS::Serverless::Function" and isinstance(properties.get("CodeUri"), str) \
                and not properties["CodeUri"].startswith("s3://"):
            properties["CodeUri"] = PACKAGED_CODE
    return packaged


def translate(text: str, resources: dict[str, Any] | None = None) -> dict[str, Any]:
    """The plain CloudFormation template the SAM transform makes of ``text``, with
    ``resources`` added first (such as an S3 bucket, which a spec cannot declare)."""
    from samtranslator.translator.transform import transform

    os.environ.setdefault("AWS_DEFAULT_REGION", REGION)
    os.environ.setdefault("AWS_REGION", REGION)
    template = package(decode(text))
    template["Resources"].update(copy.deepcopy(resources or {}))
    return transform(template, {}, _NoManagedPolicies())


def lint_translated(text: str) -> list[str]:
    """cfn-lint's errors and warnings for the template the SAM transform makes of ``text``."""
    return lint(json.dumps(translate(text), indent=1))


# --- references and cycles ------------------------------------------------------------------

def _targets(value: Any) -> set[str]:
    """The Logical IDs ``value`` refers to through Ref, Fn::GetAtt and Fn::Sub."""
    import re

    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "Ref" and isinstance(item, str):
                found.add(item.split(".")[0])
            elif key == "Fn::GetAtt":
                target = item if isinstance(item, str) else item[0]
                found.add(target.split(".")[0])
            elif key == "Fn::Sub":
                text = item if isinstance(item, str) else item[0]
                names = {n.split(".")[0] for n in re.findall(r"\$\{([^!}][^}]*)\}", text)}
                if isinstance(item, list) and len(item) > 1:
                    names -= set(item[1])
                    found |= _targets(item[1])
                found |= names
            else:
                found |= _targets(item)
    elif isinstance(value, list):
        for item in value:
            found |= _targets(item)
    return {f for f in found if not f.startswith("AWS::")}


def dependencies(template: dict[str, Any]) -> dict[str, set[str]]:
    """Logical ID -> the Logical IDs it needs created first.

    A SAM function that names no ``Role`` gets ``<F>Role`` from the transform: the function
    needs that role, and the role needs everything its ``Policies`` and trust policy name.
    """
    graph: dict[str, set[str]] = {}
    for name, resource in template["Resources"].items():
        properties = dict(resource.get("Properties", {}))
        depends = resource.get("DependsOn", [])
        needs = set([depends] if isinstance(depends, str) else depends)
        if resource["Type"] == "AWS::Serverless::Function" and "Role" not in properties:
            role = f"{name}Role"
            graph[role] = _targets(properties.pop("Policies", [])) | _targets(
                properties.pop("AssumeRolePolicyDocument", {}))
            needs.add(role)
        graph[name] = needs | _targets(properties)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One dependency cycle, as the list of Logical IDs around it, or None."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if target not in state:
                cycle = visit(target)
                if cycle:
                    return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def missing_targets(template: dict[str, Any]) -> set[str]:
    """References to Logical IDs that the template (with SAM's implied roles) does not define."""
    graph = dependencies(template)
    known = set(graph) | set(template.get("Parameters", {}))
    wanted = set().union(*graph.values()) | _targets(template.get("Outputs", {}))
    return wanted - known
