# corpus: vulnerable ASY103
import shutil

from starlette.requests import Request
from starlette.responses import JSONResponse

BACKUP_DIR = "/var/backups/app"


async def backup(request: Request):
    shutil.copy2("/var/app/db.sqlite3", BACKUP_DIR)
    return JSONResponse({"ok": True})
