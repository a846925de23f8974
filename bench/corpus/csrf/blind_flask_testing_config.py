# corpus: safe SEC212
"""CSRF off only in the testing configuration class; production keeps the default (on)."""

import os

from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")


class ProductionConfig(Config):
    SESSION_COOKIE_SECURE = True


class TestingConfig(Config):
    TESTING = True
    WTF_CSRF_ENABLED = False
