from django.conf import settings
from django.db import models


class Review(models.Model):
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    body = models.TextField()
    stars = models.PositiveSmallIntegerField()
    approved = models.BooleanField(default=False)
