"""The package `scrutiny` loads its public names lazily, and `check` stays the function."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _run(code: str) -> str:
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return completed.stdout.strip()


@pytest.mark.parametrize(
    "imports",
    [
        "from scrutiny import check",
        "import scrutiny.check\nfrom scrutiny import check",
        "from scrutiny.check import check as _\nfrom scrutiny import check",
        "import importlib\nimportlib.import_module('scrutiny.check')\nfrom scrutiny import check",
        "import scrutiny\ncheck = scrutiny.check",
        "import scrutiny.check as check",
    ],
)
def test_check_is_the_function_whatever_was_imported_before(imports: str) -> None:
    code = f"{imports}\nimport types\nprint(isinstance(check, types.FunctionType), check.__name__)"
    assert _run(code) == "True check"


def test_the_submodule_stays_importable() -> None:
    code = (
        "import sys\nimport scrutiny.check\n"
        "module = sys.modules['scrutiny.check']\n"
        "print(module.__name__, callable(module.check), hasattr(module, 'CheckOptions'))"
    )
    assert _run(code) == "scrutiny.check True True"


def test_importing_the_plugin_or_the_recorder_does_not_load_the_static_engine() -> None:
    code = (
        "import sys\nimport scrutiny.pytest_plugin\nimport scrutiny.runtime.recorder\n"
        "print(sorted(m for m in ('scrutiny.check', 'scrutiny.analyze') if m in sys.modules))"
    )
    assert _run(code) == "[]"


def test_every_public_name_resolves() -> None:
    import scrutiny

    for name in scrutiny.__all__:
        assert getattr(scrutiny, name) is not None
    assert set(scrutiny.__all__) <= set(dir(scrutiny))
    with pytest.raises(AttributeError):
        _ = scrutiny.no_such_name  # type: ignore[attr-defined]
