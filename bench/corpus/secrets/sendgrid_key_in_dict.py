# corpus: vulnerable SEC401
PROVIDERS = {
    "mail": {
        "backend": "sendgrid",
        "credential": None,
        "key_id": "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",
    },
}
