"""Every golden case and sample gives exactly what is recorded beside its spec."""

import pytest

from goldens import cases, expected, recorded, samples


@pytest.mark.parametrize("case", cases(), ids=lambda p: p.name)
def test_case(case):
    assert expected(case) == recorded(case), "run `python tests/regenerate.py` and review the diff"


@pytest.mark.parametrize("sample", samples(), ids=lambda p: p.name)
def test_sample_template_is_what_build_writes_today(sample):
    made = expected(sample)
    assert "template.yaml" in made, made.get("diagnostics.txt")
    assert made["template.yaml"] == recorded(sample, with_diagnostics=False)["template.yaml"]


def test_there_are_cases_and_samples():
    assert len(cases()) >= 10
    assert len(samples()) >= 6
