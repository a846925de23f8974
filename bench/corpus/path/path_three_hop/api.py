# corpus: vulnerable SEC104
from fastapi import FastAPI
from fastapi.responses import FileResponse

from path_three_hop.service import locate_report

app = FastAPI()


@app.get("/reports")
def report(quarter: str):
    return FileResponse(locate_report(quarter))
