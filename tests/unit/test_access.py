"""Least privilege on dashed wires: the levels of ``access``, their actions, and the statement."""

import json
import re
from pathlib import Path

import cfnlint

from stackgen.kinds import actions_of, user_pool
from stackgen.model import DASHED, Wire

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "schemas" / "spec.schema.json").read_text())


def _wire(access=None) -> Wire:
    return Wire("Admin", "Users", DASHED, None, 0, None, access)


def test_every_action_of_every_level_is_one_iam_knows():
    policies = json.loads((Path(cfnlint.__file__).parent / "data" / "AdditionalSpecs" / "Policies.json").read_text())
    known = policies["cognito-idp"]["Actions"]
    for level, actions in user_pool.ACCESS.items():
        for action in actions:
            service, name = action.split(":")
            assert service == "cognito-idp" and name.lower() in known, (level, action)


def test_the_levels_are_the_schemas():
    assert SCHEMA["$defs"]["wire"]["properties"]["access"]["items"]["enum"] == list(user_pool.ACCESS)


def test_the_statement_is_the_union_of_the_levels_sorted_each_once():
    pool = user_pool.KIND
    # AdminListGroupsForUser is in both read and manage-groups
    actions = actions_of(pool, _wire(("manage-groups", "read")))
    assert list(actions) == sorted(set(user_pool.ACCESS["read"]) | set(user_pool.ACCESS["manage-groups"]))
    assert len(actions) == len(set(actions)) == 14
    assert actions_of(pool, _wire(("sign-in",))) == ("cognito-idp:AdminInitiateAuth",
                                                     "cognito-idp:AdminRespondToAuthChallenge")


def test_without_access_the_statement_keeps_the_seeds_twelve_actions():
    assert actions_of(user_pool.KIND, _wire()) == user_pool.COGNITO_ACTIONS
    assert len(user_pool.COGNITO_ACTIONS) == 12


def test_the_readme_lists_every_levels_actions():
    readme = (ROOT / "README.md").read_text()
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| ((?:`\w+`(?:, )?)+) \|$", readme, re.MULTILINE))
    listed = {level: tuple(f"cognito-idp:{a}" for a in re.findall(r"`(\w+)`", actions))
              for level, actions in rows.items() if level in user_pool.ACCESS}
    assert listed == user_pool.ACCESS
