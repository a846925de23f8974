# corpus: safe DB102
from django.core.cache import cache


def cached_scores(user_ids):
    return {user_id: cache.get(f"score:{user_id}", 0) for user_id in user_ids}
