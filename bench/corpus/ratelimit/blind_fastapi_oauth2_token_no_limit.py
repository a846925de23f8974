# corpus: vulnerable SEC217
"""OAuth2 password-grant token endpoint with no throttling: unlimited password guessing."""

from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import OAuth2PasswordRequestForm

from .security import create_access_token, verify_password
from .users import get_user_by_email

router = APIRouter(prefix="/auth")


@router.post("/token")
def issue_token(form: OAuth2PasswordRequestForm = Depends()):
    user = get_user_by_email(form.username)
    if user is None or not verify_password(form.password, user.hashed_password):
        raise HTTPException(status_code=400, detail="Incorrect email or password")
    return {"access_token": create_access_token(user.id), "token_type": "bearer"}
