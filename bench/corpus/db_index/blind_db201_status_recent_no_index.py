# corpus: vulnerable DB201
from django.db import models
from django.http import JsonResponse


class Job(models.Model):
    status = models.CharField(max_length=16)
    created = models.DateTimeField(auto_now_add=True)
    payload = models.JSONField(default=dict)


def failed_jobs(request):
    jobs = Job.objects.filter(status="failed").order_by("-created")[:25]
    return JsonResponse({"ids": [j.pk for j in jobs]})
