# corpus: safe SEC107
import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/manifests/lint")
async def lint_manifest(request: Request):
    manifest = yaml.load(await request.body(), Loader=yaml.CSafeLoader)
    return {"kind": manifest.get("kind")}
