# corpus: safe ASY102
import asyncio

from django.http import JsonResponse
from forum.models import Thread


async def forum_stats(request):
    threads = Thread.objects.filter(archived=False)
    count = await asyncio.to_thread(lambda: len(threads))
    return JsonResponse({"open_threads": count})
