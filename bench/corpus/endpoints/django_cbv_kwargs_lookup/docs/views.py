# corpus: vulnerable SEC216
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import FileResponse
from django.views import View
from django.views.generic import ListView

from docs.models import Document


class MyDocuments(LoginRequiredMixin, ListView):
    def get_queryset(self):
        return Document.objects.filter(author=self.request.user)


class DocumentDownload(LoginRequiredMixin, View):
    def get(self, request, *args, **kwargs):
        doc = Document.objects.get(pk=self.kwargs["pk"])
        return FileResponse(open(doc.path, "rb"))
