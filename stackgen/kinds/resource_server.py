"""The resource server: an API of one pool, and the OAuth scopes it defines.

A resource server becomes an ``AWS::Cognito::UserPoolResourceServer`` of the pool it belongs to
(the one solid wire from it to a pool), with its ``identifier`` and its ``scopes``. A client
wired to it (a solid wire from the client) may ask for ``<identifier>/<scope>`` in its
``oauthScopes``. Cognito cannot change its pool or its identifier once it exists: the guard
watches them.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from ..diagnostics import Diagnostic, error
from ..emit import RESOURCES, Emitted, Fragment, merge_properties
from ..model import SOLID, Resource
from ..record import factory, record
from . import MEMBERSHIP, Kind, Look, Wiring, value_of


@record
class ResourceServer(Resource):
    #: what clients name its scopes by (``<identifier>/<scope>``), often the API's URL
    identifier: str = ""
    #: its name in Cognito's console; None for the Logical ID
    server_name: str | None = None
    #: scope name -> what it allows, in the spec's order
    scopes: Mapping[str, str] = factory(dict)

    kind = "ResourceServer"


def build(name: str, pointer, properties: Mapping[str, Any], spec: Mapping[str, Any],
          defaults: Mapping[str, Any]) -> ResourceServer:
    return ResourceServer(name, pointer, properties, identifier=spec.get("identifier", ""),
                          server_name=spec.get("name"), scopes=dict(spec.get("scopes", {})))


def owners(name: str) -> dict[tuple[str, ...], str]:
    return {
        ("UserPoolId",): f"the wire `{{from: {name}, to: <UserPool>}}`",
        ("Identifier",): "the field `identifier`",
        ("Name",): "the field `name`",
    }


def owned(server: ResourceServer) -> dict[tuple[str, ...], str]:
    return {("Scopes",): "the field `scopes`"} if server.scopes else {}


def emit_server(server: ResourceServer, graph) -> Emitted:
    name = server.name
    properties: dict[str, Any] = {}
    if name in graph.client_pool:
        properties["UserPoolId"] = value_of(graph.stack.resources[graph.client_pool[name]])
    properties["Identifier"] = server.identifier
    properties["Name"] = server.server_name or name
    if server.scopes:
        properties["Scopes"] = [{"ScopeName": s, "ScopeDescription": d} for s, d in server.scopes.items()]
    properties, found = merge_properties(server, properties)
    return Emitted([Fragment(RESOURCES, name, {"Type": AWS_TYPE, "Properties": properties}, name,
                             f"resource server `{name}`")], found)


def _identifiers(servers: Mapping[str, ResourceServer], stack, graph) -> Iterable[Diagnostic]:
    """One resource server per identifier in a pool."""
    seen: dict[tuple[str, str], str] = {}
    for name, server in servers.items():
        pool = graph.client_pool.get(name)
        if pool is None or not server.identifier:  # no identifier: a server with schema errors
            continue
        first = seen.setdefault((pool, server.identifier), name)
        if first != name:
            yield error("W020", f"`{name}` and `{first}` both have the identifier `{server.identifier}` in the "
                        f"pool `{pool}`, and a pool has one resource server of each identifier; give one of "
                        "them another `identifier`, or merge their scopes into one",
                        server.pointer + ("identifier",), subject=name)


AWS_TYPE = "AWS::Cognito::UserPoolResourceServer"
#: Cognito's limit on an identifier (what ``!Ref`` gives)
IDENTIFIER_LENGTH = 256

KIND = Kind(
    name="ResourceServer",
    model=ResourceServer,
    build=build,
    aws_type=AWS_TYPE,
    emit=emit_server,
    owners=owners,
    owned=owned,
    look=Look("resourceServer", ("[[", "]]"), "component", "filled", "#f4ecfb", "#dd344c"),
    words="resource server",
    member="resource server",
    wires=(Wiring("ResourceServer", "UserPool", SOLID, MEMBERSHIP,
                  "the resource server is an API of the pool, whose clients may ask for its scopes"),),
    pool_of=lambda name, client_pool: client_pool.get(name),
    create_only=("Identifier", "UserPoolId"),
    create_only_fields={"Identifier": "identifier"},
    dropped=("CloudFormation will delete it, and every access token with its scopes stops being "
             "accepted; if it was renamed, the new name creates it again, and clients must ask "
             "for its scopes anew"),
    replaced=" one: clients must ask for its scopes anew",
    longest={"Ref": IDENTIFIER_LENGTH},
    checks=(_identifiers,),
)
