# corpus: safe SEC401
"""Local development: throwaway key, database in docker compose."""

SECRET_KEY = "django-insecure-@%w$s+%-%npt$nr(ptw+u&*%ex*)3dxa3x3^!qf)"
DEBUG = True
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": "l0cal-only-pw",
        "HOST": "localhost",
    }
}
