"""The pipeline: spec file in, template text and diagnostics out.

load -> schema -> model -> resolve -> properties -> emit -> assemble -> references -> limits,
verify -> dump -> the template's size -> keep, each stage a module of its own, and each looks
up what it needs of a resource kind in :mod:`stackgen.kinds`. A stage runs only when the ones
before it found no error that would make its input meaningless; the one exception is the wires
of a spec with schema errors, which are still resolved from the part the schema leaves usable,
so that one run shows them too. Every problem found on the way is returned, located in the
spec. The guard (keep) runs only when there is a previous template to compare with.
"""

from __future__ import annotations

from .diagnostics import Diagnostic, has_errors, locate, suggestion_budget
from .record import record

#: load problems after which the data is not worth validating (after a merge key, whatever
#: is wrong could be the merged keys' absence)
_FATAL_LOAD = {"L001", "L002", "L004", "L005", "L006"}
#: load problems about a value that later stages must not report again, in other words
_ABOUT_A_VALUE = {"L007"}


@record
class Result:
    spec: str
    diagnostics: tuple[Diagnostic, ...] = ()
    #: the template's text, when the spec has no error (it may still drop or replace a user
    #: pool that the previous template has: then ``ok`` is false and it must not be written)
    text: str | None = None
    #: the Logical IDs of the pools and clients the guard watched: the new template's and the
    #: previous one's (what ``--allow-replacement NAME`` may name)
    guarded: frozenset[str] = frozenset()

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


def _front(spec: str):
    """load -> schema -> model -> resolve: the loaded file, the problems, and the graph
    (None when the spec has an error)."""
    from . import load, model, resolve, schema

    loaded = load.load(spec)
    found: list[Diagnostic] = list(loaded.diagnostics)
    graph = None
    if loaded.data is not None and not any(d.code in _FATAL_LOAD for d in found):
        shape = schema.validate(loaded.data)
        found.extend(_not_again(shape, loaded))
        if shape:
            found.extend(_not_again(_check_wires_anyway(loaded.data, shape), loaded))
        elif not has_errors(found):
            graph, problems = resolve.resolve(model.build(loaded.data))
            found.extend(problems)
    return loaded, found, (None if has_errors(found) else graph)


def _not_again(diagnostics: list[Diagnostic], loaded) -> list[Diagnostic]:
    """``diagnostics`` less those about a value the loader has already reported (a plain ``yes``
    given for a boolean is one L007, not also an S003): one clear error per value."""
    reported = {(d.line, d.column) for d in loaded.diagnostics if d.code in _ABOUT_A_VALUE}
    if not reported:
        return diagnostics
    return [d for d in diagnostics if d.at_key or loaded.values.get(d.pointer) not in reported]


