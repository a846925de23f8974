# corpus: vulnerable SEC101
import asyncpg
from fastapi import FastAPI

app = FastAPI()
DSN = "postgresql://app@db/app"


@app.get("/audit")
async def audit_events(actor: str, limit: int = 50):
    conn = await asyncpg.connect(DSN)
    try:
        rows = await conn.fetch(
            f"SELECT id, action FROM audit_log WHERE actor = '{actor}' LIMIT {limit}"
        )
    finally:
        await conn.close()
    return [dict(r) for r in rows]
