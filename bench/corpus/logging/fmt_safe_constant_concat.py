# corpus: safe REL109
"""Concatenating two constants builds a constant message."""

import logging

logger = logging.getLogger(__name__)
PREFIX = "[billing] "


def start():
    logger.info(PREFIX + "scheduler started")
    logger.info(f"scheduler ready")  # noqa: F541
