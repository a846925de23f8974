# corpus: safe DB201
from django.db import models


class Reading(models.Model):
    sensor = models.CharField(max_length=40)
    taken_at = models.DateTimeField()
    value = models.FloatField()

    class Meta:
        index_together = [["sensor", "taken_at"]]


def readings(sensor, start, end):
    return Reading.objects.filter(sensor=sensor, taken_at__range=(start, end)).order_by("taken_at")
