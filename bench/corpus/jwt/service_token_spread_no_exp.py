# corpus: vulnerable SEC203
"""Service-to-service token: shared claims spread into the payload, none of them `exp`."""

import os

import jwt as pyjwt

BASE_CLAIMS = {"iss": "orders-service", "aud": "inventory-service"}


def inventory_headers(request_id):
    token = pyjwt.encode(
        {**BASE_CLAIMS, "request_id": request_id}, os.environ["SERVICE_KEY"], algorithm="HS256"
    )
    return {"Authorization": f"Bearer {token}"}
