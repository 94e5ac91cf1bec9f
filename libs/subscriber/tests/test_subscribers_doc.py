"""docs/subscribers.md cannot drift: the files it names exist, its Python example imports what
is there, and it names every topic."""

from __future__ import annotations

import re
from pathlib import Path

from jxc.subscriber.asyncapi import CONTEXTS

ROOT = Path(__file__).resolve().parents[3]
DOC = (ROOT / "docs" / "subscribers.md").read_text()


def test_the_files_it_names_exist() -> None:
    named = re.findall(r"`((?:libs|docs|tests)/[\w./-]+\.(?:py|json|md))`", DOC)
    assert named
    for path in named:
        assert (ROOT / path).is_file(), path


def test_the_python_example_runs_its_imports() -> None:
    (example,) = re.findall(r"```python\n(.*?)```", DOC, re.S)
    imports = "\n".join(line for line in example.splitlines() if line.startswith("from "))
    exec(compile(imports, "subscribers.md", "exec"), {})
    compile(example, "subscribers.md", "exec")


def test_it_names_every_topic() -> None:
    for context in CONTEXTS:
        assert f"`jxc.{context}.events`" in DOC
