# corpus: vulnerable SEC215
"""AllowAny inherited from a project base view by an update/destroy endpoint."""

from rest_framework import generics
from rest_framework.permissions import AllowAny

from .models import Comment
from .serializers import CommentSerializer


class PublicAPIView(generics.GenericAPIView):
    permission_classes = (AllowAny,)
    authentication_classes = ()


class CommentDetail(PublicAPIView, generics.RetrieveUpdateDestroyAPIView):
    queryset = Comment.objects.all()
    serializer_class = CommentSerializer
