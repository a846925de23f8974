# corpus: vulnerable SEC213
from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware as Cors

ALLOWED_ORIGINS = ("*",)
WITH_COOKIES = True

api = FastAPI(title="accounts")
api.add_middleware(Cors, allow_origins=ALLOWED_ORIGINS, allow_credentials=WITH_COOKIES)
