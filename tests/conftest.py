import sys
from pathlib import Path

import pytest

# the test helpers (cfn.py, goldens.py) import as top-level modules
sys.path.insert(0, str(Path(__file__).resolve().parent))

import wheelhouse as _wheelhouse  # noqa: E402


@pytest.fixture(scope="session")
def source_tree(tmp_path_factory) -> Path:
    """A copy of this working tree (what git tracks or would track), for what builds stackgen:
    a build writes into the tree it builds."""
    tree = tmp_path_factory.mktemp("source") / "stackgen"
    tree.mkdir()
    _wheelhouse.snapshot(tree)
    return tree


@pytest.fixture(scope="session")
def stackgen_wheel(tmp_path_factory, source_tree) -> Path:
    """stackgen's wheel, built once per session (per worker) from :func:`source_tree`, without
    build isolation and without the network; alone in its folder until :func:`wheelhouse` adds
    the dependencies."""
    return _wheelhouse.build_wheel(source_tree, tmp_path_factory.mktemp("wheelhouse"))


@pytest.fixture(scope="session")
def wheelhouse(tmp_path_factory, source_tree, stackgen_wheel) -> Path:
    """A folder that installs stackgen with no index: its wheel, and the wheels of what it needs
    to install and to build, repacked from this environment (see ``tests/wheelhouse.py``)."""
    scratch = tmp_path_factory.mktemp("repack")
    for dist in _wheelhouse.installed_closure(_wheelhouse.requirements(stackgen_wheel, source_tree)):
        _wheelhouse.repack(dist, stackgen_wheel.parent, scratch)
    return stackgen_wheel.parent
