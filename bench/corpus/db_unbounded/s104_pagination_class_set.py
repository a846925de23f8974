# corpus: safe DB104
from rest_framework import viewsets
from rest_framework.pagination import CursorPagination

from .models import Asset
from .serializers import AssetSerializer


class AssetCursor(CursorPagination):
    ordering = "-created"


class AssetViewSet(viewsets.ModelViewSet):
    queryset = Asset.objects.all()
    serializer_class = AssetSerializer
    pagination_class = AssetCursor
