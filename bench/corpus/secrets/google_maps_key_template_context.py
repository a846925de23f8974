# corpus: vulnerable SEC401
from django.shortcuts import render

MAPS = "AIzaUb8gL0j1QOU4v9Ll3CUHqcHMFVlXx0omYFr"


def store_locator(request):
    return render(
        request,
        "stores/map.html",
        {"maps_js": f"https://maps.googleapis.com/maps/api/js?key={MAPS}"},
    )
