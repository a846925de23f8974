# corpus: safe ASY103
import shutil

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

BACKUP_DIR = "/var/backups/app"


async def backup(request: Request):
    await run_in_threadpool(shutil.copy2, "/var/app/db.sqlite3", BACKUP_DIR)
    return JSONResponse({"ok": True})
