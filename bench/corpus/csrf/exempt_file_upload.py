# corpus: vulnerable SEC212
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .models import Avatar


@csrf_exempt
def upload_avatar(request):
    Avatar.objects.update_or_create(user=request.user, defaults={"image": request.FILES["image"]})
    return JsonResponse({"ok": True})
