# corpus: safe DB101
from django.db import models
from django.http import JsonResponse


class Lead(models.Model):
    # Free-text company name typed by the prospect, not a relation.
    company = models.CharField(max_length=120)
    contact = models.CharField(max_length=120)
    score = models.IntegerField(default=0)


def hot_leads(request):
    leads = Lead.objects.filter(score__gte=80).order_by("-score")[:100]
    return JsonResponse({"leads": [f"{lead.contact} @ {lead.company.upper()}" for lead in leads]})
