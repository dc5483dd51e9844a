"""stackgen.record: value classes that behave as frozen dataclasses do, held to dataclasses."""

from __future__ import annotations

import dataclasses
from typing import Any, Mapping

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stackgen.record import FrozenInstanceError, factory, record, replace


@record
class Base:
    name: str
    size: int = 1
    tags: Mapping[str, Any] = factory(dict)


@record
class Derived(Base):
    extra: tuple = ()
    size: int = 7  # a new default for an inherited field keeps its place


@record(frozen=False)
class Mutable:
    items: list = factory(list)
    count: int = 0


@dataclasses.dataclass(frozen=True)
class BaseDC:
    name: str
    size: int = 1
    tags: Mapping[str, Any] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class DerivedDC(BaseDC):
    extra: tuple = ()
    size: int = 7


def _fields(cls) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def test_fields_and_defaults_are_those_dataclasses_give():
    assert Base._record_fields == _fields(BaseDC)
    assert Derived._record_fields == _fields(DerivedDC)
    assert Derived("x").size == DerivedDC("x").size == 7
    assert Base("x").tags == {} and Base("x").tags is not Base("x").tags  # a fresh dict each time


@given(name=st.text(max_size=5), size=st.integers(), extra=st.tuples(st.integers()),
       other=st.text(max_size=5))
def test_equality_hash_and_repr_are_those_dataclasses_give(name, size, extra, other):
    ours, theirs = Derived(name, size, {}, extra), DerivedDC(name, size, {}, extra)
    assert repr(ours).replace("Derived(", "DerivedDC(", 1) == repr(theirs)
    assert (ours == Derived(name, size, extra=extra)) is True
    assert (ours == Derived(other, size, extra=extra)) == (name == other)
    assert hash(Base(name, size, ())) == hash(BaseDC(name, size, ()))
    assert ours != Base(name, size)  # another class is never equal
    assert replace(ours, name=other) == Derived(other, size, extra=extra)
    assert dataclasses.replace(theirs, name=other) == DerivedDC(other, size, extra=extra)


def test_arguments_by_position_and_name_and_their_mistakes():
    assert Base("a", 2) == Base(name="a", size=2) == Base("a", size=2)
    with pytest.raises(TypeError, match="missing the argument 'name'"):
        Base()
    with pytest.raises(TypeError, match="unexpected argument 'colour'"):
        Base("a", colour=1)
    with pytest.raises(TypeError, match="a second value for argument 'name'"):
        Base("a", name="b")
    with pytest.raises(TypeError, match="takes 3 arguments but 4"):
        Base("a", 1, {}, 2)
    with pytest.raises(TypeError, match="has no field 'colour'"):
        replace(Base("a"), colour=1)


def test_a_frozen_record_refuses_assignment_and_a_mutable_one_takes_it():
    frozen = Base("a")
    with pytest.raises(FrozenInstanceError):
        frozen.name = "b"
    with pytest.raises(FrozenInstanceError):
        del frozen.size
    assert isinstance(FrozenInstanceError("x"), AttributeError)
    changing = Mutable()
    changing.items.append(1)
    changing.count = 2
    assert changing == Mutable([1], 2) and Mutable().items == []
    with pytest.raises(TypeError):
        hash(changing)


def test_post_init_runs_after_the_fields_are_set():
    seen = []

    @record
    class Checked:
        value: int

        def __post_init__(self) -> None:
            seen.append(self.value)
            if self.value < 0:
                raise ValueError("negative")

    Checked(3)
    with pytest.raises(ValueError):
        Checked(-1)
    assert seen == [3, -1]
