"""Keep the users: compare a new template with the one it replaces, before it is written.

CloudFormation deletes a resource whose Logical ID leaves the template and creates a new one
for a new Logical ID; it replaces a user pool or client when a setting that Cognito cannot
change after creation changes. For a user pool either means a new, empty pool: every user gone.
This stage finds both and stops the build, unless the user allows that resource's replacement
by name (``--allow-replacement NAME``).
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Mapping

from .diagnostics import Diagnostic, Pointer, error
from .intrinsics import Intrinsic

POOL = "AWS::Cognito::UserPool"
CLIENT = "AWS::Cognito::UserPoolClient"

#: per type, the Properties that Cognito cannot change once the resource exists
IMMUTABLE: Mapping[str, tuple[str, ...]] = {
    POOL: ("AliasAttributes", "UsernameAttributes", "UsernameConfiguration", "Schema"),
    CLIENT: ("GenerateSecret", "UserPoolId"),
}

_WORDS = {POOL: "user pool", CLIENT: "user pool client"}


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
    """Attributes of a pool's ``Schema`` that were removed or changed (adding one is fine)."""
    def by_name(value: Any) -> dict[str, Any]:
        return {a.get("Name"): a for a in value if isinstance(a, dict)} if isinstance(value, list) else {}

    before, after = by_name(old), by_name(new)
    changes = []
    for name, attribute in before.items():
        if name not in after:
            changes.append(f"attribute `{name}` removed")
        elif after[name] != attribute:
            changes.append(f"attribute `{name}` changed from {_show(attribute)} to {_show(after[name])}")
    return changes


def check(
    previous: Mapping[str, Any],
    positions: Mapping[Pointer, tuple[int, int]],
    previous_file: str,
    template: Mapping[str, Any],
    spec_pointers: Mapping[str, Pointer],
    allowed: Iterable[str] = (),
) -> list[Diagnostic]:
    """Every pool or client that ``template`` would drop or replace, relative to ``previous``.

    ``positions`` locates the previous template's keys (for a resource no longer in the spec);
    ``spec_pointers`` maps each Logical ID of the spec to its place there.
    """
    allowed = set(allowed)
    old_resources = previous.get("Resources") if isinstance(previous, Mapping) else None
    if not isinstance(old_resources, Mapping):
        return []
    new_resources = template.get("Resources", {})
    found: list[Diagnostic] = []
    how = "pass `--allow-replacement {name}` to go on on purpose"
    for name, old in old_resources.items():
        kind = old.get("Type") if isinstance(old, Mapping) else None
        if kind not in IMMUTABLE or name in allowed:
            continue
        word = _WORDS[kind]
        new = new_resources.get(name)
        if new is None or new.get("Type") != kind:
            line, column = positions.get(("Resources", name), (1, 1))
            if kind == POOL:
                what = ("CloudFormation will take it out of the stack: its Retain policy keeps the "
                        "pool and its users in the account, but no stack manages them any more; "
                        "if it was renamed, the new name creates a new, empty pool and every user "
                        "must sign up again")
            else:
                what = ("CloudFormation will delete it, and every app using its client ID stops "
                        "signing in; if it was renamed, the new name creates a client with a new ID")
            found.append(error(
                "O004",
                f"{word} `{name}` of {previous_file} is no longer in the spec: {what}; put "
                f"`{name}` back in the spec, or " + how.format(name=name),
                file=previous_file, line=line, column=column, subject=name,
            ))
            continue
        old_properties = old.get("Properties") or {}
        new_properties = new.get("Properties") or {}
        for key in IMMUTABLE[kind]:
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
                "O005",
                f"`{key}` of {word} `{name}` cannot change once it exists ({change}): "
                f"CloudFormation would replace the {word} with a new"
                + (", empty one, without its users" if kind == POOL else " one, with a new ID")
                + "; keep the old value, or " + how.format(name=name),
                pointer + ("properties", key), at_key=True, subject=name,
            ))
    return found
