"""The edge function: a Lambda@Edge function, for CloudFront.

It is a :mod:`function <.function>` with Lambda@Edge's differences: its own defaults, a role that
edgelambda.amazonaws.com may assume, a numbered version published under the alias ``live`` (its
ARN an Output, for CloudFront), retained on delete (CloudFront may still run its replicas), and
no environment variables: what its dashed wires discover is stored as one JSON object in an SSM
parameter that only it may read. The stack must be deployed in us-east-1 (a rule says so). No
pool event may invoke it. Lambda@Edge refuses some of a function's properties (R011) and limits
viewer events (R012).
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from .. import kinds
from ..diagnostics import Diagnostic, error, note, warning
from ..emit import OUTPUTS, POLICY_VERSION, RESOURCES, RULES, Emitted, Fragment, merge_properties, role_of
from ..intrinsics import Intrinsic, ref, sub
from ..record import record
from ..spec_schema import BOUNDS
from . import Kind, Look, function

RUNTIME = "nodejs22.x"   # Lambda@Edge takes new Node.js versions later than Lambda does
TIMEOUT = 5
#: the schema's limit on an EdgeFunction's own ``timeout``, which ``defaults.function`` may pass
MAX_TIMEOUT = BOUNDS["EdgeFunction"]["timeout"][1]


@record
class EdgeFunction(function.Function):
    runtime: str = RUNTIME
    timeout: int = TIMEOUT

    kind = "EdgeFunction"


def owners(name: str) -> dict[tuple[str, ...], str]:
    return {
        **function.owners(name),
        ("Environment",): ("the type EdgeFunction: Lambda@Edge has no environment variables "
                           "(dashed wires deliver their values through SSM)"),
        ("AutoPublishAlias",): "the type EdgeFunction (CloudFront needs a numbered version)",
        ("AssumeRolePolicyDocument",): "the type EdgeFunction (its role must trust edgelambda.amazonaws.com)",
        ("Role",): ("the dashed wires from `" + name + "` (stackgen builds its role; add your own "
                    "statements under `properties.Policies`)"),
    }


ALIAS = "live"
REGION = "us-east-1"


def parameter_path(function_name: str) -> str:
    """The path of the SSM parameter that holds the environment of the edge function whose
    deployed name is ``function_name`` (text, or a ``!Sub`` placeholder such as ``${Viewer}``)."""
    return f"/stackgen/{function_name}/environment"


def parameter_name(function_name: str) -> Any:
    """The name of an edge function's environment parameter, as a template value."""
    return sub(parameter_path(f"${{{function_name}}}"))


def _placeholder(variable, graph, bound: dict) -> str:
    """A discovered variable's value as a part of a ``!Sub`` text; the variables it binds are
    added to ``bound``."""
    target = graph.stack.resources[variable.target]
    offer = next(o for o in kinds.get(target.kind).offers if o.value == variable.value)
    text, variables = kinds.sub_part(target, offer.attribute)
    bound.update(variables)
    return text


