# corpus: safe SEC217
from fastapi import APIRouter, Depends, Request
from fastapi.security import OAuth2PasswordRequestForm
from slowapi import Limiter
from slowapi.util import get_remote_address

limiter = Limiter(key_func=get_remote_address)
router = APIRouter()


@router.post("/auth/token")
@limiter.limit("5/minute")
def issue(request: Request, form: OAuth2PasswordRequestForm = Depends()):
    return {"access_token": form.username}
