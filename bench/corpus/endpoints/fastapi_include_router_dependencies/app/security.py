from fastapi import Header, HTTPException


def verify_session(x_session: str = Header()):
    if x_session != "ok":
        raise HTTPException(status_code=403)
