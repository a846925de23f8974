from django.db import models


class Invoice(models.Model):
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    total = models.IntegerField()
