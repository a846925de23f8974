# corpus: vulnerable SEC212
"""CSRF turned off in the production configuration class "because the SPA broke"."""

import os


class BaseConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SESSION_COOKIE_SECURE = True


class ProductionConfig(BaseConfig):
    WTF_CSRF_ENABLED = False
