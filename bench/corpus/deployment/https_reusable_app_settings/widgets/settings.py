# corpus: safe SEC304
from django.conf import settings

WIDGETS_PAGE_SIZE = getattr(settings, "WIDGETS_PAGE_SIZE", 20)
WIDGETS_CACHE = getattr(settings, "WIDGETS_CACHE", "default")
