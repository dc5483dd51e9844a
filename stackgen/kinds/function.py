"""The function: a Lambda function, built and deployed by SAM.

A function becomes an ``AWS::Serverless::Function`` with X-Ray tracing, and SAM derives its role
(``<F>Role``, see :func:`stackgen.emit.role_of`). A pool's event may invoke it (a solid wire from
the pool, declared in :mod:`.user_pool`); it may discover pools and clients (dashed wires from
it, declared by the kinds it discovers): their values come as environment variables after its
own, and their IAM actions as a statement of its role. A custom sender gets its pool's key.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Mapping

from .. import kinds
from ..diagnostics import Pointer
from ..emit import RESOURCES, Emitted, Fragment, merge_properties, role_of
from ..intrinsics import get_att, ref
from ..model import Resource
from ..record import factory, record
from . import Kind, Look, longest_arn
from .user_pool import SENDER_KEY, sender_key_arn

DEFAULT_RUNTIME = "nodejs24.x"
DEFAULT_HANDLER = "index.handler"
DEFAULT_MEMORY = 128
TIMEOUT = 3


@record
class Function(Resource):
    code_uri: str = ""
    handler: str = DEFAULT_HANDLER
    runtime: str = DEFAULT_RUNTIME
    memory_size: int = DEFAULT_MEMORY
    timeout: int = TIMEOUT
    #: the user's own variables, in spec order
    environment: tuple[tuple[str, str], ...] = ()
    #: where each field was set in the spec (for diagnostics); absent when a default applied
    sources: Mapping[str, Pointer] = factory(dict)

    kind = "Function"


#: the spec's field -> the model's, for the fields ``defaults.function`` may also set
FIELDS = {"codeUri": "code_uri", "handler": "handler", "runtime": "runtime",
          "memorySize": "memory_size", "timeout": "timeout"}


def build_as(cls: type) -> Any:
    """The ``build`` of a kind of function whose model class is ``cls``."""

    def build(name: str, pointer, properties: Mapping[str, Any], spec: Mapping[str, Any],
              defaults: Mapping[str, Any]) -> Function:
        function_defaults = defaults.get("function", {})
        values: dict[str, Any] = {"code_uri": f"src/{name}"}
        sources: dict[str, Pointer] = {}
        for key, attr in FIELDS.items():
            if key in spec:
                values[attr] = spec[key]
                sources[attr] = pointer + (key,)
            elif key in function_defaults:
                values[attr] = function_defaults[key]
                sources[attr] = ("defaults", "function", key)
        environment = tuple((k, v) for k, v in spec.get("environment", {}).items())
        return cls(name, pointer, properties, environment=environment,
                   sources=MappingProxyType(sources), **values)

    return build


def owners(name: str) -> dict[tuple[str, ...], str]:
    return {
        ("CodeUri",): "the field `codeUri`",
        ("Handler",): "the field `handler`",
        ("Runtime",): "the field `runtime` (or `defaults.function.runtime`)",
        ("MemorySize",): "the field `memorySize` (or `defaults.function.memorySize`)",
        ("Timeout",): "the field `timeout` (or `defaults.function.timeout`)",
        ("Environment",): "the field `environment` and the dashed wires from `" + name + "`",
        ("Role",): ("the dashed wires from `" + name + "` (stackgen builds its role; add your own "
                    "statements under `properties.Policies`)"),
    }


def code(function: Function) -> dict[str, Any]:
    return {
        "CodeUri": function.code_uri,
        "Handler": function.handler,
        "Runtime": function.runtime,
        "MemorySize": function.memory_size,
        "Timeout": function.timeout,
    }


def statement(target: str, actions: tuple[str, ...]) -> dict:
    """The IAM statement that lets a function take ``actions`` on the resource ``target``."""
    return {"Effect": "Allow", "Action": list(actions), "Resource": get_att(target, "Arn")}


def linked_statements(function: str, graph) -> list[dict]:
    """The statements of what ``function`` discovers, for its role (see :func:`stackgen.emit.emit_unlinked_policies`
    for a trigger's own pool)."""
    found = []
    for d in graph.discoveries_of(function):
        actions = kinds.get(graph.stack.resources[d.target].kind).actions
        if d.linked and actions:
            found.append(statement(d.target, actions))
    return found


def variable_value(variable, graph) -> Any:
    """The template value of a variable a function gets."""
    target = graph.stack.resources[variable.target]
    if variable.value == SENDER_KEY:
        return sender_key_arn(target)
    offer = next(o for o in kinds.get(target.kind).offers if o.value == variable.value)
    return ref(target.name) if offer.attribute is None else get_att(target.name, offer.attribute)


def _sender_key_statements(function: str, graph) -> list[dict]:
    """``kms:Decrypt`` on the key of each pool ``function`` is a custom sender of, and no more."""
    pools = [v.target for v in graph.variables.get(function, ()) if v.value == SENDER_KEY]
    return [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": sender_key_arn(graph.stack.resources[p])}
            for p in pools]


def emit_function(function: Function, graph) -> Emitted:
    name = function.name
    properties = code(function)
    properties["Tracing"] = "Active"
    variables: dict[str, Any] = dict(function.environment)
    for v in graph.variables.get(name, ()):
        variables[v.name] = variable_value(v, graph)
    if variables:
        properties["Environment"] = {"Variables": variables}
    policies: list[Any] = ["AWSXrayWriteOnlyAccess"]
    statements = linked_statements(name, graph) + _sender_key_statements(name, graph)
    if statements:
        policies.append({"Statement": statements})
    properties["Policies"] = policies
    properties, found = merge_properties(function, properties)
    body = {"Type": AWS_TYPE, "Properties": properties}
    return Emitted([Fragment(RESOURCES, name, body, name, f"function `{name}`", (role_of(name),))], found)


AWS_TYPE = "AWS::Serverless::Function"
#: Lambda's limit on a function's name, and the longest ARN of one
NAME_LENGTH = 64
ARN_LENGTH = longest_arn("lambda", len("function:") + NAME_LENGTH)
#: the attributes ``!GetAtt`` may read of a SAM function: its AWS::Lambda::Function's
ATTRIBUTES = frozenset({"Arn", "SnapStartResponse", "SnapStartResponse.ApplyOn",
                        "SnapStartResponse.OptimizationStatus"})

KIND = Kind(
    name="Function",
    model=Function,
    build=build_as(Function),
    aws_type=AWS_TYPE,
    emit=emit_function,
    owners=owners,
    look=Look("function", ("[", "]"), "box", "filled", "#fff1e0", "#ed7100"),
    words="function",
    appendable=frozenset({"Policies"}),
    longest={"Ref": NAME_LENGTH, "Arn": ARN_LENGTH},
    attributes=ATTRIBUTES,
)
