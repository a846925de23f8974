# corpus: vulnerable SEC201
"""Options assembled from a shared constant that switches the signature check off."""

import jwt

SKIP_SIGNATURE = {"verify_signature": False}
STRICT_TIMES = {"verify_exp": True, "verify_iat": True}


def tenant_of(token, key):
    options = {**STRICT_TIMES, **SKIP_SIGNATURE}
    claims = jwt.decode(token, key, algorithms=["HS256"], options=options)
    return claims["tenant_id"]
