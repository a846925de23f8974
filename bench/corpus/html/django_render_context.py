# corpus: safe SEC111
from django.shortcuts import render


def profile(request):
    bio = request.POST.get("bio", "")
    return render(request, "profile.html", {"bio": bio})
