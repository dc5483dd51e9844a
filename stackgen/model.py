"""Model: the spec as frozen, typed objects in the user's words.

Built only from data that passed the schema, so it never has to guard against bad shapes.
Defaults are applied here (and only here), so later stages see every value a resource has.
It knows nothing of CloudFormation: ``properties`` is carried along untouched for the emitters.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Mapping

from .diagnostics import Pointer
from .record import factory, record

EVENTS = (
    "PreSignUp",
    "PostConfirmation",
    "UserMigration",
    "PreAuthentication",
    "PostAuthentication",
    "PreTokenGeneration",
    "CustomMessage",
    "DefineAuthChallenge",
    "CreateAuthChallenge",
    "VerifyAuthChallengeResponse",
    "CustomEmailSender",
    "CustomSMSSender",
    "InboundFederation",
)
#: the events whose function Cognito gives a code encrypted with the pool's sender key
SENDERS = ("CustomEmailSender", "CustomSMSSender")
#: the event whose wires take a ``version``, and the versions that need more than the lite plan
VERSIONED = "PreTokenGeneration"
VERSIONS_PAST_LITE = (2, 3)

#: what users may sign in with, in the order a pool lists them
SIGN_IN = ("username", "email", "phone", "preferred_username")
#: a pool's sign-in names when its spec gives none
DEFAULT_SIGN_IN = ("username", "email", "preferred_username")
#: without ``username``, a pool's users sign in with one of these instead of a user name
SIGN_IN_INSTEAD_OF_USERNAME = ("email", "phone")

SOLID = "solid"
DASHED = "dashed"

DEFAULT_RUNTIME = "nodejs24.x"
#: Lambda@Edge takes new Node.js versions later than Lambda does
EDGE_RUNTIME = "nodejs22.x"
DEFAULT_HANDLER = "index.handler"
DEFAULT_MEMORY = 128
FUNCTION_TIMEOUT = 3
EDGE_TIMEOUT = 5
EDGE_MAX_TIMEOUT = 30


@record
class Resource:
    name: str
    pointer: Pointer
    properties: Mapping[str, Any] = factory(dict)

    kind = "Resource"


@record
class UserPool(Resource):
    allow_public_sign_ups: bool = True
    auto_verify_emails: bool = False
    auto_verify_phones: bool = False
    deletion_protection: bool = False
    #: what users sign in with, as the spec lists them (see :data:`SIGN_IN`)
    sign_in_with: tuple[str, ...] = DEFAULT_SIGN_IN
    #: the feature plan (lite, essentials, plus); None leaves Cognito's default, essentials
    tier: str | None = None
    #: the ARN of an existing KMS key for the custom senders (a string or an intrinsic); None
    #: lets stackgen make one
    sender_key: Any = None

    kind = "UserPool"


@record
class UserPoolClient(Resource):
    kind = "UserPoolClient"


@record
class Function(Resource):
    code_uri: str = ""
    handler: str = DEFAULT_HANDLER
    runtime: str = DEFAULT_RUNTIME
    memory_size: int = DEFAULT_MEMORY
    timeout: int = FUNCTION_TIMEOUT
    #: the user's own variables, in spec order
    environment: tuple[tuple[str, str], ...] = ()
    #: where each field was set in the spec (for diagnostics); absent when a default applied
    sources: Mapping[str, Pointer] = factory(dict)

    kind = "Function"


@record
class EdgeFunction(Function):
    runtime: str = EDGE_RUNTIME
    timeout: int = EDGE_TIMEOUT

    kind = "EdgeFunction"


@record
class Wire:
    source: str
    target: str
    style: str
    event: str | None
    index: int
    #: the version of the event Cognito sends (PreTokenGeneration only); None when not given
    version: int | None = None

    kind = "Wire"

    @property
    def pointer(self) -> Pointer:
        return ("wires", self.index)

    def __str__(self) -> str:
        label = f" ({self.event})" if self.event else ""
        dash = " dashed" if self.style == DASHED else ""
        return f"wire {self.source} -> {self.target}{label}{dash}"


@record
class Stack:
    description: str | None
    resources: Mapping[str, Resource]
    wires: tuple[Wire, ...]
    #: the spec's ``parameters``, ``conditions`` and ``outputs``: written in CloudFormation's own
    #: words, as a template has them, and carried along untouched (name -> declaration)
    parameters: Mapping[str, Any] = factory(dict)
    conditions: Mapping[str, Any] = factory(dict)
    outputs: Mapping[str, Any] = factory(dict)


_FUNCTION_FIELDS = {"codeUri": "code_uri", "handler": "handler", "runtime": "runtime",
                    "memorySize": "memory_size", "timeout": "timeout"}


def build(data: Mapping[str, Any]) -> Stack:
    """The model of schema-valid spec ``data``."""
    defaults = data.get("defaults", {}).get("function", {})
    resources: dict[str, Resource] = {}
    for name, spec in data["resources"].items():
        pointer = ("resources", name)
        properties = MappingProxyType(dict(spec.get("properties", {})))
        kind = spec["type"]
        if kind == "UserPool":
            resources[name] = UserPool(
                name, pointer, properties,
                allow_public_sign_ups=spec.get("allowPublicSignUps", True),
                auto_verify_emails=spec.get("autoVerifyEmails", False),
                auto_verify_phones=spec.get("autoVerifyPhones", False),
                deletion_protection=spec.get("deletionProtection", False),
                sign_in_with=tuple(spec.get("signInWith", DEFAULT_SIGN_IN)),
                tier=spec.get("tier"),
                sender_key=spec.get("senderKey"),
            )
        elif kind == "UserPoolClient":
            resources[name] = UserPoolClient(name, pointer, properties)
        else:
            cls = EdgeFunction if kind == "EdgeFunction" else Function
            values: dict[str, Any] = {"code_uri": f"src/{name}"}
            sources: dict[str, Pointer] = {}
            for key, attr in _FUNCTION_FIELDS.items():
                if key in spec:
                    values[attr] = spec[key]
                    sources[attr] = pointer + (key,)
                elif key in defaults:
                    values[attr] = defaults[key]
                    sources[attr] = ("defaults", "function", key)
            environment = tuple((k, v) for k, v in spec.get("environment", {}).items())
            resources[name] = cls(name, pointer, properties, environment=environment,
                                  sources=MappingProxyType(sources), **values)
    wires = tuple(
        Wire(w["from"], w["to"], w.get("style", SOLID), w.get("event"), i, w.get("version"))
        for i, w in enumerate(data.get("wires", []) or [])
        if w is not None  # a wire left out (see schema.valid_part) keeps its place in the count
    )
    return Stack(data.get("description"), MappingProxyType(resources), wires,
                 **{section: MappingProxyType(dict(data.get(section) or {}))
                    for section in ("parameters", "conditions", "outputs")})
