# corpus: vulnerable REL110
"""Printing to stderr from a Flask handler is still not logging."""

import sys

from flask import Flask, request

app = Flask(__name__)


@app.post("/webhooks/stripe")
def stripe_webhook():
    event = request.get_json(silent=True) or {}
    print("webhook received:", event.get("type"), file=sys.stderr)
    return "", 204
