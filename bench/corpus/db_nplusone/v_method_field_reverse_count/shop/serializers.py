from rest_framework import serializers

from .models import Customer


class CustomerSerializer(serializers.ModelSerializer):
    order_count = serializers.SerializerMethodField()

    class Meta:
        model = Customer
        fields = ["id", "name", "order_count"]

    def get_order_count(self, customer):
        return customer.orders.count()
