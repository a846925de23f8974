# corpus: vulnerable REL111
"""An OAuth access token interpolated into an f-string log message."""

import logging

import requests

logger = logging.getLogger(__name__)


def refresh(account):
    response = requests.post(
        account.token_url, data={"refresh_token": account.refresh_token}, timeout=10
    )
    access_token = response.json()["access_token"]
    logger.info(f"refreshed account {account.pk}: {access_token}")
    return access_token
