# corpus: vulnerable SEC306
from .base import *

DATABASES = {"default": env.db("DATABASE_URL")}
