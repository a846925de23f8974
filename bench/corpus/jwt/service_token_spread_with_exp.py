# corpus: safe SEC203
"""Service-to-service token whose expiry arrives through a spread of known claims."""

import os
import time

import jwt as pyjwt

BASE_CLAIMS = {"iss": "orders-service", "aud": "inventory-service"}


def inventory_headers(request_id):
    lifetime = {"iat": int(time.time()), "exp": int(time.time()) + 60}
    token = pyjwt.encode(
        {**BASE_CLAIMS, **lifetime, "request_id": request_id},
        os.environ["SERVICE_KEY"],
        algorithm="HS256",
    )
    return {"Authorization": f"Bearer {token}"}
