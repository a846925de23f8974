# corpus: safe SEC401
"""Configuration help shown by `manage.py check_keys`.

Set DATABASE_URL to something like postgres://user:pass@host:5432/db and STRIPE_KEY to your
secret key (sk_live_...).
"""

KEY_EXAMPLES = {
    "STRIPE_KEY": "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
    "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
    "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "GITHUB_TOKEN": "ghp_************************************",
}
