# corpus: safe SEC101
from uuid import UUID

import asyncpg
from fastapi import FastAPI

app = FastAPI()


@app.get("/orders/{order_id}")
async def get_order(order_id: UUID):
    conn = await asyncpg.connect("postgresql://app@db/app")
    try:
        row = await conn.fetchrow(f"SELECT id, total FROM orders WHERE id = '{order_id}'")
    finally:
        await conn.close()
    return dict(row) if row else {}
