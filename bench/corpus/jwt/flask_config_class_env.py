# corpus: safe SEC204
"""Flask-style configuration class reading the JWT secret from the environment."""

import os
import time

import jwt


class Config:
    JWT_SECRET_KEY = os.environ["JWT_SECRET_KEY"]
    JWT_ALGORITHM = "HS256"
    JWT_LIFETIME = 3600


def create_token(identity):
    claims = {"sub": identity, "exp": int(time.time()) + Config.JWT_LIFETIME}
    return jwt.encode(claims, Config.JWT_SECRET_KEY, algorithm=Config.JWT_ALGORITHM)
