"""Write ``stackgen/runtime_table.py`` from cfn-lint's Lambda runtime data: ``python tools/refresh_runtimes.py``.

cfn-lint ships the lifecycle of every Lambda runtime AWS has announced (its deprecation date,
the dates Lambda blocks creating and then updating functions that use it, and its successor),
kept current with AWS's documentation. stackgen carries a copy, a Python literal (read with no
JSON parser at start-up), so that it needs no linter at run time; ``tests/unit/test_runtimes.py``
fails when the copy differs from what the installed cfn-lint has: then run this script, review
the diff and commit it.
"""

from __future__ import annotations

import pprint
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "stackgen" / "runtime_table.py"


def lifecycle() -> dict:
    """cfn-lint's runtime data, as the installed cfn-lint has it."""
    from cfnlint.data import AdditionalSpecs
    from cfnlint.helpers import load_resource

    return load_resource(AdditionalSpecs, "LmbdRuntimeLifecycle.json")


def text(data: dict) -> str:
    return (
        '"""Lambda\'s runtimes and their lifecycle, from cfn-lint. Generated: do not edit.\n\n'
        "Made by `python tools/refresh_runtimes.py` (see stackgen.runtimes).\n"
        '"""\n\n'
        f"LIFECYCLE = {pprint.pformat(data, indent=1, width=100, sort_dicts=True)}\n"
    )


def main() -> int:
    from vendored import write_if_changed

    return write_if_changed(DATA, text(lifecycle()))


if __name__ == "__main__":
    sys.exit(main())
