"""Name resolution and the project index, on real parsed code."""

from __future__ import annotations

import ast
import textwrap

from scrutiny.semantic.model import UNKNOWN, SemanticModel
from scrutiny.semantic.modules import module_name
from scrutiny.semantic.project import ProjectIndex, summarize


def model(source: str, module: str = "pkg.mod", is_package: bool = False) -> SemanticModel:
    return SemanticModel.build(ast.parse(textwrap.dedent(source)), module, is_package)


def call_names(m: SemanticModel) -> list[str | None]:
    calls = [n for n in ast.walk(m.tree) if isinstance(n, ast.Call)]
    calls.sort(key=lambda c: (c.lineno, c.col_offset))
    return [m.qualified_name(c.func) for c in calls]


def test_qualified_names_through_imports_aliases_and_scopes() -> None:
    m = model("""
        import os.path
        import requests as r
        from hashlib import md5 as digest
        from . import helpers
        from ..core import util

        def f(r2, open):
            r.get(u)
            os.path.join(a, b)
            digest(b"")
            helpers.clean(x)
            util.run()
            open(p)
            len(x)

        def g():
            r = object()
            r.get(u)

        class C:
            import json
            def m(self):
                json.dumps(x)
    """)
    assert call_names(m) == [
        "requests.get",
        "os.path.join",
        "hashlib.md5",
        "pkg.helpers.clean",
        "core.util.run",
        None,  # `open` is a parameter here, not the builtin
        "builtins.len",
        "builtins.object",
        None,  # `r` rebound locally
        None,  # class scope is not visible from methods
    ]


def test_relative_imports_in_a_package_init() -> None:
    m = model("from .views import index\nfrom .. import settings\n", "shop.orders", is_package=True)
    assert m.resolve_relative("views", 1) == "shop.orders.views"
    assert m.resolve_relative(None, 2) == "shop"


def test_literal_values_follow_module_constants() -> None:
    m = model("""
        ENABLED = True
        ALIAS = ENABLED
        CHANGED = 1
        CHANGED = 2
        def f(ENABLED):
            return ENABLED
    """)
    names = {
        n.id: n for n in ast.walk(m.tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
    }
    assert m.literal_value(ast.Name("ALIAS", ast.Load())) is True
    assert m.literal_value(ast.Name("CHANGED", ast.Load())) is UNKNOWN
    assert m.literal_value(names["ENABLED"]) is UNKNOWN  # the parameter shadows the constant


def test_module_names_from_package_layout() -> None:
    packages = frozenset({"src/shop", "src/shop/orders"})
    assert module_name("src/shop/orders/views.py", packages) == ("shop.orders.views", False)
    assert module_name("src/shop/__init__.py", packages) == ("shop", True)
    assert module_name("scripts/run.py", packages) == ("run", False)


def test_project_index_resolves_calls_across_files_and_reexports() -> None:
    views = model(
        """
        from shop.services import fetch
        class View:
            def get(self):
                self.helper()
                return fetch()
            def helper(self):
                pass
    """,
        "shop.views",
    )
    init = model("from .impl import fetch\n", "shop.services", is_package=True)
    impl = model("import time\ndef fetch():\n    time.sleep(1)\n", "shop.services.impl")
    index = ProjectIndex.build(summarize(m, f"{m.module}.py", []) for m in (views, init, impl))
    get = index.functions["shop.views.View.get"]
    assert [c.callee for c in get.calls] == ["shop.views.View.helper", "shop.services.fetch"]
    fetch = index.function("shop.services.fetch")
    assert fetch is not None and fetch.qualname == "shop.services.impl.fetch"
    assert [c.callee for c in fetch.calls] == ["time.sleep"]
