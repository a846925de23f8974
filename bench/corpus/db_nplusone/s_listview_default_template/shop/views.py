# corpus: safe DB101
from django.views.generic import ListView

from .models import Order


class OrderList(ListView):
    queryset = Order.objects.select_related("customer")
    paginate_by = 50
