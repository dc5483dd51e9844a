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
from .kinds import REGISTRY, function, of, user_pool, user_pool_client
from .diagnostics import Diagnostic, error, warning
from .emit import role_of
from .intrinsics import Intrinsic, SUB_VARIABLE
from .record import record

MAX_RESOURCES = 500
MAX_OUTPUTS = 200
MAX_PARAMETERS = 200
MAX_LOGICAL_ID = 255
MAX_ENVIRONMENT = 4096
MAX_ROLE_INLINE_POLICIES = 10_240
MAX_TEMPLATE_BODY = 51_200
MAX_TEMPLATE_S3 = 1_000_000


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
POOL_ID = user_pool.ID_LENGTH
CLIENT_ID = user_pool_client.ID_LENGTH
POOL_ARN = user_pool.ARN_LENGTH
#: per AWS type a kind becomes, the longest its ``!Ref`` and each attribute can resolve to
_LONGEST_REF = {k.aws_type: k.longest["Ref"] for k in REGISTRY.values() if "Ref" in k.longest}
_LONGEST_ATT = {(k.aws_type, attribute): n for k in REGISTRY.values()
                for attribute, n in k.longest.items() if attribute != "Ref"}
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
    if field and _runs(resource) and field in resource.sources:
        return resource.sources[field]
    return resource.pointer


def check(stack: model.Stack, template: Mapping[str, Any]) -> list[Diagnostic]:
    """Every quota and Lambda@Edge rule that ``template`` breaks."""
    found: list[Diagnostic] = []
    for rule in RULES:
        found.extend(rule(stack, template))
    for kind in REGISTRY.values():
        for rule in kind.limits:
            found.extend(rule(of(stack.resources, kind.name), stack, template))
    return found


def _runs(resource: model.Resource) -> bool:
    """Whether ``resource`` becomes a Lambda function (what Lambda's limits apply to)."""
    return REGISTRY[resource.kind].aws_type == function.AWS_TYPE


# --- the resource count after the SAM transform -------------------------------------------------
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
class ResourceCount:
    """The resources of a template after the SAM transform, as :func:`resource_count` counts them."""

    total: int = 0
    #: False when some of a function's properties could not be read as the transform would
    #: need them (an intrinsic where it needs a mapping, a list...): ``total`` is then the least
    #: the transform can make of the template
    exact: bool = True


def count_resources(template: Mapping[str, Any]) -> int:
    """Resources as CloudFormation will count them after the SAM transform.

    Each function brings what the transform makes of it (its role, what its ``Events`` and its
    other properties add, see :data:`EVENT_SOURCES` and the constants after it), and the stack
    the implicit APIs and CodeDeploy resources its functions call for. Where a value the
    transform would expand is an intrinsic, or not the shape it needs, it counts as nothing: the
    count is then the least the template can give (see :func:`resource_count`).
    """
    return resource_count(template).total


def resource_count(template: Mapping[str, Any]) -> ResourceCount:
    """:func:`count_resources`, and whether the count is exact or only the least it can be."""
    count = ResourceCount()
    implicit_apis: set[str] = set()
    #: per enabled DeploymentPreference: whether it names its own Role
    deployments: list[bool] = []
    for resource in _mapping(template.get("Resources")).values():
        count.total += 1
        if isinstance(resource, dict) and resource.get("Type") == "AWS::Serverless::Function":
            _function(_mapping(resource.get("Properties")), count, implicit_apis, deployments)
    count.total += sum(IMPLICIT_APIS[api] for api in implicit_apis)
    if deployments:
        count.total += DEPLOYMENT_APPLICATION + (0 if all(deployments) else DEPLOYMENT_ROLE)
    return count


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


