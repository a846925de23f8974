# corpus: safe REL111
"""Only the last four characters of the token are logged."""

import logging

import requests

logger = logging.getLogger(__name__)


def refresh(account):
    response = requests.post(
        account.token_url, data={"refresh_token": account.refresh_token}, timeout=10
    )
    access_token = response.json()["access_token"]
    logger.info("refreshed account %s: token ...%s", account.pk, access_token[-4:])
    return access_token
