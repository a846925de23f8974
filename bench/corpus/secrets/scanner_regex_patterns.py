# corpus: safe SEC401
import re

# Patterns a pre-commit hook uses to refuse commits with keys in them.
PATTERNS = {
    "github": re.compile(r"ghp_[A-Za-z0-9]{36}"),
    "stripe": re.compile(r"sk_live_[0-9a-zA-Z]{24}"),
    "aws": re.compile(r"AKIA[0-9A-Z]{16}"),
    "private_key": re.compile(r"-----BEGIN (RSA |EC )?PRIVATE KEY-----"),
}
