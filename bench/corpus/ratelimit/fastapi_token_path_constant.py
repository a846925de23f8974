# corpus: vulnerable SEC217
from fastapi import APIRouter, Depends
from fastapi.security import OAuth2PasswordRequestForm

router = APIRouter()
TOKEN_URL = "/auth/token"


@router.post(TOKEN_URL)
def issue(form: OAuth2PasswordRequestForm = Depends()):
    return {"access_token": form.username, "token_type": "bearer"}
