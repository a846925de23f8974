"""`cd examples && pytest --scrutiny`: the example shop's own tests, on SQLite in memory (no
server), show the receipt's N+1 and the product list's missing index at their lines in the shop."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = ROOT / "examples"
SHOP_TESTS = 9


def test_example_shop_tests_show_an_n_plus_one_and_a_missing_index(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    environment = {**os.environ, "NO_COLOR": "1"}
    for variable in ("PYTEST_ADDOPTS", "DJANGO_SETTINGS_MODULE", "DATABASE_URL"):
        environment.pop(variable, None)
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--scrutiny",
            "--scrutiny-format=json",
            f"--scrutiny-output={report}",
            "-p",
            "no:xdist",
        ],
        cwd=EXAMPLES,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = completed.stdout[-6000:] + completed.stderr[-3000:]
    assert completed.returncode == 0, output
    assert f"{SHOP_TESTS} passed" in completed.stdout, output
    findings = json.loads(report.read_text(encoding="utf-8"))["findings"]
    sites = {(f["code"], f["location"]["path"], f["location"]["line"]) for f in findings}
    assert ("DB101", "shop/orders/services/receipts.py", 11) in sites, output
    assert ("DB201", "shop/catalog/views.py", 27) in sites, output
    # the back-office page's template reads `order.customer.user` per row
    assert ("DB101", "shop/orders/views.py", 92) in sites, output
