# corpus: safe ASY102
import json

from accounts.models import Profile
from django.http import JsonResponse


async def update_bio(request, profile_id):
    profile = await Profile.objects.aget(pk=profile_id)
    profile.bio = json.loads(request.body)["bio"][:500]
    await profile.asave(update_fields=["bio"])
    return JsonResponse({"ok": True})
