# corpus: vulnerable SEC106
from django.shortcuts import redirect


def campaign(request):
    return redirect(to=request.GET["landing"], permanent=False)
