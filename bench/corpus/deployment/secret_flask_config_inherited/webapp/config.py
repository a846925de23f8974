# corpus: vulnerable SEC306
class Config:
    SECRET_KEY = "shared-between-all-environments"
    SESSION_COOKIE_SECURE = True


class ProductionConfig(Config):
    DEBUG = False
