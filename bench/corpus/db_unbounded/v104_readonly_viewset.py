# corpus: vulnerable DB104
from rest_framework import viewsets

from .models import Country
from .serializers import CountrySerializer


class CountryViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = CountrySerializer

    def get_queryset(self):
        return Country.objects.order_by("name")
