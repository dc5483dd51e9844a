"""The function: a Lambda function, built and deployed by SAM.

A function becomes an ``AWS::Serverless::Function`` with X-Ray tracing, and SAM derives its role
(``<F>Role``, see :func:`stackgen.emit.role_of`), unless it names a role of its own
(``properties.Role``: stackgen then grants it nothing, see :func:`granted_to_own_role`). A pool's
event may invoke it (a solid wire from the pool, declared in :mod:`.user_pool`); it may discover
pools and clients (dashed wires from it, declared by the kinds it discovers): their values come as
environment variables after its own, and their IAM actions as a statement of its role. A custom
sender gets its pool's key (unless its wire says ``keyAccess: false``).
To the resource count it adds what the SAM transform makes of it: its role, and what its
``properties`` call for (an alias, a URL, each event source...; see :func:`expansion`).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Iterable, Mapping

from .. import kinds
from ..diagnostics import Diagnostic, Pointer, error
from ..emit import RESOURCES, Emitted, Fragment, merge_properties, role_of
from ..intrinsics import Intrinsic
from ..model import SENDERS, Resource
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
    #: whether it is traced by X-Ray (Tracing: Active, and the policy that lets it write traces)
    tracing: bool = True
    #: the user's own variables, in spec order: text, or a CloudFormation function giving text
    environment: tuple[tuple[str, Any], ...] = ()
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
        if "tracing" in spec:
            values["tracing"] = spec["tracing"]
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
    }


def own_role(function: Resource) -> bool:
    """Whether ``function`` names a role of its own (``properties.Role``): SAM then derives no
    ``<F>Role``, and ignores ``Policies``."""
    return "Role" in function.properties


def owned(function: Function) -> dict[tuple[str, ...], str]:
    """``Role`` is the field ``tracing``'s while it is on (X-Ray's policy goes on the role SAM
    derives); beside a ``Role``, ``Policies`` has no role to go on."""
    found: dict[tuple[str, ...], str] = {}
    if function.tracing:
        found[("Role",)] = ("the field `tracing` (on by default: X-Ray's policy goes on the role SAM derives "
                            "for the function); to give a role of its own, set `tracing: false` (and "
                            "`Tracing: Active` in `properties` when that role may write traces)")
    elif own_role(function):
        found[("Policies",)] = ("`properties.Role`, which replaces the role SAM would put `Policies` on (SAM "
                                "ignores them beside `Role`): grant these in the role `Role` names")
    return found


def code(function: Function) -> dict[str, Any]:
    return {
        "CodeUri": function.code_uri,
        "Handler": function.handler,
        "Runtime": function.runtime,
        "MemorySize": function.memory_size,
        "Timeout": function.timeout,
    }


def statement(target: Resource, actions: tuple[str, ...]) -> dict:
    """The IAM statement that lets a function take ``actions`` on the resource ``target``."""
    return {"Effect": "Allow", "Action": list(actions), "Resource": kinds.value_of(target, "Arn")}


def granted_on(discovery, graph) -> str | None:
    """The Logical ID whose ARN a discovery's IAM actions are granted on: the target's own, or its
    pool's for a kind that has none (a group); None when there is none to grant them on."""
    kind = kinds.get(graph.stack.resources[discovery.target].kind)
    return discovery.pool if kind.actions_on_pool else discovery.target


def linked_statements(function: str, graph) -> list[dict]:
    """The statements of what ``function`` discovers, for its role (see :func:`stackgen.emit.emit_unlinked_policies`
    for a trigger's own pool)."""
    found = []
    for d in graph.discoveries_of(function):
        actions = kinds.actions_of(kinds.get(graph.stack.resources[d.target].kind), d.wire)
        on = granted_on(d, graph)
        if d.linked and actions and on is not None:
            found.append(statement(graph.stack.resources[on], actions))
    return found


def variable_value(variable, graph) -> Any:
    """The template value of a variable a function gets."""
    target = graph.stack.resources[variable.target]
    if variable.value == SENDER_KEY:
        return sender_key_arn(target)
    offer = next(o for o in kinds.get(target.kind).offers if o.value == variable.value)
    if offer.literal is not None:
        return offer.literal(target)
    return kinds.value_of(target, offer.attribute)


def _sender_key_statements(function: str, graph) -> list[dict]:
    """``kms:Decrypt`` on the key of each pool ``function`` is a custom sender of, and no more."""
    pools = [v.target for v in graph.variables.get(function, ()) if v.value == SENDER_KEY]
    return [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": sender_key_arn(graph.stack.resources[p])}
            for p in pools]


