# corpus: vulnerable ASY102
from fastapi import FastAPI
from pydantic import BaseModel

from app.database import SessionLocal
from app.models import Signup

app = FastAPI()


class SignupIn(BaseModel):
    email: str


@app.post("/signups", status_code=201)
async def create_signup(payload: SignupIn):
    db = SessionLocal()
    try:
        db.add(Signup(email=payload.email))
        db.commit()
    finally:
        db.close()
    return {"email": payload.email}
