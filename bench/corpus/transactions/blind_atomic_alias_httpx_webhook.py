# corpus: vulnerable REL116
import httpx
from django.db.transaction import atomic

from .models import Refund


def approve_refund(refund_id, reviewer):
    with atomic():
        refund = Refund.objects.get(pk=refund_id)
        refund.status = "approved"
        refund.reviewer = reviewer
        refund.save()
        httpx.post(
            refund.merchant.webhook_url,
            json={"refund": refund.pk, "status": "approved"},
            timeout=5,
        )
