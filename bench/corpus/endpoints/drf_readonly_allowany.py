# corpus: safe SEC215
from rest_framework import generics, viewsets
from rest_framework.permissions import AllowAny


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [AllowAny]


class TagList(generics.ListAPIView):
    permission_classes = [AllowAny]
