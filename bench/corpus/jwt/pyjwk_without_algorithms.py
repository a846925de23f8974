# corpus: safe SEC202
"""PyJWT 2 with a PyJWK: the key object carries its algorithm, so none is passed."""

import json
from pathlib import Path

import jwt

SIGNING_JWK = jwt.PyJWK.from_json(Path("/etc/app/jwk.json").read_text())


def verify(token):
    return jwt.decode(token, SIGNING_JWK, audience="api")


def describe():
    return json.dumps({"kid": SIGNING_JWK.key_id})
