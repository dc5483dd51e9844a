"""`stackgen graph`: the stack drawn as Mermaid, Graphviz DOT or SVG.

Each sample records its drawings beside its spec, ``graph.mmd`` and ``graph.dot``, and shows the
Mermaid one in the ```` ```mermaid ```` block of its ``README.md``; the main README shows the
sign-up sample's. After a change, ``python tests/regenerate.py`` rewrites the drawings and the
samples' README blocks (see ``goldens.drawings``); review the diff. The DOT output is parsed by
Graphviz itself when its ``dot`` is on the PATH (CI installs it), and skipped otherwise.
"""

import json
import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from goldens import (GRAPH_DOT, GRAPH_MERMAID, README, ROOT, SAMPLES, SPEC, drawings,
                     mermaid_block, samples)
from stackgen import draw, model, resolve
from stackgen.cli import main
from stackgen.kinds import carried

DOT = shutil.which("dot")
needs_graphviz = pytest.mark.skipif(DOT is None, reason="Graphviz's dot is not installed")

#: Logical IDs that are keywords of Mermaid (end, graph, subgraph, style, class, click, default)
#: or of DOT (graph, digraph, subgraph, node, edge, strict)
KEYWORDS_SPEC = """\
resources:
  end: {type: UserPool}
  digraph: {type: UserPool}
  graph: {type: UserPoolClient}
  style: {type: UserPoolClient}
  subgraph: {type: Function}
  strict: {type: Function}
  node: {type: Function}
  class: {type: Function}
  edge: {type: EdgeFunction}
  click: {type: EdgeFunction}
  default: {type: Function}
wires:
  - {from: end, to: subgraph, event: PreSignUp}
  - {from: end, to: strict, event: PostConfirmation}
  - {from: digraph, to: default, event: CustomMessage}
  - {from: graph, to: end}
  - {from: style, to: digraph}
  - {from: node, to: end, style: dashed}
  - {from: node, to: graph, style: dashed}
  - {from: class, to: digraph, style: dashed}
  - {from: edge, to: end, style: dashed}
  - {from: click, to: style, style: dashed}
"""


def run(*args):
    return CliRunner().invoke(main, ["graph", *args], catch_exceptions=False)


