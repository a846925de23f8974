# corpus: safe SEC303
from .base import *

ALLOWED_HOSTS = [".shop.example.com"]
