"""Diagnostics: user mistakes as values.

Every stage reports problems as :class:`Diagnostic` values that point into the spec by JSON
pointer (a tuple of keys and indexes). One place, :func:`locate`, turns a pointer into
``line:col`` with the loader's source map, and :func:`render` prints
``spec.yaml:LINE:COL: error CODE: message``.

Codes come in families by stage; :data:`CATALOGUE` is the one list of them.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Iterator, Mapping, Sequence, Tuple, Union

from .record import record, replace

Pointer = Tuple[Union[str, int], ...]

ERROR = "error"
WARNING = "warning"
NOTE = "note"

#: code -> short title. Families: L load, S schema, W wires, P properties (against the AWS
#: type's own schema), R resource rules and limits, O output, I import (of an existing template), X stackgen's check of its own output (a bug, never the user's mistake).
CATALOGUE: dict[str, str] = {
    "L001": "the spec file cannot be read",
    "L002": "the spec is not valid YAML",
    "L003": "duplicate key in a mapping",
    "L004": "a YAML tag stackgen does not know",
    "L005": "the spec is too large or nests or expands too deeply",
    "L006": "a YAML merge key",
    "L007": "a YAML 1.1 boolean written as plain text",
    "S001": "an unknown field",
    "S002": "a required field is missing",
    "S003": "a value of the wrong type",
    "S004": "a value that is not one of those allowed",
    "S005": "a number or text out of its range",
    "S006": "an invalid Logical ID or environment variable name",
    "W001": "a wire names a resource that does not exist",
    "W002": "a wire between resources that cannot be wired this way",
    "W003": "an event on a wire that takes none, or none where one is needed",
    "W004": "two functions on one event of one pool",
    "W005": "a user pool client or domain wired to no pool or to more than one",
    "W006": "a wire from a resource to itself",
    "W007": "the same wire twice",
    "W008": "the wires form a circular dependency",
    "W009": "a trigger discovers its own pool: values left out of its environment",
    "W010": "an incomplete custom authentication trio",
    "W011": "a pool's `senderKey` that no custom sender uses",
    "W012": "a trigger whose timeout is over the 5 s Cognito waits",
    "W013": "a runtime AWS Lambda has deprecated",
    "W014": "a `version` on a wire whose event has no versions",
    "W015": "a user pool group wired to no pool or to more than one",
    "W018": "a client wired to an identity provider or resource server of another pool",
    "W019": "two identity providers of one pool with the same name",
    "W020": "two resource servers of one pool with the same identifier",
    "W021": "a client through which nobody can sign in",
    "W022": "an `access` on a wire that grants no IAM actions by levels",
    "W023": "a wire whose IAM statement the function's role cannot be given",
    "W026": "a wire to or from a resource carried as is",
    "P001": "a properties key the resource type does not have there",
    "P002": "a properties value of the wrong type",
    "P003": "a properties value that is not one of those the resource type allows",
    "P004": "a properties value out of its range, length, count or pattern",
    "P005": "a properties mapping without a key the resource type requires",
    "P006": "a read-only property (an attribute) set in properties",
    "R001": "a Logical ID collides with one stackgen derives",
    "R002": "a properties key owned by a field or a wire",
    "R003": "an edge function's discovery values are delivered through SSM",
    "R004": "a default that does not fit an edge function",
    "R005": "more resources than one stack may have",
    "R006": "a function's environment variables over Lambda's 4 KB",
    "R007": "a role's inline policies over IAM's size limit",
    "R008": "more Outputs than one stack may have",
    "R009": "a template over CloudFormation's size limits",
    "R010": "a derived Logical ID over 255 characters",
    "R011": "a setting Lambda@Edge does not support",
    "R012": "an edge function that cannot serve viewer events",
    "R013": "a CloudFormation function of the wrong shape",
    "R014": "a reference to a name or attribute the template does not have",
    "R015": "`properties` that make a circular dependency",
    "R016": "a pool signs in without a user name, by something that cannot stand in for one",
    "R017": "a PreTokenGeneration version that a pool on the lite plan does not have",
    "R018": "a runtime AWS Lambda does not know",
    "R019": "a parameter or condition whose name is taken",
    "R020": "a parameter type CloudFormation does not have",
    "R021": "a parameter's Default that breaks its own constraints",
    "R022": "a condition that is not a condition function, or conditions in a cycle",
    "R023": "more Parameters than one stack may have",
    "R024": "a parameter or condition that nothing uses",
    "R025": "two groups of one pool with one name",
    "R026": "two groups of one pool with one precedence and different roles",
    "R028": "an identity provider's secret written in the spec",
    "R029": "an identity provider's secret from a parameter without NoEcho",
    "R030": "OAuth flows that sign users in without callback URLs",
    "R031": "the client credentials flow without a secret, or beside a user's flow",
    "R032": "an OAuth scope the client cannot ask for",
    "R033": "an identity provider name Cognito does not take",
    "R034": "a domain prefix or name that Cognito refuses",
    "R035": "managed login on a pool on the lite plan",
    "R036": "a pool with more than one domain",
    "R037": "a custom domain's certificate outside us-east-1",
    "R042": "a `dependsOn` that names what the template does not have",
    "R043": "a `condition` that `conditions` does not declare",
    "R044": "a resource type CloudFormation does not know, near one it does",
    "R045": "a Snapshot policy on a type CloudFormation cannot snapshot",
    "R038": "a setting of an existing pool, which the stack does not own",
    "R039": "an existing pool's ID that is not text, a parameter's or an import",
    "R040": "a stack of existing pools alone, which would create nothing",
    "R041": "a `metadata` key `stackgen`, which is stackgen's own",
    "O001": "template.yaml cannot be written",
    "O002": "template.yaml was not written by stackgen",
    "O003": "template.yaml is missing or not what the spec gives",
    "O004": "a user pool, client or group would leave the stack",
    "O005": "a setting Cognito cannot change after creation would change",
    "O006": "the previous template cannot be read, so the guard cannot run",
    "O007": "an --allow-replacement that matches nothing this build drops or replaces, or is ambiguous",
    "O008": "two specs would write one template",
    "O011": "a carried resource that holds data would leave the stack",
    "O012": "a create-only property of a carried resource that holds data would change",
    "O009": "a user pool the stack created would become an existing pool",
    "O010": "an existing pool would become one the stack creates, or another pool",
    "I001": "the file to import is not a SAM or CloudFormation template",
    "I002": "a resource with a derived Logical ID that differs from what stackgen derives",
    "I003": "a template section or transform that a spec cannot hold",
    "I004": "a value stackgen owns that no field or wire can give",
    "I005": "the build would lose or change a value of the original",
    "I006": "what the build adds to the original",
    "I007": "the spec file to write exists already",
    "I008": "the spec proposed for a template does not build",
    "I009": "a duplicate key of the template, read with the last value winning",
    "X001": "stackgen's own template failed its self-check",
    "X002": "stackgen failed unexpectedly",
}


@record
class Diagnostic:
    """One problem (or remark) about a spec, located by JSON pointer."""

    code: str
    message: str
    pointer: Pointer = ()
    severity: str = ERROR
    #: point at the key itself rather than its value (for a misplaced or unknown key)
    at_key: bool = False
    #: 1-based line and column, filled in by :func:`locate`
    line: int = 0
    column: int = 0
    file: str = ""
    #: the resource or wire the diagnostic is about, in the user's words
    subject: str = ""

    def __post_init__(self) -> None:
        if self.code not in CATALOGUE:
            raise ValueError(f"unknown diagnostic code {self.code}")


def error(code: str, message: str, pointer: Pointer = (), **kw) -> Diagnostic:
    return Diagnostic(code, message, tuple(pointer), ERROR, **kw)


def warning(code: str, message: str, pointer: Pointer = (), **kw) -> Diagnostic:
    return Diagnostic(code, message, tuple(pointer), WARNING, **kw)


def note(code: str, message: str, pointer: Pointer = (), **kw) -> Diagnostic:
    return Diagnostic(code, message, tuple(pointer), NOTE, **kw)


def locate(
    diagnostics: Sequence[Diagnostic],
    file: str,
    keys: Mapping[Pointer, tuple[int, int]],
    values: Mapping[Pointer, tuple[int, int]],
) -> list[Diagnostic]:
    """Fill in file, line and column from the source map, and sort by position.

    A pointer that has no entry of its own (a missing key, say) falls back to its nearest
    ancestor that has one, so that no diagnostic points at the top of the file when it can
    point at the object it is about.
    """
    located = []
    for d in diagnostics:
        if d.line:
            located.append(d if d.file else replace(d, file=file))
            continue
        pointer = d.pointer
        position = None
        while position is None:
            table = keys if d.at_key else values
            position = table.get(pointer) or (values.get(pointer) if d.at_key else keys.get(pointer))
            if position is None:
                if not pointer:
                    position = (1, 1)
                    break
                pointer = pointer[:-1]
        located.append(replace(d, file=file, line=position[0], column=position[1]))
    return sorted(located, key=lambda d: (d.file, d.line, d.column, d.code, d.message))


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters escaped, so it stays one line."""
    if all(c.isprintable() for c in text):
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def render(d: Diagnostic) -> str:
    """``file:line:col: severity CODE: message`` on one line; ``stackgen: ...`` for a problem of
    the command line itself, which has no place in a file."""
    where = f"{one_line(d.file)}:{d.line}:{d.column}" if d.file else "stackgen"
    return f"{where}: {d.severity} {d.code}: {one_line(d.message)}"


