"""cycles.cycles: the one cycle finder of resolve, verify and references."""

from stackgen.cycles import cycles
from stackgen.verify import find_cycle


def graph(**edges):
    return {node: [(t, f"{node}>{t}") for t in targets] for node, targets in edges.items()}


def test_no_cycle():
    assert cycles(graph(A=["B"], B=["C"], C=[])) == []
    assert find_cycle({"A": {"B"}, "B": set()}) is None


def test_one_cycle_per_group_through_its_first_node_in_order():
    found = cycles(graph(X=["B"], A=["B"], B=["C"], C=["A"], D=["E"], E=["D"]))
    assert found == [[("A", "B", "A>B"), ("B", "C", "B>C"), ("C", "A", "C>A")],
                     [("D", "E", "D>E"), ("E", "D", "E>D")]]


def test_the_shortest_cycle_through_the_first_node():
    found = cycles(graph(A=["B", "C"], B=["C"], C=["A"]))
    assert found == [[("A", "C", "A>C"), ("C", "A", "C>A")]]


def test_a_node_that_needs_itself_is_a_cycle_and_the_shortest_of_its_group():
    assert cycles(graph(A=["A"])) == [[("A", "A", "A>A")]]
    assert cycles(graph(R=["F"], F=["F", "R"])) == [[("F", "F", "F>F")]]
    assert find_cycle({"R": {"F"}, "F": {"F", "R"}}) == ["F", "F"]
    assert find_cycle({"A": {"B", "AWS::Region"}, "B": {"A"}}) == ["A", "B", "A"]
