"""Bad input gives a finding or a clear message, never a crash, and the run goes on."""

from __future__ import annotations

import json
import os
from pathlib import Path

from helpers import NO_TIMEOUT, scrutiny, write


def run_json(root: Path) -> tuple[int, dict[str, list[str]], str]:
    run = scrutiny("check", ".", "--no-cache", "--format", "json", cwd=root)
    by_path: dict[str, list[str]] = {}
    for finding in json.loads(run.stdout)["findings"]:
        by_path.setdefault(finding["location"]["path"], []).append(finding["code"])
    return run.code, by_path, run.stderr


def test_each_kind_of_bad_file_is_a_finding_and_the_run_goes_on(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "good.py": NO_TIMEOUT,
            "broken.py": "def f(:\n    pass\n",
            "future.py": "type Point[T] = tuple[T, T]\n",  # Python 3.12 syntax
            "latin.py": "NAME = 'caf\xe9'\n".encode("latin-1"),
            "declared.py": "# -*- coding: latin-1 -*-\nNAME = 'caf\xe9'\n".encode("latin-1"),
            "bogus_cookie.py": b"# -*- coding: no-such-codec -*-\nx = 1\n",
            "binary.py": b"\x7fELF\x02\x01\x01\x00\x00\x00\x00",
            "deep.py": "x = " + "-" * 200_000 + "1\n",
            "parens.py": "x = " + "(" * 300 + ")" * 300 + "\n",
            "empty.py": "",
            "bom.py": b"\xef\xbb\xbfimport requests\nrequests.get('u')\n",
        },
    )
    os.symlink("/proc/self/mem", tmp_path / "unreadable.py")
    code, found, stderr = run_json(tmp_path)
    assert code == 1
    assert "Traceback" not in stderr and "internal error" not in stderr
    assert found["good.py"] == ["REL101"]
    assert found["bom.py"] == ["REL101"]
    assert found["broken.py"] == ["SCR001"]
    assert found["future.py"] == ["SCR001"]
    assert found["latin.py"] == ["SCR002"]
    assert "declared.py" not in found
    assert found["bogus_cookie.py"] == ["SCR002"]
    assert found["binary.py"] == ["SCR002"]
    assert found["deep.py"] == ["SCR003"]
    assert found["parens.py"] == ["SCR001"]
    assert found["unreadable.py"] == ["SCR006"]
    assert "empty.py" not in found


def test_huge_file_is_skipped_with_a_finding(tmp_path: Path) -> None:
    write(tmp_path, {"data.py": "X = [\n" + "    1,\n" * 1_500_000 + "]\n", "ok.py": NO_TIMEOUT})
    code, found, _ = run_json(tmp_path)
    assert found == {"data.py": ["SCR003"], "ok.py": ["REL101"]}
    assert code == 1


def test_deeply_nested_but_valid_code_is_analyzed(tmp_path: Path) -> None:
    nested = "x = " + "[" * 150 + "]" * 150 + "\n"
    blocks = (
        "".join("    " * i + f"if x{i}:\n" for i in range(90)) + "    " * 90 + "requests.get(u)\n"
    )
    write(tmp_path, {"nested.py": nested, "blocks.py": "import requests\n" + blocks})
    _, found, stderr = run_json(tmp_path)
    assert found == {"blocks.py": ["REL101"]}
    assert "Traceback" not in stderr
