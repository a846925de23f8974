# corpus: vulnerable SEC114
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from .cors import allow_origin

app = FastAPI()


@app.get("/api/profile")
async def profile(request: Request):
    response = JSONResponse({"email": "ada@example.com"})
    return allow_origin(response, request.headers.get("origin", ""))
