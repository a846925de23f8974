# corpus: vulnerable DB102
from rest_framework import generics, serializers
from rest_framework.pagination import PageNumberPagination

from .models import Reply, Thread


class ThreadSerializer(serializers.ModelSerializer):
    replies = serializers.SerializerMethodField()

    class Meta:
        model = Thread
        fields = ["id", "title", "replies"]

    def get_replies(self, obj):
        return Reply.objects.filter(thread=obj).count()


class ThreadList(generics.ListAPIView):
    queryset = Thread.objects.order_by("-id")
    serializer_class = ThreadSerializer
    pagination_class = PageNumberPagination
