"""The user pool client: an app client of one pool.

A client becomes an ``AWS::Cognito::UserPoolClient`` in the pool it belongs to (the one solid
wire from it to a pool), and its ID as an Output. A function that discovers it (a dashed wire to
it) gets its ID, and no IAM actions. Cognito cannot change its pool or whether it has a secret
once it exists: the guard watches them.
"""

from __future__ import annotations

from typing import Any, Mapping

from ..emit import OUTPUTS, RESOURCES, Emitted, Fragment, merge_properties
from ..intrinsics import ref
from ..model import DASHED, SOLID, Resource
from ..record import record
from . import DISCOVERY, MEMBERSHIP, Kind, Look, Offer, Wiring


@record
class UserPoolClient(Resource):
    kind = "UserPoolClient"


def build(name: str, pointer, properties: Mapping[str, Any], spec: Mapping[str, Any],
          defaults: Mapping[str, Any]) -> UserPoolClient:
    return UserPoolClient(name, pointer, properties)


CLIENT_ID = "client id"
OFFERS = (Offer(CLIENT_ID, "USER_POOL_CLIENT_ID"),)


def owners(name: str) -> dict[tuple[str, ...], str]:
    return {("UserPoolId",): f"the wire `{{from: {name}, to: <UserPool>}}`"}


def emit_client(client: UserPoolClient, graph) -> Emitted:
    name = client.name
    properties: dict[str, Any] = {}
    if name in graph.client_pool:
        properties["UserPoolId"] = ref(graph.client_pool[name])
    properties, found = merge_properties(client, properties)
    origin = f"user pool client `{name}`"
    return Emitted([
        Fragment(RESOURCES, name, {"Type": AWS_TYPE, "Properties": properties}, name, origin),
        Fragment(OUTPUTS, f"{name}Id", {"Description": f"ID of the user pool client {name}", "Value": ref(name)}, name, origin),
    ], found)


AWS_TYPE = "AWS::Cognito::UserPoolClient"
#: Cognito's limit on an app client ID
ID_LENGTH = 128

KIND = Kind(
    name="UserPoolClient",
    model=UserPoolClient,
    build=build,
    aws_type=AWS_TYPE,
    emit=emit_client,
    owners=owners,
    look=Look("userPoolClient", ("([", "])"), "box", "rounded,filled", "#ffffff", "#dd344c"),
    words="user pool client",
    member="client",
    wires=(
        Wiring("UserPoolClient", "UserPool", SOLID, MEMBERSHIP),
        Wiring("Function", "UserPoolClient", DASHED, DISCOVERY),
        Wiring("EdgeFunction", "UserPoolClient", DASHED, DISCOVERY),
    ),
    offers=OFFERS,
    from_event="read the client from the event (`event.callerContext.clientId`)",
    pool_of=lambda name, client_pool: client_pool.get(name),
    create_only=("GenerateSecret", "UserPoolId"),
    dropped=("CloudFormation will delete it, and every app using its client ID stops "
             "signing in; if it was renamed, the new name creates a client with a new ID"),
    replaced=" one, with a new ID",
    longest={"Ref": ID_LENGTH},
    attributes=frozenset({"ClientId", "ClientSecret", "Name"}),
)
