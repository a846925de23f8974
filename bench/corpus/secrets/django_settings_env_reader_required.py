# corpus: safe SEC401
import environ

env = environ.Env()

EMAIL_HOST = "smtp.postmarkapp.com"
EMAIL_HOST_USER = env("POSTMARK_USER")
EMAIL_HOST_PASSWORD = env.str("POSTMARK_PASSWORD")
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
