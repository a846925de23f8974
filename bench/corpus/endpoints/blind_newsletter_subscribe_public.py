# corpus: safe SEC214
"""Newsletter subscription is public by design (double opt-in by email); the rest needs login."""

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Subscription
from .tasks import send_confirmation_email


@login_required
def my_subscriptions(request):
    subs = Subscription.objects.filter(user=request.user)
    return JsonResponse({"lists": [s.list_name for s in subs]})


@login_required
@require_POST
def unsubscribe(request, list_name):
    Subscription.objects.filter(user=request.user, list_name=list_name).delete()
    return JsonResponse({"ok": True})


@login_required
@require_POST
def update_preferences(request):
    Subscription.objects.filter(user=request.user).update(frequency=request.POST["frequency"])
    return JsonResponse({"ok": True})


@require_POST
def subscribe_newsletter(request):
    send_confirmation_email.delay(request.POST["email"])
    return JsonResponse({"pending_confirmation": True}, status=202)
