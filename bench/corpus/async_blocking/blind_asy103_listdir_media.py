# corpus: vulnerable ASY103
import os

from fastapi import FastAPI

app = FastAPI()
MEDIA = "/srv/media/gallery"


@app.get("/gallery")
async def gallery():
    names = sorted(n for n in os.listdir(MEDIA) if n.endswith(".jpg"))
    return {"images": names}
