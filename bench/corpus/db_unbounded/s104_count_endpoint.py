# corpus: safe DB104
from django.http import JsonResponse

from .models import Message


def unread_count(request):
    return JsonResponse({"unread": Message.objects.filter(recipient=request.user).count()})
