# corpus: vulnerable DB101
from django.views.generic import ListView

from .models import Deal


class DealListView(ListView):
    model = Deal
    paginate_by = 50
    ordering = ["-value"]
