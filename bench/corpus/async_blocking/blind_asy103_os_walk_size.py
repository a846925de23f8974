# corpus: vulnerable ASY103
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/admin/disk")
async def disk_usage():
    total = 0
    for root, _dirs, files in os.walk("/srv/media"):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    return {"bytes": total}
