"""The user pool group: a group of the users of one pool.

A group becomes an ``AWS::Cognito::UserPoolGroup`` in the pool it belongs to (the one solid wire
from it to a pool), named by its ``groupName`` (its Logical ID unless given). A function that
discovers it (a dashed wire to it) gets its name in ``USER_POOL_GROUP_NAME`` and may add users
to it, remove them and list a user's groups: IAM knows no group, so the actions are granted on
the pool's ARN. The name is known as the spec is built, so it is written as text: a trigger of
the pool that discovers one of its groups (a PostConfirmation trigger that adds each confirmed
user to it) gets the name, and its statement from a policy of its own, without a circular
dependency. Cognito cannot rename a group or move it to another pool: the guard watches both,
and a group that leaves the stack takes its memberships with it.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from ..diagnostics import Diagnostic, error, warning
from ..emit import RESOURCES, Emitted, Fragment, merge_properties
from ..model import DASHED, SOLID, Resource
from ..record import record
from . import DISCOVERY, MEMBERSHIP, Kind, Look, Offer, Wiring, value_of


@record
class UserPoolGroup(Resource):
    #: the group's name in its pool; its Logical ID unless the spec gives one
    group_name: str = ""
    #: which group's role a user in several gets (lower first); None: no precedence
    precedence: int | None = None
    description: str | None = None
    #: whether the spec gives ``groupName`` (else it is the Logical ID)
    name_given: bool = False

    kind = "UserPoolGroup"


def build(name: str, pointer, properties: Mapping[str, Any], spec: Mapping[str, Any],
          defaults: Mapping[str, Any]) -> UserPoolGroup:
    return UserPoolGroup(name, pointer, properties,
                         group_name=spec.get("groupName", name),
                         precedence=spec.get("precedence"),
                         description=spec.get("description"),
                         name_given="groupName" in spec)


GROUP_NAME = "group name"
OFFERS = (Offer(GROUP_NAME, "USER_POOL_GROUP_NAME", literal=lambda group: group.group_name),)

#: what a function that discovers a group may do with it, on its pool's ARN
GROUP_ACTIONS = (
    "cognito-idp:AdminAddUserToGroup",
    "cognito-idp:AdminRemoveUserFromGroup",
    "cognito-idp:AdminListGroupsForUser",
)


def owners(name: str) -> dict[tuple[str, ...], str]:
    return {
        ("GroupName",): "the field `groupName`",
        ("UserPoolId",): f"the wire `{{from: {name}, to: <UserPool>}}`",
        ("Precedence",): "the field `precedence`",
        ("Description",): "the field `description`",
    }


def emit_group(group: UserPoolGroup, graph) -> Emitted:
    name = group.name
    properties: dict[str, Any] = {"GroupName": group.group_name}
    if name in graph.client_pool:
        properties["UserPoolId"] = value_of(graph.stack.resources[graph.client_pool[name]])
    if group.precedence is not None:
        properties["Precedence"] = group.precedence
    if group.description is not None:
        properties["Description"] = group.description
    properties, found = merge_properties(group, properties)
    return Emitted([
        Fragment(RESOURCES, name, {"Type": AWS_TYPE, "Properties": properties}, name, f"user pool group `{name}`"),
    ], found)


# --- the rules a schema cannot say ---------------------------------------------------------------

def _names(groups: Mapping[str, UserPoolGroup], stack, graph) -> Iterable[Diagnostic]:
    """Two groups of one pool with one name: Cognito refuses the second."""
    first: dict[tuple[str, str], str] = {}
    for name, group in groups.items():
        pool = graph.client_pool.get(name)
        if pool is None:
            continue
        other = first.setdefault((pool, group.group_name), name)
        if other == name:
            continue
        at = group.pointer + ("groupName",) if group.name_given else group.pointer
        yield error(
            "R025",
            f"`{name}` and `{other}` are both groups named `{group.group_name}` of the pool `{pool}`, "
            "and a pool's group names are unique: CloudFormation would fail to create the second; "
            f"give `{name}` another `groupName`",
            at, at_key=at == group.pointer, subject=name,
        )


def _precedence_ties(groups: Mapping[str, UserPoolGroup], stack, graph) -> Iterable[Diagnostic]:
    """Two groups of one pool with one precedence and different roles: a user in both gets no
    preferred role (Cognito cannot choose)."""
    first: dict[tuple[str, int], list[str]] = {}
    for name, group in groups.items():
        pool = graph.client_pool.get(name)
        role = group.properties.get("RoleArn")
        if pool is None or group.precedence is None or role is None:
            continue
        tied = first.setdefault((pool, group.precedence), [])
        other = next((o for o in tied if groups[o].properties.get("RoleArn") != role), None)
        tied.append(name)
        if other is None:
            continue
        yield warning(
            "R026",
            f"`{name}` and `{other}` are groups of the pool `{pool}` with the same `precedence` "
            f"({group.precedence}) and different roles (`properties.RoleArn`): Cognito then puts no "
            "`cognito:preferred_role` claim in the tokens of a user in both; give one of them "
            "another `precedence`",
            group.pointer + ("precedence",), subject=name,
        )


# --- the kind ------------------------------------------------------------------------------------

AWS_TYPE = "AWS::Cognito::UserPoolGroup"
#: Cognito's limit on a group's name
NAME_LENGTH = 128

KIND = Kind(
    name="UserPoolGroup",
    model=UserPoolGroup,
    build=build,
    aws_type=AWS_TYPE,
    emit=emit_group,
    owners=owners,
    look=Look("userPoolGroup", ("{{", "}}"), "hexagon", "filled", "#fdf3f4", "#dd344c"),
    words="user pool group",
    wires=(
        Wiring("UserPoolGroup", "UserPool", SOLID, MEMBERSHIP, "the group is a group of the pool's users"),
        Wiring("Function", "UserPoolGroup", DASHED, DISCOVERY),
    ),
    refused={"EdgeFunction": ("an EdgeFunction cannot discover a group (stackgen gives a group's name to "
                              "a `Function` only); make it a `Function`, or write the group's name in "
                              "the edge function's code")},
    offers=OFFERS,
    actions=GROUP_ACTIONS,
    actions_on_pool=True,
    pool_of=lambda name, client_pool: client_pool.get(name),
    membership_code="W015",
    member="group",
    create_only=("GroupName", "UserPoolId"),
    create_only_fields={"GroupName": "groupName"},
    dropped=("CloudFormation will delete it, and every user in it loses the membership; "
             "if it was renamed, the new name creates an empty group"),
    replaced=" one, without its members",
    longest={"Ref": NAME_LENGTH},
    checks=(_names, _precedence_ties),
)
