# corpus: vulnerable DB103
from django.db import models


class Measurement(models.Model):
    station = models.CharField(max_length=20)
    value = models.FloatField()


def ingest(payload):
    for row in payload["measurements"]:
        m = Measurement(station=row["station"], value=row["value"])
        m.save()
