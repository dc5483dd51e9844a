"""Rewrite every golden file: ``python tests/regenerate.py``. Review the diff before committing.

Cases (``tests/cases/*``) get ``template.yaml`` and/or ``diagnostics.txt``; samples
(``samples/*``) get ``template.yaml``, and ``graph.mmd``, ``graph.dot`` and the diagram in their
``README.md`` from ``stackgen graph``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldens import COMMAND, OUTPUT, RECORDS, TEMPLATE, cases, drawings, expected, samples  # noqa: E402


def main() -> int:
    for folder in cases() + samples():
        made = expected(folder)
        # what this folder records; anything else in it is input and left alone
        if (folder / COMMAND).is_file():
            names = (OUTPUT,)
        elif folder.parent.name == "samples":
            names = (TEMPLATE,)
        else:
            names = RECORDS
        for name in names:
            path = folder / name
            if name in made:
                if not path.is_file() or path.read_text(encoding="utf-8") != made[name]:
                    path.write_text(made[name], encoding="utf-8")
                    print(f"wrote {path.relative_to(folder.parent.parent)}")
            elif path.is_file():
                path.unlink()
                print(f"removed {path.relative_to(folder.parent.parent)}")
    for folder in samples():
        for name, text in drawings(folder).items():
            path = folder / name
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
                print(f"wrote {path.relative_to(folder.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
