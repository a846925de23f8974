# corpus: safe SEC208
"""MD5 as an HTTP ETag over public content: no security property needed."""

import hashlib

from django.http import HttpResponse, HttpResponseNotModified

from .feeds import render_feed


def feed(request):
    body = render_feed().encode()
    etag = '"%s"' % hashlib.md5(body).hexdigest()
    if request.headers.get("If-None-Match") == etag:
        return HttpResponseNotModified()
    response = HttpResponse(body, content_type="application/rss+xml")
    response["ETag"] = etag
    return response
