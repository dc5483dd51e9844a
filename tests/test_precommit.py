"""The hooks of .pre-commit-hooks.yaml, run by the real pre-commit in a throwaway git repository.

pre-commit installs a hook repository from a git commit, so the tests first commit a snapshot of
this working tree (tracked and untracked files, less what .gitignore ignores) into a repository
of their own: the hooks tested are the ones on disk, whether or not they are committed here, and
the tests do not depend on this checkout's git state. (`pre-commit try-repo` on this checkout
would not do: with uncommitted changes it commits the modified tracked files to a shadow clone,
but leaves untracked ones out, such as a new .pre-commit-hooks.yaml.)

pre-commit builds a virtualenv for the hooks and pip installs the hook repository (stackgen) and
its dependencies into it, once for the module (one PRE_COMMIT_HOME) and once more for `try-repo`,
which always installs into a fresh store of its own. pip reaches no package index: it installs
from the session's wheelhouse (stackgen's dependencies and build backend repacked from the test
environment, see ``wheelhouse.py``), so the tests need no network. pre-commit, virtualenv, pip
and git keep whatever they write under the module's temporary folder.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from stackgen.cli import main
from wheelhouse import pip_environment, snapshot

pytest.importorskip("pre_commit")

#: one worker runs the module's tests, so that the hook environment is installed once; the
#: wheelhouse it installs from is built in that worker too
pytestmark = pytest.mark.xdist_group("wheel")

CASES = Path(__file__).parent / "cases"
IDENTITY = ("-c", "user.name=stackgen tests", "-c", "user.email=tests@stackgen.invalid",
            "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main")


def clean_env(base: Path, wheels: Path) -> dict[str, str]:
    """The environment for git and pre-commit: without the caller's git, pre-commit, pip and
    virtualenv settings (a hook running these tests exports GIT_INDEX_FILE; a user may export
    SKIP), without the global git config, pip installing from ``wheels`` only, and every
    cache and temporary file under ``base``."""
    env = {k: v for k, v in pip_environment(wheels, base).items()
           if not k.startswith(("GIT_", "PRE_COMMIT", "VIRTUALENV_")) and k != "SKIP"}
    for folder in ("tmp", "cache", "data"):
        (base / folder).mkdir()
    env.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1",
               PRE_COMMIT_HOME=str(base / "pre-commit-home"), PRE_COMMIT_COLOR="never",
               VIRTUALENV_OVERRIDE_APP_DATA=str(base / "virtualenv"), VIRTUALENV_NO_PERIODIC_UPDATE="1",
               TMPDIR=str(base / "tmp"), XDG_CACHE_HOME=str(base / "cache"), XDG_DATA_HOME=str(base / "data"))
    return env


def git(cwd: Path, env: dict[str, str], *args: str) -> str:
    done = subprocess.run(["git", *IDENTITY, *args], cwd=cwd, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, f"git {' '.join(args)}:\n{done.stdout}{done.stderr}"
    return done.stdout.strip()


def snapshot_of_this_tree(into: Path, env: dict[str, str]) -> str:
    """Copy this working tree into a new repository at `into`, commit it, return the commit."""
    snapshot(into)
    assert (into / ".pre-commit-hooks.yaml").is_file()
    git(into, env, "init", "-q")
    git(into, env, "add", "-A")
    git(into, env, "commit", "-q", "--no-verify", "-m", "snapshot")
    return git(into, env, "rev-parse", "HEAD")


@pytest.fixture(scope="module")
def hooks(tmp_path_factory, wheelhouse):
    """The snapshot repository, its commit, and the environment with one pre-commit home shared
    by the module's tests, so that the hook environment is installed once."""
    base = tmp_path_factory.mktemp("precommit")
    env = clean_env(base, wheelhouse)
    repo = base / "stackgen"
    repo.mkdir()
    return repo, snapshot_of_this_tree(repo, env), env


def stackgen(cwd: Path, *args: str) -> None:
    """Run stackgen's command line in this process, in the folder ``cwd``."""
    before = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, list(args))
    finally:
        os.chdir(before)
    assert result.exit_code == 0, result.output


@pytest.fixture
def project(tmp_path, hooks):
    """A git repository with a good spec and its template in good/, an invalid spec in bad/,
    and a .pre-commit-config.yaml using both hooks of the snapshot, everything staged."""
    repo, rev, env = hooks
    work = tmp_path / "project"
    for folder, case in (("good", "pool-only"), ("bad", "error-wires")):
        (work / folder).mkdir(parents=True)
        shutil.copy(CASES / case / "spec.yaml", work / folder / "spec.yaml")
    stackgen(work, "build", "good/spec.yaml")
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n"
        f"  - repo: {repo.as_posix()}\n"
        f"    rev: {rev}\n"
        f"    hooks:\n"
        f"      - id: stackgen-validate\n"
        f"      - id: stackgen-check\n")
    git(work, env, "init", "-q")
    git(work, env, "add", "-A")
    return work


