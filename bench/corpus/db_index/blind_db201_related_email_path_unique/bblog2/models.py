from django.db import models


class Writer(models.Model):
    email = models.EmailField(unique=True)
    pen_name = models.CharField(max_length=80)


class Post(models.Model):
    writer = models.ForeignKey(Writer, on_delete=models.CASCADE, related_name="posts")
    title = models.CharField(max_length=200)
