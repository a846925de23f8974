# corpus: safe SEC208
import hashlib

from django.core.cache import cache


def cached_render(template_name: str, context: dict) -> str:
    cache_key = "render:" + hashlib.md5(repr(sorted(context.items())).encode()).hexdigest()
    html = cache.get(cache_key)
    return html or ""
