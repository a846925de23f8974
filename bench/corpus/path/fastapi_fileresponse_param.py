# corpus: vulnerable SEC104
from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()


@app.get("/static-files/{name}")
def static_file(name: str):
    return FileResponse(f"/srv/static/{name}")
