# corpus: safe ASY103
import csv
import io

from fastapi import FastAPI
from fastapi.responses import StreamingResponse

app = FastAPI()


@app.get("/export.csv")
async def export():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "name"])
    writer.writerow([1, "demo"])
    buf.seek(0)
    return StreamingResponse(iter([buf.getvalue()]), media_type="text/csv")
