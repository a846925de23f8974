# corpus: safe SEC303
SECRET_KEY = "django-insecure-local-only"
DEBUG = True
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = ["django.contrib.auth", "config.pages"]
