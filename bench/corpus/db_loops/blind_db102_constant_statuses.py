# corpus: safe DB102
from django.db import models


class Ticket(models.Model):
    status = models.CharField(max_length=10, db_index=True)


def status_counters():
    # Three fixed statuses: three COUNT queries, not one per row.
    return {
        status: Ticket.objects.filter(status=status).count() for status in ("new", "open", "closed")
    }
