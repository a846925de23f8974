# corpus: vulnerable SEC212
import os


class Config:
    SECRET_KEY = os.environ["SECRET_KEY"]


class ProductionConfig(Config):
    WTF_CSRF_ENABLED = False
    SESSION_COOKIE_SECURE = True
