# corpus: safe DB103
from django.db import models, transaction


class Seat(models.Model):
    row = models.CharField(max_length=2)
    number = models.IntegerField()
    held_by = models.CharField(max_length=40, blank=True)


def hold_seats(seat_ids, session_key):
    with transaction.atomic():
        locked = list(
            Seat.objects.select_for_update().filter(pk__in=seat_ids).values_list("pk", flat=True)
        )
        Seat.objects.filter(pk__in=locked).update(held_by=session_key)
