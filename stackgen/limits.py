"""Limits: CloudFormation's, Lambda's, IAM's and Lambda@Edge's rules, checked at build time.

A template that breaks one of these builds fine and fails twenty minutes into a deploy. Each
check reads the assembled template (CloudFormation words) and points back into the spec. Sizes
are counted as the deployed values will be at their longest: a pool ID as long as Cognito
allows, a pool ARN in the longest partition and region.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Mapping

from . import model
from .diagnostics import Diagnostic, error, warning
from .intrinsics import Intrinsic, SUB_VARIABLE

MAX_RESOURCES = 500
MAX_OUTPUTS = 200
MAX_LOGICAL_ID = 255
MAX_ENVIRONMENT = 4096
MAX_ROLE_INLINE_POLICIES = 10_240
MAX_TEMPLATE_BODY = 51_200
MAX_TEMPLATE_S3 = 1_000_000

VIEWER_MAX_TIMEOUT = 5
VIEWER_MAX_MEMORY = 128
EDGE_RUNTIMES = ("nodejs", "python")

#: the longest value each reference can resolve to once deployed
_LONGEST_PSEUDO = {
    "AWS::Region": 16,          # "ap-southeast-5", "us-gov-west-1" and room to grow
    "AWS::Partition": 10,       # "aws-us-gov", "aws-iso-b"
    "AWS::AccountId": 12,
    "AWS::StackName": 128,
    "AWS::StackId": 200,
    "AWS::URLSuffix": 20,
    "AWS::NoValue": 0,
}
POOL_ID = 55        # Cognito's limit on a user pool ID
CLIENT_ID = 128     # and on an app client ID
FUNCTION_NAME = 64
_ARN = 4 + 10 + 1 + 16 + 1 + 12 + 1  # "arn:" partition ":" service... region ":" account ":"
POOL_ARN = _ARN + len("cognito-idp") + len("userpool/") + POOL_ID
_LONGEST_REF = {"AWS::Cognito::UserPool": POOL_ID, "AWS::Cognito::UserPoolClient": CLIENT_ID,
                "AWS::Serverless::Function": FUNCTION_NAME}
_LONGEST_ATT = {("AWS::Cognito::UserPool", "Arn"): POOL_ARN,
                ("AWS::Serverless::Function", "Arn"): _ARN + len("lambda") + len("function:") + FUNCTION_NAME}
_UNKNOWN = 256


def _types(template: Mapping[str, Any]) -> dict[str, str]:
    return {name: r.get("Type", "") for name, r in template.get("Resources", {}).items()}


def longest(value: Any, types: Mapping[str, str]) -> int:
    """The longest length, in characters, that a string value can resolve to."""
    if isinstance(value, str):
        return len(value.encode("utf-8"))
    if isinstance(value, Intrinsic):
        if value.fn == "Ref" and isinstance(value.value, str):
            name = value.value
            return _LONGEST_PSEUDO.get(name, _LONGEST_REF.get(types.get(name, ""), _UNKNOWN))
        if value.fn == "GetAtt" and isinstance(value.value, str) and "." in value.value:
            name, attribute = value.value.split(".", 1)
            return _LONGEST_ATT.get((types.get(name, ""), attribute), _UNKNOWN)
        if value.fn == "Sub" and isinstance(value.value, str):
            text = value.value
            total = len(SUB_VARIABLE.sub("", text).encode("utf-8"))
            for variable in SUB_VARIABLE.findall(text):
                if "." in variable:
                    name, attribute = variable.split(".", 1)
                    total += longest(Intrinsic("GetAtt", f"{name}.{attribute}"), types)
                else:
                    total += longest(Intrinsic("Ref", variable), types)
            return total
    return _UNKNOWN


def _longest_json(value: Any, types: Mapping[str, str]) -> int:
    """The longest size of ``value`` as compact JSON (as IAM counts a policy: no white space)."""
    if isinstance(value, Intrinsic):
        return longest(value, types) + 2
    if isinstance(value, dict):
        return 2 + sum(len(json.dumps(k)) + 1 + _longest_json(v, types) for k, v in value.items()) + max(len(value) - 1, 0)
    if isinstance(value, list):
        return 2 + sum(_longest_json(v, types) for v in value) + max(len(value) - 1, 0)
    return len(json.dumps(value, separators=(",", ":")))


def _function_pointer(stack: model.Stack, name: str, key: str, field: str | None = None):
    """Where a function's Properties ``key`` comes from: its ``properties``, a field, or itself."""
    resource = stack.resources.get(name)
    if resource is None:
        return ()
    if key in resource.properties:
        return resource.pointer + ("properties", key)
    if field and isinstance(resource, model.Function) and field in resource.sources:
        return resource.sources[field]
    return resource.pointer


