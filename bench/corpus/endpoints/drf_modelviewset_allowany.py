# corpus: vulnerable SEC215
from rest_framework import viewsets
from rest_framework.permissions import AllowAny
from shop.models import Coupon
from shop.serializers import CouponSerializer


class CouponViewSet(viewsets.ModelViewSet):
    queryset = Coupon.objects.all()
    serializer_class = CouponSerializer
    permission_classes = [AllowAny]
