# corpus: vulnerable SEC101
import asyncpg
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/teams/{slug}")
async def team(request: web.Request) -> web.Response:
    slug = request.match_info["slug"]
    pool = await asyncpg.create_pool("postgresql://app@db/app")
    async with pool.acquire() as conn:
        row = await conn.fetchrow(f"SELECT id, name FROM teams WHERE slug = '{slug}'")
    return web.json_response(dict(row) if row else {})