def _located(spec: str, loaded, found: list[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(_with_subjects(locate(found, spec, loaded.keys, loaded.values), loaded.data))


def build(spec: str, label: str | None = None, previous: tuple[str, bytes] | None = None,
          text: bool = True) -> Result:
    """Compile the spec at path ``spec``; ``label`` is how the template's header names it.

    ``text=False`` (``stackgen validate``) asks for the diagnostics only: the template is then
    written only when a bound on its size (:func:`stackgen.dump.longest`) does not show it far
    enough under CloudFormation's limits, and ``Result.text`` may be None.

    ``previous`` is the path and bytes of the template the new one would replace: a user pool
    or client that the new one drops or replaces is an error whose subject is its Logical ID
    (:func:`stackgen.keep.allow` lets named ones through), and so is a previous template that
    cannot be read (see :mod:`stackgen.keep`).
    """
    with suggestion_budget():  # every "did you mean" of this spec shares one budget
        return _build(spec, label, previous, text)


def _build(spec: str, label: str | None, previous: tuple[str, bytes] | None, wanted: bool = True) -> Result:
    from . import assemble, dump, emit, limits, properties, references, verify
    from .kinds import REGISTRY

    loaded, found, graph = _front(spec)
    text = None
    guarded: frozenset[str] = frozenset()
    if graph is not None:
        stack = graph.stack
        found.extend(properties.check(stack))
        emitted = emit.emit(graph)
        found.extend(emitted.diagnostics)
        template, problems = assemble.assemble(stack, emitted.fragments)
        found.extend(problems)
        if not has_errors(found):
            found.extend(references.check(stack, template))
        if not has_errors(found):
            found.extend(limits.check(stack, template))
            # what the spec carries as is is the user's: the self-check holds stackgen's own
            found.extend(verify.verify(template, {n for n, r in stack.resources.items() if r.kind not in REGISTRY}))
        if not has_errors(found):
            bound = None if wanted or previous is not None else dump.longest(template, label or spec)
            if bound is None or bound > limits.MAX_TEMPLATE_BODY:
                text = dump.dump(template, label or spec)
                found.extend(limits.check_text(text))
            if text is not None and previous is not None:
                problems, guarded = _keep(previous, template, stack, text)
                found.extend(problems)
    return Result(spec, _located(spec, loaded, found), text, guarded)


def resolve_spec(spec: str):
    """Run the spec at path ``spec`` up to its graph: load -> schema -> model -> resolve.

    For what reads a stack without building its template (``stackgen graph``). Returns the
    :class:`~stackgen.resolve.Graph` (None when the spec has an error) and every diagnostic,
    located and named as :func:`build` gives them.
    """
    with suggestion_budget():
        loaded, found, graph = _front(spec)
    return graph, _located(spec, loaded, found)


def _keep(previous: tuple[str, bytes], template, stack, text: str) -> tuple[list[Diagnostic], frozenset[str]]:
    """The guard's findings, and the Logical IDs of the pools and clients it watched.

    A previous template with exactly the new one's bytes (a rebuild that changes nothing, the
    common case of a commit hook) holds exactly its resources: nothing to read or compare.
    """
    from . import keep

    path, raw = previous
    watched = {n for n, r in template.get("Resources", {}).items() if r.get("Type") in keep.GUARDED}
    watched.update(keep.existing_of(template))
    if raw == text.encode("utf-8"):
        return [], frozenset(watched)
    from .previous import read

    old = read(path, raw, keep.GUARDED)
    pointers = {name: resource.pointer for name, resource in stack.resources.items()}
    watched.update(n for n, r in old.resources.items() if r.type in keep.GUARDED)
    watched.update(old.existing)
    return keep.check(old, template, pointers), frozenset(watched)


#: rules that would only guess when some of a resource's wires were left out
_GUESSES = {"W005", "W010", "W008"}


def _check_wires_anyway(data, shape: list[Diagnostic]) -> list[Diagnostic]:
    """The wire problems of a spec with schema errors, so that one run shows them all."""
    from . import model, resolve, schema

    usable = schema.valid_part(data, shape)
    if usable is None:
        return []
    part, unsure = usable
    stack = model.build(part)
    _, problems = resolve.resolve(stack)
    return [p for p in problems
            if p.severity == "error" and not (p.code in _GUESSES and unsure)]


def _with_subjects(diagnostics: list[Diagnostic], data) -> list[Diagnostic]:
    """Name the resource or wire each diagnostic is about, where its pointer says."""
    from .record import replace

    named = []
    for d in diagnostics:
        subject = d.subject
        if not subject and len(d.pointer) >= 2 and d.pointer[0] == "resources":
            subject = f"resource {d.pointer[1]}"
        elif not subject and len(d.pointer) >= 2 and d.pointer[0] == "wires":
            subject = _wire_name(data, d.pointer[1])
        named.append(replace(d, subject=subject) if subject != d.subject else d)
    return named


def _wire_name(data, index) -> str:
    try:
        wire = data["wires"][index]
        return f"wire {wire.get('from', '?')} -> {wire.get('to', '?')}"
    except (TypeError, KeyError, IndexError, AttributeError):
        return f"wire {index + 1}" if isinstance(index, int) else ""
