# corpus: safe DB101
from django.views.generic import ListView

from .models import Deal


class DealListView(ListView):
    model = Deal
    paginate_by = 50
    ordering = ["-value"]

    def get_queryset(self):
        return super().get_queryset().select_related("rep")
