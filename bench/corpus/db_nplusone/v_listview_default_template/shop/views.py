# corpus: vulnerable DB101
from django.views.generic import ListView

from .models import Order


class OrderList(ListView):
    model = Order
    paginate_by = 50
