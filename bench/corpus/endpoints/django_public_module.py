# corpus: safe SEC214
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.views.decorators.http import require_POST


@login_required
def dashboard(request):
    return HttpResponse("dash")


@require_POST
def contact_message(request):
    return HttpResponse("thanks")


@require_POST
def quote_request(request):
    return HttpResponse("quote")


@require_POST
def search(request):
    return HttpResponse("results")
