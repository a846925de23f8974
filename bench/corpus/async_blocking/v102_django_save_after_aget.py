# corpus: vulnerable ASY102
import json

from accounts.models import Profile
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
async def update_bio(request, profile_id):
    profile = await Profile.objects.aget(pk=profile_id)
    profile.bio = json.loads(request.body)["bio"][:500]
    profile.save(update_fields=["bio"])
    return JsonResponse({"ok": True})
