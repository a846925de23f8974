# corpus: vulnerable DB103
from django.db import models, transaction


class Seat(models.Model):
    row = models.CharField(max_length=2)
    number = models.IntegerField()
    held_by = models.CharField(max_length=40, blank=True)


def hold_seats(seat_ids, session_key):
    with transaction.atomic():
        for seat in Seat.objects.select_for_update().filter(pk__in=seat_ids):
            seat.held_by = session_key
            seat.save()
