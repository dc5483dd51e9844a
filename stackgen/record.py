"""Value classes: declared like dataclasses, made without their start-up cost.

``@dataclass`` writes each class's ``__init__``, ``__eq__``, ``__hash__``, ``__repr__`` and
frozen ``__setattr__`` as source text and compiles it when the module is imported: about a
millisecond a class, which for the twenty classes on ``stackgen validate``'s path came to half
of what stackgen's own imports cost a pre-commit hook. :func:`record` gives a class the same
behaviour with methods written once, here, which read the class's fields from a tuple:

- fields are the annotated class attributes, the bases' first, in order; a class attribute is
  the field's default, :func:`factory` a default made afresh for each instance;
- ``__init__`` takes them by position or by name, then runs ``__post_init__`` if the class has
  one;
- equality compares the fields of two instances of the same class, the hash hashes them (both
  in field order, as dataclasses do), the repr is ``Name(field=value, ...)``;
- a frozen record (the default) refuses assignment and deletion with :class:`FrozenInstanceError`;
  ``@record(frozen=False)`` makes one whose fields may be assigned (and that has no hash).

:func:`replace` is ``dataclasses.replace``. Nothing else of dataclasses is offered or needed.
"""

from __future__ import annotations

from typing import Any, Callable, TypeVar

T = TypeVar("T")

_MISSING = object()


class FrozenInstanceError(AttributeError):
    """Assigning to, or deleting, a field of a frozen record."""


class _Factory:
    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


def factory(make: Callable[[], Any]) -> Any:
    """A field's default made by calling ``make()`` for each instance (``dict``, ``list``...)."""
    return _Factory(make)


def record(cls: type[T] | None = None, *, frozen: bool = True):
    """Make ``cls`` a record (see the module's documentation); ``@record`` or ``@record(frozen=False)``."""

    def make(cls: type[T]) -> type[T]:
        fields: list[str] = []
        defaults: dict[str, Any] = {}
        for base in reversed(cls.__mro__[1:]):
            if "_record_fields" in base.__dict__:
                fields.extend(name for name in base._record_fields if name not in fields)
                defaults.update(base._record_defaults)
        for name in cls.__dict__.get("__annotations__", {}):
            if name not in fields:
                fields.append(name)
            if name in cls.__dict__:
                defaults[name] = cls.__dict__[name]
                if isinstance(defaults[name], _Factory):
                    delattr(cls, name)  # the factory is not a value to read from the class
            else:
                defaults.pop(name, None)  # declared again, without a default
        cls._record_fields = tuple(fields)
        cls._record_defaults = defaults
        for method in (_init, _repr, _eq):
            if method.__name__ not in cls.__dict__:
                setattr(cls, method.__name__, method)
        if frozen:
            cls.__setattr__ = _frozen_setattr
            cls.__delattr__ = _frozen_delattr
            if "__hash__" not in cls.__dict__ or cls.__dict__["__hash__"] is None:
                cls.__hash__ = _hash
        else:
            cls.__hash__ = None
        return cls

    return make if cls is None else make(cls)


def replace(obj: T, **changes: Any) -> T:
    """A copy of the record ``obj`` with the fields ``changes`` names set to new values."""
    values = {name: getattr(obj, name) for name in obj._record_fields}
    unknown = set(changes) - set(values)
    if unknown:
        raise TypeError(f"{type(obj).__name__} has no field {sorted(unknown)[0]!r}")
    values.update(changes)
    return type(obj)(**values)


def _init(self, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    fields = cls._record_fields
    if len(args) > len(fields):
        raise TypeError(f"{cls.__name__}() takes {len(fields)} arguments but {len(args)} were given")
    set_field = object.__setattr__
    defaults = cls._record_defaults
    for name, value in zip(fields, args):
        set_field(self, name, value)
    for name in fields[len(args):]:
        value = kwargs.pop(name, _MISSING)
        if value is _MISSING:
            value = defaults.get(name, _MISSING)
            if value is _MISSING:
                raise TypeError(f"{cls.__name__}() missing the argument {name!r}")
            if isinstance(value, _Factory):
                value = value.make()
        set_field(self, name, value)
    if kwargs:
        name = next(iter(kwargs))
        raise TypeError(f"{cls.__name__}() got {'a second value for' if name in fields else 'an unexpected'} "
                        f"argument {name!r}")
    post_init = getattr(self, "__post_init__", None)
    if post_init is not None:
        post_init()


_init.__name__ = "__init__"


def _values(self) -> tuple:
    return tuple(getattr(self, name) for name in type(self)._record_fields)


def _repr(self) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in type(self)._record_fields)
    return f"{type(self).__qualname__}({shown})"


_repr.__name__ = "__repr__"


def _eq(self, other: Any) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _values(self) == _values(other)


_eq.__name__ = "__eq__"


def _hash(self) -> int:
    return hash(_values(self))


def _frozen_setattr(self, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")
