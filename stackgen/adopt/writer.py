"""Write the imported spec: YAML 1.2 that a 1.1 reader reads alike, short forms for the
CloudFormation functions, keys in the order the spec's reference lists them (the template
writer's own machinery, :mod:`stackgen.dump`), under a first line that says where it came from."""

from __future__ import annotations

from typing import Any, Mapping

HEADER = ("# Imported by stackgen from {source}. Read the notes `stackgen import` printed, then run "
          "`stackgen build --force` over the original template.\n")


def write(spec: Mapping[str, Any], source: str) -> str:
    from ..diagnostics import one_line
    from ..dump import _fast_dump, _reference_dump

    data = dict(spec)
    text = _fast_dump(data)
    if text is None:
        text = _reference_dump(data)
    return HEADER.format(source=one_line(source)) + text
