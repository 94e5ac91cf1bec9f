"""The README's layout section describes the service template and walks through one purchasing
capability file by file; every path it names exists, so the walk-through cannot drift from the
code unnoticed."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PURCHASING = ROOT / "services" / "purchasing" / "src" / "jxc" / "purchasing"
TEMPLATE = ("domain/", "app/", "adapters/", "projections/", "api/", "migrations/", "main.py")


def _section(text: str, heading: str) -> str:
    """The body of the markdown section `heading` (up to the next heading of its level or
    higher)."""
    level = heading.split(" ", 1)[0]
    start = text.index(f"\n{heading}\n") + len(heading) + 2
    ends = [m.start() for m in re.finditer(rf"\n#{{1,{len(level)}}} ", text[start:])]
    return text[start : start + ends[0]] if ends else text[start:]


def _readme() -> str:
    return (ROOT / "README.md").read_text()


def test_the_layout_describes_every_part_of_the_template() -> None:
    template = _section(_readme(), "### The service template")
    for part in TEMPLATE:
        assert re.search(rf"^\| `{re.escape(part)}` \|", template, re.M), part
        assert (PURCHASING / part.rstrip("/")).exists(), part
    assert "### Where a new capability goes" in _section(_readme(), "## Layout")


def test_the_worked_example_names_files_that_exist_in_every_part_of_the_template() -> None:
    example = _section(_readme(), "### Worked example: registering a supplier")
    named = re.findall(r"`([\w./-]+\.(?:py|json))`", example)
    assert named
    for path in named:
        repo_wide = path.startswith(("libs/", "services/", "tests/"))
        target = ROOT / path if repo_wide else PURCHASING / path
        assert target.is_file(), f"the README names {path}, which does not exist"
    for part in TEMPLATE:
        if part != "projections/":  # registration feeds no projection of its own
            assert any(p.startswith(part) for p in named), f"the walk-through skips {part}"
