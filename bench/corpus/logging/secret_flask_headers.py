# corpus: vulnerable REL111
"""Every header, Authorization and Cookie included, logged on each request."""

import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.before_request
def log_request():
    logger.info("%s %s headers=%s", request.method, request.path, dict(request.headers))
