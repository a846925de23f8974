# corpus: vulnerable DB104
from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import ListView

from .models import Document


class DocumentListView(LoginRequiredMixin, ListView):
    model = Document
    template_name = "documents/list.html"
    ordering = ["-updated"]
