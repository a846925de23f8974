# corpus: vulnerable SEC401
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": "Pg!Sh0p-Prod-2024",
        "HOST": "pg.internal",
    }
}
