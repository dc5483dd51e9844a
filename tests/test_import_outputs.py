"""`stackgen import` of an Output stackgen derives that the original has otherwise (another
Description, an Export), and of a pool's `DeletionProtection` given as a CloudFormation function:
the spec keeps the Output under `outputs` (where it replaces the derived one) and the protection
in `properties`, and the build gives the original back."""

from pathlib import Path

import pytest

from stackgen.adopt.importer import adopt
from stackgen.adopt.reader import normalize, read
from stackgen.build import build
from stackgen.load import Loaded, parse

ROOT = Path(__file__).resolve().parent.parent
ADOPT = ROOT / "tests" / "adopt" / "templates"

#: template -> what its spec must say for it to build the original back
ROUND_TRIPS = {
    # `UserPoolId` (derived: `<P>Id`) with its own Description and an Export; `UserPoolClientId`
    # (`<C>Id`) with its own Description
    "atpial__sam-cognito__template.yaml": ("UserPoolId:", "Name: !Sub ${AppName}:UserPoolId",
                                           "Description: Application client ID"),
    # `DeletionProtection: {"Fn::If": [IsProd, ACTIVE, INACTIVE]}`, and `MembersId` with an Export
    "stackgen__adopt__json-long-form.json": ("DeletionProtection: !If [IsProd, ACTIVE, INACTIVE]",
                                             "Name: !Sub ${AWS::StackName}-MembersId"),
}


@pytest.mark.xdist_group("adopt")   # beside the harness's own tests: its cfn-lint runner stays warm
@pytest.mark.parametrize("name", sorted(ROUND_TRIPS))
def test_the_template_imports_without_an_error_and_round_trips(name, tmp_path):
    from adopt.compare import compare

    template = ADOPT / name
    imported = adopt(str(template), str(tmp_path / "spec.yaml"))
    assert [d for d in imported.diagnostics if d.severity != "note"] == []
    for words in ROUND_TRIPS[name]:
        assert words in imported.text, words
    spec = tmp_path / "spec.yaml"
    spec.write_text(imported.text, encoding="utf-8")
    result = build(str(spec), "spec.yaml", (str(template), template.read_bytes()))
    assert result.ok, result.diagnostics
    comparison = compare(template.read_text(encoding="utf-8"), result.text)
    assert comparison.differences == []
    assert comparison.changes == []
    # the harness asks only that each Output stays: each is also exactly the original's
    original = read(str(template)).data["Outputs"]
    built = normalize(parse(result.text, Loaded("built")).data)["Outputs"]
    assert {n: built[n] for n in original} == original


def test_an_output_the_build_derives_as_the_original_has_it_stays_out_of_the_spec(tmp_path):
    template = tmp_path / "template.yaml"
    template.write_text(
        "Resources:\n  Users:\n    Type: AWS::Cognito::UserPool\n"
        "  Web:\n    Type: AWS::Cognito::UserPoolClient\n    Properties: {UserPoolId: !Ref Users}\n"
        "Outputs:\n"
        "  UsersId:\n    Description: ID of the user pool Users\n    Value: !Ref Users\n"
        "  WebId:\n    Value: !Ref Web\n    Condition: Never\n"
        "Conditions:\n  Never: !Equals [a, b]\n", encoding="utf-8")
    imported = adopt(str(template), str(tmp_path / "spec.yaml"))
    assert [d for d in imported.diagnostics if d.severity == "error"] == []
    outputs = parse(imported.text, Loaded("spec.yaml")).data["outputs"]
    # UsersId is what the build derives: left to it; WebId, with a Condition and no Description, is not
    assert list(outputs) == ["WebId"]


def test_a_pool_whose_deletion_protection_is_active_or_inactive_still_takes_the_field(tmp_path):
    for value, field in (("ACTIVE", "deletionProtection: true"), ("INACTIVE", None)):
        template = tmp_path / f"{value}.yaml"
        template.write_text(f"Resources:\n  Users:\n    Type: AWS::Cognito::UserPool\n"
                            f"    Properties: {{DeletionProtection: {value}}}\n", encoding="utf-8")
        imported = adopt(str(template), str(tmp_path / "spec.yaml"))
        assert [d for d in imported.diagnostics if d.severity == "error"] == []
        assert "DeletionProtection" not in imported.text
        if field:
            assert field in imported.text
        else:
            assert "deletionProtection" not in imported.text

