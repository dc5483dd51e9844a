"""Unit tests of stackgen.output: writing a template is all or nothing."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from stackgen import output
from stackgen.output import write_atomic

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _entries(directory):
    return sorted(os.listdir(directory))


def test_writes_a_new_file(tmp_path):
    target = tmp_path / "template.yaml"
    write_atomic(str(target), "Resources: {}\n")
    assert target.read_text(encoding="utf-8") == "Resources: {}\n"
    assert _entries(tmp_path) == ["template.yaml"]  # no temporary file left behind


def test_replaces_an_existing_file(tmp_path):
    target = tmp_path / "template.yaml"
    target.write_text("old, much longer content than the new one\n" * 10)
    write_atomic(str(target), "new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert _entries(tmp_path) == ["template.yaml"]


def test_text_is_utf8_with_unix_newlines(tmp_path):
    target = tmp_path / "template.yaml"
    write_atomic(str(target), "Description: Caf\u00e9 \u2713\nA: b\n")
    assert target.read_bytes() == "Description: Caf\u00e9 \u2713\nA: b\n".encode("utf-8")


def test_relative_path_in_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_atomic("template.yaml", "x\n")
    assert (tmp_path / "template.yaml").read_text() == "x\n"
    assert _entries(tmp_path) == ["template.yaml"]


@posix_only
def test_new_file_mode_follows_the_umask(tmp_path, umask_022):
    target = tmp_path / "template.yaml"
    write_atomic(str(target), "x\n")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o644  # not mkstemp's 0o600
    assert os.umask(0o022) == 0o022  # and the umask is left as it was


@posix_only
def test_existing_file_keeps_its_mode(tmp_path):
    target = tmp_path / "template.yaml"
    target.write_text("old\n")
    os.chmod(target, 0o640)
    write_atomic(str(target), "new\n")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640


def test_failure_while_writing_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "template.yaml"
    target.write_text("old\n")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        write_atomic(str(target), "new\n")
    assert target.read_text() == "old\n"
    assert _entries(tmp_path) == ["template.yaml"]


def test_failure_at_the_rename_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "template.yaml"
    target.write_text("old\n")

    def broken_replace(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(output.os, "replace", broken_replace)
    with pytest.raises(PermissionError):
        write_atomic(str(target), "new\n")
    assert target.read_text() == "old\n"
    assert _entries(tmp_path) == ["template.yaml"]


def test_interrupt_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "template.yaml"

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(str(target), "new\n")
    assert _entries(tmp_path) == []


def test_text_that_cannot_be_encoded_leaves_the_old_file(tmp_path):
    target = tmp_path / "template.yaml"
    target.write_text("old\n")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(str(target), "lone surrogate \udc80\n")
    assert target.read_text() == "old\n"
    assert _entries(tmp_path) == ["template.yaml"]


def test_missing_directory_is_an_oserror_and_creates_nothing(tmp_path):
    with pytest.raises(OSError):
        write_atomic(str(tmp_path / "nope" / "template.yaml"), "x\n")
    assert _entries(tmp_path) == []


def test_temporary_file_is_beside_the_target(tmp_path, monkeypatch):
    # a rename is atomic only within one file system: the temporary must be in the same folder
    seen = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append((os.path.dirname(os.path.abspath(src)), os.path.abspath(dst)))
        return real_replace(src, dst)

    monkeypatch.setattr(output.os, "replace", spy)
    target = tmp_path / "template.yaml"
    write_atomic(str(target), "x\n")
    assert seen == [(str(tmp_path), str(target))]


def test_the_target_is_never_seen_half_written(tmp_path, monkeypatch):
    target = tmp_path / "template.yaml"
    target.write_text("old\n")
    observed = []
    real_fsync = os.fsync

    def watching_fsync(fd):
        # while the new text is being flushed, the target still holds the old text
        observed.append(target.read_text())
        return real_fsync(fd)

    monkeypatch.setattr(output.os, "fsync", watching_fsync)
    write_atomic(str(target), "new\n")
    assert observed == ["old\n"]
    assert target.read_text() == "new\n"


def test_a_template_stackgen_writes_is_one_the_output_knows_as_its_own():
    from stackgen.dump import dump

    text = dump({"Resources": {}}, "spec.yaml")
    assert output.is_generated(text.encode("utf-8"))
    assert output.generated_from(text) == "spec.yaml"
    assert not output.is_generated(b"# Generated by hand\n")
