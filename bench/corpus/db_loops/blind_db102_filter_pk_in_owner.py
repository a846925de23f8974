# corpus: safe DB102
from django.db import models
from django.http import Http404, JsonResponse


class Document(models.Model):
    title = models.CharField(max_length=200)
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)


def bulk_titles(request):
    ids = request.POST.getlist("id")
    docs = Document.objects.filter(pk__in=ids, owner=request.user).in_bulk()
    titles = []
    for doc_id in ids:
        doc = docs.get(int(doc_id))
        if doc is None:
            raise Http404
        titles.append(doc.title)
    return JsonResponse({"titles": titles})
