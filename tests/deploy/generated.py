"""deploy/generate.py, loaded for the tests (it is a script, not a package)."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


@cache
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "jxc_deploy_generate", ROOT / "deploy" / "generate.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module
