# corpus: safe SEC217
from fastapi import APIRouter

router = APIRouter(prefix="/auth")


@router.post("/logout")
def logout():
    return {"ok": True}


@router.post("/token/refresh")
def refresh_token(refresh: str):
    return {"access_token": refresh}