def emit_function(function: Function, graph) -> Emitted:
    name = function.name
    properties = code(function)
    if function.tracing:
        properties["Tracing"] = "Active"
    variables: dict[str, Any] = dict(function.environment)
    for v in graph.variables.get(name, ()):
        variables[v.name] = variable_value(v, graph)
    if variables:
        properties["Environment"] = {"Variables": variables}
    policies: list[Any] = ["AWSXrayWriteOnlyAccess"] if function.tracing else []
    statements = linked_statements(name, graph) + _sender_key_statements(name, graph)
    if statements:
        policies.append({"Statement": statements})
    # a role of its own takes none of them (R002 and W023 say what would have been lost)
    if policies and not own_role(function):
        properties["Policies"] = policies
    properties, found = merge_properties(function, properties)
    body = {"Type": AWS_TYPE, "Properties": properties}
    # SAM derives <F>Role when there is no Role, or for a branch of an !If that has none
    implied = (role_of(name),) if not own_role(function) or _no_values(function.properties["Role"]) else ()
    return Emitted([Fragment(RESOURCES, name, body, name, f"function `{name}`", implied)], found)


def granted_to_own_role(functions: Mapping[str, Function], stack, graph) -> Iterable[Diagnostic]:
    """W023: a wire whose IAM statement would go on the role of a function that names its own:
    SAM ignores ``Policies`` beside ``Role``, and a policy attached to that role would grant the
    actions to whatever else may assume it. Refused, never granted silently less or more."""
    for function in functions.values():
        if not own_role(function):
            continue
        name = function.name
        fix = (f"`{name}` has a role of its own (`properties.Role`), so the wire's IAM statement cannot be "
               "granted: SAM ignores `Policies` beside `Role`, and a policy stackgen attached to that role "
               "would grant it to everything else the role serves")
        for d in graph.discoveries_of(name):
            target = graph.stack.resources[d.target]
            if kinds.actions_of(kinds.get(target.kind), d.wire) and granted_on(d, graph) is not None:
                yield error("W023", f"{d.wire}: {fix}; allow the actions in that role and give the values "
                            "in `environment` instead of the wire, or remove `properties.Role`",
                            d.wire.pointer, subject=str(d.wire))
        for t in graph.triggers:
            if t.function == name and t.event in SENDERS and t.wire.key_access is not False:
                yield error("W023", f"{t.wire}: {fix} (here `kms:Decrypt` on the pool's sender key); add "
                            "`keyAccess: false` to the wire and allow `kms:Decrypt` on the key in that role "
                            "(and give the key's ARN in `environment`), or remove `properties.Role`",
                            t.wire.pointer, subject=str(t.wire))


# --- what it adds to the resource count: what the SAM transform makes of it ---------------------
#
# What the SAM transform (aws-sam-translator 1.115) makes of an AWS::Serverless::Function besides
# the AWS::Lambda::Function itself. Read from samtranslator's model/sam_resources.py (SamFunction),
# model/eventsources/ (push.py, pull.py, scheduler.py, cloudwatchlogs.py) and plugins/api/, then
# measured by translating one function per case; tests/test_resource_count.py translates every
# row again and holds count_resources to the translator's own count.

