# corpus: vulnerable SEC305
from .base import *

# Breaks the local HTTP staging proxy otherwise.
SESSION_COOKIE_SECURE = False
