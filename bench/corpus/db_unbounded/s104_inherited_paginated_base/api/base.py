from rest_framework import generics
from rest_framework.pagination import LimitOffsetPagination


class BoundedPagination(LimitOffsetPagination):
    max_limit = 200


class BaseListView(generics.ListAPIView):
    pagination_class = BoundedPagination
