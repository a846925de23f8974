from django.db import models


class Thread(models.Model):
    title = models.CharField(max_length=200)


class Reply(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="replies")
    body = models.TextField()
