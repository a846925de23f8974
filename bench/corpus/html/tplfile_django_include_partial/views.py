# corpus: vulnerable SEC111
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.http import require_POST


@login_required
@require_POST
def preview_note(request):
    context = {"author": request.user.get_username(), "draft": True}
    context["body"] = request.POST.get("body", "")
    html = render_to_string("notes/detail.html", context, request=request)
    return HttpResponse(html)
