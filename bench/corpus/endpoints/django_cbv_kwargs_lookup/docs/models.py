from django.db import models


class Document(models.Model):
    author = models.ForeignKey("auth.User", on_delete=models.CASCADE)
