# corpus: safe SEC104
from uuid import UUID

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()


@app.get("/exports/{export_id}")
def export(export_id: UUID):
    return FileResponse(f"/srv/exports/{export_id}.csv", media_type="text/csv")
