# corpus: vulnerable REL112
import hmac
import json
import logging


def parse_event(payload, signature, secret):
    expected = hmac.new(secret, payload, "sha256").hexdigest()
    if not hmac.compare_digest(expected, signature):
        return None
    try:
        return json.loads(payload)
    except ValueError:
        logging.exception("invalid webhook payload")
        return None