@pytest.fixture
def work(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def stack_of(data) -> model.Stack:
    """The model of ``data``, which must resolve without error."""
    stack = model.build(data)
    _, problems = resolve.resolve(stack)
    assert not [p for p in problems if p.severity == "error"], problems
    return stack


# goldens


@pytest.mark.parametrize("sample", samples(), ids=lambda p: p.name)
def test_sample_drawings_are_recorded(sample):
    made = drawings(sample)
    assert set(made) == {GRAPH_MERMAID, GRAPH_DOT, README}, "each sample needs a README.md"
    for name, text in made.items():
        assert (sample / name).read_text(encoding="utf-8") == text, (
            f"{sample.name}/{name} is stale: run `python tests/regenerate.py` and review the diff")


@pytest.mark.parametrize("sample", samples(), ids=lambda p: p.name)
def test_sample_readme_shows_what_the_command_prints(sample, monkeypatch):
    monkeypatch.chdir(sample)
    mermaid, dot = run(SPEC), run(SPEC, "--format", "dot")
    assert (mermaid.exit_code, dot.exit_code) == (0, 0)
    assert mermaid.stdout == (sample / GRAPH_MERMAID).read_text(encoding="utf-8")
    assert dot.stdout == (sample / GRAPH_DOT).read_text(encoding="utf-8")
    assert mermaid_block((sample / README).read_text(encoding="utf-8")) == mermaid.stdout


def test_main_readme_shows_the_sign_up_sample():
    readme = (ROOT / README).read_text(encoding="utf-8")
    section = readme.index("\n## See the stack\n")
    assert readme.index("\n## Samples\n") < section
    assert "stackgen graph" in readme[section:]
    assert mermaid_block(readme[section:]) == (SAMPLES / "sign-up" / GRAPH_MERMAID).read_text(encoding="utf-8"), (
        "paste samples/sign-up/graph.mmd into the ```mermaid block of README.md's `## See the stack`")


# what the drawing says


def test_mermaid_arrows_follow_the_wires():
    stack = stack_of({"resources": {
        "Users": {"type": "UserPool"}, "Web": {"type": "UserPoolClient"},
        "Check": {"type": "Function"}, "Admin": {"type": "Function"}, "Viewer": {"type": "EdgeFunction"},
    }, "wires": [
        {"from": "Users", "to": "Check", "event": "PreSignUp"},
        {"from": "Web", "to": "Users"},
        {"from": "Admin", "to": "Users", "style": "dashed"},
        {"from": "Admin", "to": "Web", "style": "dashed"},
        {"from": "Viewer", "to": "Users", "style": "dashed"},
    ]})
    lines = draw.mermaid(stack).splitlines()
    assert lines[0] == "flowchart LR"
    edges = [line.strip() for line in lines if re.search(r" (-->|-\.->)", line)]
    assert edges == [
        "n_Users -->|PreSignUp| n_Check",  # an event: solid, labelled with the event
        "n_Web --> n_Users",  # membership: solid
        "n_Admin -.-> n_Users",  # discovery: dashed
        "n_Admin -.-> n_Web",
        "n_Viewer -.-> n_Users",
    ]
    nodes = [line.strip() for line in lines[1:6]]
    assert nodes == [
        'n_Users[("Users<br/>UserPool")]:::userPool',  # cylinder
        'n_Web(["Web<br/>UserPoolClient"]):::userPoolClient',  # stadium
        'n_Check["Check<br/>Function"]:::function',
        'n_Admin["Admin<br/>Function"]:::function',
        'n_Viewer{{"Viewer<br/>EdgeFunction"}}:::edgeFunction',  # hexagon
    ]
    assert [line.split()[1] for line in lines if line.strip().startswith("classDef")] == [
        "userPool", "userPoolClient", "function", "edgeFunction"]


def test_dot_says_the_same():
    stack = stack_of({"resources": {
        "Users": {"type": "UserPool"}, "Check": {"type": "Function"}, "Admin": {"type": "Function"},
    }, "wires": [
        {"from": "Users", "to": "Check", "event": "PreSignUp"},
        {"from": "Admin", "to": "Users", "style": "dashed"},
    ]})
    text = draw.dot(stack)
    assert text.startswith("digraph stack {\n") and text.endswith("}\n")
    assert '    "Users" -> "Check" [label="PreSignUp"];\n' in text
    assert '    "Admin" -> "Users" [style=dashed];\n' in text
    assert '"Users" [label="Users\\nUserPool", shape=cylinder,' in text


def test_every_resource_type_has_a_look():
    kinds = {k for a, b, _ in resolve.WIRE_KINDS for k in (a, b)}
    assert kinds | {carried.NAME} == set(draw.looks())


def test_a_carried_resource_is_a_plain_box_with_its_type():
    stack = model.build({"resources": {"Table": {"type": "AWS::DynamoDB::Table"}, "Users": {"type": "UserPool"}}})
    text = draw.dot(stack)
    assert '"Table" [label="Table\\nAWS::DynamoDB::Table", shape=box,' in text
    assert '    n_Table["Table<br/>AWS::DynamoDB::Table"]:::carried\n' in draw.mermaid(stack)
    assert "classDef carried fill:#f2f3f3,stroke:#545b64" in draw.mermaid(stack)


def test_same_spec_same_bytes(work):
    shutil.copy(SAMPLES / "two-pools" / SPEC, work / SPEC)
    for output_format in ("mermaid", "dot"):
        first = run(SPEC, "--format", output_format, "-o", "first").exit_code
        second = run(SPEC, "--format", output_format, "-o", "second").exit_code
        assert (first, second) == (0, 0)
        assert (work / "first").read_bytes() == (work / "second").read_bytes()
        assert run(SPEC, "--format", output_format).stdout.encode() == (work / "first").read_bytes()


# keywords as Logical IDs

_MERMAID_LINE = re.compile(
    r'    n_[A-Za-z0-9]+(\[\("[^"]*"\)\]|\(\["[^"]*"\]\)|\["[^"]*"\]|\{\{"[^"]*"\}\}):::[A-Za-z]+'
    r"|    n_[A-Za-z0-9]+ (-->|-->\|[A-Za-z]+\||-\.->) n_[A-Za-z0-9]+"
    r"|    classDef [A-Za-z]+ fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6},color:#[0-9a-f]{6}"
)


def test_keywords_as_logical_ids_draw_valid_mermaid(work):
    (work / SPEC).write_text(KEYWORDS_SPEC)
    result = run(SPEC)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "flowchart LR"
    for line in lines[1:]:
        assert _MERMAID_LINE.fullmatch(line), line
    assert "    n_end -->|PreSignUp| n_subgraph" in lines
    assert "    n_node -.-> n_graph" in lines
    assert len(lines) == 1 + 11 + 10 + 4


def test_keywords_as_logical_ids_are_quoted_in_dot(work):
    (work / SPEC).write_text(KEYWORDS_SPEC)
    result = run(SPEC, "--format", "dot")
    assert result.exit_code == 0, result.stderr
    body = result.stdout.splitlines()[4:-1]
    for line in body:
        assert re.fullmatch(r'    "[A-Za-z0-9]+"( -> "[A-Za-z0-9]+")?( \[.*\])?;', line), line
    assert '    "node" -> "graph" [style=dashed];' in body
    assert '    "end" -> "subgraph" [label="PreSignUp"];' in body


# Graphviz itself


def _graphviz(text: str, output_format: str) -> str:
    done = subprocess.run([DOT, f"-T{output_format}"], input=text, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "error" not in done.stderr.lower(), done.stderr
    return done.stdout


@needs_graphviz
@pytest.mark.parametrize("sample", samples(), ids=lambda p: p.name)
def test_graphviz_parses_each_sample(sample):
    assert "<svg" in _graphviz((sample / GRAPH_DOT).read_text(encoding="utf-8"), "svg")


@needs_graphviz
def test_graphviz_reads_keywords_as_nodes_and_dashed_edges(work):
    (work / SPEC).write_text(KEYWORDS_SPEC)
    parsed = json.loads(_graphviz(run(SPEC, "--format", "dot").stdout, "json"))
    names = [o["name"] for o in parsed["objects"]]
    assert names == ["end", "digraph", "graph", "style", "subgraph", "strict", "node", "class",
                     "edge", "click", "default"]
    edges = {(names[e["tail"]], names[e["head"]]): e for e in parsed["edges"]}
    assert edges[("node", "end")]["style"] == "dashed"
    assert edges[("end", "subgraph")]["label"] == "PreSignUp"
    assert "style" not in edges[("graph", "end")]


@needs_graphviz
def test_svg_is_written_with_graphviz(work):
    shutil.copy(SAMPLES / "sign-up" / SPEC, work / SPEC)
    result = run(SPEC, "--format", "svg", "-o", "stack.svg")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    svg = (work / "stack.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "PreSignUp" in svg
    assert run(SPEC, "--format", "svg").stdout == svg


def test_svg_without_graphviz_says_how_to_get_it(work, monkeypatch):
    shutil.copy(SAMPLES / "sign-up" / SPEC, work / SPEC)
    (work / "bin").mkdir()
    monkeypatch.setenv("PATH", str(work / "bin"))
    result = run(SPEC, "--format", "svg", "-o", "stack.svg")
    assert result.exit_code == 1
    assert "Graphviz" in result.stderr and "apt-get install graphviz" in result.stderr
    assert "brew install graphviz" in result.stderr
    assert not (work / "stack.svg").exists()


# the command line


def test_default_is_mermaid_on_stdout_and_warnings_stay_quiet(work):
    shutil.copy(SAMPLES / "self-discovery" / SPEC, work / SPEC)  # the spec has a warning (W009)
    result = run(SPEC)
    assert result.exit_code == 0
    assert result.stdout.startswith("flowchart LR\n")
    assert result.stderr == ""


def test_output_file_is_written_and_nothing_printed(work):
    shutil.copy(SAMPLES / "admin-api" / SPEC, work / SPEC)
    result = run(SPEC, "-o", "stack.mmd")
    assert result.exit_code == 0 and result.stdout == ""
    assert (work / "stack.mmd").read_text(encoding="utf-8") == (
        SAMPLES / "admin-api" / GRAPH_MERMAID).read_text(encoding="utf-8")


def test_unwritable_output_is_an_error(work):
    shutil.copy(SAMPLES / "admin-api" / SPEC, work / SPEC)
    result = run(SPEC, "-o", "missing/stack.mmd")
    assert result.exit_code == 1
    assert result.stderr.startswith("missing/stack.mmd:1:1: error O001: cannot write missing/stack.mmd")


def test_invalid_spec_is_not_drawn(work):
    (work / SPEC).write_text(
        "resources:\n"
        "  Users: {type: UserPool}\n"
        "  Check: {type: Function}\n"
        "wires:\n"
        "  - {from: Users, to: Chek, event: PreSignUp}\n"
    )
    result = run(SPEC, "-o", "stack.mmd")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("spec.yaml:5:23: error W001: wire Users -> Chek (PreSignUp): "
                                    "there is no resource `Chek` (did you mean `Check`?)")
    assert not (work / "stack.mmd").exists()


def test_schema_error_is_not_drawn(work):
    (work / SPEC).write_text("resources:\n  Users: {type: UserPol}\n")
    result = run(SPEC, "--format", "dot")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert re.match(r"spec\.yaml:2:\d+: error S\d{3}: ", result.stderr), result.stderr


def test_unknown_format_is_a_usage_error(work):
    shutil.copy(SAMPLES / "sign-up" / SPEC, work / SPEC)
    assert run(SPEC, "--format", "png").exit_code == 2
