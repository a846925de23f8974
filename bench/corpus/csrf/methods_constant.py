# corpus: vulnerable SEC212
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt as skip_csrf
from django.views.decorators.http import require_http_methods

from .models import Bookmark

WRITE = ["POST", "DELETE"]


@skip_csrf
@require_http_methods(WRITE)
def bookmark(request, pk):
    Bookmark.objects.filter(pk=pk, owner=request.user).delete()
    return HttpResponse(status=204)
