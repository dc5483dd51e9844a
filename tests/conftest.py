import shutil
import sys
import tempfile
from pathlib import Path

import pytest

# the test helpers (cfn.py, goldens.py) import as top-level modules
sys.path.insert(0, str(Path(__file__).resolve().parent))

import wheelhouse as _wheelhouse  # noqa: E402


def pytest_configure(config):
    """Hypothesis keeps its example database and its caches (which it writes as soon as a test
    module is imported) in a temporary folder of the run, removed at its end, rather than in
    ``.hypothesis/`` of the checkout: a failing example is printed, not replayed by the next run."""
    from hypothesis.configuration import set_hypothesis_home_dir

    home = tempfile.mkdtemp(prefix="stackgen-hypothesis-")
    config.add_cleanup(lambda: shutil.rmtree(home, ignore_errors=True))
    set_hypothesis_home_dir(home)


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
