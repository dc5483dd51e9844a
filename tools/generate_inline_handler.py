"""Write ``stackgen/handlers/inline.py`` from the handler module: ``python tools/generate_inline_handler.py``.

The template of a stack with an existing pool carries the ``Custom::UserPoolTriggers`` function
inline: :func:`stackgen.handlers.user_pool_triggers.inline_source`, the module without its
docstrings and what only stackgen uses. Making that text parses and unparses the module (about
ten milliseconds), so it is made here, once, and shipped as a constant; a test
(``tests/unit/test_existing_pool.py``) fails when it is not current with the handler.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]
MODULE = ROOT / "stackgen" / "handlers" / "inline.py"


def generate() -> str:
    from stackgen.handlers.user_pool_triggers import inline_source

    return (
        '"""The user pool triggers handler as templates carry it inline. Generated: do not edit.\n\n'
        "Made from stackgen/handlers/user_pool_triggers.py by `python tools/generate_inline_handler.py`.\n"
        '"""\n\n'
        f"SOURCE = {inline_source()!r}\n"
    )


def main() -> int:
    from vendored import write_if_changed

    return write_if_changed(MODULE, generate())


if __name__ == "__main__":
    sys.exit(main())
