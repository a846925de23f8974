# corpus: safe SEC208
import hashlib

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/files")
async def upload(file: UploadFile):
    data = await file.read()
    checksum = hashlib.md5(data).hexdigest()
    return {"name": file.filename, "checksum": checksum, "size": len(data)}
