# corpus: vulnerable SEC111
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse


@login_required
def rename_done(request):
    return HttpResponse("<p>Folder renamed to %s</p>" % request.GET["name"])
