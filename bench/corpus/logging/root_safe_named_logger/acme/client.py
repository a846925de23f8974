# corpus: safe REL112
"""A module logger named after the module, and a NullHandler on the package logger."""

import logging

logger = logging.getLogger(__name__)
logging.getLogger("acme").addHandler(logging.NullHandler())


class Client:
    def get(self, path):
        logger.debug("GET %s", path)
