# corpus: safe DB105
from .models import Customer


def active_emails():
    return [c.email for c in Customer.objects.filter(active=True).only("email")]
