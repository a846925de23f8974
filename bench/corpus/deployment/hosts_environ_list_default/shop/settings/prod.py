# corpus: vulnerable SEC303
from .base import *

ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["*"])
