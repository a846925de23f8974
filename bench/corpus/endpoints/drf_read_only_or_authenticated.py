# corpus: safe SEC215
from rest_framework import viewsets
from rest_framework.permissions import IsAuthenticatedOrReadOnly


class RecipeViewSet(viewsets.ModelViewSet):
    permission_classes = [IsAuthenticatedOrReadOnly]
