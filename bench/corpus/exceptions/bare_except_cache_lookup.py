# corpus: vulnerable REL102
from django.core.cache import cache


def cached_profile(user_id):
    try:
        return cache.get("profile:%s" % user_id)
    except:
        return None
