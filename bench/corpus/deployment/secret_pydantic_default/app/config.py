# corpus: vulnerable SEC306
from fastapi import FastAPI
from pydantic_settings import BaseSettings
from starlette.middleware.sessions import SessionMiddleware


class Settings(BaseSettings):
    session_secret: str = "insecure-default-session-secret"


settings = Settings()
app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=settings.session_secret)
