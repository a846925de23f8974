# corpus: vulnerable SEC401
import environ

env = environ.Env()

EMAIL_HOST = "smtp.postmarkapp.com"
EMAIL_HOST_USER = env("POSTMARK_USER", default="c0ffee42-svc")
EMAIL_HOST_PASSWORD = env.str("POSTMARK_PASSWORD", default="7f1d0b9c-3e2a-4b6d-9c8e-5a4f3e2d1c0b")
