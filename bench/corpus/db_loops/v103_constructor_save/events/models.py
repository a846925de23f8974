from django.db import models


class Attendee(models.Model):
    event_id = models.IntegerField(db_index=True)
    email = models.EmailField()
