# corpus: vulnerable SEC213
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

CORS = {
    "allow_origins": ["*"],
    "allow_credentials": True,
    "allow_methods": ["GET", "POST"],
}

app = FastAPI()
app.add_middleware(CORSMiddleware, **CORS)
