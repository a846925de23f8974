SECRET_KEY = "dev-only"
INSTALLED_APPS = ["rest_framework", "bcat1"]
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
}
