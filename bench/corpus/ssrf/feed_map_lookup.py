# corpus: safe SEC105
from urllib.request import urlopen

from django.http import Http404, JsonResponse

FEEDS = {
    "news": "https://news.example.com/rss.xml",
    "blog": "https://blog.example.com/feed.xml",
}


def import_feed(request):
    feed_url = FEEDS.get(request.POST.get("feed", ""))
    if feed_url is None:
        raise Http404
    with urlopen(feed_url, timeout=10) as response:
        body = response.read()
    return JsonResponse({"bytes": len(body)})
