# corpus: vulnerable ASY102
from django.http import JsonResponse
from forum.models import Thread


async def forum_stats(request):
    threads = Thread.objects.filter(archived=False)
    return JsonResponse({"open_threads": len(threads)})
