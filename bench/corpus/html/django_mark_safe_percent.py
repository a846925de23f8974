# corpus: vulnerable SEC111
from django.shortcuts import render
from django.utils.safestring import mark_safe


def announcement(request):
    headline = request.GET.get("headline", "")
    return render(request, "home.html", {"headline": mark_safe("<h2>%s</h2>" % headline)})
