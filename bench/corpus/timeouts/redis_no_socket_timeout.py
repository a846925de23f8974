# corpus: vulnerable REL113
import redis

cache = redis.Redis(host="cache.internal", port=6379, db=0)


def get_cached(key):
    return cache.get(key)
