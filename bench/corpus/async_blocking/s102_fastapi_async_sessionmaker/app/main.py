# corpus: safe ASY102
from fastapi import FastAPI
from pydantic import BaseModel

from app.database import SessionLocal
from app.models import Signup

app = FastAPI()


class SignupIn(BaseModel):
    email: str


@app.post("/signups", status_code=201)
async def create_signup(payload: SignupIn):
    async with SessionLocal() as db:
        db.add(Signup(email=payload.email))
        await db.commit()
    return {"email": payload.email}
