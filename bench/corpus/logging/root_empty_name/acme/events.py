# corpus: vulnerable REL112
"""`getLogger("")` is the root logger too."""

import logging

log = logging.getLogger("")


def publish(event):
    log.info("publishing %s", event.name)
