# corpus: vulnerable DB101
from .models import Entry


def feed_items():
    entries = Entry.objects.only("headline").order_by("-id")[:50]
    return [{"title": e.headline, "rating": e.rating} for e in entries]
