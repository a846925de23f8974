# corpus: safe REL111
"""Selected non-secret fields of the request are logged, not the whole body."""

import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.post("/login")
def login():
    logger.info(
        "login attempt user=%s agent=%s",
        request.form.get("username"),
        request.headers.get("User-Agent"),
    )
    return "", 204
