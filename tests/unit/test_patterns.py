"""stackgen.patterns: a pattern compiled on first use answers as re's does."""

from __future__ import annotations

import re

from stackgen.patterns import Lazy


def test_a_lazy_pattern_is_compiled_once_on_first_use_and_answers_as_re():
    pattern = Lazy(r"(a+)(b)?", re.I)
    assert pattern._compiled is None
    assert pattern.fullmatch("AAb").groups() == ("AA", "b")
    first = pattern._compiled
    assert first is not None and first.flags & re.I
    assert [m.group() for m in pattern.finditer("xaay ab")] == ["aa", "ab"]
    assert pattern.search("zz") is None
    assert pattern._compiled is first