#: Events: what one event source of a function adds, by its ``Type``
EVENT_SOURCES: Mapping[str, int] = {
    "Api": 1,                # a permission; and the stack's implicit REST API (IMPLICIT_APIS)
    "HttpApi": 1,            # a permission (none for some routes: _events); and the implicit HTTP API
    "S3": 1,                 # a permission (the bucket, in the template already, is only changed)
    "SNS": 2,                # a subscription and a permission; with SqsSubscription see _event
    "SQS": 1,                # an event source mapping, for each of these pull sources
    "Kinesis": 1,
    "DynamoDB": 1,
    "MSK": 1,
    "MQ": 1,
    "SelfManagedKafka": 1,
    "DocumentDB": 1,
    "Schedule": 2,           # an EventBridge rule and a permission
    "CloudWatchEvent": 2,
    "EventBridgeRule": 2,
    "ScheduleV2": 2,         # an EventBridge Scheduler schedule and its role (none with RoleArn)
    "CloudWatchLogs": 2,     # a subscription filter and a permission
    "IoTRule": 2,            # a topic rule and a permission
    "AlexaSkill": 1,         # a permission
    "Cognito": 1,            # a permission, one per function however many Cognito events it has
}
#: a rule's (Schedule, CloudWatchEvent, EventBridgeRule) DeadLetterConfig without an Arn: a queue
#: and its queue policy; a ScheduleV2's: a queue (its role gets the statement)
RULE_DEAD_LETTER_QUEUE = 2
SCHEDULE_V2_DEAD_LETTER_QUEUE = 1
#: SNS with ``SqsSubscription: true``: a queue, its policy, an event source mapping and the
#: subscription (no permission); with an existing queue (a mapping): all but the queue
SNS_TO_NEW_QUEUE = 4
SNS_TO_QUEUE = 3
#: once per stack, for the events that name no API of their own: ServerlessRestApi with its
#: deployment and its Prod stage; ServerlessHttpApi with its $default stage
IMPLICIT_APIS: Mapping[str, int] = {"Api": 3, "HttpApi": 2}
#: a function's own properties: AutoPublishAlias a version and an alias; FunctionUrlConfig a URL,
#: and with AuthType NONE two permissions; EventInvokeConfig its resource, and a queue or a topic
#: for an SQS or SNS destination without an ARN. ProvisionedConcurrencyConfig (a setting of the
#: alias), DeadLetterQueue and the other properties add nothing.
ALIAS = 2
FUNCTION_URL = 1
PUBLIC_URL_PERMISSIONS = 2
EVENT_INVOKE_CONFIG = 1
#: DeploymentPreference (enabled, with AutoPublishAlias): a deployment group per function, and
#: once per stack a CodeDeploy application and a service role (no role when every enabled
#: preference names its own Role)
DEPLOYMENT_GROUP = 1
DEPLOYMENT_APPLICATION = 1
DEPLOYMENT_ROLE = 1
#: HttpApi events with these (both left out, or the $default path with method ANY) route every
#: request to the function; its other HttpApi events on the implicit API then add no permission
_DEFAULT_ROUTE = "$default"
_ANY_METHODS = ("any", "x-amazon-apigateway-any-method")


@record(frozen=False)
class Expansion:
    """What the SAM transform adds for some functions, as :func:`expansion` counts it."""

    total: int = 0
    #: False when some of a function's properties could not be read as the transform would
    #: need them: ``total`` is then the least the transform can make of them
    exact: bool = True


def expansion(functions: list[Mapping[str, Any]]) -> tuple[int, bool]:
    """The resources the SAM transform adds for ``functions`` (each one's Properties) besides
    their AWS::Lambda::Function (its role, alias, URL, events...), and the implicit APIs and
    CodeDeploy resources they call for once per stack; and whether that count is exact."""
    count = Expansion()
    implicit_apis: set[str] = set()
    #: per enabled DeploymentPreference: whether it names its own Role
    deployments: list[bool] = []
    for properties in functions:
        _function(properties, count, implicit_apis, deployments)
    count.total += sum(IMPLICIT_APIS[api] for api in implicit_apis)
    if deployments:
        count.total += DEPLOYMENT_APPLICATION + (0 if all(deployments) else DEPLOYMENT_ROLE)
    return count.total, count.exact


def _mapping(value: Any) -> Mapping[str, Any]:
    """``value`` if it is a mapping, else an empty one."""
    return value if isinstance(value, dict) else {}


def _call(value: Any) -> tuple[str, Any] | None:
    """(function, argument) of an intrinsic, short form (``!If``) or long (``{Fn::If: ...}``)."""
    if isinstance(value, Intrinsic):
        return value.fn, value.value
    if isinstance(value, dict) and len(value) == 1:
        [(key, argument)] = value.items()
        if key == "Ref":
            return key, argument
        if isinstance(key, str) and key.startswith("Fn::"):
            return key[len("Fn::"):], argument
    return None


def _no_values(value: Any) -> int | None:
    """How many branches of ``!If [condition, a, b]`` are ``!Ref AWS::NoValue``; None when
    ``value`` is no such ``!If``."""
    call = _call(value)
    if call is None or call[0] != "If" or not isinstance(call[1], list) or len(call[1]) != 3:
        return None
    return sum(_call(branch) == ("Ref", "AWS::NoValue") for branch in call[1][1:])


