# corpus: safe ASY102
from django.http import JsonResponse
from notifications.models import Notification


async def unread_badge(request):
    unread = Notification.objects.filter(recipient_id=request.session["uid"], read=False)
    return JsonResponse({"count": await unread.acount()})
