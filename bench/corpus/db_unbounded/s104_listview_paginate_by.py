# corpus: safe DB104
from django.views.generic import ListView

from .models import Document


class DocumentListView(ListView):
    model = Document
    paginate_by = 25
    ordering = ["-updated"]
