# corpus: safe DB102
from django.db.models import Count
from rest_framework import generics, serializers
from rest_framework.pagination import PageNumberPagination

from .models import Thread


class ThreadSerializer(serializers.ModelSerializer):
    replies = serializers.SerializerMethodField()

    class Meta:
        model = Thread
        fields = ["id", "title", "replies"]

    def get_replies(self, obj):
        return obj.reply_count


class ThreadList(generics.ListAPIView):
    queryset = Thread.objects.annotate(reply_count=Count("replies")).order_by("-id")
    serializer_class = ThreadSerializer
    pagination_class = PageNumberPagination
