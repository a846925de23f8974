# corpus: vulnerable SEC205
from hashlib import sha512

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Signup(BaseModel):
    username: str
    password: str


@app.post("/users")
async def create_user(body: Signup):
    h = sha512()
    h.update(body.password.encode())
    return {"username": body.username, "hash": h.hexdigest()}
