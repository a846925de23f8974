from django.db import models


class Speaker(models.Model):
    name = models.CharField(max_length=120)


class Event(models.Model):
    title = models.CharField(max_length=200)
    starts_at = models.DateTimeField()
    speakers = models.ManyToManyField(Speaker, related_name="events")
