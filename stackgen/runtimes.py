"""Lambda's runtimes: which exist, and when AWS deprecates each.

The table (:mod:`stackgen.runtime_table`) is a copy of the lifecycle that cfn-lint keeps
current with AWS's documentation, refreshed by ``tools/refresh_runtimes.py``;
``tests/unit/test_runtimes.py`` holds the copy to the installed cfn-lint's.
"""

from __future__ import annotations

import datetime
from typing import Mapping


def lifecycle() -> Mapping[str, Mapping[str, str | None]]:
    """Runtime -> its ``deprecated``, ``create-block`` and ``update-block`` dates (ISO) and its
    ``successor``."""
    from .runtime_table import LIFECYCLE

    return LIFECYCLE


def today() -> datetime.date:
    """The day deprecation is judged on (the tests pin it, so their verdicts never expire)."""
    return datetime.date.today()


def current() -> list[str]:
    """The runtimes that have no successor: the newest of each language."""
    return sorted(name for name, dates in lifecycle().items() if not dates.get("successor"))


def deprecated(runtime: str, on: datetime.date | None = None) -> Mapping[str, str | None] | None:
    """The lifecycle of ``runtime`` when it is deprecated on the day ``on`` (today), else None."""
    dates = lifecycle().get(runtime)
    when = dates and dates.get("deprecated")
    if not when or datetime.date.fromisoformat(when) > (on or today()):
        return None
    return dates
