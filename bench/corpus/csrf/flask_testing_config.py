# corpus: safe SEC212
import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "")
    WTF_CSRF_ENABLED = True


class TestingConfig(Config):
    TESTING = True
    WTF_CSRF_ENABLED = False
