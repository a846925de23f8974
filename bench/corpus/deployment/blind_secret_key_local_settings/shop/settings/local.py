# corpus: safe SEC306
"""A throwaway key for local development only; production reads the environment."""

from .base import *

DEBUG = True
SECRET_KEY = "local-dev-only-not-secret"
