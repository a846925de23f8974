from fastapi import FastAPI

from svc.items import router

app = FastAPI()
app.include_router(router, prefix="/api/v1")
