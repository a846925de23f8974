# corpus: safe DB102
import time

from django.db import OperationalError, models


class Counter(models.Model):
    key = models.CharField(max_length=40, unique=True)
    value = models.IntegerField(default=0)


def read_counter(key):
    # A retry loop: the query runs once unless the database reports a transient error.
    for attempt in range(3):
        try:
            return Counter.objects.get(key=key).value
        except OperationalError:
            time.sleep(0.1 * (attempt + 1))
    raise RuntimeError("database unavailable")
