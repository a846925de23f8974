# corpus: vulnerable DB103
from orders.models import Order, OrderLine
from rest_framework import serializers


class OrderSerializer(serializers.ModelSerializer):
    lines = serializers.ListField(child=serializers.DictField(), write_only=True)

    class Meta:
        model = Order
        fields = ["id", "customer", "lines"]

    def create(self, validated_data):
        lines = validated_data.pop("lines")
        order = Order.objects.create(**validated_data)
        for line in lines:
            OrderLine.objects.create(order=order, **line)
        return order
