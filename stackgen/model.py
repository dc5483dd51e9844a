"""Model: the spec as frozen, typed objects in the user's words.

This module holds what every kind shares: the :class:`Resource` base, the :class:`Wire`, the
:class:`Stack`, and the words wires use (events, styles). Each kind's own class (``UserPool``,
``Function``...), its fields and its defaults live in its module under :mod:`stackgen.kinds`;
:func:`build` asks the registry to build each resource. Defaults are applied there and only
there, so later stages see every value a resource has.

The model is built from data that passed the schema, or from the part of it that
:func:`stackgen.schema.valid_part` leaves usable (each resource with an error reduced to its
``type``), so it never has to guard against bad shapes. It knows nothing of CloudFormation:
``properties``, and the spec's ``metadata``, ``parameters``, ``conditions`` and ``outputs``
(written in CloudFormation's own words), are carried along untouched for the later stages.
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

SOLID = "solid"
DASHED = "dashed"


@record
class Resource:
    name: str
    pointer: Pointer
    properties: Mapping[str, Any] = factory(dict)

    kind = "Resource"


@record
class Wire:
    source: str
    target: str
    style: str
    event: str | None
    index: int
    #: the version of the event Cognito sends (PreTokenGeneration only); None when not given
    version: int | None = None
    #: the levels of access a dashed wire grants (see a kind's ``access``); None when not given
    access: tuple[str, ...] | None = None
    #: a custom sender wire's ``keyAccess``: False gives the function neither the sender key's
    #: variable nor ``kms:Decrypt`` on it; None when not given (it then gives both)
    key_access: bool | None = None

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
    #: the spec's ``metadata``: the template's own Metadata, beside stackgen's record (key -> value)
    metadata: Mapping[str, Any] = factory(dict)


def build(data: Mapping[str, Any]) -> Stack:
    """The model of schema-valid spec ``data``: each resource built by its kind (see
    :mod:`stackgen.kinds`), then the wires in spec order."""
    from .kinds import kind_of

    defaults = data.get("defaults", {})
    resources: dict[str, Resource] = {}
    for name, spec in data["resources"].items():
        properties = MappingProxyType(dict(spec.get("properties", {})))
        resources[name] = kind_of(spec["type"]).build(name, ("resources", name), properties, spec, defaults)
    wires = tuple(
        Wire(w["from"], w["to"], w.get("style", SOLID), w.get("event"), i, w.get("version"),
             tuple(w["access"]) if "access" in w else None, w.get("keyAccess"))
        for i, w in enumerate(data.get("wires", []) or [])
        if w is not None  # a wire left out (see schema.valid_part) keeps its place in the count
    )
    return Stack(data.get("description"), MappingProxyType(resources), wires,
                 **{section: MappingProxyType(dict(data.get(section) or {}))
                    for section in ("parameters", "conditions", "outputs", "metadata")})


#: names that moved to the kind modules, still importable from here
_MOVED = {
    "UserPool": ("user_pool", "UserPool"),
    "SIGN_IN": ("user_pool", "SIGN_IN"),
    "DEFAULT_SIGN_IN": ("user_pool", "DEFAULT_SIGN_IN"),
    "SIGN_IN_INSTEAD_OF_USERNAME": ("user_pool", "SIGN_IN_INSTEAD_OF_USERNAME"),
    "UserPoolClient": ("user_pool_client", "UserPoolClient"),
    "Function": ("function", "Function"),
    "DEFAULT_RUNTIME": ("function", "DEFAULT_RUNTIME"),
    "DEFAULT_HANDLER": ("function", "DEFAULT_HANDLER"),
    "DEFAULT_MEMORY": ("function", "DEFAULT_MEMORY"),
    "FUNCTION_TIMEOUT": ("function", "TIMEOUT"),
    "EdgeFunction": ("edge_function", "EdgeFunction"),
    "EDGE_RUNTIME": ("edge_function", "RUNTIME"),
    "EDGE_TIMEOUT": ("edge_function", "TIMEOUT"),
    "EDGE_MAX_TIMEOUT": ("edge_function", "MAX_TIMEOUT"),
}


def __getattr__(name: str) -> Any:
    if name not in _MOVED:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module, attribute = _MOVED[name]
    return getattr(importlib.import_module(f".kinds.{module}", __package__), attribute)
