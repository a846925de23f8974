# corpus: safe DB103
from django.utils import timezone

from .models import LedgerEntry
from .services import close_entries


def close_period(period):
    now = timezone.now()
    close_entries(LedgerEntry.objects.filter(closed_at__isnull=True, period=period), now)
