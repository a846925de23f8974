# corpus: safe REL116
from functools import partial

from django.core.mail import send_mail
from django.db.transaction import atomic, on_commit

from .models import Booking


def confirm_booking(booking_id):
    with atomic():
        booking = Booking.objects.select_for_update().get(pk=booking_id)
        booking.status = "confirmed"
        booking.save()
        on_commit(
            partial(
                send_mail,
                "Booking confirmed",
                f"Your booking {booking.pk} is confirmed.",
                None,
                [booking.email],
            ),
            robust=True,
        )
