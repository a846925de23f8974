# corpus: safe REL117
from django.db import transaction
from django.http import JsonResponse

from .models import Job


def claim_next_job(request):
    with transaction.atomic(using="queue"):
        job = (
            Job.objects.using("queue")
            .select_for_update(skip_locked=True)
            .filter(status="pending")
            .order_by("created")
            .first()
        )
        if job is None:
            return JsonResponse({"job": None})
        job.status = "running"
        job.worker = request.headers.get("X-Worker", "unknown")
        job.save(update_fields=["status", "worker"])
    return JsonResponse({"job": job.pk})
