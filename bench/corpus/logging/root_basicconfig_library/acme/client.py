# corpus: vulnerable REL112
"""A library module configures the root logger on import."""

import logging

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")


class Client:
    def __init__(self, base_url):
        self.base_url = base_url
