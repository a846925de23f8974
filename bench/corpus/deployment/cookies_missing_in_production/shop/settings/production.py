# corpus: vulnerable SEC305
from .base import *

DATABASES = {"default": env.db("DATABASE_URL")}
