# corpus: safe REL112
"""`python -m acme` is a program: configuring the root logger is its job."""

import logging

from acme.cli import run

logging.basicConfig(level=logging.INFO)
logging.info("acme starting")
run()
