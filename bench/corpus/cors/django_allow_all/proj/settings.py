# corpus: vulnerable SEC213
INSTALLED_APPS = ["corsheaders", "django.contrib.sessions"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = True
