from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from api.models import Payment
from api.serializers import PaymentSerializer


class PaymentViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Payment.objects.all()
    serializer_class = PaymentSerializer

    @action(detail=True, methods=["post"])
    def refund(self, request, pk=None):
        payment = self.get_object()
        payment.refund()
        return Response({"status": "refunded"})
