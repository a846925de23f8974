# corpus: vulnerable REL112
"""A package module logs through the root logger's module functions."""

import logging


def sync(batch):
    logging.info("syncing %d records", len(batch))
    for record in batch:
        record.push()
    logging.debug("batch done")
