"""Kinds: what stackgen knows about each resource kind, one module per kind, in one registry.

The stages are engines over :data:`REGISTRY` (the spec's ``type`` -> its :class:`Kind`): the
model builds a resource with its kind's ``build``, resolve allows the wires the kinds declare,
emit calls the kind's emitter, the guard compares its create-only settings, limits reads its
longest values, the graph draws its look, the properties check reads its AWS type, the
self-check (verify) runs its checks of what it became. What a pool becomes is in
:mod:`.user_pool`; a client, :mod:`.user_pool_client`; a function, :mod:`.function`; an edge
function, :mod:`.edge_function`; a domain, :mod:`.user_pool_domain`; a group,
:mod:`.user_pool_group`; an identity provider, :mod:`.identity_provider`; a resource server,
:mod:`.resource_server`.

Adding a kind is one module here (its model class and its :class:`Kind`), a line in
:data:`REGISTRY`, its part of ``schemas/spec.schema.json``, and its tests.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping

from ..record import factory, record

#: what a wire means, in the order the list of allowed wires gives them
TRIGGER = "trigger"
MEMBERSHIP = "membership"
DISCOVERY = "discovery"
USE = "use"
MEANINGS = (TRIGGER, MEMBERSHIP, DISCOVERY, USE)

MEANING = {
    TRIGGER: "the pool's `event` invokes the function",
    MEMBERSHIP: "the client is an app client of the pool",
    DISCOVERY: "the function may use it: service discovery",
    USE: "the client signs users in with it, or asks for its scopes, and is created after it",
}


@record
class Wiring:
    """One allowed wire: from a resource of kind ``source`` to one of kind ``target``."""

    source: str
    target: str
    style: str
    meaning: str
    #: what this wire means, in words, when :data:`MEANING`'s are not right for it
    words: str = ""

    @property
    def means(self) -> str:
        return self.words or MEANING[self.meaning]


@record
class Offer:
    """A value a kind gives a function that discovers it (a dashed wire), and its variable."""

    #: the value in the user's words ("pool id"), as :class:`stackgen.resolve.Variable` holds it
    value: str
    #: the variable's name before the ``NAME_2`` rule
    variable: str
    #: the attribute ``!GetAtt`` reads; None for ``!Ref``
    attribute: str | None = None
    #: ``literal(resource)``: the value as text, when it is known as the spec is built (a group's
    #: name); such a value names no resource, so it closes no cycle and is given even to a trigger
    #: of the pool. None for a value read from the template (``!Ref`` or ``!GetAtt``)
    literal: Callable[[Any], str] | None = None


@record
class Look:
    """How one resource kind is drawn, in both formats (see :mod:`stackgen.draw`)."""

    #: Mermaid class name
    css: str
    #: Mermaid node shape: what goes before and after the label
    mermaid: tuple[str, str]
    #: Graphviz node shape and style
    shape: str
    style: str
    #: fill and border colours, the same in both formats
    fill: str
    stroke: str
    #: the border's dashes in Mermaid (``stroke-dasharray``); none: a solid border
    dash: str = ""


@record
class Kind:
    """Everything stackgen knows about one resource kind.

    A hook that takes a stack (``checks``, ``limits``, ``stack_emitters``) is given the
    resources of this kind only, so that it never has to ask what a resource is.
    """

    #: the spec's ``type``
    name: str
    #: the model class, and ``build(name, pointer, properties, spec, defaults)`` of schema-valid data
    model: type
    build: Callable[..., Any]
    #: the AWS type it becomes (whose schema checks its ``properties``)
    aws_type: str
    #: ``emit(resource, graph) -> Emitted``: its fragments, in CloudFormation words
    emit: Callable[..., Any]
    #: ``owners(name)``: Properties key path -> the field or wire that sets it (R002)
    owners: Callable[[str], Mapping[tuple[str, ...], str]]
    #: how a graph draws it
    look: Look
    #: its name in messages ("user pool")
    words: str
    #: for a kind that belongs to one pool: its name in that rule ("a client belongs to exactly one pool")
    member: str = ""
    #: ``owned(resource)``: the Properties that its fields set only when they are given (R002
    #: then), beside ``owners``
    owned: Callable[[Any], Mapping[tuple[str, ...], str]] | None = None
    #: Properties lists stackgen fills and ``properties`` may extend
    appendable: frozenset[str] = frozenset()
    #: the wires declared here (this kind is one of their two ends)
    wires: tuple[Wiring, ...] = ()
    #: source kind -> why a wire from it to this kind is refused, beyond "not allowed"
    refused: Mapping[str, str] = factory(dict)
    #: what a function that discovers it gets: values (variables) and IAM actions on its ARN
    offers: tuple[Offer, ...] = ()
    actions: tuple[str, ...] = ()
    #: the levels a dashed wire to it may name in ``access``, each a fixed list of IAM actions:
    #: the wire's statement then has their union instead of ``actions``; none: ``access`` is refused
    access: Mapping[str, tuple[str, ...]] = factory(dict)
    #: whether ``actions`` are granted on the ARN of the pool it belongs to rather than its own
    #: (a group has no ARN: IAM knows only the pool)
    actions_on_pool: bool = False
    #: where a trigger of its pool, which may not discover it, reads the values instead (W009)
    from_event: str = ""
    #: ``pool_of(name, client_pool)``: the pool it is, or belongs to; None when neither
    pool_of: Callable[[str, Mapping[str, str]], str | None] | None = None
    #: for a kind that belongs to one pool (a membership wire from it): the code of one wired
    #: to no pool, or to more than one
    membership_code: str = "W005"
    #: Properties that its AWS type cannot change once the resource exists (the guard)
    create_only: tuple[str, ...] = ()
    #: of those, the spec field that sets one (others are set in ``properties``)
    create_only_fields: Mapping[str, str] = factory(dict)
    #: for the guard's messages: what dropping one from the stack does, and what replacing it
    #: makes (after "with a new")
    dropped: str = ""
    replaced: str = ""
    #: what dropping one does when its ``DeletionPolicy`` is ``Retain``; "" when ``dropped`` says it
    kept: str = ""
    #: the longest a ``!Ref`` (key ``Ref``) or an attribute of it can resolve to, in characters
    longest: Mapping[str, int] = factory(dict)
    #: the attributes ``!GetAtt`` may read of its AWS type; None when they are not known (any is
    #: accepted)
    attributes: frozenset[str] | None = frozenset()
    #: what it adds to the resource count besides itself: ``expansion(properties of each resource
    #: of its AWS type) -> (resources the SAM transform adds, whether that count is exact)``
    expansion: Callable[[list[Mapping[str, Any]]], tuple[int, bool]] | None = None
    #: ``written(resource)``: (spec key, value) of each of its fields, beside ``properties``, that
    #: may hold the user's CloudFormation functions (the references stage checks them)
    written: Callable[[Any], Iterable[tuple[str, Any]]] | None = None
    #: the rules a schema cannot say, run by resolve: ``check(resources, stack, graph)``
    checks: tuple[Callable[..., Iterable[Any]], ...] = ()
    #: AWS's limits on what it became, run by limits: ``check(resources, stack, template)``
    limits: tuple[Callable[..., Iterable[Any]], ...] = ()
    #: what the stack needs once for all resources of this kind: ``emit(resources, graph)``
    stack_emitters: tuple[Callable[..., Iterable[Any]], ...] = ()
    #: ``names(resource)``: (where under the resource, name, "resource" or "condition") of each
    #: Logical ID or condition its fields name outside CloudFormation functions (the references
    #: stage checks that the template has them)
    names: Callable[[Any], Iterable[tuple[tuple, str, str]]] | None = None
    #: why it takes no wire at all, at either end (W026); "" when it takes those of ``wires``
    unwired: str = ""
    #: the guard's codes for it: (dropped, a create-only setting changed)
    guard_codes: tuple[str, str] = ("O004", "O005")
    #: ``outside(resource, variable)``: for a resource that the stack names but does not create
    #: (a pool given by its ID), what stands for each of its values: attribute (None for its
    #: ``!Ref``) -> (``!Sub`` text, the variables that text binds, ``variable`` naming the one
    #: value); None for a resource the template holds
    outside: Callable[[Any, str], Mapping[str | None, tuple[str, Mapping[str, Any]]] | None] | None = None
    #: ``look_of(resource)``: how a graph draws this one resource, when not ``look``
    look_of: Callable[[Any], Look] | None = None
    #: stackgen's checks of its own template that concern this kind, run by the self-check
    #: (:mod:`stackgen.verify`): ``check(resources, carried)`` over the template's Resources and the
    #: Logical IDs the spec carries as is, each problem in words
    self_checks: tuple[Callable[..., Iterable[str]], ...] = ()


def owners_of(resource: Any) -> dict[tuple[str, ...], str]:
    """Properties key path -> the field or wire of ``resource`` that sets it: its kind's
    ``owners``, and those of ``owned`` that its fields set."""
    kind = get(resource.kind)
    owners = dict(kind.owners(resource.name))
    if kind.owned is not None:
        owners.update(kind.owned(resource))
    return owners


def standing_in(resource: Any, variable: str = "Id") -> Mapping[str | None, tuple[str, Mapping[str, Any]]] | None:
    """What stands for the values of ``resource`` when the template does not hold it (see
    ``Kind.outside``); None when it does."""
    outside = get(resource.kind).outside
    return outside(resource, variable) if outside is not None else None


def value_of(resource: Any, attribute: str | None = None) -> Any:
    """The template value of ``resource``'s ``!Ref`` (``attribute`` None) or of an attribute:
    ``!Ref``/``!GetAtt`` of its Logical ID, or for a resource the template does not hold what
    stands for it (text, an intrinsic of the spec, or a ``!Sub`` of them)."""
    from ..intrinsics import Intrinsic, get_att, ref, sub

    standing = standing_in(resource)
    if standing is None:
        return ref(resource.name) if attribute is None else get_att(resource.name, attribute)
    text, variables = standing[attribute]
    if not variables:
        return sub(text) if "${" in text else text
    if len(variables) == 1 and text == f"${{{next(iter(variables))}}}":
        return next(iter(variables.values()))
    return Intrinsic("Sub", [text, dict(variables)])


def sub_part(resource: Any, attribute: str | None = None) -> tuple[str, Mapping[str, Any]]:
    """``resource``'s ``!Ref`` or attribute as a part of a ``!Sub`` text, and the variables that
    part binds (none for a resource the template holds: ``${Name}``, ``${Name.Attribute}``)."""
    standing = standing_in(resource, f"{resource.name}Id")
    if standing is None:
        return ("${" + resource.name + ("" if attribute is None else f".{attribute}") + "}", {})
    return standing[attribute]


def held(resource: Any) -> bool:
    """Whether the template holds ``resource`` (it is not only named by the stack)."""
    return standing_in(resource) is None


def longest_arn(service: str, resource: str) -> int:
    """The longest ARN of ``service`` whose resource part (type and ID) is ``resource`` characters:
    "arn:" partition ":" service ":" region ":" account ":" resource, each at its longest."""
    return len("arn:") + 10 + 1 + len(service) + 1 + 16 + 1 + 12 + 1 + resource


from . import (  # noqa: E402  (they use the above)
    edge_function, function, identity_provider, resource_server, user_pool, user_pool_client, user_pool_domain,
    user_pool_group,
)

#: the spec's ``type`` -> its kind, in the order the JSON Schema lists them
REGISTRY: Mapping[str, Kind] = {
    k.name: k for k in (user_pool.KIND, user_pool_client.KIND, function.KIND, edge_function.KIND,
                        user_pool_domain.KIND, user_pool_group.KIND, identity_provider.KIND, resource_server.KIND)
}

#: AWS type -> the modeled kind that becomes it
_BY_AWS_TYPE: Mapping[str, Kind] = {k.aws_type: k for k in REGISTRY.values()}

from . import carried  # noqa: E402  (any other CloudFormation type)

#: (from kind, to kind, style) -> what the wire means: the one list of allowed wires, gathered
#: from the kinds, triggers first, then memberships, then discoveries
WIRE_KINDS: Mapping[tuple[str, str, str], str] = {
    (w.source, w.target, w.style): w.meaning
    for w in sorted((w for k in REGISTRY.values() for w in k.wires), key=lambda w: MEANINGS.index(w.meaning))
}
#: (from kind, to kind, style) -> what the wire means, in words
WIRE_WORDS: Mapping[tuple[str, str, str], str] = {
    (w.source, w.target, w.style): w.means for k in REGISTRY.values() for w in k.wires
}



def get(name: str) -> Kind:
    """The kind of the spec's ``type`` ``name`` (every type the schema allows has one): a
    modeled kind's, or a carried CloudFormation type's (:mod:`.carried`)."""
    found = REGISTRY.get(name)
    return found if found is not None else carried.kind(name)


def known(name: Any) -> bool:
    """Whether ``name`` is a ``type`` the schema allows: a modeled kind, or a type name carried as is."""
    return isinstance(name, str) and (name in REGISTRY or carried.is_type_name(name))


#: the one lookup the stages use: a kind by the spec's ``type`` (or a resource's ``kind``)
kind_of = get


def aws_kind(aws_type: str) -> Kind | None:
    """The kind a resource of the template's ``aws_type`` comes from: the modeled kind that
    becomes it, else the carried kind of that type when it is a type name."""
    found = _BY_AWS_TYPE.get(aws_type)
    if found is not None:
        return found
    return carried.kind(aws_type) if carried.is_type_name(aws_type) else None


def expansion_of(aws_type: str) -> Callable[[list[Mapping[str, Any]]], tuple[int, bool]] | None:
    """What the SAM transform adds for resources of ``aws_type`` (the ``expansion`` of the kind it
    comes from), found without making a carried type's kind, which reads its vendored schema."""
    found = _BY_AWS_TYPE.get(aws_type)
    if found is not None:
        return found.expansion
    return carried.SAM_EXPANSIONS.get(aws_type)


