# corpus: vulnerable REL111
"""structlog: the API key is passed as a key-value pair."""

import structlog

from .clients import PartnerClient

log = structlog.get_logger()


def connect(partner):
    client = PartnerClient(partner.base_url, partner.api_key)
    log.info("partner_connected", partner=partner.slug, api_key=partner.api_key)
    return client
