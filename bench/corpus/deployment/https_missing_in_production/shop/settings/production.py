# corpus: vulnerable SEC304
from .base import *

DATABASES = {"default": env.db("DATABASE_URL")}
