from fastapi import Depends, FastAPI

from app import billing
from app.security import verify_session

app = FastAPI()
app.include_router(billing.router, dependencies=[Depends(verify_session)])
