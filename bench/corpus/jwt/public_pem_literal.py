# corpus: safe SEC204
"""A public key pasted into the code: public, so not a secret."""

import jwt

PARTNER_PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEm7wC3vK9uJ5nEJf5b0K8Ue7V0mWq
-----END PUBLIC KEY-----"""


def verify_partner(token):
    return jwt.decode(token, PARTNER_PUBLIC_KEY, algorithms=["ES256"], audience="partner-api")