def wires_of(name: str) -> dict[str, dict[tuple[str, str], str]]:
    """The wires a kind accepts: ``{"source": {(to, style): meaning}, "target": {(from, style): meaning}}``."""
    return {"source": {(b, s): m for (a, b, s), m in WIRE_KINDS.items() if a == name},
            "target": {(a, s): m for (a, b, s), m in WIRE_KINDS.items() if b == name}}


def discovering(name: str) -> bool:
    """Whether a resource of kind ``name`` may discover others (draw a dashed wire from itself)."""
    return any(a == name and m == DISCOVERY for (a, _, _), m in WIRE_KINDS.items())


def actions_of(kind: Kind, wire: Any) -> tuple[str, ...]:
    """The IAM actions a function that discovers a resource of ``kind`` by ``wire`` is granted:
    the union of the wire's ``access`` levels, sorted, each once; without ``access``, the kind's
    ``actions``."""
    if wire.access is None:
        return kind.actions
    return tuple(sorted({a for level in wire.access for a in kind.access[level]}))


def present(resources: Mapping[str, Any]) -> list[Kind]:
    """Every modeled kind, in the registry's order, then the kind of each other type that
    ``resources`` carry, in spec order: the kinds whose hooks a stage runs."""
    carried_types = dict.fromkeys(r.kind for r in resources.values() if r.kind not in REGISTRY)
    return [*REGISTRY.values(), *(get(name) for name in carried_types)]


def of(resources: Mapping[str, Any], name: str) -> dict[str, Any]:
    """The resources of kind ``name``, in spec order."""
    return {n: r for n, r in resources.items() if r.kind == name}
