# corpus: vulnerable REL110
"""A FastAPI dependency prints the user it resolved."""

from fastapi import Depends, FastAPI

from .auth import current_user

app = FastAPI()


def audited_user(user=Depends(current_user)):
    print("request by", user.id)
    return user


@app.get("/me")
def me(user=Depends(audited_user)):
    return {"id": user.id}
