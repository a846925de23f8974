# corpus: safe SEC306
from .base import *

SECRET_KEY = env.str("DJANGO_SECRET_KEY")
