SECRET_KEY = "dev-only"
INSTALLED_APPS = ["rest_framework", "bcat2"]
REST_FRAMEWORK = {
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 50,
}
