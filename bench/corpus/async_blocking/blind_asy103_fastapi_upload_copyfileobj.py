# corpus: vulnerable ASY103
import shutil
import uuid
from pathlib import Path

from fastapi import FastAPI, UploadFile

app = FastAPI()
UPLOAD_DIR = Path("/srv/uploads")


@app.post("/avatars")
async def upload_avatar(file: UploadFile):
    target = UPLOAD_DIR / f"{uuid.uuid4()}.png"
    with target.open("wb") as out:
        shutil.copyfileobj(file.file, out)
    return {"path": target.name}
