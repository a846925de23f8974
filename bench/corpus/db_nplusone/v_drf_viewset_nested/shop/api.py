# corpus: vulnerable DB101
from rest_framework import viewsets
from rest_framework.pagination import PageNumberPagination

from .models import Order
from .serializers import OrderSerializer


class OrderViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Order.objects.order_by("-created")
    serializer_class = OrderSerializer
    pagination_class = PageNumberPagination
