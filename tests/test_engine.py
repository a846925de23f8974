"""The engine's promises: byte-identical output whatever --jobs and cache, and a working cache."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers import EXAMPLE, scrutiny

from scrutiny import CheckOptions, Config, Registry, check


def big_project(tmp_path: Path, copies: int = 4) -> Path:
    """Several copies of the example project: enough files to use the process pool."""
    root = tmp_path / "big"
    for number in range(copies):
        shutil.copytree(EXAMPLE, root / f"shop{number}")
    return root


def test_output_is_identical_across_jobs_and_cache(tmp_path: Path) -> None:
    root = big_project(tmp_path)
    assert len(list(root.rglob("*.py"))) >= 100
    cache = tmp_path / "cache"
    outputs = []
    for args, env in (
        (["--no-cache", "--jobs", "1"], {}),
        (["--no-cache", "--jobs", "2"], {}),
        ([], {"SCRUTINY_CACHE_DIR": str(cache)}),  # cold: fills the cache
        ([], {"SCRUTINY_CACHE_DIR": str(cache)}),  # warm: served from it
        (["--jobs", "1"], {"SCRUTINY_CACHE_DIR": str(cache)}),
    ):
        for fmt in ("json", "sarif", "text"):
            run = scrutiny("check", ".", "--format", fmt, *args, cwd=root, env=env)
            assert run.code == 1, run.stderr
            outputs.append((fmt, run.stdout))
    for fmt in ("json", "sarif", "text"):
        distinct = {out for kind, out in outputs if kind == fmt}
        assert len(distinct) == 1, f"{fmt} output differs between runs"
    assert any(cache.rglob("*.pickle"))


def test_cache_serves_unchanged_files_and_rechecks_changed_ones(tmp_path: Path) -> None:
    root = big_project(tmp_path, copies=1)
    registry = Registry.load()
    config = Config(root=root)
    options = CheckOptions(jobs=1, cache_dir=tmp_path / "cache")
    cold = check([root], config, registry, options)
    warm = check([root], config, registry, options)
    assert cold.cache_hits == 0
    assert warm.cache_hits == warm.files_checked == cold.files_checked
    assert warm.findings == cold.findings
    gateway = root / "shop0" / "payments" / "services" / "gateway.py"
    gateway.write_text(
        gateway.read_text().replace("requests.post(", "requests.post(timeout=9, url=")
    )
    changed = check([root], config, registry, options)
    assert changed.cache_hits == warm.files_checked - 1
    assert len(changed.findings) == len(cold.findings) - 1


def test_corrupt_cache_entries_are_misses(tmp_path: Path) -> None:
    root = big_project(tmp_path, copies=1)
    registry = Registry.load()
    options = CheckOptions(jobs=1, cache_dir=tmp_path / "cache")
    first = check([root], Config(root=root), registry, options)
    for entry in (tmp_path / "cache").rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    second = check([root], Config(root=root), registry, options)
    assert second.cache_hits == 0
    assert second.findings == first.findings


def test_the_analyzed_code_is_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "executed"
    (tmp_path / "evil.py").write_text(
        f"open({str(marker)!r}, 'w').write('ran')\nimport requests\nrequests.get('x')\n"
    )
    (tmp_path / "conftest.py").write_text(f"open({str(marker)!r}, 'w').write('ran')\n")
    run = scrutiny("check", str(tmp_path), "--no-cache")
    assert run.code == 1
    assert not marker.exists()


def test_cached_walk_notices_new_files_and_gitignore_edits(tmp_path: Path) -> None:
    from helpers import NO_TIMEOUT, write

    root = tmp_path / "proj"
    write(root, {".gitignore": "# nothing yet\n", "pkg/a.py": NO_TIMEOUT})
    registry = Registry.load()
    options = CheckOptions(jobs=1, cache_dir=tmp_path / "cache")

    def paths() -> list[str]:
        return sorted(f.path for f in check([root], Config(root=root), registry, options).findings)

    assert paths() == ["pkg/a.py"]
    assert paths() == ["pkg/a.py"]  # served from the cached walk and run
    write(root, {"pkg/deeper/b.py": NO_TIMEOUT})
    assert paths() == ["pkg/a.py", "pkg/deeper/b.py"]
    write(root, {".gitignore": "deeper/\n# a longer file than before\n"})
    assert paths() == ["pkg/a.py"]


def test_editing_a_template_invalidates_the_cached_run(tmp_path: Path) -> None:
    root = big_project(tmp_path, copies=1)
    registry, config = Registry.load(), Config(root=root)
    options = CheckOptions(jobs=1, cache_dir=tmp_path / "cache")
    cold = check([root], config, registry, options)
    assert "SEC111" in [f.code for f in cold.findings]
    template = root / "shop0" / "catalog" / "templates" / "catalog" / "search_results.html"
    template.write_text(template.read_text().replace("{{ term|safe }}", "{{ term }}"))
    fixed = check([root], config, registry, options)
    assert "SEC111" not in [f.code for f in fixed.findings]
    assert len(fixed.findings) == len(cold.findings) - 1
