# corpus: vulnerable SEC106
from django.shortcuts import redirect


def short_link(request, target):
    return redirect(f"https://{target}")