def _function(properties: Mapping[str, Any], count: Expansion, implicit_apis: set[str],
              deployments: list[bool]) -> None:
    role = properties.get("Role")
    if role is None or _no_values(role):   # an !If with a NoValue branch: a role for that branch
        count.total += 1                    # <F>Role
    alias = bool(properties.get("AutoPublishAlias"))
    count.total += ALIAS if alias else 0
    url = properties.get("FunctionUrlConfig")
    if url:
        count.total += FUNCTION_URL
        if _mapping(url).get("AuthType") == "NONE":
            count.total += PUBLIC_URL_PERMISSIONS
    preference = properties.get("DeploymentPreference")
    if preference and alias:
        enabled = _mapping(preference).get("Enabled", True)
        if enabled and enabled not in ("false", "False"):
            count.total += DEPLOYMENT_GROUP
            deployments.append(bool(_mapping(preference).get("Role")))
    invoke = properties.get("EventInvokeConfig")
    if invoke:
        count.total += EVENT_INVOKE_CONFIG
        destinations = _mapping(_mapping(invoke).get("DestinationConfig"))
        for outcome in ("OnSuccess", "OnFailure"):
            destination = _mapping(destinations.get(outcome))
            if destination.get("Type") in ("SQS", "SNS"):
                arn = destination.get("Destination")
                # none given (or an !If with one NoValue branch): SAM creates the queue or topic
                count.total += 1 if arn is None or _no_values(arn) == 1 else 0
    _events(properties.get("Events"), alias, count, implicit_apis)


def _events(events: Any, alias: bool, count: Expansion, implicit_apis: set[str]) -> None:
    if not events:
        return
    if not isinstance(events, dict):
        count.exact = False
        return
    readable: list[tuple[str, Mapping[str, Any]]] = []
    for event in events.values():
        kind = event.get("Type") if isinstance(event, dict) else None
        properties = event.get("Properties", {}) if isinstance(event, dict) else None
        if not isinstance(kind, str) or kind not in EVENT_SOURCES or not isinstance(properties, (dict, type(None))):
            count.exact = False
            continue
        readable.append((kind, properties or {}))
    http = [p for kind, p in readable if kind == "HttpApi" and "ApiId" not in p]
    # SAM adds no permission for the other routes of a function that has the catch-all one
    # (unless the events attach to its alias, which the check misses)
    catch_all = not alias and any(_default_route(p) for p in http)
    cognito = False
    for kind, properties in readable:
        if kind == "Cognito":
            count.total += 0 if cognito else EVENT_SOURCES[kind]
            cognito = True
        elif kind == "HttpApi" and "ApiId" not in properties:
            implicit_apis.add(kind)
            route = properties.get("Path", _DEFAULT_ROUTE if "Method" not in properties else None)
            count.total += EVENT_SOURCES[kind] if not catch_all or route == _DEFAULT_ROUTE else 0
        else:
            if kind == "Api" and "RestApiId" not in properties:
                implicit_apis.add(kind)
            count.total += _event(kind, properties, count)


def _default_route(properties: Mapping[str, Any]) -> bool:
    if "Path" not in properties and "Method" not in properties:
        return True
    method = properties.get("Method")
    return properties.get("Path") == _DEFAULT_ROUTE and isinstance(method, str) and method.lower() in _ANY_METHODS


def _event(kind: str, properties: Mapping[str, Any], count: Expansion) -> int:
    """What the transform makes of one event source, but the implicit API it may call for."""
    added = EVENT_SOURCES[kind]
    if kind == "SNS" and properties.get("SqsSubscription"):
        subscription = properties["SqsSubscription"]
        if subscription is True:
            return SNS_TO_NEW_QUEUE
        if isinstance(subscription, dict) and _call(subscription) is None:
            return SNS_TO_QUEUE
        count.exact = False
    elif kind in ("Schedule", "CloudWatchEvent", "EventBridgeRule", "ScheduleV2"):
        dead_letters = properties.get("DeadLetterConfig")
        if isinstance(dead_letters, dict) and _call(dead_letters) is None:
            if "Arn" not in dead_letters:
                added += SCHEDULE_V2_DEAD_LETTER_QUEUE if kind == "ScheduleV2" else RULE_DEAD_LETTER_QUEUE
        elif dead_letters is not None:
            count.exact = False
        if kind == "ScheduleV2" and properties.get("RoleArn"):
            added -= 1       # no role of its own
    return added


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
    owned=owned,
    look=Look("function", ("[", "]"), "box", "filled", "#fff1e0", "#ed7100"),
    words="function",
    appendable=frozenset({"Policies"}),
    longest={"Ref": NAME_LENGTH, "Arn": ARN_LENGTH},
    attributes=ATTRIBUTES,
    expansion=expansion,
    checks=(granted_to_own_role,),
    # its own environment variables may be CloudFormation functions (`!Ref Topic`)
    written=lambda function: (("environment", dict(function.environment)),) if function.environment else (),
)