def check(stack: model.Stack, template: Mapping[str, Any]) -> list[Diagnostic]:
    """Every quota and Lambda@Edge rule that ``template`` breaks."""
    found: list[Diagnostic] = []
    for rule in RULES:
        found.extend(rule(stack, template))
    return found


def count_resources(template: Mapping[str, Any]) -> int:
    """Resources as CloudFormation will count them after the SAM transform (at least)."""
    total = 0
    for resource in template.get("Resources", {}).values():
        total += 1
        if resource.get("Type") == "AWS::Serverless::Function":
            properties = resource.get("Properties", {})
            total += 0 if "Role" in properties else 1          # <F>Role
            total += 2 if "AutoPublishAlias" in properties else 0  # version and alias
            total += len(properties.get("Events") or {})       # one or more per event source
            total += 2 if "FunctionUrlConfig" in properties else 0
    return total


def _resource_count(stack: model.Stack, template: Mapping[str, Any]) -> Iterable[Diagnostic]:
    total = count_resources(template)
    if total > MAX_RESOURCES:
        yield error("R005", f"the template has {total} resources once the SAM transform has added "
                    f"each function's role (and each edge function's version and alias); "
                    f"CloudFormation allows {MAX_RESOURCES} in one stack: split the spec into "
                    "stacks of fewer resources", ("resources",), at_key=True)


def _environment_size(stack: model.Stack, template: Mapping[str, Any]) -> Iterable[Diagnostic]:
    types = _types(template)
    for name, resource in template.get("Resources", {}).items():
        function = stack.resources.get(name)
        if not isinstance(function, model.Function):
            continue
        # Environment is the function's own (properties may not set it): a mapping of strings
        variables = resource["Properties"].get("Environment", {}).get("Variables", {})
        size = sum(len(k.encode("utf-8")) + longest(v, types) for k, v in variables.items())
        if size > MAX_ENVIRONMENT:
            yield error("R006", f"the environment variables of `{name}` can reach {size} bytes "
                        f"(derived values counted at their longest: a pool ID {POOL_ID}, a pool "
                        f"ARN {POOL_ARN}, a client ID {CLIENT_ID}); Lambda allows {MAX_ENVIRONMENT} "
                        "in all: shorten its own `environment` or remove dashed wires",
                        function.pointer + ("environment",), at_key=True, subject=name)


def _role_policy_size(stack: model.Stack, template: Mapping[str, Any]) -> Iterable[Diagnostic]:
    types = _types(template)
    resources = template.get("Resources", {})
    sizes: dict[str, int] = {}
    for name, resource in resources.items():
        if resource.get("Type") == "AWS::Serverless::Function":
            documents = [p for p in resource.get("Properties", {}).get("Policies", []) if isinstance(p, dict)]
            sizes[f"{name}Role"] = sum(_longest_json(d, types) for d in documents)
    for resource in resources.values():
        if resource.get("Type") != "AWS::IAM::Policy":
            continue
        properties = resource.get("Properties", {})
        for role in properties.get("Roles", []):
            if isinstance(role, Intrinsic) and role.fn == "Ref" and role.value in sizes:
                sizes[role.value] += _longest_json(properties.get("PolicyDocument", {}), types)
    for role, size in sizes.items():
        if size > MAX_ROLE_INLINE_POLICIES:
            function = role[: -len("Role")]
            yield error("R007", f"the inline policies of `{function}`'s role can reach {size} "
                        f"characters; IAM allows {MAX_ROLE_INLINE_POLICIES} per role: use managed "
                        "policies (names in `properties.Policies`) or fewer dashed wires",
                        _function_pointer(stack, function, "Policies"), at_key=True, subject=function)


def _outputs(stack: model.Stack, template: Mapping[str, Any]) -> Iterable[Diagnostic]:
    count = len(template.get("Outputs", {}))
    if count > MAX_OUTPUTS:
        yield error("R008", f"the template has {count} Outputs (two per pool, one per client and "
                    f"edge function); CloudFormation allows {MAX_OUTPUTS}: split the spec into "
                    "stacks", ("resources",), at_key=True)


def _logical_ids(stack: model.Stack, template: Mapping[str, Any]) -> Iterable[Diagnostic]:
    names = list(template.get("Resources", {})) + list(template.get("Outputs", {}))
    names += [f"{n}Role" for n, r in template.get("Resources", {}).items()
              if r.get("Type") == "AWS::Serverless::Function"]
    for name in names:
        if len(name) > MAX_LOGICAL_ID:
            owner = next((r for r in sorted(stack.resources, key=len, reverse=True) if r in name), None)
            pointer = stack.resources[owner].pointer if owner else ("resources",)
            yield error("R010", f"the Logical ID `{name[:40]}...` that stackgen derives is "
                        f"{len(name)} characters long; CloudFormation allows {MAX_LOGICAL_ID}: "
                        f"give `{owner}` a shorter Logical ID", pointer, at_key=True, subject=owner or "")


