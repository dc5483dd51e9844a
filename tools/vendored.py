"""What the scripts in tools/ share: write a generated or vendored file only when it changed."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_if_changed(path: Path, text: str) -> int:
    """Write ``text`` to ``path`` unless it holds it already; say which, and return 0."""
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        print(f"{path.relative_to(ROOT)} is current")
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")
    return 0
