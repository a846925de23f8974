# corpus: vulnerable DB201
from django.db import models


class Reading(models.Model):
    sensor = models.CharField(max_length=40)
    value = models.FloatField()
    taken_at = models.DateTimeField()


def latest_reading_for(sensor):
    return Reading.objects.filter(sensor=sensor).latest("taken_at")
