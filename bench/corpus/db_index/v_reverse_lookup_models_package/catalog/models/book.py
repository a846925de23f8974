from django.db import models


class Book(models.Model):
    author = models.ForeignKey("catalog.Author", on_delete=models.CASCADE, related_name="books")
    isbn = models.CharField(max_length=13)
