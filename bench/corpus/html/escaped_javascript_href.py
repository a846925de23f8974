# corpus: vulnerable SEC111
import html

from django.http import HttpResponse


def homepage_link(request):
    website = html.escape(request.GET.get("website", ""))
    # Escaping does not stop a `javascript:` URL.
    return HttpResponse(f'<a href="{website}">Visit my homepage</a>')
