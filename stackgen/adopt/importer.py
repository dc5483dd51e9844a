"""Import: read the template, propose a spec, build it, compare, and propose again until the
build gives back what the original has; then say what still differs.

Each round builds the proposed spec with :func:`stackgen.build.build`, the guard included (the
original as the previous template), exactly as ``stackgen build --force`` will. A function
whose dashed wires do not give back its variables and statements is proposed again with
none (they stay in its ``environment`` and ``properties.Policies``); any other resource that
differs, or whose fields do not build, again with none of its fields but its membership (they
stay in ``properties``). An Output the build derives otherwise than the original has it (its
own ``Description``, an ``Export``) is proposed again in the spec's ``outputs``, where it replaces
the derived one. Whatever still differs after that is reported: ``I005`` for a loss, note
``I006`` for an addition.
"""

from __future__ import annotations

import copy
import os
import tempfile
from typing import Any

from ..assemble import STACKGEN
from ..diagnostics import Diagnostic, error, locate, note
from ..kinds.user_pool import EXISTING_METADATA
from ..record import factory, record
from . import compare as comparing
from . import mapping, reader, writer

#: rounds of propose -> build -> compare; each only moves more into ``properties``
_ROUNDS = 4
#: a section of SAM's ``Globals`` -> the type whose resources take it
_GLOBALS = {"Function": "AWS::Serverless::Function", "Api": "AWS::Serverless::Api",
            "HttpApi": "AWS::Serverless::HttpApi", "SimpleTable": "AWS::Serverless::SimpleTable",
            "StateMachine": "AWS::Serverless::StateMachine", "LayerVersion": "AWS::Serverless::LayerVersion"}
#: the guard's findings: a pool, client... dropped or replaced
_GUARD = ("O004", "O005", "O011", "O012")
#: template sections the spec holds (or stackgen writes)
_SECTIONS = {"AWSTemplateFormatVersion", "Transform", "Description", "Parameters", "Conditions", "Resources",
             "Outputs", "Rules", "Globals", "Metadata"}


@record(frozen=False)
class Imported:
    #: the spec's text; None when nothing can be written
    text: str | None = None
    diagnostics: list[Diagnostic] = factory(list)
    #: the resources that became kinds, and those derived by the build (for the report)
    kinds: dict = factory(dict)


