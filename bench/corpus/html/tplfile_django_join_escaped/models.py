from django.db import models


class Tag(models.Model):
    name = models.SlugField(unique=True)


class Photo(models.Model):
    image = models.ImageField(upload_to="photos/")
    caption = models.CharField(max_length=200, blank=True)
    tags = models.ManyToManyField(Tag)
