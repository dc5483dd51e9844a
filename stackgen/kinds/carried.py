"""Other resources, carried as is: any CloudFormation or SAM type beside the modeled kinds.

A resource whose ``type`` is a CloudFormation type name (``AWS::SNS::Topic``,
``AWS::Serverless::Api``, ``Alexa::ASK::Skill``) or a custom resource's (``Custom::Anything``)
goes into the template unchanged: its ``properties`` become the resource's ``Properties``, and
its ``dependsOn``, ``condition``, ``deletionPolicy``, ``updateReplacePolicy`` and ``metadata``
the resource attributes of those names. stackgen models nothing of it: it takes no wire (its
references are written in ``properties``), it offers nothing to a function, and it is drawn as
a plain box with its type.

Each carried type has one :class:`~stackgen.kinds.Kind`, made on first use by :func:`kind`: its
``properties`` are checked against its AWS schema where the package vendors one, its
``!GetAtt`` attributes are cfn-lint's for the type (kept in the vendored copy), and for a type
that holds data (:data:`HOLDS_DATA`) the guard stops a build that would drop it, or replace it
through a create-only property (the schema's ``createOnlyProperties``).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any, Iterable, Mapping

from ..diagnostics import Diagnostic, error, suggest
from ..emit import RESOURCES, Emitted, Fragment
from ..model import Resource
from ..record import record
from . import Kind, Look

#: a CloudFormation type name (``AWS::SNS::Topic``), and a custom resource's (``Custom::Name``)
TYPE_NAME = r"^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$"
CUSTOM_NAME = r"^Custom::[A-Za-z0-9_@-]{1,60}$"
_TYPE_NAME = re.compile(TYPE_NAME)
_CUSTOM_NAME = re.compile(CUSTOM_NAME)

#: the kind's name in the registry's words (its look, its schema entry)
NAME = "Carried"

#: the types that hold data, or users: dropping one, or replacing it, loses what it holds. Every
#: ``AWS::Cognito::*`` type is one too (see :func:`holds_data`)
HOLDS_DATA: Mapping[str, str] = {
    "AWS::DynamoDB::Table": "its items",
    "AWS::DynamoDB::GlobalTable": "its items in every region",
    "AWS::Serverless::SimpleTable": "its items",
    "AWS::S3::Bucket": "its objects",
    "AWS::KMS::Key": "every value encrypted under it, which no other key decrypts",
    "AWS::RDS::DBInstance": "its databases",
    "AWS::RDS::DBCluster": "its databases",
    "AWS::EFS::FileSystem": "its files",
    "AWS::Logs::LogGroup": "its log events",
    "AWS::SQS::Queue": "the messages in it",
    "AWS::SecretsManager::Secret": "the secret's value",
    "AWS::Cognito::UserPoolUser": "the user: one created anew has a new `sub` and no password",
    "AWS::Cognito::UserPoolUserToGroupAttachment": "the user's membership of the group",
    "AWS::Cognito::IdentityPool": "its identities: every user gets a new identity ID",
}
COGNITO = "AWS::Cognito::"
#: of those, the one that holds nothing but its style, all of it in the template (stackgen
#: derives one for each client of a domain with managed login: the domain's guard covers it)
STYLE_ONLY = frozenset({"AWS::Cognito::ManagedLoginBranding"})


def holds_data(aws_type: str) -> bool:
    """Whether dropping or replacing a resource of ``aws_type`` loses data (the guard's list)."""
    return aws_type in HOLDS_DATA or (aws_type.startswith(COGNITO) and aws_type not in STYLE_ONLY)


def lost(aws_type: str) -> str:
    """What dropping or replacing a resource of ``aws_type`` loses, in words."""
    return HOLDS_DATA.get(aws_type, "what Cognito keeps in it")


def is_type_name(text: str) -> bool:
    """Whether ``text`` is a CloudFormation type name or a custom resource's."""
    return bool(_TYPE_NAME.match(text) or _CUSTOM_NAME.match(text)) and "\n" not in text


@record
class Carried(Resource):
    #: the CloudFormation or SAM type, as the spec gives it
    type_name: str = ""
    #: the Logical IDs it is created after, as given (one name, or a list)
    depends_on: Any = None
    #: the name of a condition of the spec's ``conditions``; None when not given
    condition: str | None = None
    deletion_policy: str | None = None
    update_replace_policy: str | None = None
    metadata: Mapping[str, Any] | None = None

    @property
    def kind(self) -> str:  # type: ignore[override]
        return self.type_name


def build(name: str, pointer, properties: Mapping[str, Any], spec: Mapping[str, Any],
          defaults: Mapping[str, Any]) -> Carried:
    return Carried(name, pointer, properties, type_name=spec["type"], depends_on=spec.get("dependsOn"),
                   condition=spec.get("condition"), deletion_policy=spec.get("deletionPolicy"),
                   update_replace_policy=spec.get("updateReplacePolicy"), metadata=spec.get("metadata"))


def depends_on(resource: Carried) -> list[str]:
    """The Logical IDs ``resource`` is created after, as a list."""
    value = resource.depends_on
    return [] if value is None else [value] if isinstance(value, str) else list(value)


def emit_carried(resource: Carried, graph) -> Emitted:
    body: dict[str, Any] = {"Type": resource.type_name}
    if resource.condition is not None:
        body["Condition"] = resource.condition
    if resource.depends_on is not None:
        body["DependsOn"] = resource.depends_on if isinstance(resource.depends_on, str) else list(resource.depends_on)
    if resource.deletion_policy is not None:
        body["DeletionPolicy"] = resource.deletion_policy
    if resource.update_replace_policy is not None:
        body["UpdateReplacePolicy"] = resource.update_replace_policy
    if resource.metadata is not None:
        body["Metadata"] = dict(resource.metadata)
    if resource.properties:
        body["Properties"] = dict(resource.properties)
    return Emitted([Fragment(RESOURCES, resource.name, body, resource.name,
                             f"the {resource.type_name} `{resource.name}`")])


def names(resource: Carried) -> Iterable[tuple[tuple, str, str]]:
    """(where in the spec, name, what it must be) of each name its fields give: a Logical ID
    ``dependsOn`` waits for, the condition ``condition`` creates it under."""
    if isinstance(resource.depends_on, str):
        yield ("dependsOn",), resource.depends_on, "resource"
    elif resource.depends_on is not None:
        for index, name in enumerate(resource.depends_on):
            yield ("dependsOn", index), name, "resource"
    if resource.condition is not None:
        yield ("condition",), resource.condition, "condition"


# --- what AWS's schema of the type says -------------------------------------------------------

@lru_cache(maxsize=None)
def vendored(aws_type: str) -> Mapping[str, Any] | None:
    """The package's copy of AWS's schema of ``aws_type``; None when it carries none."""
    from ..properties import data_file, vendored as read

    return read(aws_type) if os.path.exists(data_file(aws_type)) else None


def _top(paths: Iterable[str]) -> tuple[str, ...]:
    """The top-level properties of JSON pointers ``/properties/Name[/...]``, each once."""
    return tuple(dict.fromkeys(p.split("/")[2] for p in paths if p.startswith("/properties/")))


def _snapshots(resources: Mapping[str, Carried], stack, graph) -> Iterable[Diagnostic]:
    """A ``Snapshot`` policy on a type that CloudFormation cannot snapshot: the deploy fails."""
    for name, resource in resources.items():
        for key, value in (("deletionPolicy", resource.deletion_policy),
                           ("updateReplacePolicy", resource.update_replace_policy)):
            if value == "Snapshot" and resource.type_name not in SNAPSHOT_TYPES:
                yield error("R045", f"`{key}` of `{name}` is Snapshot, which CloudFormation takes only for "
                            + ", ".join(sorted(SNAPSHOT_TYPES)) + f", not {resource.type_name}: "
                            "write Delete or Retain", resource.pointer + (key,), subject=name)


def _type_names(resources: Mapping[str, Carried], stack, graph) -> Iterable[Diagnostic]:
    """A type name CloudFormation does not know that is near one it does: a misspelling, which
    CloudFormation would reject (a type name near none may be a registry extension's)."""
    from ..properties import type_names, vendors

    for name, resource in resources.items():
        aws_type = resource.type_name
        if aws_type.startswith("Custom::") or vendors(aws_type) or aws_type in type_names():
            continue
        near = suggest(aws_type, type_names())
        if near and near != aws_type:
            yield error("R044", f"`{name}` is of type `{aws_type}`, which CloudFormation does not know (did you "
                        f"mean `{near}`?); CloudFormation would refuse the template: correct the type",
                        resource.pointer + ("type",), subject=name)


#: the types whose DeletionPolicy and UpdateReplacePolicy may be Snapshot (cfn-lint's list,
#: ``tests/unit/test_carried.py`` holds it to the installed cfn-lint's)
SNAPSHOT_TYPES = frozenset({
    "AWS::DocDB::DBCluster", "AWS::EC2::Volume", "AWS::ElastiCache::CacheCluster",
    "AWS::ElastiCache::ReplicationGroup", "AWS::Neptune::DBCluster", "AWS::RDS::DBCluster",
    "AWS::RDS::DBInstance", "AWS::Redshift::Cluster",
})

def _per_resource(added: int, unsure: tuple[str, ...] = ()):
    """An expansion that adds ``added`` resources per resource of a SAM type, exact unless one
    sets a property of ``unsure`` (a domain, a usage plan: what those add is not counted)."""
    def expansion(bodies: list[Mapping[str, Any]]) -> tuple[int, bool]:
        return added * len(bodies), not any(key in body for body in bodies for key in unsure)
    return expansion


#: what the SAM transform adds for each carried SAM type besides the resource itself: an API's
#: deployment and stage, an HTTP API's stage, a state machine's role when it names none
SAM_EXPANSIONS: Mapping[str, Any] = {
    "AWS::Serverless::Api": _per_resource(2, ("Domain", "Auth", "AccessLogSetting")),
    "AWS::Serverless::HttpApi": _per_resource(1, ("Domain", "Auth")),
    "AWS::Serverless::SimpleTable": _per_resource(0),
    "AWS::Serverless::LayerVersion": _per_resource(0),
    "AWS::Serverless::Application": _per_resource(0),
    "AWS::Serverless::StateMachine": lambda bodies: (sum("Role" not in b for b in bodies),
                                                     not any("Events" in b or "Policies" in b for b in bodies)),
}

LOOK = Look("carried", ("[", "]"), "box", "filled", "#f2f3f3", "#545b64")

#: what a wire to or from it is told
UNWIRED = ("stackgen models no wire of a carried resource: write its references in `properties` "
           "(`!Ref`, `!GetAtt`, `!Sub`), its own or the other resource's")


@lru_cache(maxsize=None)
def kind(aws_type: str) -> Kind:
    """The kind of the carried type ``aws_type`` (a type name, see :func:`is_type_name`)."""
    schema = vendored(aws_type) or {}
    return Kind(
        name=aws_type,
        model=Carried,
        build=build,
        aws_type=aws_type,
        emit=emit_carried,
        owners=lambda name: {},
        look=LOOK,
        words=aws_type,
        create_only=_top(schema.get("createOnlyProperties", ())) if holds_data(aws_type) else (),
        dropped=f"CloudFormation will delete it, and with it {lost(aws_type)}" if holds_data(aws_type) else "",
        kept=(f"CloudFormation will take it out of the stack: its Retain policy keeps it in the account, and "
              f"{lost(aws_type)} with it, but no stack manages it any more") if holds_data(aws_type) else "",
        replaced=f" one, without {lost(aws_type)}" if holds_data(aws_type) else "",
        attributes=_attributes(schema),
        expansion=SAM_EXPANSIONS.get(aws_type),
        checks=(_type_names, _snapshots),
        names=names,
        unwired=UNWIRED,
        guard_codes=("O011", "O012"),
    )


def _attributes(schema: Mapping[str, Any]) -> frozenset[str] | None:
    """The attributes ``!GetAtt`` reads of a type, as cfn-lint derives them from its schema (kept
    in the vendored copy); None when the package has no schema of it (any is accepted)."""
    names = schema.get("stackgen:attributes")
    return None if names is None else frozenset(names)
