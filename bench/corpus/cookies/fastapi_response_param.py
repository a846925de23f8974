# corpus: vulnerable SEC211
from fastapi import FastAPI, Response

from .auth import make_token

app = FastAPI()


@app.post("/login")
async def login(response: Response):
    token = make_token()
    response.set_cookie(key="access_token", value=token, httponly=True)
    return {"ok": True}
