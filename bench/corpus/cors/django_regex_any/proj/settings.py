# corpus: vulnerable SEC213
CORS_ALLOWED_ORIGIN_REGEXES = [
    r"^https://\w+\.example\.com$",
    r"^https?://.*$",
]
CORS_ALLOW_CREDENTIALS = True
