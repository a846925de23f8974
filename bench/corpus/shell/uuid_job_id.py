# corpus: safe SEC102
import os
import uuid

from django.http import HttpResponseBadRequest, JsonResponse


def cancel_job(request):
    try:
        job_id = uuid.UUID(request.POST["job"])
    except ValueError:
        return HttpResponseBadRequest("bad job id")
    os.system(f"/opt/batch/bin/cancel {job_id}")
    return JsonResponse({"cancelled": str(job_id)})
