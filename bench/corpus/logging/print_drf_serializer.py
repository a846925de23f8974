# corpus: vulnerable REL110
"""A DRF serializer prints while validating."""

from rest_framework import serializers


class TransferSerializer(serializers.Serializer):
    amount = serializers.DecimalField(max_digits=12, decimal_places=2)

    def validate_amount(self, value):
        print("validating amount", value)
        if value <= 0:
            raise serializers.ValidationError("amount must be positive")
        return value
