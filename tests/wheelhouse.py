"""Wheels that install stackgen with no package index, made without the network.

- stackgen's own wheel is built from a snapshot of this working tree (its tracked and untracked
  files, less what .gitignore ignores) without build isolation: the build backend is the test
  environment's, and nothing is written into the checkout (no ``build/``, no ``*.egg-info``);
- every distribution that installing stackgen needs (its dependencies and theirs, and the build
  backend that ``pip install .`` of a source tree sets up) is repacked from this environment,
  where it is installed, into a wheel again by ``wheel pack``.

``pip install --no-index --find-links WHEELHOUSE stackgen`` then installs offline, and so does
pre-commit's ``pip install .`` of a hook repository, given ``PIP_NO_INDEX`` and
``PIP_FIND_LINKS`` (see :func:`pip_environment`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: pytest's own dependency
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
#: what a snapshot leaves out when this tree is not a git checkout (an unpacked sdist, say)
JUNK = shutil.ignore_patterns(".git", ".venv*", "build", "dist", "*.egg-info", "__pycache__",
                              ".pytest_cache", ".hypothesis", ".benchmarks")
#: what pip writes into a .dist-info when it installs: not part of a wheel (RECORD is rewritten)
INSTALLED_ONLY = {"RECORD", "INSTALLER", "REQUESTED", "direct_url.json"}


def without_git_settings() -> dict[str, str]:
    """The environment less the caller's git settings: a hook running these tests exports
    GIT_INDEX_FILE, which would point git in another repository at the wrong index."""
    return {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}


def pip_environment(wheelhouse: Path, scratch: Path) -> dict[str, str]:
    """What pip needs, in a process's environment, to install from ``wheelhouse`` alone: no index,
    no configuration file of the machine or the user, and a cache inside ``scratch``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.update(PIP_NO_INDEX="1", PIP_FIND_LINKS=str(wheelhouse), PIP_CONFIG_FILE=os.devnull,
               PIP_CACHE_DIR=str(scratch / "pip-cache"), PIP_DISABLE_PIP_VERSION_CHECK="1")
    return env


def snapshot(into: Path) -> None:
    """Copy this working tree into ``into``: the files git tracks or would track."""
    listed = subprocess.run(
        ["git", "-c", "safe.directory=*", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, env=without_git_settings(), capture_output=True, text=True)
    if listed.returncode == 0:
        for name in filter(None, listed.stdout.split("\0")):
            source = ROOT / name
            if source.is_file():          # a tracked file deleted in the tree is listed too
                (into / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, into / name)
    else:                                 # not a git checkout
        shutil.copytree(ROOT, into, ignore=JUNK, dirs_exist_ok=True)
    assert (into / "pyproject.toml").is_file()


def build_wheel(source: Path, into: Path) -> Path:
    """stackgen's wheel, built from the tree at ``source`` into the folder ``into``."""
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "--no-index",
         "--no-cache-dir", "--quiet", "--wheel-dir", str(into), str(source)],
        env=pip_environment(into, into), capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = into.glob("stackgen-*.whl")
    return wheel


def requirements(wheel: Path, source: Path) -> list[str]:
    """What installing ``wheel`` needs (its Requires-Dist), and what building the tree at
    ``source`` needs (pyproject.toml's build-system requires)."""
    (info,) = {name.split("/")[0] for name in zipfile.ZipFile(wheel).namelist() if ".dist-info/" in name}
    runtime = metadata.PathDistribution(zipfile.Path(wheel, f"{info}/")).requires or []
    build = tomllib.loads((source / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]["requires"]
    return [*runtime, *build]


def installed_closure(wanted: list[str]) -> list[metadata.Distribution]:
    """The installed distributions that satisfy ``wanted`` (requirement strings), with their own
    requirements, for this interpreter; an unmet requirement is an error."""
    found: dict[str, metadata.Distribution] = {}
    followed: set[tuple[str, str]] = set()    # (distribution, extra) whose requirements are queued
    todo = [(Requirement(text), "") for text in wanted]
    while todo:
        requirement, extra = todo.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": extra}):
            continue
        name = canonicalize_name(requirement.name)
        dist = found.get(name) or metadata.distribution(requirement.name)
        assert requirement.specifier.contains(dist.version, prereleases=True), \
            f"{requirement} is wanted, {dist.metadata['Name']} {dist.version} is installed"
        found[name] = dist
        for wanted_extra in ("", *requirement.extras):
            if (name, wanted_extra) not in followed:
                followed.add((name, wanted_extra))
                todo.extend((Requirement(text), wanted_extra) for text in dist.requires or [])
    return list(found.values())


def repack(dist: metadata.Distribution, into: Path, scratch: Path) -> None:
    """The installed distribution ``dist`` as a wheel in ``into``: the files its RECORD lists
    under site-packages, less byte code and pip's own notes, packed by ``wheel pack``. Console
    scripts are left out: pip writes them again from entry_points.txt."""
    name = dist.metadata["Name"]
    files = dist.files
    assert files, f"{name} has no RECORD: it was not installed by pip"
    info = next(f.parts[0] for f in files if f.parts[0].endswith(".dist-info"))
    unpacked = scratch / info.removesuffix(".dist-info")
    for file in files:
        if file.parts[0] == "..":
            assert file.parent.name in ("bin", "Scripts"), \
                f"{name} installs {file} outside site-packages, which a repacked wheel would lose"
            continue
        if "__pycache__" in file.parts or file.suffix == ".pyc" \
                or (file.parts[0] == info and file.name in INSTALLED_ONLY):
            continue
        target = unpacked / file
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(file.locate(), target)
    done = subprocess.run([sys.executable, "-m", "wheel", "pack", "--dest-dir", str(into), str(unpacked)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
