# corpus: safe SEC111
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.utils.html import escape


@login_required
def rename_done(request):
    return HttpResponse("<p>Folder renamed to %s</p>" % escape(request.POST["name"]))
