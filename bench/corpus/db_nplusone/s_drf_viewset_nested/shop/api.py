# corpus: safe DB101
from rest_framework import viewsets
from rest_framework.pagination import PageNumberPagination

from .models import Order
from .serializers import OrderSerializer


class OrderViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = (
        Order.objects.select_related("customer")
        .prefetch_related("lines__product")
        .order_by("-created")
    )
    serializer_class = OrderSerializer
    pagination_class = PageNumberPagination
