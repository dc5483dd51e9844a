"""Writing a template: all or nothing, never over a file stackgen did not write.

The text goes to a temporary file beside the target, is flushed to disk, and replaces the
target in one rename, so a crash or an error never leaves a half-written ``template.yaml``.
:func:`deliver` decides between writing and comparing (``--check``, ``--diff``); the problems
it finds are diagnostics at the template's own line.
"""

from __future__ import annotations

import os
import tempfile


def write_atomic(path: str, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: str, data: bytes) -> None:
    """Replace the file at ``path`` with ``data`` in one rename. A symbolic link is written
    through: its target is replaced, and the link stays."""
    path = os.path.realpath(path)
    directory = os.path.dirname(path)
    try:
        mode = os.stat(path).st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".template-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def read_existing(path: str) -> bytes | None:
    """The bytes of the file at ``path`` (through a link), or None when there is none.

    Anything but a regular file (a folder, a FIFO that would block, a device) is an OSError:
    stackgen writes a template only where a file is or can be.
    """
    import stat

    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):
        what = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise OSError(0, f"it is {what}")
    with open(path, "rb") as stream:
        return stream.read()


def is_generated(existing: bytes) -> bool:
    """Whether ``existing`` starts as every template stackgen writes does."""
    from .dump import GENERATED

    return existing.removeprefix(b"\xef\xbb\xbf").startswith(GENERATED.encode())


def generated_from(text: str) -> str | None:
    """The spec that the header of a template stackgen wrote names, as written there."""
    from .dump import header_spec

    return header_spec(text)


def as_text(existing: bytes) -> str:
    """An existing file as text to compare and show: line endings as LF (a Windows checkout
    with git's autocrlf has CRLF), undecodable bytes replaced."""
    return existing.decode("utf-8", "replace").replace("\r\n", "\n")


def first_difference(old: str, new: str) -> int:
    """The 1-based line where ``old`` and ``new`` first differ."""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    for number, (a, b) in enumerate(zip(old_lines, new_lines), start=1):
        if a != b:
            return number
    return min(len(old_lines), len(new_lines)) + 1


def unified_diff(old: str | None, new: str, path: str) -> str:
    import difflib

    return "".join(difflib.unified_diff(
        (old or "").splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=f"{path} (on disk)" if old is not None else "/dev/null",
        tofile=f"{path} (from the spec)",
    ))


def cannot_write(target: str, exc: OSError):
    from .diagnostics import error

    return error("O001", f"cannot write {target}: {exc.strerror or exc}; nothing was changed",
                 file=target, line=1, column=1)


def deliver(target: str, text: str, existing: bytes | None, *, check: bool, diff: bool, force: bool,
            fix: str) -> tuple[list, str]:
    """Write ``text`` to ``target`` or, with ``check`` or ``diff``, compare it with ``existing``.

    Returns the problems (a stale template with ``check``; a file stackgen did not write, or
    wrote from another spec) and the unified diff to show (with ``diff``). Line endings do not
    count as a difference. ``fix`` is the command that rebuilds the template. An OSError is
    the caller's to report (see :func:`cannot_write`).
    """
    from .diagnostics import error

    old = None if existing is None else as_text(existing)
    if check or diff:
        if old == text:
            return [], ""
        shown = unified_diff(old, text, target) if diff else ""
        if not check:
            return [], shown
        line = 1 if old is None else first_difference(old, text)
        what = "is missing" if old is None else "is not what the spec gives"
        return [error("O003", f"{target} {what}: run `{fix}`", file=target, line=line, column=1)], shown
    if existing is not None and not force:
        if not is_generated(existing):
            from .dump import GENERATED

            return [error(
                "O002", f"{target} was not written by stackgen (its first line is not "
                f"`{GENERATED} ...`): stackgen will not replace it; move it away, "
                "write elsewhere with -o, or pass --force", file=target, line=1, column=1)], ""
        before, now = generated_from(old), generated_from(text)
        if before is not None and before != now:
            return [error(
                "O008", f"{target} was generated from {before}, not from {now}: two specs would "
                "write one template, and each build would undo the other; give this spec its own "
                "template with -o, or pass --force to take the file over",
                file=target, line=1, column=1)], ""
    write_atomic(target, text)
    return [], ""
