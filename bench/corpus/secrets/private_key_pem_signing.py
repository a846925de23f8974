# corpus: vulnerable SEC401
import jwt

SIGNING_KEY = """-----BEGIN RSA PRIVATE KEY-----
8PxNPLA45+4borok90wNups6dAzFOfxIhJavVjOXxdwTw9QkOC0uaifMlvyAld9v
fcwXQ5QqOsRB5SWqTz0WdAb+pi2npC958pzU+vtecqM0FXkgNvOyutybzPato9R2
6Pvq93epwwrB8UQNskHTwQt3KSf9feWOVrRKGkCWBTRXkI3dKyR/aQfWEplrTMcQ
wgac+jiH1klkPCELagG1peCi08RlRGpiiHL4Fdsw479K7/WmTitYFim3EMoLoZAh
KHrIFaHpP6/p9EU04wn4cWKorMgyfO+X4tZV60SMdEdDyilQgnQRyb1exJWWfhA/
bnBPLDbgl2d4hrTFgbbYBPGtex562Fd03cDSNqp6ExXy5eUxJhHCIkDhlsnco9bX
bfHy0XcLqD1hEMAjUj2rtZEmNaM/4y8BAdYIUIhSuDDQXSal3P3uEF3Xq8psyzXO
ObcLVgj1XTwC+0OtCBlgOTjTqMptRKQJtOLZt/0/tdepByJYrA11SQwokqueldJm
MENHluFuo5XZWBKl4+jHkhaVEiHXy6jplh9Adg9Cqgk6+wE4JllLazXE6cJ16t1h
87fRhvf56v9ecIoJgUJ4+lNNFETOzX+tNc/1MqlY9pWVyV2EC9lC8AGx1XZG3flW
zBGfzBF5ji4/6JNg4B8sfBhl0preLcL2YG1ljvmberAlInNjvhNI7bAkI4MN++y5
qtF5dyUlNubJceZhy1bMCVrAuR1YL5EsgEKw9Z5KpxK7uGyba4QMl6hSfvU+B7pp
wMWunY7HFkBSr837WK8/Dfy9YWaQHMcg
-----END RSA PRIVATE KEY-----
"""


def service_token(claims: dict) -> str:
    return jwt.encode(claims, SIGNING_KEY, algorithm="RS256")
