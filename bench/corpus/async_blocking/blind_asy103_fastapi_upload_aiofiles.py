# corpus: safe ASY103
import uuid
from pathlib import Path

import aiofiles
from fastapi import FastAPI, UploadFile

app = FastAPI()
UPLOAD_DIR = Path("/srv/uploads")


@app.post("/avatars")
async def upload_avatar(file: UploadFile):
    target = UPLOAD_DIR / f"{uuid.uuid4()}.png"
    async with aiofiles.open(target, "wb") as out:
        while chunk := await file.read(64 * 1024):
            await out.write(chunk)
    return {"path": target.name}
