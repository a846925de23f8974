# corpus: vulnerable SEC306
from fastapi import FastAPI
from starlette.middleware.sessions import SessionMiddleware as Sessions

SESSION_SECRET = "fastapi-session-secret-0001"

app = FastAPI()
app.add_middleware(Sessions, secret_key=SESSION_SECRET, https_only=True)
