# corpus: safe SEC305
from .base import *

DATABASES = {"default": env.db("DATABASE_URL")}
