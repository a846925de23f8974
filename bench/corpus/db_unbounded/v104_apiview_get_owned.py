# corpus: vulnerable DB104
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Message
from .serializers import MessageSerializer


class InboxView(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request):
        messages = Message.objects.filter(recipient=request.user).order_by("-sent_at")
        serializer = MessageSerializer(messages, many=True)
        return Response(serializer.data)
