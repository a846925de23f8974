# corpus: safe DB102
from django.core.cache import cache


def badge_counts(user_ids):
    # Cache lookups, not database queries (and get_many would be one round trip anyway).
    return {uid: cache.get(f"badges:{uid}", 0) for uid in user_ids}
