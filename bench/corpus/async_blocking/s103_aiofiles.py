# corpus: safe ASY103
import json

import aiofiles
from django.conf import settings
from django.http import JsonResponse


async def feature_flags(request):
    async with aiofiles.open(settings.BASE_DIR / "flags.json") as handle:
        flags = json.loads(await handle.read())
    return JsonResponse(flags)
