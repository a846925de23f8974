import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
PASSWORD_HASHERS = [
    "shop.hashers.FastLoginPBKDF2Hasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
