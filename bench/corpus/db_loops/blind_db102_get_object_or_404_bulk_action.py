# corpus: vulnerable DB102
from django.db import models
from django.http import JsonResponse
from django.shortcuts import get_object_or_404


class Document(models.Model):
    title = models.CharField(max_length=200)
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)


def bulk_titles(request):
    ids = request.POST.getlist("id")
    titles = []
    for doc_id in ids:
        doc = get_object_or_404(Document, pk=doc_id, owner=request.user)
        titles.append(doc.title)
    return JsonResponse({"titles": titles})
