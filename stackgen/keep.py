"""Keep the users: compare a new template with the one it replaces, before it is written.

CloudFormation deletes a resource whose Logical ID leaves the template and creates a new one
for a new Logical ID; it replaces a user pool or client when a setting that Cognito cannot
change after creation changes. For a user pool either means a new, empty pool: every user gone.
This stage finds both and stops the build, unless the user allows that resource's replacement
by name (``--allow-replacement NAME``, see :func:`allow`). It reads the previous template
through :mod:`stackgen.previous`, which fails closed: what it cannot read stops the build too.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Mapping

from .diagnostics import WARNING, Diagnostic, Pointer, error
from .intrinsics import Intrinsic
from .previous import Previous
from .record import replace

from .kinds import REGISTRY, Kind, aws_kind

#: per AWS type a modeled kind becomes, the Properties that AWS cannot change once the resource
#: exists (each kind's ``create_only``)
IMMUTABLE: Mapping[str, tuple[str, ...]] = {k.aws_type: k.create_only for k in REGISTRY.values() if k.create_only}


def guarded_kind(aws_type: str) -> Kind | None:
    """The kind of a resource of ``aws_type`` that the guard watches (one that says what dropping
    it does: a modeled kind's, or a carried type that holds data); None for others."""
    kind = aws_kind(aws_type) if isinstance(aws_type, str) else None
    return kind if kind is not None and kind.dropped else None


class _Guarded:
    """The types whose Properties the guard compares (what :func:`stackgen.previous.read` keeps):
    ``aws_type in GUARDED``."""

    def __contains__(self, aws_type: object) -> bool:
        return guarded_kind(aws_type) is not None  # type: ignore[arg-type]

    def __iter__(self):
        return iter(IMMUTABLE)

    def __len__(self) -> int:
        return len(IMMUTABLE)


def _show(value: Any) -> str:
    if value is None:
        return "(not set)"

    def plain(v: Any) -> Any:
        if isinstance(v, Intrinsic):
            return f"!{v.fn} {plain(v.value)}"
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        if isinstance(v, list):
            return [plain(x) for x in v]
        return v

    return json.dumps(plain(value), separators=(", ", ": "))


def _schema_changes(old: Any, new: Any) -> list[str]:
    """Attributes of a pool's ``Schema`` that were removed or changed (adding one is fine).

    Attributes are matched by ``Name``, whatever its value is (a name that is not text is shown
    as it is written); a ``Schema`` that is not a list is compared whole.
    """
    if not isinstance(old, list) or not isinstance(new, list):
        return [] if old == new or old is None else [f"was {_show(old)}, now {_show(new)}"]

    def by_name(value: list) -> dict[str, Any]:
        return {_show(a.get("Name")): a for a in value if isinstance(a, dict)}

    before, after = by_name(old), by_name(new)
    changes = []
    for name, attribute in before.items():
        shown = name.strip('"')
        if name not in after:
            changes.append(f"attribute `{shown}` removed")
        elif after[name] != attribute:
            changes.append(f"attribute `{shown}` changed from {_show(attribute)} to {_show(after[name])}")
    return changes


#: the types whose Properties the guard compares (what :func:`stackgen.previous.read` keeps)
GUARDED = _Guarded()
#: the codes of a resource that would be dropped or replaced (a modeled kind's, a carried one's,
#: a pool's that would be adopted elsewhere or created)
REPLACEMENTS = ("O004", "O005", "O009", "O010", "O011", "O012")


def existing_of(template: Mapping[str, Any]) -> Mapping[str, str]:
    """The pools ``template`` names but does not create: Logical ID -> ID as the spec wrote it."""
    from .previous import EXISTING

    found: Any = template
    for key in EXISTING:
        found = found.get(key, {}) if isinstance(found, Mapping) else {}
    return found


def check(
    previous: Previous,
    template: Mapping[str, Any],
    spec_pointers: Mapping[str, Pointer],
) -> list[Diagnostic]:
    """Every pool or client that ``template`` would drop or replace, relative to ``previous``.

    Each is an error whose ``subject`` is the resource's Logical ID (see :func:`allow`). A
    previous template the guard cannot read gives its problems (O006) instead: the guard never
    passes what it could not check. ``spec_pointers`` maps each Logical ID of the spec to its
    place there.
    """
    if previous.problems:
        return list(previous.problems)
    new_resources = template.get("Resources", {})
    found: list[Diagnostic] = []
    how = "pass `--allow-replacement {name}` to go on on purpose"
    existing = existing_of(template)
    found.extend(_existing_changes(previous, new_resources, existing, spec_pointers, how))
    for name, old in previous.resources.items():
        kind = old.type
        guarded = guarded_kind(kind)
        if guarded is None:
            continue
        word = guarded.words
        dropped_code, replaced_code = guarded.guard_codes
        new = new_resources.get(name)
        if name in existing and kind == POOL:
            continue  # adopted elsewhere: O009
        if new is None or new.get("Type") != kind:
            what = guarded.kept if guarded.kept and old.deletion_policy == "Retain" else guarded.dropped
            gone = "is no longer in the spec" if new is None else f"is now of type {new.get('Type')}"
            found.append(error(
                dropped_code,
                f"{word} `{name}` of {previous.path} {gone}: {what}; put "
                f"`{name}` back in the spec, or " + how.format(name=name),
                file=previous.path, line=old.line, column=old.column, subject=name,
            ))
            continue
        old_properties = old.properties
        new_properties = new.get("Properties") or {}
        fields = guarded.create_only_fields
        for key in guarded.create_only:
            before, after = old_properties.get(key), new_properties.get(key)
            if before == after:
                continue
            if key == "Schema":
                changes = _schema_changes(before, after)
                if not changes:
                    continue
                change = "; ".join(changes)
            else:
                change = f"was {_show(before)}, now {_show(after)}"
            pointer = spec_pointers.get(name, ())
            found.append(error(
                replaced_code,
                f"`{key}` of {word} `{name}` cannot change once it exists ({change}): "
                f"CloudFormation would replace the {word} with a new"
                + guarded.replaced
                + "; keep the old value, or " + how.format(name=name),
                pointer + ((fields[key],) if key in fields else ("properties", key)),
                at_key=True, subject=name,
            ))
    return found


POOL = "AWS::Cognito::UserPool"


def _existing_changes(previous: Previous, new_resources: Mapping[str, Any], existing: Mapping[str, str],
                      spec_pointers: Mapping[str, Pointer], how: str) -> list[Diagnostic]:
    """A pool the stack created that becomes an existing one (O009), and an existing pool that
    becomes one the stack creates, or names another pool (O010)."""
    found = []
    for name, pool_id in existing.items():
        old = previous.resources.get(name)
        if old is not None and old.type == POOL:
            found.append(error(
                "O009",
                f"user pool `{name}` of {previous.path} was created by this stack and is now `existing` "
                f"(`{pool_id}`): CloudFormation will take it out of the stack; its Retain policy keeps the "
                "pool and its users in the account, but this stack no longer manages its settings "
                "(a later change to them in the spec does nothing), and only its triggers are set by "
                f"`{name}Triggers`; make sure `existing` names that pool, or " + how.format(name=name),
                spec_pointers.get(name, ()) + ("existing",), subject=name,
            ))
    for name, (pool_id, line, column) in previous.existing.items():
        new = new_resources.get(name)
        if new is not None and new.get("Type") == POOL:
            found.append(error(
                "O010",
                f"user pool `{name}` of {previous.path} was the existing pool `{pool_id}`, and the spec "
                f"no longer gives `existing`: CloudFormation would create a new, empty pool `{name}`, "
                f"while the users stay in the existing one (with its settings; this stack's triggers "
                "are taken off it); put `existing` back, or " + how.format(name=name),
                spec_pointers.get(name, ()), at_key=True, subject=name,
            ))
        elif name in existing and existing[name] != pool_id:
            found.append(error(
                "O010",
                f"`existing` of user pool `{name}` was `{pool_id}` in {previous.path}, now `{existing[name]}`: "
                "another pool; this stack's triggers move to it, and what it adds to the pool (clients, "
                "groups...) is made anew there, away from the users of the old one; keep the old ID, or "
                + how.format(name=name),
                spec_pointers.get(name, ()) + ("existing",), subject=name,
            ))
    return found


def allow(found: Iterable[Diagnostic], allowed: Iterable[str]) -> list[Diagnostic]:
    """``found`` with the drops and replacements of the resources in ``allowed`` let through:
    each becomes a warning that says it was allowed, so that the person sees what goes."""
    allowed = set(allowed)
    out = []
    for d in found:
        if d.code in REPLACEMENTS and d.subject in allowed:
            # the last clause is the advice (put it back, or pass the flag), followed already
            statement = d.message.rsplit("; ", 1)[0]
            d = replace(d, severity=WARNING,
                        message=f"{statement}; going ahead, as --allow-replacement {d.subject} allows")
        out.append(d)
    return out
