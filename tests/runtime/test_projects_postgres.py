"""The throwaway PostgreSQL cluster behind `postgres_dsn` (tests/runtime/postgres_cluster.py)."""

from __future__ import annotations

import psycopg
import pytest
from postgres_cluster import REQUIRE_ENV, unavailable


def test_the_cluster_is_a_real_local_server(postgres_dsn: str) -> None:
    with psycopg.connect(postgres_dsn, autocommit=True) as connection:
        (version,) = connection.execute("SHOW server_version_num").fetchone() or ("0",)
        assert int(version) >= 100000
        assert connection.execute("SHOW fsync").fetchone() == ("off",)
        assert connection.execute("SELECT current_user").fetchone() == ("postgres",)
        assert connection.info.host == "127.0.0.1"


def test_missing_server_skips_unless_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(REQUIRE_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install postgresql"):
        unavailable("no PostgreSQL server binaries (pg_ctl, initdb) found")
    monkeypatch.setenv(REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match=f"{REQUIRE_ENV}=1 requires"):
        unavailable("no PostgreSQL server binaries (pg_ctl, initdb) found")
