# corpus: safe ASY103
import asyncio

from fastapi import APIRouter
from fastapi.responses import FileResponse

from .storage import write_report

router = APIRouter()


async def fetch_rows():
    return [("id", "total"), (1, 10), (2, 20)]


@router.get("/reports/daily.csv")
async def daily_report():
    rows = await fetch_rows()
    path = await asyncio.to_thread(write_report, rows)
    return FileResponse(path, media_type="text/csv")
