# corpus: safe SEC112
from django.http import JsonResponse

from .mailer import render_signature


def signature_preview(request):
    html = render_signature(request.POST.get("footer", ""), request.user.get_full_name())
    return JsonResponse({"html": html})
