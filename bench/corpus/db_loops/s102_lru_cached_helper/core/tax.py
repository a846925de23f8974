from functools import lru_cache

from .models import Country


@lru_cache(maxsize=256)
def vat_rate(code):
    return Country.objects.get(code=code).vat
