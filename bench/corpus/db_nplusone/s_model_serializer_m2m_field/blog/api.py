# corpus: safe DB101
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Post
from .serializers import PostSerializer


@api_view(["GET"])
def post_list(request):
    posts = Post.objects.filter(published=True).prefetch_related("tags")[:50]
    return Response(PostSerializer(posts, many=True).data)
