# corpus: vulnerable ASY103
import csv

from aiohttp import web


async def holidays(request):
    rows = list(csv.DictReader(open("/srv/data/holidays.csv", newline="")))
    return web.json_response(rows)
