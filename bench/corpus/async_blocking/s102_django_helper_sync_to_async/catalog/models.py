from django.db import models


class Book(models.Model):
    shelf_id = models.IntegerField(db_index=True)
    copies = models.PositiveIntegerField(default=1)
