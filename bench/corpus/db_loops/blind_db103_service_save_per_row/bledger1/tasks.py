# corpus: vulnerable DB103
from django.utils import timezone

from .models import LedgerEntry
from .services import close_entry


def close_period(period):
    now = timezone.now()
    for entry in LedgerEntry.objects.filter(closed_at__isnull=True, period=period):
        close_entry(entry, now)
