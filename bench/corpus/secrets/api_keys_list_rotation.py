# corpus: vulnerable SEC401
from fastapi import Depends, FastAPI, HTTPException, Security
from fastapi.security import APIKeyHeader

ACCEPTED_API_KEYS = [
    "1be03dd21da8529b12c493d993de4aa8daeb2369",
    "09737a164b9a6e7d65ddd79a35c98b3e677264f8",
]
header = APIKeyHeader(name="X-Api-Key")
app = FastAPI()


def require_key(key: str = Security(header)) -> str:
    if key not in ACCEPTED_API_KEYS:
        raise HTTPException(status_code=401)
    return key


@app.get("/reports", dependencies=[Depends(require_key)])
def reports():
    return []
