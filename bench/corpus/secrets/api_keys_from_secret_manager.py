# corpus: safe SEC401
import json

import boto3
from fastapi import Depends, FastAPI, HTTPException, Security
from fastapi.security import APIKeyHeader

API_KEY_HEADER = "X-Api-Key"
API_KEYS_SECRET_ID = "prod/reports/api-keys"
header = APIKeyHeader(name=API_KEY_HEADER)
app = FastAPI()


def accepted_keys() -> list[str]:
    response = boto3.client("secretsmanager").get_secret_value(SecretId=API_KEYS_SECRET_ID)
    return json.loads(response["SecretString"])


def require_key(key: str = Security(header)) -> str:
    if key not in accepted_keys():
        raise HTTPException(status_code=401)
    return key


@app.get("/reports", dependencies=[Depends(require_key)])
def reports():
    return []
