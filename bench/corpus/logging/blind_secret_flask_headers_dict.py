# corpus: vulnerable REL111
# dict(request.headers) logs Authorization and Cookie in full.
import logging

from flask import Blueprint
from flask import request as req

logger = logging.getLogger(__name__)
hooks = Blueprint("hooks", __name__)


@hooks.post("/webhooks/stripe")
def stripe_webhook():
    logger.debug("stripe webhook headers: %s", dict(req.headers))
    return "", 204
