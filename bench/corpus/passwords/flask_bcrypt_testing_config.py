# corpus: safe SEC207
class Config:
    BCRYPT_LOG_ROUNDS = 13


class TestingConfig(Config):
    TESTING = True
    BCRYPT_LOG_ROUNDS = 4
