# corpus: vulnerable SEC211
"""Cross-site session cookie with SameSite=None but no Secure flag."""

import secrets

from fastapi import APIRouter, Response

router = APIRouter()


@router.post("/session")
def open_session(response: Response) -> dict:
    sid = secrets.token_urlsafe(32)
    response.set_cookie("sid", sid, httponly=True, samesite="none")
    return {"ok": True}