def adopt(path: str, spec_path: str) -> Imported:
    """Import the template at ``path`` as a spec that will be written at ``spec_path``."""
    template = reader.read(path)
    if template.data is None:
        return Imported(None, locate(template.diagnostics, path, template.keys, template.values))
    previous = _previous(path, template)
    data, problems = _prepared(template.data)
    # the reader's warnings (I009) and what a spec cannot hold
    found: list[Diagnostic] = template.diagnostics + problems
    literal: set[str] = set()
    plain: set[str] = set()
    #: resources of a kind that differ even with no fields (a Condition...): carried as they are
    as_is: set[str] = set()
    unused: dict[str, Diagnostic] = {}
    cut: dict[tuple[str, str], Diagnostic] = {}
    #: the outputs of a derived name that the spec gives (the original's differs from the derived one)
    kept: set[str] = set()
    # every resource but a pool may be carried as is: one no kind maps, or one its kind cannot say
    carry = {n for n, body in data["Resources"].items() if body["Type"] != mapping.POOL}
    text = None
    rounds = _ROUNDS + len(data.get("Outputs") or {}) + len(data["Resources"])
    for round_ in range(rounds):
        last = round_ == rounds - 1
        proposal = mapping.propose(data, literal, plain, frozenset(unused), frozenset(cut), frozenset(carry),
                                   frozenset(as_is), frozenset(kept))
        text = writer.write(proposal.spec, os.path.basename(path))
        result, built = _build(text, spec_path, path, previous)
        # a resource no field can give is reported (I004) and not imported: the guard's word on it
        # says the same
        errors = [d for d in result.diagnostics if d.severity == "error"
                  and not (d.code in _GUARD and d.subject in proposal.dropped)]
        # what the guard stops is a loss like any other, at its place in the original
        guarded = [error("I005", f"the guard stops the build: {d.message}", ("Resources", d.subject),
                         at_key=True, subject=d.subject,
                         **(dict(file=d.file, line=d.line, column=d.column) if d.file == path else {}))
                   for d in errors if d.code in _GUARD]
        errors = [d for d in errors if d.code not in _GUARD]
        # what the guard stops, of a kind that may be carried: carried as it is instead
        stopped = {d.subject for d in guarded} & carry - as_is
        if stopped and not errors and not last:
            as_is |= stopped
            continue
        if errors:
            outputs = {d.pointer[1]: d for d in errors if d.pointer[:1] == ("outputs",) and len(d.pointer) > 1}
            if outputs and not last:
                unused.update((name, error(
                    "I005", f"the output `{name}` cannot be kept: {d.message}", ("Outputs", name), subject=d.subject))
                    for name, d in outputs.items())
                continue
            # a resource with the Logical ID of one stackgen derives is not carried: the build
            # derives it (the comparison says whether as the original has it)
            derived = {d.subject for d in errors if d.code == "R001" and d.subject in carry
                       and proposal.kinds.get(d.subject) not in mapping.KINDS}
            if derived and not last:
                carry -= derived
                continue
            named = {_resource_of(d) for d in errors} - {None} - set(proposal.carried) \
                - {n for n, kind in proposal.kinds.items() if kind not in mapping.KINDS}
            if named and all(n in proposal.kinds for n in named) and not last:
                if named - plain:
                    plain |= named
                    continue
                # no fields, and still an error of the kind's (a runtime Lambda no longer takes):
                # carried as it is, when nothing wires to it
                if named & carry - as_is:
                    as_is |= named & carry
                    continue
            # a reference in `properties` to what is not imported: that property cannot be kept
            unknown = {(d.pointer[1], d.pointer[3]): d for d in errors
                       if d.code == "R014" and d.pointer[:1] == ("resources",) and len(d.pointer) > 3
                       and d.pointer[2] == "properties" and (d.pointer[1], d.pointer[3]) not in cut}
            if unknown and not last:
                cut.update((key, error(
                    "I005", f"`{key[1]}` of `{key[0]}` cannot be kept: {d.message}",
                    ("Resources", key[0], "Properties", key[1]), subject=d.subject)) for key, d in unknown.items())
                continue
            found.extend(error("I008", f"the spec proposed for this template does not build: {d.code} {d.message}",
                               _pointer_of(d, proposal.kinds), subject=d.subject) for d in errors)
            text = None
            break
        differences = comparing.compare(data, built, proposal.kinds, proposal.others)
        # an output the build derives otherwise than the original has it: the spec's replaces it
        derived_names = mapping.derived_outputs(proposal.kinds)
        retry_outputs = {name for name, body in (data.get("Outputs") or {}).items()
                         if name in derived_names and name not in kept and name not in unused
                         and (built.get("Outputs") or {}).get(name) != body}
        if retry_outputs and not last:
            kept |= retry_outputs
            continue
        retry_literal = differences.functions - literal
        differing = {n for n in differences.differing if proposal.kinds.get(n) in mapping.KINDS}
        retry_plain = {n for n in differing - differences.functions if n not in plain}
        # what differs still, with no fields and no dashed wires: carried as it is, unless a pool
        # or wired (the comparison then reports what differs)
        retry_raw = {n for n in differing - retry_plain - retry_literal - as_is
                     if n in carry and (n in plain or n in literal)}
        if (retry_literal or retry_plain or retry_raw) and not last:
            literal |= retry_literal
            plain |= retry_plain | (retry_raw & set(differences.functions))
            as_is |= retry_raw
            continue
        break
    found.extend(proposal.problems)
    found.extend(unused.values())
    found.extend(cut.values())
    found.extend(guarded)
    if text is not None:
        # what is reported already (I003, I004...) is not reported again as a loss
        owned = [d.pointer for d in proposal.problems + problems]
        owned += [("Outputs", name) for name in unused]
        owned += [("Resources", name, "Properties", key) for name, key in cut]
        losses = [(at, words) for at, words in differences.losses
                  if not any(at[:len(o)] == o or o[:len(at)] == at for o in owned)]
        found.extend(error("I005", f"{_what(at)}: {words}; the build would not "
                           "reproduce the original here: change the template or, after the import, the "
                           "spec so that it does, or accept the change on purpose (--partial writes the "
                           "spec anyway)",
                           at) for at, words in losses)
        found.extend(error(
            "I002", f"the resource `{name}` ({kind}) has the Logical ID of a resource stackgen derives, "
            "and differs from what it derives: a spec cannot carry it beside that one; rename it in the "
            "template (CloudFormation then replaces it), or import with --partial and accept the derived "
            "one", ("Resources", name), at_key=True, subject=f"resource {name}")
            for name, kind in differences.unmodeled)
        found.extend(note("I006", f"the build adds {words}", at) for at, words in differences.additions)
    found = locate(found, path, template.keys, template.values)
    return Imported(text, found, dict(proposal.kinds))


