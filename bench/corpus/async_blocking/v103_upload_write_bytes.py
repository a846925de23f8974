# corpus: vulnerable ASY103
import uuid
from pathlib import Path

from fastapi import FastAPI, UploadFile

app = FastAPI()
MEDIA = Path("/var/app/media")


@app.post("/avatars")
async def upload_avatar(file: UploadFile):
    content = await file.read()
    target = MEDIA / f"{uuid.uuid4().hex}.png"
    target.write_bytes(content)
    return {"path": target.name}
