# corpus: vulnerable SEC303
from .base import *

DATABASES = {"default": env.db("DATABASE_URL")}
