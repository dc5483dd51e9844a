"""The runtime table the package carries is cfn-lint's, and the rules read it on the right day."""

import datetime
from pathlib import Path

from stackgen import runtimes

ROOT = Path(__file__).resolve().parent.parent.parent


def test_the_table_is_what_the_installed_cfn_lint_has():
    from cfnlint.data import AdditionalSpecs
    from cfnlint.helpers import load_resource

    from stackgen.runtime_table import LIFECYCLE

    assert LIFECYCLE == load_resource(AdditionalSpecs, "LmbdRuntimeLifecycle.json"), \
        "run `python tools/refresh_runtimes.py`, review the diff and commit it"


def test_deprecation_is_judged_on_the_day_given():
    deprecated = datetime.date.fromisoformat(runtimes.lifecycle()["nodejs22.x"]["deprecated"])
    assert runtimes.deprecated("nodejs22.x", deprecated - datetime.timedelta(days=1)) is None
    assert runtimes.deprecated("nodejs22.x", deprecated)["successor"] == "nodejs24.x"
    assert runtimes.deprecated("no-such-runtime") is None


def test_the_current_runtimes_have_no_successor():
    assert {"nodejs24.x", "python3.14"} <= set(runtimes.current())
    assert "nodejs22.x" not in runtimes.current()


def test_the_defaults_are_known_runtimes():
    from stackgen import model

    assert {model.DEFAULT_RUNTIME, model.EDGE_RUNTIME} <= set(runtimes.lifecycle())


def test_every_runtime_lambda_has_had_is_a_runtime_to_the_schema_whatever_its_shape():
    """A name of the table is never S004 (the rules judge it: W013 when deprecated); a name it
    does not have, but shaped like one, reaches R018 and its did-you-mean."""
    from stackgen.schema import validate

    for name in runtimes.lifecycle():
        spec = {"resources": {"F": {"type": "Function", "runtime": name}},
                "defaults": {"function": {"runtime": name}}}
        assert validate(spec) == [], name
    assert validate({"resources": {"F": {"type": "Function", "runtime": "nodejs8.x"}}}) == []
    [refused] = validate({"resources": {"F": {"type": "Function", "runtime": "node"}}})
    assert refused.code == "S004"
