# corpus: safe SEC211
from fastapi import FastAPI, Response

from .auth import make_token

app = FastAPI()


@app.post("/login")
async def login(response: Response):
    response.set_cookie(key="access_token", value=make_token(), httponly=True, secure=True)
    return {"ok": True}
