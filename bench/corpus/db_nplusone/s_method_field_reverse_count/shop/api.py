# corpus: safe DB101
from rest_framework import generics

from .models import Customer
from .serializers import CustomerSerializer


class CustomerList(generics.ListAPIView):
    serializer_class = CustomerSerializer

    def get_queryset(self):
        return Customer.objects.prefetch_related("orders")
