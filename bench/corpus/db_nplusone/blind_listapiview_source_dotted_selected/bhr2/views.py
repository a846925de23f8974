# corpus: safe DB101
from rest_framework import generics
from rest_framework.pagination import PageNumberPagination

from .models import Review
from .serializers import ReviewSerializer


class ReviewList(generics.ListAPIView):
    queryset = Review.objects.filter(approved=True).select_related("reviewer")
    serializer_class = ReviewSerializer
    pagination_class = PageNumberPagination
