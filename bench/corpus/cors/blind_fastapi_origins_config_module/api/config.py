CORS_ALLOW = ["*"]
CORS_OPTIONS = {"allow_credentials": True, "allow_methods": ["*"], "allow_headers": ["*"]}