def _what(at: tuple) -> str:
    """What a pointer into the original is in, in words: "`Users`", "the output `UsersId`"."""
    if len(at) < 2:
        return f"`{at[0]}`" if at else "the template"
    return {"Outputs": f"the output `{at[1]}`", "Rules": f"the rule `{at[1]}`"}.get(at[0], f"`{at[1]}`")


def _previous(path: str, template: reader.Template) -> tuple[str, bytes]:
    """The previous template the guard judges each build against: the original's bytes, or,
    when it has duplicate keys (I009), which the guard refuses to guess at (O006), the template
    as SAM CLI read it and deployed it, under a name of its own (so that a finding is located
    in the original by its Logical ID, not at a line of that text)."""
    if not any(d.code == "I009" for d in template.diagnostics):
        with open(path, "rb") as handle:
            return path, handle.read()
    from ..dump import dump

    name = f"{path} (as SAM CLI reads it)"
    return name, dump(template.data, name).encode("utf-8")


def _build(text: str, spec_path: str, path: str, previous: tuple[str, bytes]):
    """Build spec ``text`` as if it were at ``spec_path`` over the template at ``path`` (its
    ``previous`` name and bytes, for the guard); the result and the built template's data."""
    from ..build import build
    from ..load import Loaded, parse

    label = os.path.relpath(os.path.abspath(spec_path), os.path.dirname(os.path.abspath(path))).replace(os.sep, "/")
    with tempfile.TemporaryDirectory(prefix="stackgen-import-") as scratch:
        spec = os.path.join(scratch, os.path.basename(spec_path) or "spec.yaml")
        with open(spec, "w", encoding="utf-8") as handle:
            handle.write(text)
        result = build(spec, label, previous)
    if result.text is None:
        return result, None
    return result, reader.normalize(parse(result.text, Loaded(path)).data)


def _resource_of(d: Diagnostic) -> str | None:
    if len(d.pointer) >= 2 and d.pointer[0] == "resources":
        return d.pointer[1]
    return None


#: a spec field -> the template property it sets, to locate a build's problem in the original
_FIELD_KEYS = {"codeUri": "CodeUri", "handler": "Handler", "runtime": "Runtime", "memorySize": "MemorySize",
               "timeout": "Timeout", "environment": "Environment", "prefix": "Domain", "customDomain": "Domain",
               "groupName": "GroupName", "precedence": "Precedence", "identifier": "Identifier",
               "callbackUrls": "CallbackURLs", "logoutUrls": "LogoutURLs", "oauthFlows": "AllowedOAuthFlows",
               "oauthScopes": "AllowedOAuthScopes", "tier": "UserPoolTier"}


def _pointer_of(d: Diagnostic, kinds) -> tuple:
    """Where in the original a problem of the proposed spec is: the property its field came from,
    or the value of the template's Metadata that the spec's ``metadata`` has as it is."""
    if d.pointer[:1] == ("metadata",):
        return ("Metadata",) + d.pointer[1:]
    name = _resource_of(d)
    if name not in kinds:
        return ()
    rest = d.pointer[2:]
    if rest[:1] == ("properties",):
        return ("Resources", name, "Properties") + rest[1:]
    if rest and rest[0] in _FIELD_KEYS:
        return ("Resources", name, "Properties", _FIELD_KEYS[rest[0]])
    return ("Resources", name)


