# corpus: safe REL114
# Startup wait for the database: fixed poll interval, but bounded by a deadline.
import time

import psycopg2


def wait_for_database(dsn, max_wait=60):
    deadline = time.monotonic() + max_wait
    while time.monotonic() < deadline:
        try:
            return psycopg2.connect(dsn, connect_timeout=3)
        except psycopg2.OperationalError:
            time.sleep(1)
    raise TimeoutError(f"database not reachable after {max_wait}s")
