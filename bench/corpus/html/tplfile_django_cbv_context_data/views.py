# corpus: vulnerable SEC111
from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import TemplateView

from .models import Order


class OrderReportView(LoginRequiredMixin, TemplateView):
    template_name = "reports/orders.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sort = self.request.GET.get("sort", "created")
        context["sort"] = sort
        context["orders"] = Order.objects.filter(owner=self.request.user).order_by("-created")
        return context
