# corpus: vulnerable SEC105
from urllib.request import urlopen

from django.http import JsonResponse


def import_feed(request):
    feed_url = request.POST["feed_url"]
    with urlopen(feed_url, timeout=10) as response:
        body = response.read()
    return JsonResponse({"bytes": len(body)})
