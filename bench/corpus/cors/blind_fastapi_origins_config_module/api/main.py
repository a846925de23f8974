# corpus: vulnerable SEC213
"""Wildcard origins and credentials, both read from a config module (one via **options)."""

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.config import CORS_ALLOW, CORS_OPTIONS

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=CORS_ALLOW, **CORS_OPTIONS)
