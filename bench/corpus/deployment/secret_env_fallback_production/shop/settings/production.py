# corpus: vulnerable SEC306
import os

from .base import *

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "please-change-me")
