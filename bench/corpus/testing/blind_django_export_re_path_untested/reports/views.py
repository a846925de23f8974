from django.http import HttpResponse


def index(request):
    return HttpResponse("reports")


def export(request, fmt):
    return HttpResponse(fmt)
