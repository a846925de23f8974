# corpus: vulnerable ASY103
import os
import shutil

from fastapi import APIRouter

router = APIRouter()
INBOX = "/srv/inbox"
DONE = "/srv/done"


@router.post("/jobs/{name}/finish")
async def finish_job(name: str):
    shutil.move(os.path.join(INBOX, os.path.basename(name)), DONE)
    return {"finished": name}
