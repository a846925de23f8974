# corpus: safe ASY103
import io
import zipfile

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/bundles")
async def inspect_bundle(file: UploadFile):
    data = await file.read()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        manifest = zf.open("manifest.json").read() if "manifest.json" in names else b""
    return {"files": names, "manifest_size": len(manifest)}
