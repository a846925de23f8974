# corpus: safe SEC401
import jwt

VERIFY_KEY = """-----BEGIN PUBLIC KEY-----
8PxNPLA45+4borok90wNups6dAzFOfxIhJavVjOXxdwTw9QkOC0uaifMlvyAld9v
fcwXQ5QqOsRB5SWqTz0WdAb+pi2npC958pzU+vtecqM0FXkgNvOyutybzPato9R2
6Pvq93epwwrB8UQNskHTwQt3KSf9feWOVrRKGkCWBTRXkI3dKyR/aQfWEplrTMcQ
wgac+jiH1klkPCELagG1peCi08RlRGpiiHL4Fdsw479K7/WmTitYFim3EMoLoZAh
KHrIFaHpP6/p9EU04wn4cWKorMgyfO+X4tZV60SMdEdDyilQgnQRyb1exJWWfhA/
bnBPLDbgl2d4hrTFgbbYBPGtex562Fd03cDSNqp6ExXy5eUxJhHCIkDhlsnco9bX
bfHy0XcLqD
-----END PUBLIC KEY-----
"""
PRIVATE_KEY_MARKER = "-----BEGIN RSA PRIVATE KEY-----"


def read_claims(token: str) -> dict:
    return jwt.decode(token, VERIFY_KEY, algorithms=["RS256"])
