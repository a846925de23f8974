# corpus: safe DB104
from rest_framework import generics

from .models import Product
from .serializers import ProductSerializer


class ProductList(generics.ListAPIView):
    queryset = Product.objects.filter(active=True).order_by("id")
    serializer_class = ProductSerializer
