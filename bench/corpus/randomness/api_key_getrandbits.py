# corpus: vulnerable SEC210
from random import getrandbits

from .models import ApiKey


def create_api_key(owner):
    return ApiKey.objects.create(owner=owner, key="%032x" % getrandbits(128))
