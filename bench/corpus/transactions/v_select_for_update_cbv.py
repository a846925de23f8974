# corpus: vulnerable REL117
from django.http import JsonResponse
from django.views import View
from jobs.models import Job


class ClaimJobView(View):
    def post(self, request):
        job = Job.objects.select_for_update(skip_locked=True).filter(claimed=False).first()
        if job is not None:
            job.claimed = True
            job.save()
        return JsonResponse({"job": job.pk if job else None})
