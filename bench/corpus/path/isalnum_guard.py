# corpus: safe SEC104
from django.http import HttpResponse, HttpResponseBadRequest


def badge(request):
    team = request.GET.get("team", "")
    if not team.isalnum():
        return HttpResponseBadRequest("bad team")
    with open(f"/srv/badges/{team}.svg", "rb") as fh:
        return HttpResponse(fh.read(), content_type="image/svg+xml")
