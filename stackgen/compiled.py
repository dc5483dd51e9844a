"""What the generated validators share: :mod:`stackgen.spec_schema` (the spec's schema) and
:mod:`stackgen.aws` (each AWS type's properties), which fastjsonschema's code generator wrote.

Its code raises fastjsonschema's exceptions and accepts a ``decimal.Decimal`` wherever a number
goes: both are stood in for here, so that running a validator needs neither fastjsonschema nor
the ``decimal`` module (no loaded spec holds a Decimal, and importing it costs a start-up more
than a millisecond). :class:`OnFirstUse` holds a validator's patterns, compiled when a check first
needs one: a spec uses few of a type's properties. ``tools/generate_validator.py`` and
``tools/refresh_aws_schemas.py`` write the imports of these names.
"""

from __future__ import annotations

import re


class JsonSchemaValueException(ValueError):
    """A value the schema does not allow (fastjsonschema's exception, stood in for)."""

    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)
        self.message, self.value, self.name = message, value, name
        self.definition, self.rule = definition, rule


class JsonSchemaValuesException(ValueError):
    """Several such values."""

    def __init__(self, errors=()):
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


class Decimal:
    """Stands in for decimal.Decimal: no loaded spec holds one."""


class OnFirstUse(dict):
    """Patterns compiled when a check first needs them (each value is the arguments of
    ``re.compile`` until then)."""

    def __getitem__(self, key):
        value = dict.__getitem__(self, key)
        if isinstance(value, tuple):
            value = re.compile(*value)
            self[key] = value
        return value


def later(*args):
    """The arguments of ``re.compile``, for :class:`OnFirstUse` to compile on first use."""
    return args