def has_errors(diagnostics: Sequence[Diagnostic]) -> bool:
    return any(d.severity == ERROR for d in diagnostics)


#: how much work all the "did you mean" suggestions of one run may do, in character
#: comparisons (about a tenth of a microsecond each, a few tenths at worst): a misspelling
#: among a hundred names takes some tens of thousands. difflib compares a word with every
#: known name, so thousands of wires misnaming thousands of resources would take minutes;
#: past this budget a run gives no more suggestions rather than slow ones.
SUGGESTION_WORK = 1_000_000
#: how close a known name must be (difflib's ratio) to be suggested
SUGGESTION_CUTOFF = 0.6

#: the work left to the current run, shared by every suggestion in it (see suggestion_budget)
_work_left: list[int] | None = None


@contextmanager
def suggestion_budget(work: int = SUGGESTION_WORK) -> Iterator[None]:
    """Let every suggestion made inside share ``work``: one run of the pipeline on one spec.

    Outside such a block each suggestion has the whole budget to itself.
    """
    global _work_left
    outer, _work_left = _work_left, [work]
    try:
        yield
    finally:
        _work_left = outer


def suggest(word: str, choices: Iterable[str]) -> str | None:
    """The known name closest to ``word`` (case-insensitively), if one is close enough.

    None too when the run's suggestion budget cannot pay for the comparisons: a name whose
    length alone rules it out costs one unit, any other ``len(word) * len(name)``, the most
    difflib's ratio can take.
    """
    import difflib

    left = _work_left if _work_left is not None else [SUGGESTION_WORK]
    choices = list(choices)
    left[0] -= len(choices)
    if left[0] < 0:
        return None
    by_lower = {c.lower(): c for c in choices}
    lowered = word.lower()
    if lowered in by_lower:
        return by_lower[lowered]
    # difflib's own first test (real_quick_ratio), from the two lengths: a name that fails it is
    # never suggested, so leaving it out changes no answer and saves comparing it
    size = len(lowered)
    near = [c for c in by_lower if 2.0 * min(size, len(c)) / (size + len(c)) >= SUGGESTION_CUTOFF]
    left[0] -= sum(size * len(c) + size + len(c) for c in near)
    if left[0] < 0:
        return None
    match = difflib.get_close_matches(lowered, near, n=1, cutoff=SUGGESTION_CUTOFF)
    return by_lower[match[0]] if match else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    match = suggest(word, choices)
    return f" (did you mean `{match}`?)" if match and match != word else ""
