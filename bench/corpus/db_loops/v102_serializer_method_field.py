# corpus: vulnerable DB102
from rest_framework import generics, serializers
from social.models import Like, Post


class PostSerializer(serializers.ModelSerializer):
    likes = serializers.SerializerMethodField()

    class Meta:
        model = Post
        fields = ["id", "title", "likes"]

    def get_likes(self, post):
        return Like.objects.filter(post=post).count()


class PostList(generics.ListAPIView):
    queryset = Post.objects.order_by("-id")
    serializer_class = PostSerializer
