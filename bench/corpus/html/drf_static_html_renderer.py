# corpus: vulnerable SEC111
from django.http import HttpResponse
from rest_framework.decorators import api_view


@api_view(["GET"])
def status_badge(request):
    label = request.query_params.get("label", "build")
    svg = f'<svg xmlns="http://www.w3.org/2000/svg"><text x="5" y="15">{label}</text></svg>'
    return HttpResponse(svg, content_type="image/svg+xml")
