from rest_framework import generics

from .models import Post
from .serializers import PostCardSerializer


class PostCards(generics.ListAPIView):
    serializer_class = PostCardSerializer
    queryset = Post.objects.prefetch_related("comments")
