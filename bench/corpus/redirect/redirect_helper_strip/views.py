# corpus: vulnerable SEC106
from django.shortcuts import redirect

from .navigation import clean_next


def after_checkout(request):
    return redirect(clean_next(request.GET.get("next")))
