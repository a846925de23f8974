# corpus: safe DB101
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Order


class OpenOrderSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    email = serializers.EmailField(source="customer.email")


class OpenOrders(APIView):
    def get(self, request):
        orders = Order.objects.filter(status="open").select_related("customer")[:100]
        return Response(OpenOrderSerializer(orders, many=True).data)
