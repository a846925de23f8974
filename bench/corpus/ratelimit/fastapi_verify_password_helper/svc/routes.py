# corpus: vulnerable SEC217
from fastapi import APIRouter, HTTPException

from svc.security import verify_password

router = APIRouter()


@router.post("/sessions")
def create_session(email: str, password: str):
    if not verify_password(password, "stored"):
        raise HTTPException(status_code=401)
    return {"ok": True}