def _prepared(data: dict) -> tuple[dict, list[Diagnostic]]:
    """``data`` with SAM's ``Globals`` written into each resource they apply to (what the
    transform does), and the I003 problems of what a spec cannot hold."""
    problems: list[Diagnostic] = []
    data = copy.deepcopy(data)
    transform = data.get("Transform")
    if transform not in (None, mapping.SAM_TRANSFORM):
        problems.append(error("I003", f"the template has the transform {comparing.show(transform)}, and a "
                              f"spec's template has only {mapping.SAM_TRANSFORM}; the others cannot be "
                              "imported", ("Transform",)))
    # the template's Metadata is the spec's `metadata` (see mapping.propose), but for the key
    # `stackgen`: stackgen's own record of the pools it names but does not create is what the
    # spec's `existing` writes again, and anything else under that key no spec can give
    recorded = (data.get("Metadata") or {}).get(STACKGEN)
    if STACKGEN in (data.get("Metadata") or {}) and (
            not isinstance(recorded, dict) or set(recorded) - {EXISTING_METADATA}):
        problems.append(error("I003", f"a spec cannot hold the template's `Metadata.{STACKGEN}`: the key is "
                              f"stackgen's own, where it records only `{EXISTING_METADATA}`; rename the key in "
                              "the template, or import with --partial", ("Metadata", STACKGEN), at_key=True))
    for section in data:
        if section not in _SECTIONS:
            problems.append(error("I003", f"a spec cannot hold the template's `{section}` section yet; "
                                  "move what uses it to another stack, or import with --partial and add it "
                                  "back after the build", (section,), at_key=True))
    globals_ = data.pop("Globals", None) or {}
    events = [e for body in data["Resources"].values() if body.get("Type") == mapping.FUNCTION
              for e in ((body.get("Properties") or {}).get("Events") or {}).values() if isinstance(e, dict)]
    for section, common in globals_.items():
        aws_type = _GLOBALS.get(section)
        # the API SAM makes for events that name none takes the globals too, and a spec has no
        # place for them: only explicit APIs may take them
        implicit = [e for e in events if e.get("Type") == section
                    and not isinstance(e.get("Properties"), dict) or e.get("Type") == section
                    and not {"RestApiId", "ApiId"} & set(e["Properties"])]
        if aws_type is None or implicit or not isinstance(common, dict):
            problems.append(error("I003", f"`Globals.{section}` applies to what a spec cannot write it into"
                                  + (" (the API SAM makes for an event that names none)" if implicit else "")
                                  + "; write its settings into the resources it applies to, or import with "
                                  "--partial", ("Globals", section), at_key=True))
            continue
        # what the SAM transform does: each resource of the type gets them, under its own
        for body in data["Resources"].values():
            if body.get("Type") == aws_type:
                body["Properties"] = _with_globals(common, body.get("Properties") or {})
    return data, problems


def _with_globals(common: dict, own: dict) -> dict:
    """A resource's properties over its ``Globals``, as SAM merges them: mappings key by key (a
    function's ``Environment.Variables`` over the globals'), lists joined, its own value otherwise."""
    merged: dict[str, Any] = copy.deepcopy(common)
    for key, value in own.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _with_globals(merged[key], value)
        elif isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = merged[key] + value
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def next_steps(template: str, spec: str) -> str:
    """What to run after the import: the first build over the original (``--force``: stackgen
    did not write it; the guard still runs), a look at the difference first."""
    command = f"stackgen build {spec}"
    beside = os.path.join(os.path.dirname(spec), "template.yaml")
    if os.path.abspath(beside) != os.path.abspath(template):
        command += f" -o {template}"
    return (f"wrote {spec}; see what the first build changes in {template} with `{command} --diff`, "
            f"then write it with `{command} --force`")
