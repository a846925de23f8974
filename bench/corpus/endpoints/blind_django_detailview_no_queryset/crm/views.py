# corpus: vulnerable SEC216
"""Generic DetailView with `model = Deal` and no get_queryset: any logged-in user reads any deal."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import DetailView, ListView

from crm.models import Deal


class DealList(LoginRequiredMixin, ListView):
    template_name = "crm/deals.html"

    def get_queryset(self):
        return Deal.objects.filter(owner=self.request.user)


class DealDetail(LoginRequiredMixin, DetailView):
    model = Deal
    template_name = "crm/deal.html"
