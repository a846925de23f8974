# corpus: vulnerable SEC107
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/jobs/import")
async def import_job(request: Request):
    job = pickle.loads(await request.body())
    return {"name": job["name"]}
