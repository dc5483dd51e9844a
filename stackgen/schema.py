"""Validate: the spec's shape, checked against the packaged JSON Schema.

Every shape rule lives in ``schemas/spec.schema.json`` (installed as ``stackgen.schemas``);
this module only runs it and words each violation for a person, with a "did you mean" where a
name is close to a known one.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from typing import Any

from .diagnostics import Diagnostic, Pointer, did_you_mean, error

SCHEMA_FILE = "spec.schema.json"


@lru_cache(maxsize=1)
def schema() -> dict:
    """The spec's JSON Schema, read from the installed package (``stackgen.schemas``).

    Found through the package's own ``__file__``, which a wheel and an editable install both
    set, rather than ``importlib.resources``, whose import alone costs a pre-commit hook
    milliseconds on every run.
    """
    from . import schemas

    with open(os.path.join(os.path.dirname(schemas.__file__), SCHEMA_FILE), encoding="utf-8") as stream:
        return json.load(stream)


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


def validate(data: Any) -> list[Diagnostic]:
    """Every schema violation of ``data``, one diagnostic each.

    A valid spec, the common case, is confirmed by :func:`_quick_check`; only a spec it does
    not confirm goes through jsonschema, which finds and words every violation.
    """
    if _quick_check(data):
        return []
    found: list[Diagnostic] = []
    seen: set[tuple] = set()
    for err in _validator().iter_errors(data):
        for diagnostic in _explain(err):
            key = (diagnostic.pointer, diagnostic.message)
            if key not in seen:
                seen.add(key)
                found.append(diagnostic)
    return found


def _quick_check(data: Any) -> bool:
    """True when ``data`` is certainly valid, found fast.

    jsonschema's import alone takes tens of milliseconds, which a pre-commit hook pays on every
    run. fastjsonschema turns the same schema into plain Python code, which is compiled once
    and cached as bytecode (in ``$XDG_CACHE_HOME/stackgen``, else ``~/.cache/stackgen``), and answers yes
    or no. It never decides alone that a spec is invalid: on a no, or if anything goes wrong
    here, jsonschema decides. ``tests/unit/test_schema.py`` holds the two to the same answers.
    """
    try:
        check = _fast_validator()
        check(data)
        return True
    except Exception:  # a no, or no fast validator here: jsonschema decides
        return False


@lru_cache(maxsize=1)
def _fast_validator():
    import marshal
    import sys
    import zlib

    import fastjsonschema

    text = json.dumps(schema(), sort_keys=True)
    key = f"{zlib.crc32(text.encode()):08x}-{fastjsonschema.VERSION}-{sys.implementation.cache_tag}"
    cache = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "stackgen")
    path = os.path.join(cache, f"spec-validator-{key}.marshal")
    try:
        with open(path, "rb") as stream:
            code = marshal.loads(stream.read())
    except (OSError, ValueError, EOFError, TypeError):
        source = fastjsonschema.compile_to_code(schema(), use_default=False)
        code = compile(source, "<stackgen spec validator>", "exec")
        try:
            from .output import write_bytes_atomic

            os.makedirs(cache, exist_ok=True)
            write_bytes_atomic(path, marshal.dumps(code))
        except OSError:
            pass  # no cache here: compile again next time
    namespace: dict[str, Any] = {}
    exec(code, namespace)
    # the generated module defines the schema's own validator first, then its $defs'
    return next(v for k, v in namespace.items() if k.startswith("validate") and callable(v))


def _name(pointer: Pointer) -> str:
    """How a person would call the place ``pointer`` names."""
    if not pointer:
        return "the spec"
    if len(pointer) >= 2 and pointer[0] == "resources":
        head = f"resource `{pointer[1]}`"
        rest = pointer[2:]
        return head if not rest else f"`{'.'.join(map(str, rest))}` of {head}"
    if len(pointer) >= 2 and pointer[0] == "wires":
        head = f"wire {int(pointer[1]) + 1}"
        rest = pointer[2:]
        return head if not rest else f"`{'.'.join(map(str, rest))}` of {head}"
    return "`" + ".".join(map(str, pointer)) + "`"


_JSON_TYPES = {
    "boolean": "a boolean (true or false)",
    "integer": "a whole number",
    "number": "a number",
    "string": "a string",
    "object": "a mapping (key: value)",
    "array": "a list",
    "null": "empty",
}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the string {json.dumps(value)}"
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "a CloudFormation function"


def _explain(err) -> list[Diagnostic]:
    pointer: Pointer = tuple(err.absolute_path)
    where = _name(pointer)
    validator, expected, value = err.validator, err.validator_value, err.instance

    if "propertyNames" in err.relative_schema_path:
        # a mapping key broke a rule: point at the key
        name = str(value)
        if validator == "maxLength":
            why = f"is longer than {expected} characters"
        elif pointer == ("resources",):
            why = "is not a valid Logical ID: use letters and digits only (A-Za-z0-9)"
        elif name in (err.schema.get("not") or {}).get("enum", ()):
            # the same words whichever rule it broke (`_HANDLER` breaks the pattern too): one error
            why = ("is reserved by Lambda, which sets it in every function and refuses a deploy that "
                   "sets it: choose another name")
        else:
            why = "is not a valid environment variable name: start with a letter, then letters, digits or _"
        return [error("S006", f"`{name}` in {where} {why}", pointer + (name,), at_key=True)]
    if validator == "additionalProperties":
        known = list(err.schema.get("properties", {}))
        out = []
        for extra in sorted(set(value) - set(known)):
            hint = did_you_mean(extra, known)
            allowed = ", ".join(f"`{k}`" for k in known)
            out.append(
                error("S001", f"unknown field `{extra}` in {where}{hint or f'; allowed: {allowed}'}",
                      pointer + (extra,), at_key=True)
            )
        return out
    if validator == "required":
        missing = [k for k in expected if k not in value]
        return [error("S002", f"{where} needs `{k}`", pointer, at_key=True) for k in missing]
    if validator == "enum":
        hint = did_you_mean(str(value), [str(e) for e in expected]) if isinstance(value, str) else ""
        options = ", ".join(f"`{e}`" for e in expected)
        return [error("S004", f"{where} is {_describe(value)}{hint}; it must be one of {options}", pointer)]
    if validator == "const":
        return [error("S004", f"{where} must be {json.dumps(expected)}, not {_describe(value)}", pointer)]
    if validator == "type":
        wanted = expected if isinstance(expected, list) else [expected]
        text = " or ".join(_JSON_TYPES.get(t, t) for t in wanted)
        hint = ""
        if "boolean" in wanted and isinstance(value, str) and value.lower() in {"yes", "no", "on", "off", "y", "n"}:
            hint = f" (YAML 1.2 reads `{value}` as a string: write true or false)"
        return [error("S003", f"{where} must be {text}, not {_describe(value)}{hint}", pointer)]
    if validator in ("minimum", "maximum"):
        word = "at least" if validator == "minimum" else "at most"
        return [error("S005", f"{where} must be {word} {expected}, not {value}", pointer)]
    if validator in ("minLength", "maxLength"):
        if validator == "minLength" and expected == 1:
            return [error("S005", f"{where} must not be empty", pointer)]
        word = "at least" if validator == "minLength" else "at most"
        return [error("S005", f"{where} must be {word} {expected} characters long", pointer)]
    if validator == "minProperties":
        return [error("S002", f"{where} must have at least {expected} entry", pointer)]
    if validator == "pattern":
        if pointer and pointer[-1] == "runtime":
            return [error("S004", f"{where} is `{value}`, which is not a Lambda runtime (for example nodejs24.x or python3.13)", pointer)]
        return [error("S004", f"{where} is `{value}`, which does not match {expected}", pointer)]
    return [error("S004", f"{where}: {err.message}", pointer)]


_RESOURCE_TYPES = ("UserPool", "UserPoolClient", "Function", "EdgeFunction")


def valid_part(data: Any, problems: list[Diagnostic]) -> tuple[dict, set[str]] | None:
    """The part of ``data`` that the schema errors in ``problems`` leave usable for wire checks.

    A resource with an error keeps only its ``type`` (when that is valid), so wires to it are
    still checked; a wire with an error is left out. Returns the usable data and the names of
    resources whose wires were left out (rules about their wires would be guesses), or None
    when not even the outline of resources and wires can be trusted.
    """
    if not isinstance(data, dict) or not isinstance(data.get("resources"), dict):
        return None
    if not isinstance(data.get("wires", []), (list, type(None))):
        return None
    broken = {d.pointer[:3] for d in problems if d.pointer[:1] in {("resources",), ("wires",)}}
    resources = {}
    for name, spec in data["resources"].items():
        if ("resources", name) in broken or any(p[:2] == ("resources", name) for p in broken):
            kind = spec.get("type") if isinstance(spec, dict) else None
            if kind in _RESOURCE_TYPES and ("resources", name, "type") not in broken \
                    and isinstance(name, str) and name.isalnum():
                resources[name] = {"type": kind}
            continue
        resources[name] = spec
    wires, unsure = [], set()
    for index, wire in enumerate(data.get("wires") or []):
        if any(p[:2] == ("wires", index) for p in broken) or not isinstance(wire, dict):
            if isinstance(wire, dict):
                unsure.update(str(wire.get(end)) for end in ("from", "to"))
            wires.append(None)
            continue
        if wire.get("from") not in resources and wire.get("from") in data["resources"] \
                or wire.get("to") not in resources and wire.get("to") in data["resources"]:
            wires.append(None)
            continue
        wires.append(wire)
    if not resources:
        return None
    usable = {"resources": resources, "wires": wires}
    return usable, unsure
