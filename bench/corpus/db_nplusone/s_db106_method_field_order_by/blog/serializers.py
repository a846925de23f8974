# corpus: safe DB106
from rest_framework import serializers

from .models import Post


class PostCardSerializer(serializers.ModelSerializer):
    latest_comments = serializers.SerializerMethodField()

    class Meta:
        model = Post
        fields = ["id", "title", "latest_comments"]

    def get_latest_comments(self, post):
        return [c.body for c in sorted(post.comments.all(), key=lambda c: -c.id)[:3]]