def _function(properties: Mapping[str, Any], count: ResourceCount, implicit_apis: set[str],
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


def _events(events: Any, alias: bool, count: ResourceCount, implicit_apis: set[str]) -> None:
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


def _event(kind: str, properties: Mapping[str, Any], count: ResourceCount) -> int:
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


def _resource_count(stack: model.Stack, template: Mapping[str, Any]) -> Iterable[Diagnostic]:
    count = resource_count(template)
    if count.total > MAX_RESOURCES:
        at_least = "" if count.exact else "at least "
        unread = "" if count.exact else (
            "; values in `properties` that the transform cannot read here, such as intrinsics where "
            "it needs a mapping, count as nothing")
        yield error("R005", f"the template has {at_least}{count.total} resources once the SAM transform "
                    "has expanded it (each function's role, an edge function's version and alias, and "
                    f"what a function's `properties` such as Events add{unread}); CloudFormation allows "
                    f"{MAX_RESOURCES} in one stack: split the spec into stacks of fewer resources",
                    ("resources",), at_key=True)


def _environment_size(stack: model.Stack, template: Mapping[str, Any]) -> Iterable[Diagnostic]:
    types = _types(template)
    for name, resource in template.get("Resources", {}).items():
        function = stack.resources.get(name)
        if function is None or not _runs(function):
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
    #: each function's role -> the function
    functions: dict[str, str] = {}
    for name, resource in resources.items():
        if resource.get("Type") == "AWS::Serverless::Function":
            documents = [p for p in resource.get("Properties", {}).get("Policies", []) if isinstance(p, dict)]
            functions[role_of(name)] = name
            sizes[role_of(name)] = sum(_longest_json(d, types) for d in documents)
    for resource in resources.values():
        if resource.get("Type") != "AWS::IAM::Policy":
            continue
        properties = resource.get("Properties", {})
        for role in properties.get("Roles", []):
            if isinstance(role, Intrinsic) and role.fn == "Ref" and role.value in sizes:
                sizes[role.value] += _longest_json(properties.get("PolicyDocument", {}), types)
    for role, size in sizes.items():
        if size > MAX_ROLE_INLINE_POLICIES:
            function = functions[role]
            yield error("R007", f"the inline policies of `{function}`'s role can reach {size} "
                        f"characters; IAM allows {MAX_ROLE_INLINE_POLICIES} per role: use managed "
                        "policies (names in `properties.Policies`) or fewer dashed wires",
                        _function_pointer(stack, function, "Policies"), at_key=True, subject=function)


def _outputs(stack: model.Stack, template: Mapping[str, Any]) -> Iterable[Diagnostic]:
    """One count of the Outputs: the derived ones and the spec's own ``outputs``."""
    count = len(template.get("Outputs", {}))
    if count > MAX_OUTPUTS:
        own = len(stack.outputs)
        what = f", and {own} of `outputs`" if own else ""
        yield error("R008", f"the template has {count} Outputs (two per pool, one per client and "
                    f"edge function{what}); CloudFormation allows {MAX_OUTPUTS}: split the spec into "
                    "stacks" + (", or remove outputs" if own else ""),
                    ("outputs",) if own else ("resources",), at_key=True)


def _parameters(stack: model.Stack, template: Mapping[str, Any]) -> Iterable[Diagnostic]:
    count = len(template.get("Parameters", {}))
    if count > MAX_PARAMETERS:
        yield error("R023", f"the spec declares {count} parameters; CloudFormation allows "
                    f"{MAX_PARAMETERS} in a template: remove some, or split the spec into stacks",
                    ("parameters",), at_key=True)


def _logical_ids(stack: model.Stack, template: Mapping[str, Any]) -> Iterable[Diagnostic]:
    names = list(template.get("Resources", {})) + list(template.get("Outputs", {}))
    names += [role_of(n) for n, r in template.get("Resources", {}).items()
              if r.get("Type") == "AWS::Serverless::Function"]
    for name in names:
        if len(name) > MAX_LOGICAL_ID:
            owner = next((r for r in sorted(stack.resources, key=len, reverse=True) if r in name), None)
            pointer = stack.resources[owner].pointer if owner else ("resources",)
            yield error("R010", f"the Logical ID `{name[:40]}...` that stackgen derives is "
                        f"{len(name)} characters long; CloudFormation allows {MAX_LOGICAL_ID}: "
                        f"give `{owner}` a shorter Logical ID", pointer, at_key=True, subject=owner or "")


def _runtimes(stack: model.Stack, template: Mapping[str, Any]) -> Iterable[Diagnostic]:
    """A runtime Lambda does not know is an error; one AWS has deprecated, a warning."""
    from . import runtimes
    from .diagnostics import did_you_mean

    known = runtimes.lifecycle()
    for name, resource in stack.resources.items():
        if not _runs(resource):
            continue
        runtime = resource.runtime
        where = resource.sources.get("runtime", resource.pointer)
        if runtime not in known:
            newest = runtimes.current()
            yield error("R018", f"`{name}` has the runtime `{runtime}`, which AWS Lambda does not know"
                        f"{did_you_mean(runtime, newest) or did_you_mean(runtime, known)}; the current "
                        f"runtimes are {', '.join(newest)}", where, subject=name)
            continue
        dates = runtimes.deprecated(runtime)
        if dates:
            successor = dates.get("successor")
            blocks = " and ".join(f"{what} from {dates[key]}" for key, what in (
                ("create-block", "creating functions with it"),
                ("update-block", "updating them")) if dates.get(key))
            blocks = f"Lambda blocks {blocks}" if blocks else ""
            yield warning("W013", f"`{name}` has the runtime `{runtime}`, which AWS Lambda deprecated on "
                          f"{dates['deprecated']}" + (f" ({blocks})" if blocks else "")
                          + (f": move to `{successor}`" if successor else ""), where, subject=name)


#: the rules on the whole template; a kind's own (Lambda@Edge's) are its ``limits``
RULES = (_resource_count, _environment_size, _role_policy_size, _outputs, _parameters, _logical_ids, _runtimes)


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
