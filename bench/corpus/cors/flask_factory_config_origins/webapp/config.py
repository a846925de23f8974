import os


class ProductionConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SESSION_COOKIE_SECURE = True
    CORS_ORIGINS = ("https://app.example.com",)
