"""Regular expressions compiled when first used rather than when their module is imported.

Compiling a pattern costs a tenth of a millisecond or more, and most of a module's patterns are
for what few specs hold (a custom domain, a parameter's pattern, a dynamic reference): a
:class:`Lazy` pattern is compiled the first time one of its methods is called, once.
"""

from __future__ import annotations

import re


class Lazy:
    """``re.compile(*args)``, made on first use; every method of the compiled pattern."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, *args) -> None:
        self._args = args
        self._compiled = None

    def __getattr__(self, name: str):
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(*self._args)
        return getattr(compiled, name)
