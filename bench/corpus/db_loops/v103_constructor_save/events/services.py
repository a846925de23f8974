# corpus: vulnerable DB103
from .models import Attendee


def register_all(event_id, emails):
    created = []
    for email in emails:
        attendee = Attendee(event_id=event_id, email=email)
        attendee.save()
        created.append(attendee)
    return created
