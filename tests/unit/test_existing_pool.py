"""A pool the stack does not create (`existing`): what stands for it, the custom resource that
sets its triggers, the checks, the guard, the count and the drawing."""

import copy
import textwrap

import pytest

from stackgen import draw, kinds, limits
from stackgen.build import build, resolve_spec
from stackgen.handlers import user_pool_triggers as handler
from stackgen.intrinsics import Intrinsic, sub
from stackgen.keep import check
from stackgen.kinds import user_pool
from stackgen.previous import read
from stackgen.verify import verify

ARN = "arn:${AWS::Partition}:cognito-idp:${AWS::Region}:${AWS::AccountId}:userpool/"

TRIGGERS = """\
parameters:
  PoolId: {Type: String}
resources:
  Users: {type: UserPool, existing: POOL}
  Check: {type: Function, runtime: python3.13}
  Claims: {type: Function, runtime: python3.13}
wires:
  - {from: Users, to: Check, event: PreSignUp}
  - {from: Users, to: Claims, event: PreTokenGeneration, version: 2}
  - {from: Check, to: Users, style: dashed}
"""


def spec(tmp_path, text, name="spec.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return str(path)


@pytest.fixture
def built(tmp_path):
    """The template of TRIGGERS with the pool's ID as text."""
    result = build(spec(tmp_path, TRIGGERS.replace("POOL", "us-east-1_AbC123").replace(
        "parameters:\n  PoolId: {Type: String}\n", "")))
    assert result.ok, [d.message for d in result.diagnostics]
    return result


def _template(result):
    # the template as the build made it, before dumping: made again from the graph
    graph, _ = resolve_spec(result.spec)
    from stackgen import assemble, emit

    template, _ = assemble.assemble(graph.stack, emit.emit(graph).fragments)
    return template


def test_the_custom_resource_runs_the_handler_module_itself(built):
    resources = _template(built)["Resources"]
    function = resources["UsersTriggersFunction"]
    assert function["Type"] == "AWS::Lambda::Function"
    assert function["Properties"]["Code"] == {"ZipFile": handler.inline_source()}
    assert function["Properties"]["Handler"] == "index.handler"
    assert function["Properties"]["Runtime"].startswith("python3")
    # the handler answers CloudFormation MARGIN_MS before Lambda would stop it: room to work
    assert function["Properties"]["Timeout"] * 1000 >= handler.MARGIN_MS + 30_000


def test_the_role_may_read_and_update_that_one_pool_and_log(built):
    resources = _template(built)["Resources"]
    role = resources["UsersTriggersRole"]["Properties"]
    arn = sub(ARN + "us-east-1_AbC123")
    assert role["Policies"] == [{"PolicyName": "UserPoolTriggers", "PolicyDocument": handler.policy(arn)}]
    [statement] = role["Policies"][0]["PolicyDocument"]["Statement"]
    assert statement["Resource"] == arn and statement["Action"] == ["cognito-idp:DescribeUserPool",
                                                                   "cognito-idp:UpdateUserPool"]
    assert role["ManagedPolicyArns"] == [sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")]
    assert role["AssumeRolePolicyDocument"]["Statement"][0]["Principal"] == {"Service": "lambda.amazonaws.com"}


def test_the_custom_resource_sets_the_stacks_keys_after_the_permissions(built):
    resources = _template(built)["Resources"]
    triggers = resources["UsersTriggers"]
    assert triggers["Type"] == "Custom::UserPoolTriggers"
    assert triggers["DependsOn"] == ["UsersToCheckPermission", "UsersToClaimsPermission"]
    assert triggers["Properties"] == {
        "ServiceToken": Intrinsic("GetAtt", "UsersTriggersFunction.Arn"),
        "UserPoolId": "us-east-1_AbC123",
        "LambdaConfig": {"PreSignUp": Intrinsic("GetAtt", "Check.Arn"),
                         "PreTokenGenerationConfig": {"LambdaArn": Intrinsic("GetAtt", "Claims.Arn"),
                                                      "LambdaVersion": "V2_0"}},
    }
    for name in triggers["DependsOn"]:
        assert resources[name]["Properties"]["SourceArn"] == sub(ARN + "us-east-1_AbC123")
    assert "Users" not in resources and "UsersId" not in _template(built).get("Outputs", {})


def test_verify_holds_the_custom_resource_to_its_permissions(built):
    template = _template(built)
    assert verify(template) == []
    early = copy.deepcopy(template)
    early["Resources"]["UsersTriggers"]["DependsOn"] = ["UsersToCheckPermission"]
    [problem] = verify(early)
    assert "UsersTriggers sets PreTokenGenerationConfig before UsersToClaimsPermission" in problem.message
    missing = copy.deepcopy(template)
    del missing["Resources"]["UsersToCheckPermission"]
    assert any("no permission" in d.message for d in verify(missing))


def test_a_trigger_of_an_existing_pool_gets_its_values_without_a_cycle(built):
    assert not [d for d in built.diagnostics if d.code in ("W008", "W009")]
    check_function = _template(built)["Resources"]["Check"]["Properties"]
    assert check_function["Environment"]["Variables"] == {"USER_POOL_ID": "us-east-1_AbC123",
                                                          "USER_POOL": sub(ARN + "us-east-1_AbC123")}
    [_, statements] = check_function["Policies"]
    assert statements["Statement"][0]["Resource"] == sub(ARN + "us-east-1_AbC123")


@pytest.mark.parametrize("written, id_value", [
    ("!Ref PoolId", Intrinsic("Ref", "PoolId")),
    ("!ImportValue shared-pool-id", Intrinsic("ImportValue", "shared-pool-id")),
])
def test_an_id_of_a_function_is_bound_in_the_arns_two_argument_sub(tmp_path, written, id_value):
    result = build(spec(tmp_path, TRIGGERS.replace("POOL", written)))
    assert result.ok, [d.message for d in result.diagnostics]
    resources = _template(result)["Resources"]
    arn = Intrinsic("Sub", [ARN + "${Id}", {"Id": id_value}])
    assert resources["UsersTriggers"]["Properties"]["UserPoolId"] == id_value
    assert resources["UsersToCheckPermission"]["Properties"]["SourceArn"] == arn
    assert resources["UsersTriggersRole"]["Properties"]["Policies"][0]["PolicyDocument"] == handler.policy(arn)
    assert resources["Check"]["Properties"]["Environment"]["Variables"]["USER_POOL"] == arn
    # written out with its own copy each time: no YAML anchor or alias
    assert "&" not in result.text.split("ZipFile", 1)[0] and "*id" not in result.text


def test_custom_senders_of_an_existing_pool_get_the_key_stackgen_makes(tmp_path):
    result = build(spec(tmp_path, """\
        resources:
          Users: {type: UserPool, existing: us-east-1_AbC123}
          Mailer: {type: Function, runtime: python3.13}
        wires:
          - {from: Users, to: Mailer, event: CustomEmailSender}
        """))
    assert result.ok
    resources = _template(result)["Resources"]
    config = resources["UsersTriggers"]["Properties"]["LambdaConfig"]
    assert config["KMSKeyID"] == Intrinsic("GetAtt", "UsersSenderKey.Arn")
    assert config["CustomEmailSender"]["LambdaVersion"] == "V1_0"
    assert resources["UsersSenderKey"]["Type"] == "AWS::KMS::Key"


def test_the_new_resources_count_towards_the_500(built):
    template = _template(built)
    # three of stackgen's, two permissions, two functions with their roles
    assert limits.count_resources(template) == 3 + 2 + 2 * 2


@pytest.mark.parametrize("taken", ["UsersTriggers", "UsersTriggersFunction", "UsersTriggersRole"])
def test_a_resource_with_a_derived_logical_id_is_r001(tmp_path, taken):
    text = TRIGGERS.replace("POOL", "us-east-1_AbC123").replace(
        "  Claims:", f"  {taken}: {{type: Function, runtime: python3.13}}\n  Claims:")
    result = build(spec(tmp_path, text + f"  - {{from: {taken}, to: Users, style: dashed}}\n"))
    errors = [d for d in result.diagnostics if d.severity == "error"]
    # (a function UsersTriggers is in the way twice: its SAM role is UsersTriggersRole)
    assert {d.code for d in errors} == {"R001"} and f"`{taken}`" in errors[0].message


def test_the_template_records_the_existing_pools_and_the_guard_reads_them(built, tmp_path):
    text = built.text
    assert "Metadata:\n  stackgen:\n    existingUserPools:\n      Users: us-east-1_AbC123\n" in text
    previous = read("template.yaml", text.encode(), ("AWS::Cognito::UserPool",))
    assert not previous.problems and previous.existing == {"Users": ("us-east-1_AbC123", 7, 7)}


@pytest.mark.parametrize("metadata", [
    "Metadata: {stackgen: [existingUserPools]}\n",
    "Metadata: {stackgen: {existingUserPools: [Users]}}\n",
    "Metadata: {stackgen: {existingUserPools: {Users: [us-east-1_AbC123]}}}\n",
    "Metadata: {stackgen: {existingUserPools: {Users: !Ref PoolId}}}\n",
])
def test_a_record_of_existing_pools_in_another_shape_stops_the_guard(metadata):
    text = metadata + "Resources:\n  Users: {Type: AWS::Cognito::UserPool}\n"
    previous = read("template.yaml", text.encode(), ("AWS::Cognito::UserPool",))
    assert [d.code for d in previous.problems] == ["O006"]
    assert [d.code for d in check(previous, {"Resources": {}}, {})] == ["O006"]


def test_the_guard_compares_pools_by_what_the_templates_say():
    owned = read("t.yaml", b"Resources:\n  Users: {Type: AWS::Cognito::UserPool}\n", ("AWS::Cognito::UserPool",))
    now_existing = {"Metadata": {"stackgen": {"existingUserPools": {"Users": "us-east-1_AbC123"}}}, "Resources": {}}
    assert [(d.code, d.subject) for d in check(owned, now_existing, {})] == [("O009", "Users")]
    was_existing = read("t.yaml", b"Metadata: {stackgen: {existingUserPools: {Users: us-east-1_AbC123}}}\n"
                        b"Resources: {}\n", ())
    assert check(was_existing, now_existing, {}) == []
    other = {"Metadata": {"stackgen": {"existingUserPools": {"Users": "us-east-1_Other1"}}}, "Resources": {}}
    [moved] = check(was_existing, other, {})
    assert moved.code == "O010" and "us-east-1_Other1" in moved.message
    [created] = check(was_existing, {"Resources": {"Users": {"Type": "AWS::Cognito::UserPool"}}}, {})
    assert created.code == "O010" and "new, empty pool" in created.message
    # a pool that leaves the spec altogether was never the stack's: nothing to keep
    assert check(was_existing, {"Resources": {}}, {}) == []


def test_an_existing_pool_is_drawn_with_a_dashed_border(tmp_path):
    graph, _ = resolve_spec(spec(tmp_path, """\
        resources:
          Users: {type: UserPool, existing: us-east-1_AbC123}
          Staff: {type: UserPool}
        """))
    mermaid = draw.mermaid(graph.stack)
    assert ':::existingUserPool' in mermaid and ':::userPool' in mermaid
    assert mermaid.index("classDef userPool ") < mermaid.index("classDef existingUserPool ")
    assert "classDef existingUserPool fill:#fde8ea,stroke:#dd344c,color:#1a1a1a,stroke-dasharray:5 5" in mermaid
    dot = draw.dot(graph.stack)
    assert '"Users" [label="Users\\nUserPool", shape=cylinder, style="filled,dashed"' in dot
    assert '"Staff" [label="Staff\\nUserPool", shape=cylinder, style="filled"' in dot


def test_what_stands_for_a_pool_the_template_holds_is_its_logical_id():
    pool = user_pool.UserPool("Users", ("resources", "Users"))
    assert kinds.held(pool) and kinds.value_of(pool) == Intrinsic("Ref", "Users")
    assert kinds.sub_part(pool, "Arn") == ("${Users.Arn}", {})
    existing = user_pool.UserPool("Users", ("resources", "Users"), existing=Intrinsic("Ref", "PoolId"))
    assert not kinds.held(existing)
    assert kinds.sub_part(existing, "Arn") == (ARN + "${UsersId}", {"UsersId": Intrinsic("Ref", "PoolId")})


def test_the_shipped_inline_handler_is_current_with_the_handler_module():
    """stackgen/handlers/inline.py is what tools/generate_inline_handler.py makes of the handler:
    run that script after changing the handler."""
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("generate_inline_handler", root / "tools" / "generate_inline_handler.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert (root / "stackgen" / "handlers" / "inline.py").read_text(encoding="utf-8") == tool.generate()