#: properties Lambda@Edge does not support, and why
EDGE_FORBIDDEN = {
    "Layers": "Lambda@Edge functions cannot use layers",
    "VpcConfig": "Lambda@Edge functions cannot run in a VPC",
    "Tracing": "Lambda@Edge functions do not support X-Ray tracing",
    "DeadLetterQueue": "Lambda@Edge functions cannot have a dead-letter queue",
    "ReservedConcurrentExecutions": "Lambda@Edge functions cannot reserve concurrency",
    "ProvisionedConcurrencyConfig": "Lambda@Edge functions cannot have provisioned concurrency",
    "FileSystemConfigs": "Lambda@Edge functions cannot mount file systems",
    "ImageUri": "Lambda@Edge functions cannot be container images",
    "PackageType": "Lambda@Edge functions are .zip packages only",
    "SnapStart": "Lambda@Edge functions do not support SnapStart",
    "KmsKeyArn": "Lambda@Edge functions cannot use a customer managed key",
}


def _edge_rules(stack: model.Stack, template: Mapping[str, Any]) -> Iterable[Diagnostic]:
    for name, resource in stack.resources.items():
        if not isinstance(resource, model.EdgeFunction):
            continue
        properties = template.get("Resources", {}).get(name, {}).get("Properties", {})
        for key, why in EDGE_FORBIDDEN.items():
            if key in properties:
                yield error("R011", f"`properties.{key}` of EdgeFunction `{name}`: {why}; remove it",
                            resource.pointer + ("properties", key), at_key=True, subject=name)
        architectures = properties.get("Architectures")
        if architectures is not None and architectures != ["x86_64"]:
            yield error("R011", f"`properties.Architectures` of EdgeFunction `{name}`: Lambda@Edge "
                        "runs x86_64 functions only; remove it",
                        resource.pointer + ("properties", "Architectures"), at_key=True, subject=name)
        storage = properties.get("EphemeralStorage", {})
        if isinstance(storage, dict) and isinstance(storage.get("Size"), int) and storage["Size"] > 512:
            yield error("R011", f"`properties.EphemeralStorage.Size` of EdgeFunction `{name}`: "
                        "Lambda@Edge allows 512 MB of /tmp; remove it",
                        resource.pointer + ("properties", "EphemeralStorage"), at_key=True, subject=name)
        if not resource.runtime.startswith(EDGE_RUNTIMES):
            yield error("R011", f"EdgeFunction `{name}` has runtime `{resource.runtime}`: Lambda@Edge "
                        "runs Node.js and Python only (for example nodejs22.x or python3.13)",
                        resource.sources.get("runtime", resource.pointer), subject=name)
        if resource.timeout > VIEWER_MAX_TIMEOUT or resource.memory_size > VIEWER_MAX_MEMORY:
            what = []
            if resource.timeout > VIEWER_MAX_TIMEOUT:
                what.append(f"a timeout of {resource.timeout} s (viewer events allow {VIEWER_MAX_TIMEOUT})")
            if resource.memory_size > VIEWER_MAX_MEMORY:
                what.append(f"{resource.memory_size} MB of memory (viewer events allow {VIEWER_MAX_MEMORY})")
            field = "timeout" if resource.timeout > VIEWER_MAX_TIMEOUT else "memory_size"
            yield warning("R012", f"EdgeFunction `{name}` has {' and '.join(what)}: it can serve "
                          "origin-request and origin-response events only, not viewer events",
                          resource.sources.get(field, resource.pointer), subject=name)


RULES = (_resource_count, _environment_size, _role_policy_size, _outputs, _logical_ids, _edge_rules)


def check_text(text: str) -> list[Diagnostic]:
    """The template body's size against what CloudFormation accepts."""
    size = len(text.encode("utf-8"))
    if size > MAX_TEMPLATE_S3:
        return [error("R009", f"the template is {size} bytes; CloudFormation accepts at most "
                      f"{MAX_TEMPLATE_S3} even from S3: split the spec into stacks", ("resources",), at_key=True)]
    if size > MAX_TEMPLATE_BODY:
        return [warning("R009", f"the template is {size} bytes, over the {MAX_TEMPLATE_BODY} that "
                        "CloudFormation takes inline: deploy it through S3 (`sam deploy` does, with "
                        "--s3-bucket or --resolve-s3)", ("resources",), at_key=True)]
    return []
