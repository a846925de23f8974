# corpus: vulnerable SEC214
from django.http import HttpResponse
from django.views.decorators.http import require_POST


def lead_list(request):
    return HttpResponse("leads")


@require_POST
def lead_create(request):
    return HttpResponse("created")


@require_POST
def lead_assign(request, pk):
    return HttpResponse("assigned")


@require_POST
def lead_delete(request, pk):
    return HttpResponse("deleted")