def pre_commit(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pre_commit", *args, "--color", "never"],
                          cwd=cwd, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)


def run_hook(project: Path, env: dict[str, str], hook: str, *files: str) -> subprocess.CompletedProcess:
    done = pre_commit(project, env, "run", hook, "--files", *files)
    assert "An error has occurred" not in done.stdout + done.stderr, done.stdout + done.stderr
    return done


def test_validate_passes_on_a_good_spec(project, hooks):
    done = run_hook(project, hooks[2], "stackgen-validate", "good/spec.yaml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "stackgen validate" in done.stdout and "Passed" in done.stdout


def test_validate_fails_on_a_bad_spec_and_says_where(project, hooks):
    done = run_hook(project, hooks[2], "stackgen-validate", "good/spec.yaml", "bad/spec.yaml")
    assert done.returncode == 1
    assert "Failed" in done.stdout
    assert "bad/spec.yaml:11:23: error W001: wire Users -> Chek (PreSignUp)" in done.stdout
    assert "good/spec.yaml" not in done.stdout


def test_the_hooks_run_only_on_files_named_spec_yaml(project, hooks):
    (project / "bad" / "myspec.yaml").write_text("not: [a, spec\n")
    done = run_hook(project, hooks[2], "stackgen-validate", "good/template.yaml", "bad/myspec.yaml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(no files to check)Skipped" in done.stdout


def test_check_passes_when_the_template_is_up_to_date(project, hooks):
    done = run_hook(project, hooks[2], "stackgen-check", "good/spec.yaml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "stackgen build --check" in done.stdout and "Passed" in done.stdout


def test_check_fails_when_the_spec_changed_and_the_template_was_not_rebuilt(project, hooks):
    spec = project / "good" / "spec.yaml"
    spec.write_text(spec.read_text() + "    autoVerifyEmails: true\n")
    before = (project / "good" / "template.yaml").read_bytes()
    done = run_hook(project, hooks[2], "stackgen-check", "good/spec.yaml")
    assert done.returncode == 1
    assert "good/template.yaml is not what the spec gives: run `stackgen build good/spec.yaml`" in done.stdout
    assert (project / "good" / "template.yaml").read_bytes() == before    # --check writes nothing

    stackgen(project, "build", "good/spec.yaml")
    assert run_hook(project, hooks[2], "stackgen-check", "good/spec.yaml").returncode == 0


def test_check_fails_when_the_template_is_missing(project, hooks):
    (project / "good" / "template.yaml").unlink()
    done = run_hook(project, hooks[2], "stackgen-check", "good/spec.yaml")
    assert done.returncode == 1
    assert "good/template.yaml is missing: run `stackgen build good/spec.yaml`" in done.stdout


def test_a_commit_with_a_stale_template_is_refused(project, hooks):
    env = hooks[2]
    git(project, env, "rm", "-q", "-r", "--cached", "bad")     # commit the good stack only
    done = pre_commit(project, env, "install")
    assert done.returncode == 0, done.stdout + done.stderr
    git(project, env, "commit", "-q", "-m", "a pool")

    spec = project / "good" / "spec.yaml"
    spec.write_text(spec.read_text() + "    autoVerifyEmails: true\n")
    git(project, env, "add", "good/spec.yaml")
    refused = subprocess.run(["git", *IDENTITY, "commit", "-m", "verify emails"], cwd=project, env=env,
                             capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert refused.returncode != 0
    assert "run `stackgen build good/spec.yaml`" in refused.stdout + refused.stderr

    stackgen(project, "build", "good/spec.yaml")
    git(project, env, "add", "good/template.yaml")
    git(project, env, "commit", "-q", "-m", "verify emails")


def test_try_repo_runs_both_hooks_of_the_manifest(project, hooks):
    """`pre-commit try-repo`, as a hook author runs it; it installs into a store of its own."""
    repo, _, env = hooks
    shutil.rmtree(project / "bad")
    git(project, env, "add", "-A")
    done = pre_commit(project, env, "try-repo", str(repo), "--all-files")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "id: stackgen-check" in done.stdout and "id: stackgen-validate" in done.stdout
    assert done.stdout.count("Passed") == 2
