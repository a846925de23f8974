# corpus: vulnerable ASY102
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from notifications.models import Notification


@login_required
async def unread_badge(request):
    unread = Notification.objects.filter(recipient_id=request.session["uid"], read=False)
    return JsonResponse({"count": unread.count()})
