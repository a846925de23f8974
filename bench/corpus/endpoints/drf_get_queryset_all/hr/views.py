# corpus: vulnerable SEC216
from rest_framework import generics, viewsets
from rest_framework.permissions import IsAuthenticated

from hr.models import Payslip


class MyPayslips(generics.ListAPIView):
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return Payslip.objects.filter(employee__user=self.request.user)


class PayslipViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return Payslip.objects.all()
