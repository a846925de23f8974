# corpus: vulnerable SEC303
from .base import *

LOAD_BALANCER_HOSTS = ["*"]

ALLOWED_HOSTS = ["api.example.com"]
ALLOWED_HOSTS += LOAD_BALANCER_HOSTS
