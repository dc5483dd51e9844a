"""Limits: CloudFormation's, Lambda's, IAM's and Lambda@Edge's rules, checked at build time.

A template that breaks one of these builds fine and fails twenty minutes into a deploy. Each
check reads the assembled template (CloudFormation words) and points back into the spec. The
rules here hold for every template; a kind's own (Lambda@Edge's) are its ``limits``, run here
on its resources, and what the SAM transform adds for a kind is its ``expansion``. Sizes
are counted as the deployed values will be at their longest: a pool ID as long as Cognito
allows, a pool ARN in the longest partition and region.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from . import model
from .kinds import REGISTRY, expansion_of, function, get, of, present, user_pool, user_pool_client
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
#: what SAM adds per function event source (the function kind's, read here by tests and readers)
EVENT_SOURCES = function.EVENT_SOURCES


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
        return 2 + sum(json_length(k) + 1 + _longest_json(v, types) for k, v in value.items()) + max(len(value) - 1, 0)
    if isinstance(value, list):
        return 2 + sum(_longest_json(v, types) for v in value) + max(len(value) - 1, 0)
    return json_length(value)


def json_length(value: Any) -> int:
    """``len(json.dumps(value, separators=(",", ":")))`` of a string, number, boolean or null,
    without the json module for the common case (printable ASCII text with no quote or backslash,
    an integer), which spares most runs its import."""
    kind = type(value)
    if kind is str and value.isascii() and value.isprintable() and '"' not in value and "\\" not in value:
        return len(value) + 2
    if kind is int:
        return len(str(value))
    import json

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
    for kind in present(stack.resources):
        for rule in kind.limits:
            found.extend(rule(of(stack.resources, kind.name), stack, template))
    return found


def _runs(resource: model.Resource) -> bool:
    """Whether ``resource`` becomes a Lambda function that stackgen builds (what Lambda's limits
    apply to, read from its fields): its kind becomes one, and its model has a runtime (a
    function carried as is has its own properties, which cfn-lint judges)."""
    kind = get(resource.kind)
    return kind.aws_type == function.AWS_TYPE and "runtime" in kind.model._record_fields


# --- the resource count after the SAM transform -------------------------------------------------
#
# Every resource of the template counts once; what the SAM transform adds for a resource's AWS
# type is the expansion of the kind that becomes it (a function's: see stackgen.kinds.function).

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
    other properties add, see :data:`stackgen.kinds.function.EVENT_SOURCES` and the constants
    after it), and the stack the implicit APIs and CodeDeploy resources its functions call for. Where a value the
    transform would expand is an intrinsic, or not the shape it needs, it counts as nothing: the
    count is then the least the template can give (see :func:`resource_count`).
    """
    return resource_count(template).total


def resource_count(template: Mapping[str, Any]) -> ResourceCount:
    """:func:`count_resources`, and whether the count is exact or only the least it can be."""
    count = ResourceCount()
    resources = template.get("Resources")
    resources = resources if isinstance(resources, dict) else {}
    count.total += len(resources)
    by_type: dict[str, list] = {}
    for r in resources.values():
        if isinstance(r, dict) and isinstance(r.get("Type"), str):
            by_type.setdefault(r["Type"], []).append(r.get("Properties"))
    for aws_type, bodies in by_type.items():
        expansion = expansion_of(aws_type)   # what the SAM transform adds for a type is its kind's expansion
        if expansion is not None:
            added, exact = expansion([b if isinstance(b, dict) else {} for b in bodies])
            count.total += added
            count.exact = count.exact and exact
    return count


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
            today = runtimes.today().isoformat()
            past = [(what, dates[key]) for key, what in (("create-block", "creating functions with it"),
                                                        ("update-block", "updating them")) if dates.get(key)]
            blocks = " and ".join(f"{what} {'since' if when <= today else 'from'} {when}" for what, when in past)
            blocks = f"Lambda blocks {blocks}" if blocks else ""
            # a block already in force: a deploy that creates or updates the function fails
            fails = any(when <= today for _, when in past)
            yield warning("W013", f"`{name}` has the runtime `{runtime}`, which AWS Lambda deprecated on "
                          f"{dates['deprecated']}" + (f" ({blocks})" if blocks else "")
                          + ("; a deploy that creates or updates the function will fail" if fails else "")
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
