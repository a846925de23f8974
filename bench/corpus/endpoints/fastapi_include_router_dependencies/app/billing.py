# corpus: safe SEC214
from fastapi import APIRouter, Depends

from app.security import verify_session

router = APIRouter()


@router.get("/plans")
def plans(s=Depends(verify_session)):
    return []


@router.post("/plans")
def new_plan(s=Depends(verify_session)):
    return {}


@router.delete("/plans/{pid}")
def drop_plan(pid: int):
    return None
