# corpus: safe REL111
"""`body` and `headers` of an email message object, not of an HTTP request."""

import logging

from django.core.mail import EmailMessage

logger = logging.getLogger(__name__)


def send_welcome(user):
    message = EmailMessage("Welcome", "Hello!", to=[user.email])
    logger.debug("sending %s with headers %s", message.body, message.extra_headers)
    message.send()