def emit_edge_function(edge: EdgeFunction, graph) -> Emitted:
    name = edge.name
    properties = function.code(edge)
    properties["AutoPublishAlias"] = ALIAS
    properties["AssumeRolePolicyDocument"] = {
        "Version": POLICY_VERSION,
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"Service": ["lambda.amazonaws.com", "edgelambda.amazonaws.com"]},
            "Action": "sts:AssumeRole",
        }],
    }
    statements = function.linked_statements(name, graph)
    if statements:
        properties["Policies"] = [{"Statement": statements}]
    properties, found = merge_properties(edge, properties)
    body = {"Type": function.AWS_TYPE, "DeletionPolicy": "Retain",
            "UpdateReplacePolicy": "Retain", "Properties": properties}
    origin = f"edge function `{name}`"
    fragments = [
        Fragment(RESOURCES, name, body, name, origin, (role_of(name), f"{name}Alias{ALIAS}")),
        Fragment(OUTPUTS, f"{name}VersionArn",
                 {"Description": f"ARN of the published version of {name}, for CloudFront",
                  "Value": ref(f"{name}.Version")}, name, origin),
    ]
    variables = graph.variables.get(name, ())
    if variables:
        found.append(note(
            "R003",
            f"{variables[0].wire}: Lambda@Edge has no environment variables, so "
            f"{', '.join(v.name for v in variables)} of `{name}` are stored as one JSON object in the "
            f"SSM parameter {parameter_path('<function name>')} (in us-east-1), which only this "
            "function may read; see the README, 'Edge functions'",
            variables[0].wire.pointer, subject=name,
        ))
        bound: dict[str, Any] = {}
        import json

        document = json.dumps({v.name: _placeholder(v, graph, bound) for v in variables}, separators=(",", ":"))
        fragments.append(Fragment(RESOURCES, f"{name}EnvironmentParameter", {
            "Type": "AWS::SSM::Parameter",
            "Properties": {
                "Name": parameter_name(name),
                "Description": f"Environment of the Lambda@Edge function {name}, as JSON",
                "Type": "String",
                "Value": Intrinsic("Sub", [document, bound]) if bound else sub(document),
            },
        }, name, f"the environment parameter of edge function `{name}`"))
        fragments.append(Fragment(RESOURCES, f"{name}EnvironmentPolicy", {
            "Type": "AWS::IAM::Policy",
            "Properties": {
                "PolicyName": f"{name}EnvironmentPolicy",
                "Roles": [ref(role_of(name))],
                "PolicyDocument": {"Version": POLICY_VERSION, "Statement": [{
                    "Effect": "Allow",
                    "Action": "ssm:GetParameter",
                    "Resource": sub("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter"
                                    + parameter_path(f"${{{name}}}")),
                }]},
            },
        }, name, f"the environment policy of edge function `{name}`"))
    return Emitted(fragments, found)


def emit_region_rule(edges: Mapping[str, EdgeFunction], graph) -> Iterable[Fragment]:
    """The stack's rule that it is deployed where Lambda@Edge functions must be."""
    names = list(edges)
    if names:
        yield Fragment(RULES, "EdgeFunctionsInUsEast1", {"Assertions": [{
            "Assert": Intrinsic("Equals", [ref("AWS::Region"), REGION]),
            "AssertDescription": (f"Lambda@Edge functions ({', '.join(names)}) must be deployed "
                                  f"in {REGION}; deploy this stack there"),
        }]}, names[0], "the Lambda@Edge region rule")


# --- the rules a schema cannot say ---------------------------------------------------------------

def _defaults(edges: Mapping[str, EdgeFunction], stack, graph) -> Iterable[Diagnostic]:
    """A ``defaults.function`` timeout that is over an edge function's limit."""
    for name, resource in edges.items():
        if resource.timeout > MAX_TIMEOUT:
            yield error(
                "R004",
                f"`defaults.function.timeout` is {resource.timeout} s, over the "
                f"{MAX_TIMEOUT} s an EdgeFunction allows; give `{name}` its own "
                "`timeout`",
                resource.sources["timeout"], subject=name,
            )


# --- Lambda@Edge's limits --------------------------------------------------------------------------

VIEWER_MAX_TIMEOUT = 5
VIEWER_MAX_MEMORY = 128
RUNTIMES = ("nodejs", "python")

#: properties Lambda@Edge does not support, and why
FORBIDDEN = {
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


def _edge_rules(edges: Mapping[str, EdgeFunction], stack, template: Mapping[str, Any]) -> Iterable[Diagnostic]:
    for name, resource in edges.items():
        properties = template.get("Resources", {}).get(name, {}).get("Properties", {})
        for key, why in FORBIDDEN.items():
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
        if not resource.runtime.startswith(RUNTIMES):
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


KIND = Kind(
    name="EdgeFunction",
    model=EdgeFunction,
    build=function.build_as(EdgeFunction),
    aws_type=function.AWS_TYPE,
    emit=emit_edge_function,
    owners=owners,
    look=Look("edgeFunction", ("{{", "}}"), "hexagon", "filled", "#f1e9ff", "#8c4fff"),
    words="edge function",
    appendable=frozenset({"Policies"}),
    refused={"UserPool": ("an EdgeFunction cannot be subscribed to a pool's events "
                          "(CloudFront invokes Lambda@Edge functions); make it a `Function`")},
    longest=function.KIND.longest,
    attributes=function.ATTRIBUTES,
    expansion=function.expansion,
    checks=(_defaults,),
    limits=(_edge_rules,),
    stack_emitters=(emit_region_rule,),
)
