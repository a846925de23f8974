# corpus: safe REL111
"""Names that describe secrets without holding them."""

import logging

logger = logging.getLogger(__name__)


def audit(user, token_count, password_reset_sent, token_type):
    logger.info(
        "user %s: %d tokens (%s), reset mail sent: %s",
        user.pk,
        token_count,
        token_type,
        password_reset_sent,
    )
    logger.info("password changed for %s", user.pk)
