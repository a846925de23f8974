# corpus: safe REL112
"""Django settings may quiet the root logger: settings configure the program."""

import logging

DEBUG = False
logging.getLogger().setLevel(logging.WARNING)
LOGGING = {"version": 1, "disable_existing_loggers": False}
