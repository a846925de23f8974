# corpus: vulnerable SEC306
from .base import *

SECRET_KEY = "x8#k2!m4q-production-signing-key"
