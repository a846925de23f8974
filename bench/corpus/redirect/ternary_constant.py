# corpus: safe SEC106
from django.shortcuts import redirect


def onboarding(request):
    target = "/welcome/tour" if request.GET.get("tour") == "1" else "/dashboard"
    return redirect(target)
