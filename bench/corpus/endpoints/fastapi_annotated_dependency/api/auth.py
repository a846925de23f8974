from typing import Annotated

from fastapi import Depends, Header


def require_user(authorization: str = Header()):
    return authorization


CurrentUser = Annotated[str, Depends(require_user)]
