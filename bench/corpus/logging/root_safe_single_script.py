# corpus: safe REL112
"""A single-file program (not a package module) that sets up logging at start."""

import logging

logging.basicConfig(level=logging.INFO)


def run():
    logging.info("started")


run()
