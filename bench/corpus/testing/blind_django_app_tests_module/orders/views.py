from django.views.generic import DetailView, ListView

from orders.models import Order


class OrderListView(ListView):
    model = Order


class OrderDetailView(DetailView):
    model = Order
